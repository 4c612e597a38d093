//! `reserved-words.json`: parameters named like Rust keywords, the
//! generated method's locals (`url`, `content`, `json`) and Python's
//! reserved words; the client still sends what the spec says.
//! The form fields `data` and `files` are method arguments like any other.

mod common;

use autorest_reserved_words::multipart::FilePart;
use autorest_reserved_words::v1_0_0::{
    MyEnum, ReservedWordsClient as Client, ReservedWordsClientOperationWithUrlOptions,
    ReservedWordsClientOptions as Options,
};
use azure_core::http::RequestContent;
use serde_json::json;

client!(Client, Options);

#[tokio::test]
async fn names_that_collide() {
    let c = client();
    c.import_operation_one("foo", None).await.unwrap();
    c.operation_with_content_param(RequestContent::from(b"hello, world".to_vec()), None)
        .await
        .unwrap();
    c.operation_with_json_param(json!({ "hello": "world" }).try_into().unwrap(), None)
        .await
        .unwrap();
    c.operation_with_url(
        "foo",
        "x-ms-header",
        Some(ReservedWordsClientOperationWithUrlOptions {
            query_parameters: Some(vec!["one".into(), "two".into()]),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    c.reserved_enum(MyEnum::Import, None).await.unwrap();
}

#[tokio::test]
async fn form_bodies() {
    let c = client();
    // URL-encoded: the server compares the decoded form.
    c.operation_with_data_param("hello", "world", None)
        .await
        .unwrap();
    // Multipart, a file and a text field.
    c.operation_with_files_param(FilePart::new(b"bytes".to_vec()), "name.txt", None)
        .await
        .unwrap();
}
