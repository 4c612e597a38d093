//! `authentication/api-key`: the key sent in the `x-ms-api-key` header;
//! the server refuses a wrong one with 403, which reaches the caller.

mod common;

use azure_core::credentials::Secret;
use azure_core::http::StatusCode;
use spector_authentication_api_key::v0000_00_00::{TitleClient, TitleClientOptions};

fn client(key: &str) -> TitleClient {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..TitleClientOptions::default()
    };
    TitleClient::new(
        &common::endpoint(),
        Secret::new(key.to_owned()),
        Some(options),
    )
    .expect("a client for the mock server")
}

#[tokio::test]
async fn valid() {
    let response = client("valid-key").valid(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn invalid() {
    let error = client("invalid-key").invalid(None).await.unwrap_err();
    assert_eq!(error.http_status(), Some(StatusCode::Forbidden));
}
