//! `authentication/union`: a service that takes an API key or a bearer
//! token. The client's `new` takes a token credential and its `with_key`
//! the key: each scenario is called with its own.

mod common;

use azure_core::{credentials::Secret, http::StatusCode};
use spector_authentication_union::v0000_00_00::{TitleClient, TitleClientOptions};

token_client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn valid_key() {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let client =
        TitleClient::with_key(&common::endpoint(), Secret::new("valid-key"), Some(options))
            .unwrap();
    let response = client.valid_key(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn valid_token() {
    let response = client().valid_token(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
