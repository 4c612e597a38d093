//! What the runtime does through an `azure_core` pipeline: sending with
//! status checks, streaming, following next links, API keys. The transport
//! is a script of answers that records every request it is given.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
};

use azure_core::{
    credentials::Secret,
    error::ErrorKind,
    http::{
        headers::{HeaderName, Headers},
        pager::{Page, PagerOptions},
        policies::{Policy, PolicyResult},
        AsyncRawResponse, ClientOptions, Context, Method, Pipeline, Request, RetryOptions,
        StatusCode, Transport, Url,
    },
};
use futures::TryStreamExt as _;

use crate::runtime::{pager, send, stream, KeyPolicy};

/// Answers requests in order and records each one's URL and `api-key`
/// header.
#[derive(Debug, Default)]
struct Script {
    answers: Mutex<VecDeque<(StatusCode, &'static str)>>,
    seen: Mutex<Vec<(String, Option<String>)>>,
}

impl Script {
    fn new(answers: &[(StatusCode, &'static str)]) -> Arc<Self> {
        Arc::new(Script {
            answers: Mutex::new(answers.iter().copied().collect()),
            seen: Mutex::default(),
        })
    }

    fn seen(&self) -> Vec<(String, Option<String>)> {
        self.seen.lock().unwrap().clone()
    }
}

#[async_trait::async_trait]
impl Policy for Script {
    async fn send(
        &self,
        _ctx: &Context,
        request: &mut Request,
        _next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        let key = request
            .headers()
            .get_optional_str(&HeaderName::from_static("api-key"))
            .map(str::to_owned);
        self.seen
            .lock()
            .unwrap()
            .push((request.url().to_string(), key));
        let (status, body) = self
            .answers
            .lock()
            .unwrap()
            .pop_front()
            .expect("a request past the end of the script");
        Ok(AsyncRawResponse::from_bytes(
            status,
            Headers::new(),
            body.as_bytes().to_vec(),
        ))
    }
}

/// A pipeline that never retries, with `per_try` policies before `script`.
fn pipeline(script: &Arc<Script>, per_try: Vec<Arc<dyn Policy>>) -> Pipeline {
    let options = ClientOptions {
        transport: Some(Transport::with_policy(script.clone())),
        retry: RetryOptions::none(),
        ..Default::default()
    };
    Pipeline::new(None, None, options, Vec::new(), per_try, None)
}

fn get(url: &str) -> Request {
    Request::new(Url::parse(url).unwrap(), Method::Get)
}

fn status_of(error: &azure_core::Error) -> Option<StatusCode> {
    match error.kind() {
        ErrorKind::HttpResponse { status, .. } => Some(*status),
        _ => None,
    }
}

#[tokio::test]
async fn send_answers_success_statuses_and_fails_others() {
    let script = Script::new(&[
        (StatusCode::Created, "{}"),
        (StatusCode::Ok, r#"{"code":"NotExpected"}"#),
    ]);
    let pipeline = pipeline(&script, Vec::new());
    let mut request = get("https://example.com/a");
    let ok = send(&pipeline, &Context::new(), &mut request, &[200, 201]).await;
    assert_eq!(ok.unwrap().status(), StatusCode::Created);
    // 200 is not a success of an operation that only answers 204.
    let error = send(&pipeline, &Context::new(), &mut request, &[204])
        .await
        .unwrap_err();
    assert_eq!(status_of(&error), Some(StatusCode::Ok));
    assert_eq!(script.seen().len(), 2);
}

#[tokio::test]
async fn a_failed_stream_is_read_for_its_error() {
    let script = Script::new(&[(StatusCode::NotFound, r#"{"code":"BlobNotFound"}"#)]);
    let error = stream(
        &pipeline(&script, Vec::new()),
        &Context::new(),
        &mut get("https://example.com/blob"),
        &[200],
    )
    .await
    .unwrap_err();
    assert_eq!(status_of(&error), Some(StatusCode::NotFound));
    match error.kind() {
        ErrorKind::HttpResponse { error_code, .. } => {
            assert_eq!(error_code.as_deref(), Some("BlobNotFound"))
        }
        other => panic!("{other:?}"),
    }
}

#[derive(serde::Deserialize)]
struct Numbers {
    value: Vec<i32>,
}

#[async_trait::async_trait]
impl Page for Numbers {
    type Item = i32;
    type IntoIter = std::vec::IntoIter<i32>;
    async fn into_items(self) -> azure_core::Result<Self::IntoIter> {
        Ok(self.value.into_iter())
    }
}

#[tokio::test]
async fn the_pager_follows_next_links_with_the_api_version() {
    let script = Script::new(&[
        (
            StatusCode::Ok,
            r#"{"value":[1,2],"next":"https://example.com/items?page=2"}"#,
        ),
        // A link relative to the page it came from.
        (StatusCode::Ok, r#"{"value":[3],"next":"items?page=3"}"#),
        // An empty link ends the walk.
        (StatusCode::Ok, r#"{"value":[4],"next":""}"#),
    ]);
    let items: Vec<i32> = pager::<Numbers>(
        pipeline(&script, Vec::new()),
        get("https://example.com/items?api-version=7"),
        "next",
        "7".to_owned(),
        &[200],
        PagerOptions::default(),
    )
    .try_collect()
    .await
    .unwrap();
    assert_eq!(items, [1, 2, 3, 4]);
    let urls: Vec<String> = script.seen().into_iter().map(|(url, _)| url).collect();
    // azure_core's query builder writes the pairs in key order.
    assert_eq!(
        urls,
        [
            "https://example.com/items?api-version=7",
            "https://example.com/items?api-version=7&page=2",
            "https://example.com/items?api-version=7&page=3",
        ]
    );
}

/// Records each request's method, body and headers, and answers from a
/// script.
#[derive(Debug, Default)]
struct Recorder {
    answers: Mutex<VecDeque<&'static str>>,
    seen: Mutex<Vec<(Method, Vec<u8>, Headers)>>,
}

#[async_trait::async_trait]
impl Policy for Recorder {
    async fn send(
        &self,
        _ctx: &Context,
        request: &mut Request,
        _next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        let body = match request.body() {
            azure_core::http::Body::Bytes(bytes) => bytes.to_vec(),
            #[allow(unreachable_patterns)]
            _ => Vec::new(),
        };
        self.seen
            .lock()
            .unwrap()
            .push((request.method(), body, request.headers().clone()));
        let answer = self.answers.lock().unwrap().pop_front().expect("scripted");
        Ok(AsyncRawResponse::from_bytes(
            StatusCode::Ok,
            Headers::new(),
            answer.as_bytes().to_vec(),
        ))
    }
}

#[tokio::test]
async fn the_next_link_of_a_post_list_is_fetched_with_get() {
    let recorder = Arc::new(Recorder {
        answers: Mutex::new(
            [
                r#"{"value":[1],"next":"https://example.com/search?page=2"}"#,
                r#"{"value":[2]}"#,
            ]
            .into(),
        ),
        ..Recorder::default()
    });
    let options = ClientOptions {
        transport: Some(Transport::with_policy(recorder.clone())),
        retry: RetryOptions::none(),
        ..Default::default()
    };
    let pipeline = Pipeline::new(None, None, options, Vec::new(), Vec::new(), None);
    let mut first = Request::new(
        Url::parse("https://example.com/search?api-version=7").unwrap(),
        Method::Post,
    );
    first.insert_header("content-type", "application/json");
    first.insert_header("x-ms-client-request-id", "r1");
    first.set_body(br#"{"filter":"x"}"#.to_vec());
    let items: Vec<i32> = pager::<Numbers>(
        pipeline,
        first,
        "next",
        "7".to_owned(),
        &[200],
        PagerOptions::default(),
    )
    .try_collect()
    .await
    .unwrap();
    assert_eq!(items, [1, 2]);
    let seen = recorder.seen.lock().unwrap();
    assert_eq!(seen[0].0, Method::Post);
    assert_eq!(seen[0].1, br#"{"filter":"x"}"#);
    // Page two: a GET without the search's body or its content type, the
    // other headers kept.
    let (method, body, headers) = &seen[1];
    assert_eq!(*method, Method::Get);
    assert!(body.is_empty(), "{body:?}");
    assert_eq!(
        headers.get_optional_str(&HeaderName::from_static("content-type")),
        None
    );
    assert_eq!(
        headers.get_optional_str(&HeaderName::from_static("x-ms-client-request-id")),
        Some("r1")
    );
}

#[tokio::test]
async fn a_failed_page_ends_the_walk_with_its_error() {
    let script = Script::new(&[
        (StatusCode::Ok, r#"{"value":[1],"next":"/items?page=2"}"#),
        (StatusCode::Forbidden, r#"{"code":"NoAccess"}"#),
    ]);
    let mut items = pager::<Numbers>(
        pipeline(&script, Vec::new()),
        get("https://example.com/items"),
        "next",
        "7".to_owned(),
        &[200],
        PagerOptions::default(),
    );
    assert_eq!(items.try_next().await.unwrap(), Some(1));
    let error = items.try_next().await.unwrap_err();
    assert_eq!(status_of(&error), Some(StatusCode::Forbidden));
}

#[tokio::test]
async fn an_api_key_goes_in_its_header_or_its_query_parameter() {
    for in_query in [false, true] {
        let script = Script::new(&[(StatusCode::Ok, "")]);
        let key: Arc<dyn Policy> =
            Arc::new(KeyPolicy::new("api-key", in_query, Secret::new("s3cret")));
        let pipeline = pipeline(&script, vec![key]);
        let mut request = get("https://example.com/a?x=1");
        send(&pipeline, &Context::new(), &mut request, &[200])
            .await
            .unwrap();
        let expected = match in_query {
            // azure_core's query builder writes the pairs in key order.
            true => ("https://example.com/a?api-key=s3cret&x=1".to_owned(), None),
            false => (
                "https://example.com/a?x=1".to_owned(),
                Some("s3cret".to_owned()),
            ),
        };
        assert_eq!(script.seen(), [expected]);
    }
}
