//! `body-file.json`: file downloads, streamed.

mod common;

use autorest_body_file::v1_0_0::{
    AutoRestSwaggerBatFileServiceClient as Client,
    AutoRestSwaggerBatFileServiceClientOptions as Options,
};
use futures::StreamExt as _;

client!(Client, Options);

/// The server's `sample.png`, 8725 bytes.
const SAMPLE_PNG_LEN: usize = 8725;

#[tokio::test]
async fn small_and_empty_files() {
    let c = client();
    let bytes = c
        .get_file(None)
        .await
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap();
    assert_eq!(bytes.len(), SAMPLE_PNG_LEN);
    assert_eq!(&bytes[..4], b"\x89PNG");
    let bytes = c
        .get_empty_file(None)
        .await
        .unwrap()
        .into_body()
        .collect()
        .await
        .unwrap();
    assert!(bytes.is_empty());
}

#[tokio::test]
async fn a_large_file_streams() {
    // 3,000 MiB: counted chunk by chunk, never held in memory.
    let mut body = client().get_file_large(None).await.unwrap().into_body();
    let mut total = 0usize;
    while let Some(chunk) = body.next().await {
        total += chunk.unwrap().len();
    }
    assert_eq!(total, 3000 * 1024 * 1024);
}
