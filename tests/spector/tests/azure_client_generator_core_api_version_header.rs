//! `azure/client-generator-core/api-version/header`: an api-version in the
//! header under a name of its own (`version`), given to the operation.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_api_version_header::v2025_01_01::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn header_api_version() {
    let response = client()
        .header_api_version("2025-01-01", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
