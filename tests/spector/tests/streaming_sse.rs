//! `streaming/sse`: server-sent events (`text/event-stream`), read as the
//! text of the stream and checked event by event. `Protocol_reconnect`
//! is left out: see docs/spector.md.

mod common;

use spector_streaming_sse::v0000_00_00::{
    RetrieveRetrievalRequest, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

/// The events of a stream (`\n\n`-separated), each as its lines.
fn events(stream: &str) -> Vec<Vec<&str>> {
    stream
        .split("\n\n")
        .filter(|event| !event.is_empty())
        .map(|event| event.lines().collect())
        .collect()
}

#[tokio::test]
async fn unnamed_receive() {
    let got = client()
        .unnamed_receive(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [
            ["data: {\"desc\": \"one\"}"],
            ["data: {\"desc\": \"two\"}"],
            ["data: {\"desc\": \"three\"}"]
        ]
    );
}

#[tokio::test]
async fn named_receive() {
    let got = client()
        .named_receive(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [
            vec!["event: responseCreated", "data: {\"id\": \"resp_1\"}"],
            vec!["event: responseDelta", "data: {\"delta\": \"Hello\"}"],
            vec!["event: responseDelta", "data: {\"delta\": \" world\"}"],
            vec!["data: [DONE]"],
        ]
    );
}

#[tokio::test]
async fn retrieve_stream() {
    let body = RetrieveRetrievalRequest {
        query: Some("what is typespec?".to_owned()),
        ..Default::default()
    };
    let got = client()
        .retrieve_stream(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [
            vec!["event: partialResult", "data: {\"text\": \"partial one\"}"],
            vec!["event: partialResult", "data: {\"text\": \"partial two\"}"],
            vec![
                "event: finalResult",
                "data: {\"references\": [\"doc1\", \"doc2\"]}"
            ],
            vec!["data: [DONE]"],
        ]
    );
}

#[tokio::test]
async fn data_with_envelope() {
    let got = client()
        .data_with_envelope(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(events(&got), [["event: withEnvelope", "data: hello"]]);
}

#[tokio::test]
async fn data_without_envelope() {
    let got = client()
        .data_without_envelope(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [[
            "event: withoutEnvelope",
            "data: {\"metadata\": {\"source\": \"test\"}, \"contents\": \"world\"}"
        ]]
    );
}

const HELLO: &str = "data: {\"message\": \"hello\"}";

#[tokio::test]
async fn protocol_id() {
    let got = client()
        .protocol_id(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(events(&got), [["id: event-1", "event: message", HELLO]]);
}

#[tokio::test]
async fn protocol_invalid_id() {
    let got = client()
        .protocol_invalid_id(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [["id: invalid\u{0}id", "event: message", HELLO]]
    );
}

#[tokio::test]
async fn protocol_retry() {
    let got = client()
        .protocol_retry(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(events(&got), [["retry: 1000", "event: message", HELLO]]);
}

#[tokio::test]
async fn protocol_invalid_retry() {
    let got = client()
        .protocol_invalid_retry(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        events(&got),
        [["retry: not-a-number", "event: message", HELLO]]
    );
}
