//! `authentication/noauth/union`: a service that takes no credential or a
//! bearer token; the Swagger names the token only, so the client sends it
//! to both operations.

mod common;

use azure_core::http::StatusCode;
use spector_authentication_noauth_union::v0000_00_00::{TitleClient, TitleClientOptions};

token_client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn valid_no_auth() {
    let response = client().valid_no_auth(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn valid_token() {
    let response = client().valid_token(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
