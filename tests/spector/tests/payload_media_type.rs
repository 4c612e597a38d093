//! `payload/media-type`: a string body sent and read as `text/plain` and
//! as `application/json`.

mod common;

use azure_core::http::StatusCode;
use spector_payload_media_type::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn send_as_text() {
    let r = client().send_as_text("{cat}", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn get_as_text() {
    let got = client()
        .get_as_text(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, "{cat}");
}

#[tokio::test]
async fn send_as_json() {
    let r = client()
        .send_as_json(common::json("foo"), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn get_as_json() {
    let got = client()
        .get_as_json(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, "foo");
}
