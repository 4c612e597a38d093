//! `streaming/jsonl`: a JSON Lines body (`application/jsonl`), sent and
//! read as its text: one JSON document a line is not one JSON document.

mod common;

use azure_core::http::StatusCode;
use spector_streaming_jsonl::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

const LINES: &str = "{\"desc\": \"one\"}\n{\"desc\": \"two\"}\n{\"desc\": \"three\"}";

#[tokio::test]
async fn basic_send() {
    let r = client().send(LINES, None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn basic_receive() {
    let got = client().receive(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, LINES);
    let descs: Vec<String> = got
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["desc"].to_string())
        .collect();
    assert_eq!(descs, ["\"one\"", "\"two\"", "\"three\""]);
}
