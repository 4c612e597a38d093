//! `payload/content-negotiation`: one route answering each `Accept` with
//! its own media type: a PNG or a JPEG image (streamed bodies), or the PNG
//! as base64 in JSON.

mod common;

use spector_payload_content_negotiation::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

/// The images the mock API answers, from the installed scenario package.
const PNG: &[u8] = include_bytes!("../node_modules/@typespec/http-specs/assets/image.png");
const JPG: &[u8] = include_bytes!("../node_modules/@typespec/http-specs/assets/image.jpg");

/// The whole body of a streamed response.
async fn bytes(response: azure_core::Result<azure_core::http::AsyncResponse>) -> Vec<u8> {
    response
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_vec()
}

#[tokio::test]
async fn same_body() {
    let c = client();
    assert_eq!(bytes(c.same_body_get_avatar_as_png(None).await).await, PNG);
    assert_eq!(bytes(c.same_body_get_avatar_as_jpeg(None).await).await, JPG);
}

#[tokio::test]
async fn different_body() {
    let c = client();
    assert_eq!(
        bytes(c.different_body_get_avatar_as_png(None).await).await,
        PNG
    );
    let got = c
        .different_body_get_avatar_as_json(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.content.as_deref(), Some(PNG));
}
