//! `special-headers/conditional-request`: `If-Match` and `If-None-Match`
//! (entity tags), and `If-Unmodified-Since` and `If-Modified-Since`
//! (HTTP-dates, `Fri, 26 Aug 2022 14:38:00 GMT`).

mod common;

use azure_core::http::StatusCode;
use azure_core::time::OffsetDateTime;
use spector_special_headers_conditional_request::v0000_00_00::{
    TitleClient, TitleClientHeadIfModifiedSinceOptions, TitleClientOptions,
    TitleClientPostIfMatchOptions, TitleClientPostIfNoneMatchOptions,
    TitleClientPostIfUnmodifiedSinceOptions,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

/// The instant both date scenarios send (`Fri, 26 Aug 2022 14:38:00 GMT`).
const DATE: OffsetDateTime = datetime!(2022-08-26 14:38:00 UTC);

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
async fn post_if_unmodified_since() {
    let options = TitleClientPostIfUnmodifiedSinceOptions {
        if_unmodified_since: Some(DATE),
        ..Default::default()
    };
    let r = client()
        .post_if_unmodified_since(Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn head_if_modified_since() {
    let options = TitleClientHeadIfModifiedSinceOptions {
        if_modified_since: Some(DATE),
        ..Default::default()
    };
    let r = client()
        .head_if_modified_since(Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
