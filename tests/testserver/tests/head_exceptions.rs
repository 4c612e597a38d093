//! `head-exceptions.json`: HEAD operations without an expected 404, so a
//! 404 is an error.

mod common;

use autorest_head_exceptions::v1_0_0::{
    AutoRestHeadExceptionTestServiceClient as Client,
    AutoRestHeadExceptionTestServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn success_and_404() {
    let client = client();
    assert_eq!(u16::from(client.head200(None).await.unwrap().status()), 200);
    assert_eq!(u16::from(client.head204(None).await.unwrap().status()), 204);
    common::assert_status(client.head404(None).await, 404);
}
