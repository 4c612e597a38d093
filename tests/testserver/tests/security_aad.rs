//! `security-aad.json`: an OAuth2 scheme; the client asks its token
//! credential for the spec's scope and sends the token as a bearer.
//!
//! `azure_core` sends bearer tokens over HTTPS only, and the test server
//! speaks plain HTTP: the client is given an `https://` endpoint and a
//! transport that sends the request over HTTP to the same host and port.
//! The credential hands out the scopes it was asked for as the token, so
//! the server sees which scope the client asked for.

mod common;

use std::sync::Arc;

use autorest_security_aad::v2022_03_01_preview::{
    AutorestSecurityAadClient as Client, AutorestSecurityAadClientOptions as Options,
};
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::http::{AsyncRawResponse, ClientOptions, HttpClient, Request, Transport};

#[derive(Debug)]
struct ScopeAsToken;

#[async_trait::async_trait]
impl TokenCredential for ScopeAsToken {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        Ok(AccessToken::new(
            scopes.join(" "),
            azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1),
        ))
    }
}

/// Sends each `https://` request as `http://`.
#[derive(Debug)]
struct PlainHttp(reqwest::Client);

#[async_trait::async_trait]
impl HttpClient for PlainHttp {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let mut request = request.clone();
        request
            .url_mut()
            .set_scheme("http")
            .expect("http is a valid scheme for an https URL");
        self.0.execute_request(&request).await
    }
}

#[tokio::test]
async fn the_token_is_for_the_spec_scope() {
    let endpoint = common::endpoint().replacen("http://", "https://", 1);
    let client = Client::new(
        &endpoint,
        Arc::new(ScopeAsToken),
        Some(Options {
            client_options: ClientOptions {
                transport: Some(Transport::new(Arc::new(PlainHttp(reqwest::Client::new())))),
                ..common::client_options()
            },
            ..Options::default()
        }),
    )
    .unwrap();
    let response = client.head(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
