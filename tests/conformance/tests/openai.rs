//! The generated Azure OpenAI v1 client (fixture `azure_openai`, from the
//! OpenAPI 3 spec) against the harness's loopback [`MockServer`], on bodies
//! shaped as the spec's schemas say the service answers: a chat completion
//! streamed as server-sent events and read event by event, the same
//! completion as one JSON document, an embedding, a list of vector stores
//! followed page by page through its `after` cursor, and an error.

use std::sync::Arc;

use azure_conformance::{FixedTokenCredential, Hold, MockServer, Reply};
use azure_core::error::ErrorKind;
use azure_core::http::pager::{PagerContinuation, PagerOptions};
use azure_core::http::RequestContent;
use azure_openai::v1::{
    AzureCreateChatCompletionRequest, AzureCreateEmbeddingRequest, AzureErrorResponseExt as _,
    OpenAIClient, OpenAIClientListVectorStoresOptions, OpenAIClientOptions,
};
use futures::{StreamExt, TryStreamExt};
use serde_json::{json, Value};

fn client(server: &MockServer) -> OpenAIClient {
    OpenAIClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(OpenAIClientOptions {
            client_options: server.client_options(),
            ..Default::default()
        }),
    )
    .expect("a client for the harness server")
}

/// A JSON request body, as a user who writes the service's JSON would.
fn body<T>(value: Value) -> RequestContent<T> {
    RequestContent::from(serde_json::to_vec(&value).expect("JSON"))
}

fn chat_request(stream: bool) -> RequestContent<AzureCreateChatCompletionRequest> {
    body(json!({
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Say hello."}
        ],
        "stream": stream
    }))
}

/// One `chat.completion.chunk` event of a streamed completion.
fn chunk(delta: Value, finish_reason: Value) -> String {
    let chunk = json!({
        "id": "chatcmpl-9xK2",
        "object": "chat.completion.chunk",
        "created": 1_733_500_000,
        "model": "gpt-4o-mini-2024-07-18",
        "system_fingerprint": "fp_0ba0d124f1",
        "choices": [{
            "index": 0,
            "delta": delta,
            "logprobs": null,
            "finish_reason": finish_reason,
            "content_filter_results": {
                "hate": {"filtered": false, "severity": "safe"},
                "violence": {"filtered": false, "severity": "safe"}
            }
        }]
    });
    format!("data: {chunk}\n\n")
}

fn event_stream(body: String, hold: Option<Hold>) -> Reply {
    Reply {
        status: 200,
        headers: vec![
            ("content-type".into(), "text/event-stream".into()),
            ("apim-request-id".into(), "7a1c1f4e-0001".into()),
        ],
        body: body.into_bytes(),
        hold,
        ..Reply::default()
    }
}

#[tokio::test]
async fn a_streamed_chat_completion_is_read_event_by_event() {
    let first = chunk(json!({"role": "assistant", "content": ""}), Value::Null);
    let rest = [
        chunk(json!({"content": "Hello"}), Value::Null),
        chunk(json!({"content": "!"}), Value::Null),
        chunk(json!({}), json!("stop")),
        "data: [DONE]\n\n".to_owned(),
    ]
    .concat();
    // The server sends the first event, then waits: the client must give
    // it before the body ends.
    let release = Arc::new(tokio::sync::Notify::new());
    let hold = Hold {
        at: first.len(),
        release: release.clone(),
    };
    let server = MockServer::start(vec![event_stream(first + &rest, Some(hold))]).await;
    let mut events = client(&server)
        .create_chat_completion_stream(chat_request(true), None)
        .await
        .expect("the stream starts");
    assert_eq!(u16::from(events.status()), 200);
    assert_eq!(
        events
            .headers()
            .get_optional_str(&azure_core::http::headers::HeaderName::from_static(
                "apim-request-id"
            )),
        Some("7a1c1f4e-0001")
    );

    let opening = tokio::time::timeout(std::time::Duration::from_secs(10), events.next())
        .await
        .expect("the first event is read before the rest of the body is sent")
        .expect("an event")
        .expect("a chunk");
    let choice = &opening.choices.as_ref().expect("choices")[0];
    let delta = choice.delta.as_ref().expect("a delta");
    assert_eq!(delta.content.as_deref(), Some(""));
    assert!(delta.role.is_some());
    assert_eq!(opening.id.as_deref(), Some("chatcmpl-9xK2"));
    assert_eq!(
        opening.created.map(|t| t.unix_timestamp()),
        Some(1_733_500_000)
    );

    release.notify_one();
    let rest: Vec<_> = events.try_collect().await.expect("every chunk");
    // `[DONE]` is no chunk: three more, then the end.
    assert_eq!(rest.len(), 3);
    let text: String = rest
        .iter()
        .filter_map(|c| c.choices.as_ref()?[0].delta.as_ref()?.content.clone())
        .collect();
    assert_eq!(text, "Hello!");
    let last = &rest[2].choices.as_ref().expect("choices")[0];
    assert!(last.finish_reason.is_some());

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, "/openai/v1/chat/completions");
    assert_eq!(
        requests[0].header_values("accept"),
        ["text/event-stream"],
        "the stream method asks for the stream"
    );
    let sent: Value = serde_json::from_slice(&requests[0].body).expect("a JSON request");
    assert_eq!(sent["stream"], json!(true));
}

#[tokio::test]
async fn a_chat_completion_not_streamed_is_one_document() {
    let completion = json!({
        "id": "chatcmpl-9xK3",
        "object": "chat.completion",
        "created": 1_733_500_100,
        "model": "gpt-4o-mini-2024-07-18",
        "system_fingerprint": "fp_0ba0d124f1",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": "Hello!", "refusal": null},
            "logprobs": null,
            "finish_reason": "stop",
            "content_filter_results": {
                "hate": {"filtered": false, "severity": "safe"},
                "self_harm": {"filtered": false, "severity": "safe"}
            }
        }],
        "usage": {"prompt_tokens": 19, "completion_tokens": 3, "total_tokens": 22},
        "prompt_filter_results": [{
            "prompt_index": 0,
            "content_filter_results": {"hate": {"filtered": false, "severity": "safe"}}
        }]
    });
    let server = MockServer::start(vec![Reply::json(200, &completion)]).await;
    let got = client(&server)
        .create_chat_completion(chat_request(false), None)
        .await
        .expect("a completion")
        .into_model()
        .expect("the completion reads");
    assert_eq!(got.id.as_deref(), Some("chatcmpl-9xK3"));
    let choice = &got.choices.as_ref().expect("choices")[0];
    let message = choice.message.as_ref().expect("a message");
    assert_eq!(message.content.as_deref(), Some("Hello!"));
    let usage = got.usage.as_ref().expect("usage");
    assert_eq!(usage.total_tokens, Some(22));
    assert_eq!(got.prompt_filter_results.as_ref().map(Vec::len), Some(1));
    let requests = server.requests();
    assert_eq!(
        requests[0].header_values("accept"),
        ["application/json, text/event-stream"]
    );
}

#[tokio::test]
async fn an_embedding() {
    let embedding = json!({
        "object": "list",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.0023064255, -0.009327292, 0.015797347]}],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 8, "total_tokens": 8}
    });
    let server = MockServer::start(vec![Reply::json(200, &embedding)]).await;
    let request: RequestContent<AzureCreateEmbeddingRequest> = body(json!({
        "model": "text-embedding-3-small",
        "input": "The food was delicious and the waiter...",
        "dimensions": 3
    }));
    let got = client(&server)
        .create_embedding(request, None)
        .await
        .expect("an embedding")
        .into_model()
        .expect("the embedding reads");
    let data = got.data.as_ref().expect("data");
    assert_eq!(data.len(), 1);
    assert_eq!(data[0].index, Some(0));
    assert_eq!(
        data[0].embedding,
        Some(json!([0.0023064255, -0.009327292, 0.015797347]))
    );
    assert_eq!(got.model.as_deref(), Some("text-embedding-3-small"));
    assert_eq!(server.requests()[0].path, "/openai/v1/embeddings");
}

fn vector_store(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "object": "vector_store",
        "created_at": 1_733_400_000,
        "name": name,
        "usage_bytes": 123_456,
        "file_counts": {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2},
        "status": "completed",
        "expires_after": null,
        "expires_at": null,
        "last_active_at": 1_733_400_500,
        "metadata": {}
    })
}

/// The spec declares no pager (`x-ms-pageable`) for its lists, but a list
/// answers `has_more` and `last_id` and takes `after`: a pager by that
/// shape (`lower::cursor`), over three pages, then resumed from a saved
/// cursor.
#[tokio::test]
async fn a_list_is_a_pager_through_its_cursor() {
    let page = |stores: Vec<Value>, more: bool| {
        let first = stores[0]["id"].clone();
        let last = stores[stores.len() - 1]["id"].clone();
        json!({"object": "list", "data": stores, "first_id": first, "last_id": last, "has_more": more})
    };
    let server = MockServer::start(vec![
        Reply::json(
            200,
            &page(
                vec![vector_store("vs_1", "manuals"), vector_store("vs_2", "faq")],
                true,
            ),
        ),
        Reply::json(
            200,
            &page(
                vec![vector_store("vs_3", "notes"), vector_store("vs_4", "specs")],
                true,
            ),
        ),
        Reply::json(200, &page(vec![vector_store("vs_5", "logs")], false)),
        // Resumed from `vs_4`.
        Reply::json(200, &page(vec![vector_store("vs_5", "logs")], false)),
    ])
    .await;
    let client = client(&server);
    let options = || OpenAIClientListVectorStoresOptions {
        limit: Some(2),
        ..Default::default()
    };
    let names: Vec<String> = client
        .list_vector_stores(Some(options()))
        .expect("a pager")
        .try_collect::<Vec<_>>()
        .await
        .expect("every page reads")
        .into_iter()
        .map(|store| store.name.unwrap_or_default())
        .collect();
    assert_eq!(names, ["manuals", "faq", "notes", "specs", "logs"]);
    // A saved cursor resumes the list where it was.
    let resumed = OpenAIClientListVectorStoresOptions {
        method_options: PagerOptions {
            continuation: Some(PagerContinuation::Token("vs_4".to_owned())),
            ..Default::default()
        },
        ..options()
    };
    let rest: Vec<String> = client
        .list_vector_stores(Some(resumed))
        .expect("a pager")
        .try_collect::<Vec<_>>()
        .await
        .expect("the page reads")
        .into_iter()
        .map(|store| store.name.unwrap_or_default())
        .collect();
    assert_eq!(rest, ["logs"]);
    let queries: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.query.clone().unwrap_or_default())
        .collect();
    assert_eq!(queries.len(), 4);
    assert!(!queries[0].contains("after="), "{}", queries[0]);
    assert!(queries[1].contains("after=vs_2"), "{}", queries[1]);
    assert!(queries[2].contains("after=vs_4"), "{}", queries[2]);
    assert!(queries[3].contains("after=vs_4"), "{}", queries[3]);
    for query in &queries {
        assert!(query.contains("limit=2"), "{query}");
        assert_eq!(
            query.matches("after=").count(),
            query.contains("after=") as usize
        );
    }
}

#[tokio::test]
async fn an_error_names_its_code() {
    let error = json!({
        "error": {
            "code": "DeploymentNotFound",
            "message": "The API deployment for this resource does not exist.",
            "param": null,
            "type": "error",
            "inner_error": null
        }
    });
    let server = MockServer::start(vec![Reply::json(404, &error)]).await;
    let e = client(&server)
        .create_chat_completion(chat_request(false), None)
        .await
        .expect_err("a 404");
    match e.kind() {
        ErrorKind::HttpResponse {
            status, error_code, ..
        } => {
            assert_eq!(u16::from(*status), 404);
            assert_eq!(error_code.as_deref(), Some("DeploymentNotFound"));
        }
        other => panic!("not an HTTP response error: {other:?}"),
    }
    let body = e.azure_error_response().expect("the error body reads");
    let detail = body.error.as_ref().expect("error");
    assert_eq!(detail.code.as_deref(), Some("DeploymentNotFound"));
    assert_eq!(
        detail.message.as_deref(),
        Some("The API deployment for this resource does not exist.")
    );
}

#[tokio::test]
async fn a_streamed_error_is_an_error_before_any_event() {
    let error =
        json!({"error": {"code": "429", "message": "Rate limit is exceeded.", "type": "error"}});
    let server = MockServer::start(vec![Reply::json(429, &error)]).await;
    let e = client(&server)
        .create_chat_completion_stream(chat_request(true), None)
        .await
        .expect_err("a 429");
    assert_eq!(e.http_status().map(u16::from), Some(429));
    let body = e.azure_error_response().expect("the error body reads");
    assert_eq!(
        body.error.and_then(|e| e.message).as_deref(),
        Some("Rate limit is exceeded.")
    );
}
