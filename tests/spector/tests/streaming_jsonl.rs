//! `streaming/jsonl`: JSON Lines sent as text and read as a stream of
//! lines. typespec-autorest writes the line schema as a string, so each
//! item is a line as sent.

mod common;

use azure_core::http::StatusCode;
use futures::TryStreamExt;
use spector_streaming_jsonl::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn basic_send() {
    let lines = "{\"desc\": \"one\"}\n{\"desc\": \"two\"}\n{\"desc\": \"three\"}";
    let r = client().send(lines, None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn basic_receive() {
    let stream = client().receive(None).await.unwrap();
    assert_eq!(stream.status(), StatusCode::Ok);
    let lines: Vec<String> = stream.try_collect().await.unwrap();
    assert_eq!(
        lines,
        [
            r#"{"desc": "one"}"#,
            r#"{"desc": "two"}"#,
            r#"{"desc": "three"}"#
        ]
    );
}
