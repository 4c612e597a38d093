//! `type/file`: a file body sent and read as a PNG image, as JSON and as
//! one of several image types. `uploadFileDefaultContentType` is left out:
//! see docs/spector.md.

mod common;

use azure_core::http::StatusCode;
use spector_type_file::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

/// The image the mock API expects and answers, from the installed
/// scenario package.
const PNG: &[u8] = include_bytes!("../node_modules/@typespec/http-specs/assets/image.png");

const JSON_FILE: &str = r#"{"message":"test file content"}"#;

/// The whole body of a streamed response and its content type.
async fn file(response: azure_core::Result<azure_core::http::AsyncResponse>) -> (String, Vec<u8>) {
    let response = response.unwrap();
    let content_type = response
        .headers()
        .get_optional_str(&azure_core::http::headers::CONTENT_TYPE)
        .unwrap_or_default()
        .to_owned();
    let body = response.into_body().collect().await.unwrap().to_vec();
    (content_type, body)
}

#[tokio::test]
async fn upload_file_specific_content_type() {
    let r = client()
        .upload_file_specific_content_type(azure_core::Bytes::from_static(PNG).into(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn upload_file_json_content_type() {
    let r = client()
        .upload_file_json_content_type(
            azure_core::Bytes::from_static(JSON_FILE.as_bytes()).into(),
            None,
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn upload_file_multiple_content_types() {
    let r = client()
        .upload_file_multiple_content_types(azure_core::Bytes::from_static(PNG).into(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn download_file_json_content_type() {
    let (content_type, body) = file(client().download_file_json_content_type(None).await).await;
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    assert_eq!(body, JSON_FILE.as_bytes());
}

#[tokio::test]
async fn download_file_specific_content_type() {
    let (content_type, body) = file(client().download_file_specific_content_type(None).await).await;
    assert_eq!(content_type, "image/png");
    assert_eq!(body, PNG);
}

#[tokio::test]
async fn download_file_multiple_content_types() {
    let (content_type, body) =
        file(client().download_file_multiple_content_types(None).await).await;
    assert_eq!(content_type, "image/png");
    assert_eq!(body, PNG);
}

#[tokio::test]
async fn download_file_default_content_type() {
    let (content_type, body) = file(client().download_file_default_content_type(None).await).await;
    assert_eq!(content_type, "image/png");
    assert_eq!(body, PNG);
}
