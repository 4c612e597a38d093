//! What every acceptance test file shares: where the test server is, and
//! the client options that make its answers reach the test unchanged.

#![allow(dead_code)]

use azure_core::error::ErrorKind;
use azure_core::http::{ClientOptions, ExponentialRetryOptions, RetryOptions, StatusCode};
use azure_core::time::Duration;

/// The server's URL, set by `cargo xtask testserver`.
pub fn endpoint() -> String {
    std::env::var("AUTOREST_TESTSERVER_URL")
        .expect("AUTOREST_TESTSERVER_URL: run these tests with `cargo xtask testserver`")
}

/// The server's URL (`http://127.0.0.1:<port>`) cut for the host template
/// `{accountName}{host}`: the host, and `:<port>` (`http://` comes from the
/// spec, which names no scheme).
pub fn account_and_host() -> (String, String) {
    let endpoint = endpoint();
    let authority = endpoint.trim_start_matches("http://").trim_end_matches('/');
    let (host, port) = authority
        .rsplit_once(':')
        .expect("the test server's URL names its port");
    (host.to_owned(), format!(":{port}"))
}

/// Defines `fn client() -> $client` for a client of the host template
/// `{accountName}{host}` ([`account_and_host`]), with [`client_options`].
#[macro_export]
macro_rules! account_client {
    ($client:ident, $options:ident) => {
        fn client() -> $client {
            let (account, host) = common::account_and_host();
            $client::new(
                &account,
                Some($options {
                    host,
                    client_options: common::client_options(),
                    ..$options::default()
                }),
            )
            .expect("a client for the test server")
        }
    };
}

/// No retries: a scenario answering 500 or 503 on purpose is seen as is
/// (the retry scenarios set their own).
pub fn client_options() -> ClientOptions {
    ClientOptions {
        retry: RetryOptions::none(),
        ..ClientOptions::default()
    }
}

/// Client options that keep cookies and retry quickly: the retry scenarios
/// answer an error first and tell the retry by a cookie they set, which
/// the default transport does not keep.
pub fn retrying_client_options() -> ClientOptions {
    let transport = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("a cookie-keeping HTTP client");
    ClientOptions {
        transport: Some(azure_core::http::Transport::new(std::sync::Arc::new(
            transport,
        ))),
        retry: RetryOptions::exponential(ExponentialRetryOptions {
            initial_delay: Duration::milliseconds(10),
            max_retries: 3,
            max_total_elapsed: Duration::seconds(10),
            max_delay: Duration::milliseconds(50),
        }),
        ..ClientOptions::default()
    }
}

/// Defines `fn client() -> $client` for the test server, with
/// [`client_options`].
#[macro_export]
macro_rules! client {
    ($client:ident, $options:ident) => {
        fn client() -> $client {
            $client::new(
                &common::endpoint(),
                Some($options {
                    client_options: common::client_options(),
                    ..$options::default()
                }),
            )
            .expect("a client for the test server")
        }
    };
}

/// A JSON request body of any serializable value (what `try_into()` gives
/// for the scalars `azure_core` knows, for every other body type too).
pub fn json<T: serde::Serialize + ?Sized, U>(value: &T) -> azure_core::http::RequestContent<U> {
    azure_core::http::RequestContent::from(serde_json::to_vec(value).expect("serializable"))
}

/// Asserts that `result` failed to read the response body (a value the
/// server sends wrong on purpose).
pub fn assert_data_conversion<T: std::fmt::Debug>(result: azure_core::Result<T>) {
    match result {
        Err(e) if matches!(e.kind(), ErrorKind::DataConversion | ErrorKind::Io) => {}
        other => panic!("expected a data conversion error, got {other:?}"),
    }
}

/// Asserts that `result` is an HTTP error with `status`.
pub fn assert_status<T: std::fmt::Debug>(result: azure_core::Result<T>, status: u16) {
    match result {
        Err(e) => match e.kind() {
            ErrorKind::HttpResponse { status: s, .. } if *s == StatusCode::from(status) => {}
            other => panic!("expected an HTTP {status} error, got {other:?}: {e}"),
        },
        Ok(value) => panic!("expected an HTTP {status} error, got {value:?}"),
    }
}

/// The model in the body of an HTTP error with `status`.
pub fn error_model<T: serde::de::DeserializeOwned>(error: &azure_core::Error, status: u16) -> T {
    match error.kind() {
        ErrorKind::HttpResponse {
            status: s,
            raw_response: Some(raw),
            ..
        } if *s == StatusCode::from(status) => {
            serde_json::from_slice(raw.body()).expect("the error body is the model")
        }
        other => panic!("expected an HTTP {status} error with a body, got {other:?}"),
    }
}
