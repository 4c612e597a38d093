//! `server/endpoint/not-defined`: a service that names no server; the
//! client is given the endpoint.

mod common;

use azure_core::http::StatusCode;

use spector_server_endpoint_not_defined::v0000_00_00::{
    TestserverWithoutAnyEndpointClient, TestserverWithoutAnyEndpointClientOptions,
};

client!(
    TestserverWithoutAnyEndpointClient,
    TestserverWithoutAnyEndpointClientOptions
);

#[tokio::test]
async fn valid() {
    let response = client().valid(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
