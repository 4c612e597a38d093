//! `body-formdata.json`: a file uploaded as a part of a multipart form (the
//! server echoes the file part's bytes), from bytes and from a stream, and
//! the same file sent as the whole body.

mod common;

use autorest_body_formdata::multipart::FilePart;
use autorest_body_formdata::v1_0_0::{
    AutoRestSwaggerBatFormDataServiceClient as Client,
    AutoRestSwaggerBatFormDataServiceClientOptions as Options,
};
use azure_core::http::RequestContent;
use azure_core::stream::BytesStream;

client!(Client, Options);

/// Bytes that are not UTF-8: a part is echoed as it came.
const BINARY: &[u8] = b"Test file contents \x00\xff, sent as a part";
/// Text: the server echoes a whole body as UTF-8 text.
const TEXT: &[u8] = b"Test file contents, sent as the body";

#[tokio::test]
async fn a_file_part_is_echoed() {
    let c = client();
    let file = FilePart::new(BINARY.to_vec())
        .with_file_name("UploadFile.txt")
        .with_content_type("text/plain");
    let bytes = c
        .upload_file(file, "UploadFile.txt", None)
        .await
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap();
    assert_eq!(&bytes[..], BINARY);
}

#[tokio::test]
async fn a_streamed_file_part_is_echoed() {
    // Larger than one read of the stream (64 KiB), so it goes in pieces.
    let content: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let file = FilePart::from_stream(BytesStream::new(content.clone()));
    let bytes = client()
        .upload_file(file, "big.bin", None)
        .await
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap();
    assert_eq!(bytes.len(), content.len());
    assert_eq!(&bytes[..], &content[..]);
}

#[tokio::test]
async fn a_file_as_the_whole_body_is_echoed() {
    let bytes = client()
        .upload_file_via_body(RequestContent::from(TEXT.to_vec()), None)
        .await
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap();
    assert_eq!(&bytes[..], TEXT);
}
