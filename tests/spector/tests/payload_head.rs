//! `payload/head`: a `HEAD` whose response headers (`content-type`,
//! `x-ms-meta`) are read without a body.

mod common;

use azure_core::http::StatusCode;
use spector_payload_head::v0000_00_00::{
    TitleClient, TitleClientContentTypeHeaderInResponseResultHeaders as _, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn content_type_header_in_response() {
    let r = client()
        .content_type_header_in_response(None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
    assert_eq!(
        r.content_type().unwrap().as_deref(),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(r.x_ms_meta().unwrap().as_deref(), Some("hello"));
}
