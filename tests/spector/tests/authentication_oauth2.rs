//! `authentication/oauth2`: a bearer token for the spec's scope; the
//! server refuses a request without one with 403, which reaches the caller.

mod common;

use azure_core::http::StatusCode;
use spector_authentication_oauth2::v0000_00_00::{TitleClient, TitleClientOptions};

token_client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn valid() {
    let response = client().valid(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn invalid() {
    let error = client().invalid(None).await.unwrap_err();
    assert_eq!(error.http_status(), Some(StatusCode::Forbidden));
}
