//! `server/versions/versioned`: a versioned service; an operation without
//! an api-version sends none, one with it in its path is given it, and
//! one with it in its query sends its module's (the older one's too).

mod common;

use azure_core::http::StatusCode;
use spector_server_versions_versioned::{v2021_01_01_preview as old, v2022_12_01_preview as new};

fn new_client() -> new::TitleClient {
    let options = new::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    new::TitleClient::new(&common::endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn without_api_version() {
    let r = new_client().without_api_version(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn with_path_api_version() {
    let r = new_client()
        .with_path_api_version("2022-12-01-preview", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn with_query_api_version() {
    let r = new_client().with_query_api_version(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn with_query_old_api_version() {
    let options = old::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let c = old::TitleClient::new(&common::endpoint(), Some(options)).unwrap();
    assert_eq!(c.api_version(), "2021-01-01-preview");
    let r = c.with_query_old_api_version(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}
