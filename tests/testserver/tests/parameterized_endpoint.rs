//! `parameterized-endpoint.json`: the endpoint is the host template.

mod common;

use autorest_parameterized_endpoint::v1_0_0::{
    ParmaterizedEndpointClient as Client, ParmaterizedEndpointClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn get() {
    let response = client().get(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
