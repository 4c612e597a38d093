//! Turning what a generated client method returns into an [`Outcome`], and
//! example values into request content: the few generic conversions the
//! generated dispatch code calls, written once here.
//!
//! Every conversion takes `error_code`: the generated client's typed error
//! accessor (e.g. `|e| e.batch_error().and_then(|b| b.code)`), so that an
//! error outcome carries the code the client's own error type read.

use std::future::IntoFuture;

use azure_core::http::poller::PollerOptions;
use azure_core::http::{AsyncResponse, DeserializeWith, Format, RequestContent, Response};
use futures::{Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::outcome::Outcome;

/// Reads the service error code from a client error.
pub type ErrorCode = fn(&azure_core::Error) -> Option<String>;

/// A method returning a typed body: the model (or text), serialized back
/// to JSON.
pub fn model<T, F>(result: azure_core::Result<Response<T, F>>, error_code: ErrorCode) -> Outcome
where
    T: DeserializeWith<F> + Serialize,
    F: Format,
{
    match result {
        Ok(response) => {
            let status = u16::from(response.status());
            match response.into_model() {
                Ok(model) => Outcome::model(status, &model),
                Err(e) => Outcome::error(&e, error_code(&e)),
            }
        }
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// A method returning a body in the generated crate's own encoding of its
/// type (a date, bytes, a list of them): the value written back by
/// `write`, that encoding's writer, as the crate writes it.
pub fn encoded<T, F>(
    result: azure_core::Result<Response<T, F>>,
    error_code: ErrorCode,
    write: impl Fn(&T) -> serde_json::Result<serde_json::Value>,
) -> Outcome
where
    T: DeserializeWith<F>,
    F: Format,
{
    match result {
        Ok(response) => {
            let status = u16::from(response.status());
            match response.into_model() {
                Ok(value) => Outcome::written(status, write(&value)),
                Err(e) => Outcome::error(&e, error_code(&e)),
            }
        }
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// A status-only method.
pub fn status<T, F>(result: azure_core::Result<Response<T, F>>, error_code: ErrorCode) -> Outcome {
    match result {
        Ok(response) => Outcome::Success {
            status: u16::from(response.status()),
            body: None,
        },
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// An exists (HEAD) method.
pub fn exists(result: azure_core::Result<bool>, error_code: ErrorCode) -> Outcome {
    match result {
        Ok(found) => Outcome::Exists(found),
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// A download: every byte of the stream.
pub async fn bytes<T>(
    result: azure_core::Result<AsyncResponse<T>>,
    error_code: ErrorCode,
) -> Outcome {
    match result {
        Ok(response) => {
            let status = u16::from(response.status());
            match response.into_body().collect().await {
                Ok(bytes) => Outcome::Bytes {
                    status,
                    bytes: bytes.to_vec(),
                },
                Err(e) => Outcome::error(&e, error_code(&e)),
            }
        }
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// A pageable list: every item of every page, in order.
pub async fn items<S, T>(result: azure_core::Result<S>, error_code: ErrorCode) -> Outcome
where
    S: Stream<Item = azure_core::Result<T>>,
    T: Serialize,
{
    let pager = match result {
        Ok(pager) => pager,
        Err(e) => return Outcome::error(&e, error_code(&e)),
    };
    let mut pager = std::pin::pin!(pager);
    let mut items = Vec::new();
    while let Some(item) = pager.next().await {
        match item {
            Ok(item) => items.push(item),
            Err(e) => return Outcome::error(&e, error_code(&e)),
        }
    }
    Outcome::items(&items)
}

/// A long-running operation's poller, awaited to its end: the typed result,
/// serialized back to JSON.
pub async fn polled<P, T>(poller: azure_core::Result<P>, error_code: ErrorCode) -> Outcome
where
    P: IntoFuture<Output = azure_core::Result<Response<T>>>,
    T: DeserializeOwned + Serialize,
{
    match poller {
        Ok(poller) => model(poller.await, error_code),
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// A long-running operation without a result, awaited to its end.
pub async fn polled_status<P, T, F>(poller: azure_core::Result<P>, error_code: ErrorCode) -> Outcome
where
    P: IntoFuture<Output = azure_core::Result<Response<T, F>>>,
{
    match poller {
        Ok(poller) => status(poller.await, error_code),
        Err(e) => Outcome::error(&e, error_code(&e)),
    }
}

/// Poller options that poll again at once: the harness's statuses say no
/// wait, and no case sleeps.
pub fn poll_now() -> PollerOptions<'static> {
    PollerOptions {
        frequency: azure_core::time::Duration::ZERO,
        ..PollerOptions::default()
    }
}

/// Request content holding `value` as JSON (what a typed model sends).
pub fn content<T: Serialize>(value: &T) -> Result<RequestContent<T>, String> {
    serde_json::to_vec(value)
        .map(|bytes| RequestContent::<T>::from(bytes))
        .map_err(|e| format!("cannot serialize the request body: {e}"))
}

/// The error code an `azure_core` HTTP error carries by itself, for clients
/// without a typed error model.
pub fn http_error_code(error: &azure_core::Error) -> Option<String> {
    match error.kind() {
        azure_core::error::ErrorKind::HttpResponse { error_code, .. } => error_code.clone(),
        _ => None,
    }
}
