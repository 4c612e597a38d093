//! The generated Azure OpenAI v1 client (fixture `azure_openai`, read
//! through the OpenAPI 3 front end) uploads a file by `POST /files`, a
//! `multipart/form-data` body: the loopback [`MockServer`] records the body,
//! which multer (the multipart parser axum uses, independent of the
//! client's encoder) reads back part by part: names, file name, content
//! type and bytes; the client reads the service's answer.

use std::sync::Arc;

use azure_conformance::{FixedTokenCredential, MockServer, Reply};
use azure_core::http::{ClientOptions, FixedRetryOptions, RetryOptions};
use azure_core::stream::BytesStream;
use azure_core::time::Duration;
use azure_openai::multipart::FilePart;
use azure_openai::v1::{
    AzureFileExpiryAnchor, CreateFileExpiresAfter, CreateFilePurpose, OpenAIClient,
    OpenAIClientOptions,
};
use serde_json::json;

fn client(server: &MockServer) -> OpenAIClient {
    client_with(server, server.client_options())
}

fn client_with(server: &MockServer, client_options: ClientOptions) -> OpenAIClient {
    OpenAIClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(OpenAIClientOptions {
            client_options,
            ..OpenAIClientOptions::default()
        }),
    )
    .expect("a client for the loopback server")
}

/// One part as the server reads it.
#[derive(Debug, PartialEq)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

/// The parts of a recorded multipart body, read by multer with the
/// boundary its `content-type` names.
async fn parts(content_type: &str, body: Vec<u8>) -> Vec<Part> {
    let boundary = multer::parse_boundary(content_type).expect("a multipart content type");
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await.expect("a well-formed part") {
        parts.push(Part {
            name: field.name().unwrap_or_default().to_owned(),
            file_name: field.file_name().map(str::to_owned),
            content_type: field.content_type().map(ToString::to_string),
            bytes: field.bytes().await.expect("the part's bytes").to_vec(),
        });
    }
    parts
}

fn file_answer() -> Reply {
    Reply::json(
        200,
        &json!({
            "id": "file-abc123",
            "object": "file",
            "bytes": 19,
            "created_at": 1_700_000_000,
            "filename": "train.jsonl",
            "purpose": "fine-tune",
            "status": "processed"
        }),
    )
}

fn expires_after() -> CreateFileExpiresAfter {
    CreateFileExpiresAfter {
        seconds: Some(3600),
        anchor: Some(AzureFileExpiryAnchor::CreatedAt),
        ..Default::default()
    }
}

const CONTENT: &[u8] = b"{\"prompt\":\"a\\u0000\"}\n";

#[tokio::test]
async fn a_file_is_uploaded_as_parts_and_the_answer_read() {
    let server = MockServer::start(vec![file_answer()]).await;
    let file = FilePart::new(CONTENT.to_vec())
        .with_file_name("train.jsonl")
        .with_content_type("application/jsonl");
    let answer = client(&server)
        .create_file(file, expires_after(), CreateFilePurpose::FineTune, None)
        .await
        .expect("the upload is answered")
        .into_model()
        .expect("the answer reads");
    assert_eq!(answer.id.as_deref(), Some("file-abc123"));
    assert_eq!(answer.filename.as_deref(), Some("train.jsonl"));
    assert_eq!(answer.bytes, Some(19));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/openai/v1/files");
    let content_type = request.header_values("content-type")[0].to_owned();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let parts = parts(&content_type, request.body.clone()).await;
    assert_eq!(
        parts,
        [
            Part {
                name: "file".into(),
                file_name: Some("train.jsonl".into()),
                content_type: Some("application/jsonl".into()),
                bytes: CONTENT.to_vec(),
            },
            Part {
                name: "expires_after".into(),
                file_name: None,
                content_type: None,
                bytes: br#"{"seconds":3600,"anchor":"created_at"}"#.to_vec(),
            },
            Part {
                name: "purpose".into(),
                file_name: None,
                content_type: None,
                bytes: b"fine-tune".to_vec(),
            },
        ]
    );
}

#[tokio::test]
async fn a_streamed_file_is_sent_again_whole_on_retry() {
    // A 503 first: the retry policy sends the body again, so the stream is
    // rewound and the parts framed anew, with the same boundary.
    let server = MockServer::start(vec![Reply::status(503), file_answer()]).await;
    let content: Vec<u8> = (0..150_000u32).map(|i| (i % 253) as u8).collect();
    let file = FilePart::from_stream(BytesStream::new(content.clone()));
    let retrying = ClientOptions {
        retry: RetryOptions::fixed(FixedRetryOptions {
            delay: Duration::milliseconds(10),
            max_retries: 1,
            ..Default::default()
        }),
        ..server.client_options()
    };
    client_with(&server, retrying)
        .create_file(file, expires_after(), CreateFilePurpose::Batch, None)
        .await
        .expect("the retried upload is answered");
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "one retry");
    for request in &requests {
        let content_type = request.header_values("content-type")[0].to_owned();
        let parts = parts(&content_type, request.body.clone()).await;
        assert_eq!(parts.len(), 3);
        // Without a file name, the field's name is sent as one.
        assert_eq!(parts[0].file_name.as_deref(), Some("file"));
        assert_eq!(
            parts[0].content_type.as_deref(),
            Some("application/octet-stream")
        );
        assert_eq!(parts[0].bytes.len(), content.len());
        assert!(parts[0].bytes == content, "the whole stream each time");
        assert_eq!(parts[2].bytes, b"batch");
    }
}
