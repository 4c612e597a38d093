//! Uploads a blob, lists its container page by page and downloads a range
//! of the blob, with the generated Blob client.
//!
//! ```sh
//! cargo run -p azure-codegen-azurite --example upload_list_download -- \
//!     'https://ACCOUNT.blob.core.windows.net/?SAS' CONTAINER
//! ```
//!
//! The endpoint carries a SAS (with read, write, create and list rights on
//! the container) as its query: the client sends it on every request,
//! pages included. The container must exist. `tests/storage/example.rs`
//! runs this program's [`run`] against Azurite.

use azure_core::http::RequestContent;
use azure_storage_blob_fixture::v2024_08_04::{
    BlobClient, BlobClientBlobDownloadOptions, BlobClientContainerListBlobFlatSegmentOptions,
    DownloadHeaders as _,
};
use futures::StreamExt as _;

/// The blob this program writes.
pub const BLOB: &str = "hello.txt";
/// Its content.
pub const CONTENT: &[u8] = b"Hello from a generated Rust client!";

/// What the program did: the container's blob names, page by page, and the
/// bytes of the range it downloaded.
#[derive(Debug)]
pub struct Outcome {
    /// Blob names, one list per page.
    pub pages: Vec<Vec<String>>,
    /// The range `bytes=0-4` of the blob.
    pub range: Vec<u8>,
}

/// Uploads [`BLOB`] into `container`, lists the container in pages of at
/// most `page_size` blobs, and downloads the blob's first five bytes.
pub async fn run(endpoint: &str, container: &str, page_size: i64) -> azure_core::Result<Outcome> {
    // No token credential: the SAS in `endpoint`'s query authorizes every
    // request (with Entra ID, `Some(credential)` instead).
    let client = BlobClient::new(endpoint, None, None)?;

    client
        .block_blob_upload(
            container,
            BLOB,
            CONTENT.len() as i64,
            RequestContent::from(CONTENT.to_vec()),
            None,
        )
        .await?;

    // Each page is one request; the pager follows `NextMarker`.
    let mut pages = client
        .container_list_blob_flat_segment(
            container,
            Some(BlobClientContainerListBlobFlatSegmentOptions {
                maxresults: Some(page_size),
                ..Default::default()
            }),
        )?
        .into_pages();
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page?.into_model()?;
        let blobs = page.segment.and_then(|s| s.blob_items).unwrap_or_default();
        names.push(
            blobs
                .into_iter()
                .filter_map(|b| b.name?.content)
                .collect::<Vec<_>>(),
        );
    }

    // The range streams: read chunk by chunk, as a large one would be.
    let download = client
        .blob_download(
            container,
            BLOB,
            Some(BlobClientBlobDownloadOptions {
                range: Some("bytes=0-4".into()),
                ..Default::default()
            }),
        )
        .await?;
    if let Some(range) = download.content_range()? {
        println!("downloaded {range}");
    }
    let mut body = download.into_body();
    let mut range = Vec::new();
    while let Some(chunk) = body.next().await {
        range.extend_from_slice(&chunk?);
    }
    Ok(Outcome {
        pages: names,
        range,
    })
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(endpoint), Some(container)) = (args.next(), args.next()) else {
        eprintln!("usage: upload_list_download ENDPOINT CONTAINER");
        std::process::exit(2);
    };
    let outcome = run(&endpoint, &container, 2).await?;
    for (i, page) in outcome.pages.iter().enumerate() {
        println!("page {}: {}", i + 1, page.join(", "));
    }
    println!("{}", String::from_utf8_lossy(&outcome.range));
    Ok(())
}
