//! Streams of items read from a response body as its chunks arrive.

use azure_core::http::headers::Headers;
use azure_core::http::{AsyncRawResponse, StatusCode};
use azure_core::Bytes;
use futures::StreamExt;
use serde::Deserialize;

use crate::events::{json, json_lines, server_sent_events, text};

/// A response whose body comes in these chunks, split wherever the test
/// says (mid-line, mid-field), as a network may split it.
fn chunked(chunks: &[&'static str]) -> AsyncRawResponse {
    let chunks: Vec<azure_core::Result<Bytes>> = chunks
        .iter()
        .map(|c| Ok(Bytes::from_static(c.as_bytes())))
        .collect();
    AsyncRawResponse::new(
        StatusCode::Ok,
        Headers::new(),
        Box::pin(futures::stream::iter(chunks)),
    )
}

#[derive(Debug, Deserialize, PartialEq)]
struct Delta {
    delta: String,
}

#[tokio::test]
async fn events_are_their_data_until_done() {
    let response = chunked(&[
        ": a comment\nevent: responseDelta\nid: 1\nretry: 10\nda",
        "ta: {\"delta\": \"Hel",
        "lo\"}\r\n\r\ndata: {\"delta\":\n",
        "data: \" world\"}\n\n",
        "data: [DONE]\n\ndata: {\"delta\": \"after the end\"}\n\n",
    ]);
    let items: Vec<Delta> = server_sent_events(response, json)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(
        items,
        [
            Delta {
                delta: "Hello".into()
            },
            // Two data lines are one data, joined with a newline.
            Delta {
                delta: " world".into()
            },
        ]
    );
}

#[tokio::test]
async fn an_event_without_data_is_no_item_and_text_is_as_sent() {
    let response = chunked(&["id: 7\n\ndata: one\ndata: two\n\ndata: three\n\n"]);
    let items: Vec<String> = server_sent_events(response, text)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(items, ["one\ntwo", "three"]);
}

#[tokio::test]
async fn data_of_another_shape_is_an_error_item() {
    let response = chunked(&["data: {\"other\": 1}\n\n"]);
    let items: Vec<azure_core::Result<Delta>> = server_sent_events(response, json).collect().await;
    assert_eq!(items.len(), 1);
    let error = items[0].as_ref().unwrap_err();
    assert_eq!(*error.kind(), azure_core::error::ErrorKind::DataConversion);
}

#[tokio::test]
async fn json_lines_are_items_as_each_line_ends() {
    let response = chunked(&[
        "{\"delta\": \"a\"}\n{\"del",
        "ta\": \"b\"}\r\n\n",
        "{\"delta\": \"c\"}",
    ]);
    let items: Vec<Delta> = json_lines(response, json)
        .map(|item| item.unwrap())
        .collect()
        .await;
    let deltas: Vec<&str> = items.iter().map(|d| d.delta.as_str()).collect();
    assert_eq!(deltas, ["a", "b", "c"]);
}

#[tokio::test]
async fn the_stream_keeps_the_status_and_headers() {
    let stream = server_sent_events(chunked(&[]), text);
    assert_eq!(stream.status(), StatusCode::Ok);
    assert!(stream.headers().iter().next().is_none());
    let items: Vec<_> = stream.collect().await;
    assert!(items.is_empty());
}
