//! `body-binary.json`: a binary upload, a "binary" upload whose media type
//! is JSON, and an error while a download was expected.

mod common;

use autorest_body_binary::v1_0_0::{
    BinaryWithContentTypeApplicationJsonClient as Client,
    BinaryWithContentTypeApplicationJsonClientOptions as Options,
};
use azure_core::http::RequestContent;
use serde_json::json;

client!(Client, Options);

#[tokio::test]
async fn uploads() {
    let c = client();
    c.upload_file(json!({ "more": "cowbell" }).try_into().unwrap(), None)
        .await
        .unwrap();
    c.upload_binary(RequestContent::from(vec![0u8, 1, 2, 255]), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_failed_download_is_an_http_error() {
    common::assert_status(client().download_error_stream(None).await, 400);
}
