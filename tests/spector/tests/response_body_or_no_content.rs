//! `response/body-or-no-content`: one response type answered with a body
//! (200) or without one (204), its header read either way.

mod common;

use azure_core::http::StatusCode;
use spector_response_body_or_no_content::v0000_00_00::{
    BlobLayoutHeaders as _, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get_body() {
    let r = client().get_body(None).await.unwrap();
    assert_eq!(
        r.x_ms_request_id().unwrap().as_deref(),
        Some("body-request")
    );
    let got = r.into_model().unwrap();
    assert_eq!(got.content.as_deref(), Some("hello"));
}

#[tokio::test]
async fn get_no_content() {
    let r = client().get_no_content(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    assert_eq!(
        r.x_ms_request_id().unwrap().as_deref(),
        Some("no-content-request")
    );
}
