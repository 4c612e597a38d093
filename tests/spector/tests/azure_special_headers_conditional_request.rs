//! `azure/special-headers/conditional-request`: `If-Match` and
//! `If-None-Match` (entity tags) and their custom-named kin (strings).

mod common;

use azure_core::http::StatusCode;
use spector_azure_special_headers_conditional_request::v0000_00_00::{
    TitleClient, TitleClientOptions, TitleClientPostCustomIfMatchOptions,
    TitleClientPostCustomIfNoneMatchOptions, TitleClientPostIfMatchOptions,
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

#[tokio::test]
async fn post_custom_if_match() {
    let options = TitleClientPostCustomIfMatchOptions {
        if_match: Some("\"valid\"".to_owned()),
        ..Default::default()
    };
    let r = client().post_custom_if_match(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn post_custom_if_none_match() {
    let options = TitleClientPostCustomIfNoneMatchOptions {
        if_none_match: Some("\"invalid\"".to_owned()),
        ..Default::default()
    };
    let r = client()
        .post_custom_if_none_match(Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
