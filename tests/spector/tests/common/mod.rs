//! What every Spector acceptance test file shares: where the mock server
//! is, and client options that show its answers to the test as they are.

#![allow(dead_code)]

use azure_core::http::{ClientOptions, RetryOptions};

/// The server's URL, set by `cargo xtask spector`.
pub fn endpoint() -> String {
    std::env::var("SPECTOR_URL").expect("SPECTOR_URL: run these tests with `cargo xtask spector`")
}

/// No retries: an error the server answers on purpose is seen as is.
pub fn client_options() -> ClientOptions {
    ClientOptions {
        retry: RetryOptions::none(),
        ..ClientOptions::default()
    }
}

/// Defines `fn client() -> $client` for the mock server, with
/// [`client_options`].
#[macro_export]
macro_rules! client {
    ($client:ty, $options:ident) => {
        fn client() -> $client {
            <$client>::new(
                &common::endpoint(),
                Some($options {
                    client_options: common::client_options(),
                    ..$options::default()
                }),
            )
            .expect("a client for the mock server")
        }
    };
}

/// A JSON request body of any serializable value, written by its own
/// `Serialize` (a generated model's writes its wire names): what
/// `try_into()` gives where `azure_core` has the conversion, for the body
/// types it cannot have one for (`Vec<Model>`, `Vec<Option<T>>`).
pub fn json<T: serde::Serialize + ?Sized, U>(value: &T) -> azure_core::http::RequestContent<U> {
    azure_core::http::RequestContent::from(serde_json::to_vec(value).expect("serializable"))
}

/// Whether two JSON values are equal, numbers compared by value: a
/// Swagger `type: number` is an `f64`, which writes `1` as `1.0`.
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, x)| y.get(k).is_some_and(|y| same_json(x, y)))
        }
        _ => a == b,
    }
}

/// Defines a test `$name` that reads `$get`, checks that the model it
/// answers, written back by its own `Serialize`, is the JSON `$expected`
/// of the mock API, and sends that model with `$send`, whose mock API
/// checks the body against the same JSON: the model's reading and writing
/// both lose nothing.
#[macro_export]
macro_rules! round_trip {
    ($name:ident, $get:ident, $send:ident, $expected:expr) => {
        #[tokio::test]
        async fn $name() {
            let c = client();
            let got = c.$get(None).await.unwrap().into_model().unwrap();
            let written = serde_json::to_value(&got).unwrap();
            assert!(
                common::same_json(&written, &$expected),
                "read and written back as {written}, expected {}",
                $expected
            );
            c.$send(common::json(&got), None).await.unwrap();
        }
    };
}

/// A token credential that hands out the scopes it was asked for as the
/// token, so that the server sees which scope the client asked for (the
/// mock APIs expect `Bearer <scope>`).
#[derive(Debug)]
pub struct ScopeAsToken;

#[async_trait::async_trait]
impl azure_core::credentials::TokenCredential for ScopeAsToken {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<azure_core::credentials::TokenRequestOptions<'_>>,
    ) -> azure_core::Result<azure_core::credentials::AccessToken> {
        Ok(azure_core::credentials::AccessToken::new(
            scopes.join(" "),
            azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1),
        ))
    }
}

/// Sends each `https://` request as `http://`: `azure_core` sends bearer
/// tokens over HTTPS only, and the mock server speaks plain HTTP.
#[derive(Debug)]
struct PlainHttp(reqwest::Client);

#[async_trait::async_trait]
impl azure_core::http::HttpClient for PlainHttp {
    async fn execute_request(
        &self,
        request: &azure_core::http::Request,
    ) -> azure_core::Result<azure_core::http::AsyncRawResponse> {
        let mut request = request.clone();
        request
            .url_mut()
            .set_scheme("http")
            .expect("http is a valid scheme for an https URL");
        self.0.execute_request(&request).await
    }
}

/// The server's URL as `https://`, for a client that sends a bearer token
/// with [`token_client_options`].
pub fn https_endpoint() -> String {
    endpoint().replacen("http://", "https://", 1)
}

/// Makes each `http://` request `https://` before the bearer token policy
/// sees it: the URLs the mock server answers (an ARM long-running
/// operation's `Location`, `Azure-AsyncOperation`) are its own, `http://`,
/// and [`PlainHttp`] sends them as such again.
#[derive(Debug)]
struct HttpsForToken;

#[async_trait::async_trait]
impl azure_core::http::policies::Policy for HttpsForToken {
    async fn send(
        &self,
        ctx: &azure_core::http::Context,
        request: &mut azure_core::http::Request,
        next: &[std::sync::Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        if request.url().scheme() == "http" {
            request
                .url_mut()
                .set_scheme("https")
                .expect("https is a valid scheme for an http URL");
        }
        next[0].send(ctx, request, &next[1..]).await
    }
}

/// [`client_options`] whose transport sends the `https://` requests of
/// [`https_endpoint`] over plain HTTP, the server's own `http://` URLs
/// among them.
pub fn token_client_options() -> ClientOptions {
    ClientOptions {
        transport: Some(azure_core::http::Transport::new(std::sync::Arc::new(
            PlainHttp(reqwest::Client::new()),
        ))),
        per_call_policies: vec![std::sync::Arc::new(HttpsForToken)],
        ..client_options()
    }
}

/// Defines `fn client() -> $client` for the mock server, authenticated by
/// [`ScopeAsToken`].
#[macro_export]
macro_rules! token_client {
    ($client:ty, $options:ident) => {
        fn client() -> $client {
            <$client>::new(
                &common::https_endpoint(),
                std::sync::Arc::new(common::ScopeAsToken),
                Some($options {
                    client_options: common::token_client_options(),
                    ..$options::default()
                }),
            )
            .expect("a client for the mock server")
        }
    };
}
