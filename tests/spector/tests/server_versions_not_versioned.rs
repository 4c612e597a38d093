//! `server/versions/not-versioned`: a service without versions; an
//! operation that takes one in its query sends the client's, one that takes
//! it in its path is given it, and the others send none.

mod common;

use azure_core::http::StatusCode;
use spector_server_versions_not_versioned::v0000_00_00::{TitleClient, TitleClientOptions};

fn client() -> TitleClient {
    let options = TitleClientOptions {
        api_version: "v1.0".to_owned(),
        client_options: common::client_options(),
    };
    TitleClient::new(&common::endpoint(), Some(options)).expect("a client for the mock server")
}

#[tokio::test]
async fn without_api_version() {
    let response = client().without_api_version(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}

#[tokio::test]
async fn with_query_api_version() {
    let response = client().with_query_api_version(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}

#[tokio::test]
async fn with_path_api_version() {
    let response = client().with_path_api_version("v1.0", None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
