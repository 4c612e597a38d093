//! `special-headers/conditional-request`: `If-Match` and `If-None-Match`
//! (entity tags). The date ones (`If-Unmodified-Since`,
//! `If-Modified-Since`) are left out: see docs/spector.md.

mod common;

use azure_core::http::StatusCode;
use spector_special_headers_conditional_request::v0000_00_00::{
    TitleClient, TitleClientOptions, TitleClientPostIfMatchOptions,
    TitleClientPostIfNoneMatchOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn post_if_match() {
    let options = TitleClientPostIfMatchOptions {
        if_match: Some("\"valid\"".into()),
        ..Default::default()
    };
    let r = client().post_if_match(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn post_if_none_match() {
    let options = TitleClientPostIfNoneMatchOptions {
        if_none_match: Some("\"invalid\"".into()),
        ..Default::default()
    };
    let r = client().post_if_none_match(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
