//! The example program `examples/upload_list_download.rs` against Azurite:
//! its `run` uploads its blob into a container that already holds four,
//! lists the five in pages of two, and downloads a range.

use super::example_program::{run, BLOB, CONTENT};
use super::{azurite, unique};
use azure_core::http::RequestContent;
use azure_storage_blob_fixture::v2024_08_04::BlobClient;
use azurite::Service;

#[tokio::test]
async fn the_example_uploads_lists_page_by_page_and_downloads_a_range() {
    let endpoint = azurite().endpoint(Service::Blob);
    let client = BlobClient::new(&endpoint, None, None).expect("a client");
    let container = unique("example");
    client
        .container_create(&container, None)
        .await
        .expect("the container is created");
    for name in ["a.txt", "b.txt", "c.txt", "d.txt"] {
        client
            .block_blob_upload(
                &container,
                name,
                1,
                RequestContent::from(b"x".to_vec()),
                None,
            )
            .await
            .expect("a blob is put");
    }

    let outcome = run(&endpoint, &container, 2)
        .await
        .expect("the example runs");
    assert_eq!(BLOB, "hello.txt");
    assert_eq!(
        outcome.pages,
        [
            vec!["a.txt", "b.txt"],
            vec!["c.txt", "d.txt"],
            vec!["hello.txt"]
        ]
    );
    assert_eq!(outcome.range, &CONTENT[..5]);
    assert_eq!(outcome.range, b"Hello");
}
