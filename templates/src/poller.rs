//! Long-running operations (`x-ms-long-running-operation`): the
//! `azure_core` [`Poller`] a generated method returns, the Azure polling
//! rules it follows, and the [`Continuation`] that rebuilds a poller in
//! another process.
//!
//! Hand-written once so that each generated method only builds its first
//! request and names its result type and `final-state-via`.
//!
//! How an operation is followed, from its first response (the rules of
//! Azure's own clients):
//!
//! * an `Azure-AsyncOperation` or `Operation-Location` header names a status
//!   document whose `status` is polled;
//! * else a `Location` header is polled until it stops answering 202;
//! * else a PUT or PATCH resource is read again until its
//!   `properties.provisioningState` is final;
//! * else the first response is the result.
//!
//! `Succeeded`, `Failed` and `Canceled` (any case) end an operation, and so
//! do the statuses services name as such in their status enums, by the
//! last word of the name: Translation's `ValidationFailed` failed,
//! Document Intelligence's `completed` and Text Analytics'
//! `partiallyCompleted` succeeded (`status_of`); every other status,
//! known or not, means it is still running. The wait between
//! polls is the service's `retry-after-ms`, `x-ms-retry-after-ms` or
//! `Retry-After` (seconds or an HTTP date), else the caller's
//! [`PollerOptions::frequency`], which may be zero here (`azure_core`'s own
//! pollers refuse less than a second).

// Which items are used depends on the specs' operations.
#![allow(dead_code)]

use std::{
    fmt,
    marker::PhantomData,
    str::FromStr,
    sync::{Arc, Mutex},
};

use azure_core::{
    error::ErrorKind,
    http::{
        headers::{HeaderName, Headers, RETRY_AFTER, RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS},
        poller::{
            get_retry_after, Poller, PollerContinuation, PollerOptions, PollerResult, PollerState,
            PollerStatus, StatusMonitor,
        },
        Context, Format, JsonFormat, Method, Pipeline, RawResponse, Request, Response, Url,
    },
    time::Duration,
    Error, Result,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Statuses a poll may answer with; any other is an error.
const POLL_SUCCESS: &[u16] = &[200, 201, 202, 204];

/// Where the result of an operation is read, as its spec's
/// `x-ms-long-running-operation-options` `final-state-via` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FinalState {
    /// Not said: a PUT or PATCH reads its own URL again, a POST the
    /// `Location` of its first response, anything else its last status.
    Default,
    /// `azure-async-operation`: the final status document is the result.
    AzureAsyncOperation,
    /// `location`: the `Location` of the first response.
    Location,
    /// `operation-location`: the final status document is the result.
    OperationLocation,
    /// `original-uri`: the URL of the first request, read again.
    OriginalUri,
}

/// How an operation reports its progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Mode {
    /// A status document (`Azure-AsyncOperation`, `Operation-Location`):
    /// its `status`.
    StatusDocument,
    /// A `Location` URL: 202 while running, anything else when done.
    Location,
    /// The resource itself: its `properties.provisioningState`.
    Resource,
}

/// Where a running operation stands: all a poller needs to go on, in this
/// process or another. Each [`OperationStatus`] that is not final carries
/// one; save it as text (`to_string()`), read it back with `parse()`, and
/// give it to the client's `resume_poller`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Continuation {
    mode: Mode,
    /// The URL polled for the operation's status.
    status: String,
    /// Where the result is read once the operation succeeded; `None`: the
    /// last status response is the result.
    #[serde(default, rename = "final", skip_serializing_if = "Option::is_none")]
    final_url: Option<String>,
}

impl Continuation {
    /// The URL polled for the operation's status.
    pub fn status_url(&self) -> &str {
        &self.status
    }

    /// Where the result is read once the operation succeeded, if not from
    /// its last status.
    pub fn final_url(&self) -> Option<&str> {
        self.final_url.as_deref()
    }
}

impl fmt::Display for Continuation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Three strings and a name: serializing cannot fail.
        f.write_str(&serde_json::to_string(self).map_err(|_| fmt::Error)?)
    }
}

impl FromStr for Continuation {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| {
            Error::with_message(
                ErrorKind::DataConversion,
                format!("not a continuation of a long-running operation: {e}"),
            )
        })
    }
}

/// One status of a long-running operation, as its [`Poller`] yields it:
/// `Response<OperationStatus<T>>`, whose `into_model()` gives this.
///
/// Awaiting the poller gives the result, a `Response<T>`; a `Failed` or
/// `Canceled` operation is an [`ErrorKind::HttpResponse`] error whose raw
/// response is the service's final status (its error model included).
#[derive(Debug, Deserialize)]
#[serde(bound = "")]
#[non_exhaustive]
pub struct OperationStatus<T, F = JsonFormat> {
    /// Where the operation stands. A status this client does not know
    /// (`NotStarted`, `Creating`, a new one) is `UnknownValue`: still
    /// running.
    pub status: PollerStatus,
    /// What the service answered: the status document, the resource, or
    /// `None` for an empty or non-JSON body.
    #[serde(default)]
    pub body: Option<Value>,
    /// How to go on from here in another process; `None` once done.
    #[serde(default)]
    pub continuation: Option<Continuation>,
    #[serde(skip)]
    phantom: PhantomData<fn() -> (T, F)>,
}

impl<T, F: Format + Send> StatusMonitor for OperationStatus<T, F> {
    type Output = T;
    type Format = F;

    fn status(&self) -> PollerStatus {
        self.status.clone()
    }
}

/// What a poller starts from.
enum Start {
    /// The operation's first request, not sent yet.
    Request {
        request: Request,
        final_state: FinalState,
        success: &'static [u16],
    },
    /// A saved continuation: poll at once.
    Resume(Continuation),
}

/// One step of an operation: the response to show and what follows it.
struct Step {
    response: RawResponse,
    status: PollerStatus,
    /// Set while the operation runs.
    next: Option<Continuation>,
    /// Set when it succeeded and its result is read elsewhere.
    final_url: Option<Url>,
}

/// The poller of the long-running operation whose first request is
/// `request`; `success` are the statuses its spec lists for that request.
pub(crate) fn poller<T, F>(
    pipeline: Pipeline,
    request: Request,
    final_state: FinalState,
    success: &'static [u16],
    options: PollerOptions<'_>,
) -> Poller<OperationStatus<T, F>>
where
    T: Send + 'static,
    F: Format + Send + 'static,
{
    start(
        pipeline,
        Start::Request {
            request,
            final_state,
            success,
        },
        options,
    )
}

/// A poller that goes on from a saved [`Continuation`].
pub(crate) fn resume<T, F>(
    pipeline: Pipeline,
    continuation: Continuation,
    options: PollerOptions<'_>,
) -> Poller<OperationStatus<T, F>>
where
    T: Send + 'static,
    F: Format + Send + 'static,
{
    start(pipeline, Start::Resume(continuation), options)
}

fn start<T, F>(
    pipeline: Pipeline,
    start: Start,
    options: PollerOptions<'_>,
) -> Poller<OperationStatus<T, F>>
where
    T: Send + 'static,
    F: Format + Send + 'static,
{
    // The caller's interval, zero allowed; `azure_core` asserts at least a
    // second on the options it is given, which it only uses where this
    // module gives no wait of its own (never).
    let interval = options.frequency.max(Duration::ZERO);
    let options = PollerOptions {
        context: options.context.into_owned(),
        frequency: options.frequency.max(Duration::seconds(1)),
    };
    // The poller calls back one step at a time: the start is taken once,
    // the continuation replaced after each step.
    let start = Arc::new(Mutex::new(Some(start)));
    let current: Arc<Mutex<Option<Continuation>>> = Arc::new(Mutex::new(None));
    Poller::new(
        move |state: PollerState, options: PollerOptions<'static>| {
            let pipeline = pipeline.clone();
            let start = lock(&start).take();
            let current = current.clone();
            Box::pin(async move {
                let ctx = &options.context;
                let step = match (state, start) {
                    (
                        PollerState::Initial,
                        Some(Start::Request {
                            request,
                            final_state,
                            success,
                        }),
                    ) => first(&pipeline, ctx, request, final_state, success).await?,
                    (PollerState::Initial, Some(Start::Resume(continuation))) => {
                        poll(&pipeline, ctx, continuation).await?
                    }
                    _ => {
                        let continuation = lock(&current).take().ok_or_else(|| {
                            Error::with_message(
                                ErrorKind::Other,
                                "the poller was called again after it finished",
                            )
                        })?;
                        poll(&pipeline, ctx, continuation).await?
                    }
                };
                let wait = wait(step.response.headers(), interval);
                let Step {
                    response,
                    status,
                    next,
                    final_url,
                } = step;
                match status {
                    PollerStatus::Succeeded => {
                        let shown = envelope(&response, &status, None);
                        Ok(PollerResult::Succeeded {
                            response: shown,
                            target: Box::new(move || {
                                Box::pin(async move {
                                    let raw = match final_url {
                                        Some(url) => {
                                            let mut request = Request::new(url, Method::Get);
                                            crate::runtime::send(
                                                &pipeline,
                                                &options.context,
                                                &mut request,
                                                POLL_SUCCESS,
                                            )
                                            .await?
                                        }
                                        None => response,
                                    };
                                    Ok(Response::<T, F>::from(raw))
                                })
                            }),
                        })
                    }
                    PollerStatus::Failed | PollerStatus::Canceled => {
                        Err(failure(response, &status))
                    }
                    _ => {
                        let next = next.ok_or_else(|| {
                            Error::with_message(
                                ErrorKind::Other,
                                "a running operation gave no URL to poll",
                            )
                        })?;
                        let links = PollerContinuation::Links {
                            next_link: parse_url(&next.status)?,
                            final_link: next.final_url.as_deref().map(parse_url).transpose()?,
                        };
                        let shown = envelope(&response, &status, Some(&next));
                        *lock(&current) = Some(next);
                        Ok(PollerResult::InProgress {
                            response: shown,
                            retry_after: wait,
                            continuation: links,
                        })
                    }
                }
            })
        },
        Some(options),
    )
}

/// A lock that a panicking holder did not spoil: the state is replaced
/// whole, never left half-written.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Sends the first request and decides how to follow the operation.
async fn first(
    pipeline: &Pipeline,
    ctx: &Context<'_>,
    mut request: Request,
    final_state: FinalState,
    success: &'static [u16],
) -> Result<Step> {
    let response = crate::runtime::send(pipeline, ctx, &mut request, success).await?;
    let url = request.url().clone();
    let method = request.method();
    let code = u16::from(response.status());
    let headers = response.headers();
    let operation_location = link(headers, &url, "operation-location")?;
    let async_operation = link(headers, &url, "azure-asyncoperation")?;
    let location = link(headers, &url, "location")?;
    let status_document = match final_state {
        FinalState::OperationLocation => operation_location.or(async_operation),
        _ => async_operation.or(operation_location),
    };
    let puts = matches!(method, Method::Put | Method::Patch);

    // A PUT or PATCH answered with its resource in a final state is done,
    // whatever headers came with it.
    if puts && (code == 200 || code == 201) {
        if let Some(status) = json(response.body())
            .as_ref()
            .and_then(provisioning_state)
            .filter(is_final)
        {
            return Ok(Step {
                response,
                status,
                next: None,
                final_url: None,
            });
        }
    }

    let (mode, status_url, final_url) = if let Some(status_url) = status_document {
        let final_url = match final_state {
            FinalState::Location if location.is_some() => location,
            FinalState::OriginalUri => Some(url),
            // The status document is the result, whatever the method (Key
            // Vault's restore is a PUT with no GET of its own URL).
            FinalState::AzureAsyncOperation | FinalState::OperationLocation => None,
            _ if puts => Some(url),
            _ if method == Method::Post => location,
            _ => None,
        };
        (Mode::StatusDocument, status_url, final_url)
    } else if let Some(location) = location {
        let final_url = (final_state == FinalState::OriginalUri).then_some(url);
        (Mode::Location, location, final_url)
    } else if puts {
        (Mode::Resource, url, None)
    } else {
        return Ok(Step {
            response,
            status: PollerStatus::Succeeded,
            next: None,
            final_url: None,
        });
    };
    let status = match mode {
        Mode::Resource => resource_status(&response)?,
        _ => PollerStatus::InProgress,
    };
    let next = Continuation {
        mode,
        status: status_url.to_string(),
        final_url: final_url.map(String::from),
    };
    Ok(settle(response, status, next))
}

/// Polls the operation's status URL once.
async fn poll(pipeline: &Pipeline, ctx: &Context<'_>, mut at: Continuation) -> Result<Step> {
    let url = parse_url(&at.status)?;
    let mut request = Request::new(url.clone(), Method::Get);
    let response = crate::runtime::send(pipeline, ctx, &mut request, POLL_SUCCESS).await?;
    let status = match at.mode {
        Mode::StatusDocument => document_status(&response, &url)?,
        Mode::Location => {
            if u16::from(response.status()) == 202 {
                // The service may move the operation on.
                if let Some(moved) = link(response.headers(), &url, "location")? {
                    at.status = moved.to_string();
                }
                PollerStatus::InProgress
            } else {
                PollerStatus::Succeeded
            }
        }
        Mode::Resource => resource_status(&response)?,
    };
    Ok(settle(response, status, at))
}

/// The step after a status: done (its result read from the final URL, or
/// the status response itself), or going on with `next`.
fn settle(response: RawResponse, status: PollerStatus, next: Continuation) -> Step {
    if !is_final(&status) {
        return Step {
            response,
            status,
            next: Some(next),
            final_url: None,
        };
    }
    // Where a status document names the resource it made
    // (`resourceLocation`), that is the result when nothing else is said.
    let resource_location = || {
        let body = json(response.body())?;
        let location = body.get("resourceLocation")?.as_str()?;
        parse_url(&next.status).ok()?.join(location).ok()
    };
    let final_url = match next.final_url.as_deref() {
        Some(url) => parse_url(url).ok(),
        None if next.mode == Mode::StatusDocument => resource_location(),
        None => None,
    };
    Step {
        response,
        status,
        next: None,
        final_url,
    }
}

/// A status document's `status`; a document without one is an error.
fn document_status(response: &RawResponse, url: &Url) -> Result<PollerStatus> {
    let status = json(response.body())
        .as_ref()
        .and_then(|body| body.get("status")?.as_str().map(status_of));
    status.ok_or_else(|| {
        Error::with_message(
            ErrorKind::DataConversion,
            format!("the status of a long-running operation at {url} has no `status`"),
        )
    })
}

/// The status a resource answer gives: 202 is running, 204 done; 200 and
/// 201 say it in `properties.provisioningState` (without one, 200 is done
/// and 201 running). A body that is not JSON is an error.
fn resource_status(response: &RawResponse) -> Result<PollerStatus> {
    let code = u16::from(response.status());
    if code == 202 {
        return Ok(PollerStatus::InProgress);
    }
    let body = response.body();
    let state = if body.is_empty() {
        None
    } else {
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            Error::with_message(
                ErrorKind::DataConversion,
                format!("the resource of a long-running operation is not JSON: {e}"),
            )
        })?;
        provisioning_state(&value)
    };
    Ok(match (state, code) {
        (Some(state), _) => state,
        (None, 201) => PollerStatus::InProgress,
        (None, _) => PollerStatus::Succeeded,
    })
}

fn provisioning_state(body: &Value) -> Option<PollerStatus> {
    let state = body.get("properties")?.get("provisioningState")?.as_str()?;
    Some(status_of(state))
}

/// What a status says: `azure_core`'s reading (`Succeeded`, `Failed`,
/// `Canceled` or `Cancelled`, `InProgress`, any case), else the last word
/// of its name (`ValidationFailed`, `partiallyCompleted`,
/// `VALIDATION_FAILED`): `Failed` failed, `Canceled` or `Cancelled` was
/// canceled, `Succeeded` or `Completed` succeeded. A service's own final
/// statuses are named so in the specs' status enums (Translation's
/// `ValidationFailed`, Document Intelligence's `completed`); polling on
/// past them would never end. Any other status (`transientFailure`,
/// `Creating`) is still running, kept as the service wrote it.
fn status_of(text: &str) -> PollerStatus {
    let status = PollerStatus::from(text);
    if !matches!(status, PollerStatus::UnknownValue(_)) {
        return status;
    }
    // The last word: after the last `_`, `-` or space, or from the last
    // upper-case letter that follows a lower-case one (`validationFailed`).
    let tail = text.rsplit(['_', '-', ' ']).next().unwrap_or(text);
    let bytes = tail.as_bytes();
    let start = (1..bytes.len())
        .rev()
        .find(|&i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase())
        .unwrap_or(0);
    let word = &tail[start..];
    if word.eq_ignore_ascii_case("failed") {
        PollerStatus::Failed
    } else if word.eq_ignore_ascii_case("canceled") || word.eq_ignore_ascii_case("cancelled") {
        PollerStatus::Canceled
    } else if word.eq_ignore_ascii_case("succeeded") || word.eq_ignore_ascii_case("completed") {
        PollerStatus::Succeeded
    } else {
        status
    }
}

fn is_final(status: &PollerStatus) -> bool {
    matches!(
        status,
        PollerStatus::Succeeded | PollerStatus::Failed | PollerStatus::Canceled
    )
}

/// The wait before the next poll: the service's, else the caller's.
fn wait(headers: &Headers, interval: Duration) -> Duration {
    let options = PollerOptions {
        context: Context::new(),
        frequency: interval,
    };
    get_retry_after(
        headers,
        &[RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS, RETRY_AFTER],
        &options,
    )
    .max(Duration::ZERO)
}

/// A header holding a URL, resolved against the URL of the request (a
/// service may send a relative one).
fn link(headers: &Headers, base: &Url, name: &'static str) -> Result<Option<Url>> {
    let Some(value) = headers.get_optional_str(&HeaderName::from_static(name)) else {
        return Ok(None);
    };
    base.join(value)
        .map(|url| Some(with_api_version(url, base)))
        .map_err(|e| {
            Error::with_message(
                ErrorKind::DataConversion,
                format!("the `{name}` header {value:?} is not a URL: {e}"),
            )
        })
}

/// `url` with the `api-version` of `base`, the request whose response gave
/// it, when it names none: an Azure status monitor answers in the
/// api-version the operation was started with, and services often leave
/// it out of the `Operation-Location` they give (as a pager's next link
/// gets the client's). One that names its own keeps it.
fn with_api_version(mut url: Url, base: &Url) -> Url {
    const API_VERSION: &str = "api-version";
    if url.query_pairs().any(|(name, _)| name == API_VERSION) {
        return url;
    }
    if let Some((_, version)) = base.query_pairs().find(|(name, _)| name == API_VERSION) {
        url.query_pairs_mut().append_pair(API_VERSION, &version);
    }
    url
}

fn parse_url(text: &str) -> Result<Url> {
    Url::parse(text).map_err(|e| {
        Error::with_message(
            ErrorKind::DataConversion,
            format!("{text:?} is not a URL: {e}"),
        )
    })
}

fn json(body: &[u8]) -> Option<Value> {
    serde_json::from_slice(body).ok()
}

/// The response a poller yields for one status: the service's status and
/// headers, and an [`OperationStatus`] as body.
fn envelope<M>(
    response: &RawResponse,
    status: &PollerStatus,
    next: Option<&Continuation>,
) -> Response<M, JsonFormat> {
    let status = match status {
        PollerStatus::InProgress => "InProgress",
        PollerStatus::Succeeded => "Succeeded",
        PollerStatus::Failed => "Failed",
        PollerStatus::Canceled => "Canceled",
        PollerStatus::UnknownValue(other) => other,
        // `PollerStatus` is non-exhaustive: a new kind is still running.
        #[allow(unreachable_patterns)]
        _ => "InProgress",
    };
    let body = serde_json::json!({
        "status": status,
        "body": json(response.body()),
        "continuation": next,
    });
    let body = serde_json::to_vec(&body).unwrap_or_default();
    RawResponse::from_bytes(response.status(), response.headers().clone(), body).into()
}

/// The error of an operation that `Failed` or was `Canceled`: an HTTP
/// response error holding the final status response, its code from the
/// status document's `error.code`.
fn failure(response: RawResponse, status: &PollerStatus) -> Error {
    let body = json(response.body());
    let error = body.as_ref().and_then(|b| b.get("error"));
    let text = |key: &str| {
        error.and_then(|e| e.get(key)).and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        })
    };
    let error_code = text("code");
    let what = match status {
        PollerStatus::Canceled => "was canceled",
        _ => "failed",
    };
    let message = match text("message") {
        Some(message) => format!("the long-running operation {what}: {message}"),
        None => format!("the long-running operation {what}"),
    };
    Error::with_message(
        ErrorKind::HttpResponse {
            status: response.status(),
            error_code,
            raw_response: Some(Box::new(response)),
        },
        message,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use azure_core::http::StatusCode;

    fn headers(pairs: &[(&'static str, &str)]) -> Headers {
        let mut headers = Headers::new();
        for (name, value) in pairs {
            headers.insert(*name, value.to_string());
        }
        headers
    }

    #[test]
    fn the_service_wait_wins_over_the_interval() {
        let interval = Duration::seconds(7);
        assert_eq!(wait(&headers(&[]), interval), interval);
        assert_eq!(
            wait(&headers(&[("retry-after", "3")]), interval),
            Duration::seconds(3)
        );
        assert_eq!(
            wait(&headers(&[("retry-after-ms", "250")]), interval),
            Duration::milliseconds(250)
        );
        assert_eq!(
            wait(&headers(&[("x-ms-retry-after-ms", "40")]), interval),
            Duration::milliseconds(40)
        );
        // A date in the past: no wait.
        assert_eq!(
            wait(
                &headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")]),
                interval
            ),
            Duration::ZERO
        );
        let later = azure_core::time::OffsetDateTime::now_utc() + Duration::seconds(120);
        let waited = wait(
            &headers(&[("retry-after", &azure_core::time::to_rfc7231(&later))]),
            interval,
        );
        assert!(waited > Duration::seconds(100) && waited <= Duration::seconds(120));
        assert_eq!(
            wait(&headers(&[("retry-after", "-5")]), interval),
            Duration::ZERO
        );
    }

    #[test]
    fn unknown_statuses_are_still_running() {
        for status in ["NotStarted", "Running", "Creating", "Accepted", "Whatever"] {
            assert!(!is_final(&PollerStatus::from(status)), "{status}");
        }
        for status in ["Succeeded", "succeeded", "Failed", "Canceled", "Cancelled"] {
            assert!(is_final(&PollerStatus::from(status)), "{status}");
        }
    }

    #[test]
    fn a_services_own_final_statuses_end_polling() {
        let cases = [
            ("ValidationFailed", PollerStatus::Failed),
            ("VALIDATION_FAILED", PollerStatus::Failed),
            ("CANCELLED", PollerStatus::Canceled),
            ("completed", PollerStatus::Succeeded),
            ("partiallyCompleted", PollerStatus::Succeeded),
            ("Succeeded", PollerStatus::Succeeded),
            (
                "notStarted",
                PollerStatus::UnknownValue("notStarted".into()),
            ),
            (
                "transientFailure",
                PollerStatus::UnknownValue("transientFailure".into()),
            ),
            (
                "Cancelling",
                PollerStatus::UnknownValue("Cancelling".into()),
            ),
            (
                "FailedOver",
                PollerStatus::UnknownValue("FailedOver".into()),
            ),
            ("running", PollerStatus::UnknownValue("running".into())),
        ];
        for (text, expected) in cases {
            assert_eq!(status_of(text), expected, "{text}");
        }
    }

    #[test]
    fn a_resource_says_its_state() {
        let raw = |code: StatusCode, body: &str| {
            RawResponse::from_bytes(code, Headers::new(), body.as_bytes().to_vec())
        };
        let creating = r#"{"properties":{"provisioningState":"Creating"}}"#;
        assert_eq!(
            resource_status(&raw(StatusCode::Ok, creating)).unwrap(),
            PollerStatus::UnknownValue("Creating".into())
        );
        assert_eq!(
            resource_status(&raw(StatusCode::Ok, "{}")).unwrap(),
            PollerStatus::Succeeded
        );
        assert_eq!(
            resource_status(&raw(StatusCode::Created, "")).unwrap(),
            PollerStatus::InProgress
        );
        assert_eq!(
            resource_status(&raw(StatusCode::Accepted, "{oops")).unwrap(),
            PollerStatus::InProgress
        );
        assert!(resource_status(&raw(StatusCode::Ok, "{oops")).is_err());
    }

    #[test]
    fn a_status_link_keeps_the_operations_api_version() {
        let base = Url::parse("https://example.com/things/a?api-version=2024-01-01").unwrap();
        let mut headers = Headers::new();
        headers.insert("operation-location", "/operations/1");
        headers.insert("location", "https://example.com/operations/2?api-version=1");
        let got = |name| link(&headers, &base, name).unwrap().unwrap().to_string();
        assert_eq!(
            got("operation-location"),
            "https://example.com/operations/1?api-version=2024-01-01"
        );
        // A link that names its own api-version keeps it.
        assert_eq!(
            got("location"),
            "https://example.com/operations/2?api-version=1"
        );
        // A request without one gives none.
        let bare = Url::parse("https://example.com/things/a").unwrap();
        assert_eq!(
            link(&headers, &bare, "operation-location")
                .unwrap()
                .unwrap()
                .as_str(),
            "https://example.com/operations/1"
        );
    }

    #[test]
    fn a_continuation_reads_back_as_written() {
        let continuation = Continuation {
            mode: Mode::StatusDocument,
            status: "https://example.com/operations/1?api-version=1".into(),
            final_url: Some("https://example.com/things/a".into()),
        };
        let text = continuation.to_string();
        assert_eq!(text.parse::<Continuation>().unwrap(), continuation);
        assert!("{\"mode\":\"other\"}".parse::<Continuation>().is_err());
    }

    #[test]
    fn a_failure_carries_the_status_document() {
        let body = r#"{"status":"Failed","error":{"code":"Bad","message":"no room"}}"#;
        let raw = RawResponse::from_bytes(StatusCode::Ok, Headers::new(), body.as_bytes().to_vec());
        let error = failure(raw, &PollerStatus::Failed);
        assert!(error.to_string().contains("no room"), "{error}");
        match error.kind() {
            ErrorKind::HttpResponse {
                error_code,
                raw_response: Some(raw),
                ..
            } => {
                assert_eq!(error_code.as_deref(), Some("Bad"));
                assert_eq!(raw.body().as_ref(), body.as_bytes());
            }
            other => panic!("{other:?}"),
        }
    }
}
