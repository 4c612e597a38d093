//! `streaming/sse`: server-sent events read as a stream of their data, as
//! each event arrives. typespec-autorest writes each stream's schema as a
//! string, so each item is an event's data as sent (several `data:` lines
//! joined by a newline), read until the body ends or sends `[DONE]`.

mod common;

use futures::TryStreamExt;
use spector_streaming_sse::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

/// Every item of a stream, in order.
async fn items(
    stream: azure_core::Result<spector_streaming_sse::events::EventStream<String>>,
) -> Vec<String> {
    stream.unwrap().try_collect().await.unwrap()
}

#[tokio::test]
async fn unnamed_receive() {
    let got = items(client().unnamed_receive(None).await).await;
    assert_eq!(
        got,
        [
            r#"{"desc": "one"}"#,
            r#"{"desc": "two"}"#,
            r#"{"desc": "three"}"#
        ]
    );
}

#[tokio::test]
async fn named_receive() {
    // Sent in chunks, one event each; `[DONE]` ends the stream.
    let got = items(client().named_receive(None).await).await;
    assert_eq!(
        got,
        [
            r#"{"id": "resp_1"}"#,
            r#"{"delta": "Hello"}"#,
            r#"{"delta": " world"}"#
        ]
    );
}

#[tokio::test]
async fn retrieve_stream() {
    let body = serde_json::json!({"query": "what is typespec?"});
    let got = items(client().retrieve_stream(common::json(&body), None).await).await;
    assert_eq!(
        got,
        [
            r#"{"text": "partial one"}"#,
            r#"{"text": "partial two"}"#,
            r#"{"references": ["doc1", "doc2"]}"#
        ]
    );
}

#[tokio::test]
async fn data_with_envelope() {
    let got = items(client().data_with_envelope(None).await).await;
    assert_eq!(got, ["hello"]);
}

#[tokio::test]
async fn data_without_envelope() {
    let got = items(client().data_without_envelope(None).await).await;
    assert_eq!(
        got,
        [r#"{"metadata": {"source": "test"}, "contents": "world"}"#]
    );
}

/// `id:`, `retry:` (valid or not) and `event:` fields are the event's, not
/// its data: the item is the data alone.
#[tokio::test]
async fn protocol_fields() {
    let c = client();
    let streams = [
        c.protocol_id(None).await,
        c.protocol_invalid_id(None).await,
        c.protocol_retry(None).await,
        c.protocol_invalid_retry(None).await,
        c.protocol_reconnect(None).await,
    ];
    for stream in streams {
        assert_eq!(items(stream).await, [r#"{"message": "hello"}"#]);
    }
}
