//! `encode/bytes`: bytes as base64 (the default) and base64url in query
//! parameters, model properties, headers and JSON bodies, arrays of them
//! comma-joined, and raw bodies (`application/octet-stream`, `image/png`).
//! `RequestBody_base64url` is left out: see docs/spector.md.

mod common;

use azure_core::http::StatusCode;
use spector_encode_bytes::v0000_00_00::{
    Base64BytesProperty, Base64urlArrayBytesProperty, Base64urlBytesProperty, DefaultBytesProperty,
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

/// `dGVzdA==` in base64, `dGVzdA` in base64url.
fn test() -> Vec<u8> {
    b"test".to_vec()
}

/// The image the raw-body scenarios send and answer, from the installed
/// scenario package.
const PNG: &[u8] = include_bytes!("../node_modules/@typespec/http-specs/assets/image.png");

async fn bytes(response: azure_core::Result<azure_core::http::AsyncResponse>) -> Vec<u8> {
    response
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_vec()
}

macro_rules! no_content {
    ($($call:expr),* $(,)?) => {
        $(assert_eq!($call.await.unwrap().status(), StatusCode::NoContent);)*
    };
}

#[tokio::test]
async fn query() {
    let c = client();
    no_content!(
        c.query_default(test(), None),
        c.query_base64(test(), None),
        c.query_base64url(test(), None),
        c.query_base64url_array(&[test(), test()], None),
    );
}

#[tokio::test]
async fn header() {
    let c = client();
    no_content!(
        c.header_default(test(), None),
        c.header_base64(test(), None),
        c.header_base64url(test(), None),
        c.header_base64url_array(&[test(), test()], None),
    );
}

#[tokio::test]
async fn property_default() {
    let body = DefaultBytesProperty {
        value: Some(test()),
        ..Default::default()
    };
    let got = client()
        .property_default(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value, Some(test()));
}

#[tokio::test]
async fn property_base64() {
    let body = Base64BytesProperty {
        value: Some(test()),
        ..Default::default()
    };
    let got = client()
        .property_base64(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value, Some(test()));
}

#[tokio::test]
async fn property_base64url() {
    let body = Base64urlBytesProperty {
        value: Some(test()),
        ..Default::default()
    };
    let got = client()
        .property_base64url(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value, Some(test()));
}

#[tokio::test]
async fn property_base64url_array() {
    let body = Base64urlArrayBytesProperty {
        value: Some(vec![test(), test()]),
        ..Default::default()
    };
    let got = client()
        .property_base64url_array(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value, Some(vec![test(), test()]));
}

#[tokio::test]
async fn request_body_default() {
    no_content!(client().request_body_default(azure_core::Bytes::from_static(PNG).into(), None));
}

#[tokio::test]
async fn request_body_base64() {
    no_content!(client().request_body_base64(test(), None));
}

#[tokio::test]
async fn request_body_custom_content_type() {
    no_content!(
        client().request_body_custom_content_type(azure_core::Bytes::from_static(PNG).into(), None)
    );
}

#[tokio::test]
async fn request_body_octet_stream() {
    no_content!(
        client().request_body_octet_stream(azure_core::Bytes::from_static(PNG).into(), None)
    );
}

#[tokio::test]
async fn response_body() {
    let c = client();
    assert_eq!(bytes(c.response_body_default(None).await).await, PNG);
    let got = c
        .response_body_base64(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, test());
    let got = c
        .response_body_base64url(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, test());
    assert_eq!(
        bytes(c.response_body_custom_content_type(None).await).await,
        PNG
    );
    assert_eq!(bytes(c.response_body_octet_stream(None).await).await, PNG);
}
