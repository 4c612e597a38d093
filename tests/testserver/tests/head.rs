//! `head.json`: HEAD operations whose 404 is expected are exists checks.

mod common;

use autorest_head::v1_0_0::{
    AutoRestHeadTestServiceClient as Client, AutoRestHeadTestServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn exists_checks() {
    let client = client();
    assert!(client.head200(None).await.unwrap());
    assert!(client.head204(None).await.unwrap());
    assert!(!client.head404(None).await.unwrap());
}
