//! `azure/client-generator-core/api-version/client-api-versions`: a client
//! set to an older api-version than the spec's newest sends that one.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_api_version_client_api_versions::v2024_01_01::{
    TitleClient, TitleClientOptions,
};

#[tokio::test]
async fn send_api_version() {
    let options = TitleClientOptions {
        api_version: "2022-10-01".to_owned(),
        client_options: common::client_options(),
    };
    let client = TitleClient::new(&common::endpoint(), Some(options)).unwrap();
    let response = client.send_api_version(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
