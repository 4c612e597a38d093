//! `authentication/union`: a service that takes an API key or a bearer
//! token. The client is built with a token credential (the generator's
//! choice where a spec accepts either), so `validKey` is left out: see
//! docs/spector.md.

mod common;

use azure_core::http::StatusCode;
use spector_authentication_union::v0000_00_00::{TitleClient, TitleClientOptions};

token_client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn valid_token() {
    let response = client().valid_token(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
