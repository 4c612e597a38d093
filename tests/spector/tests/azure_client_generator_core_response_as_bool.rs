//! `azure/client-generator-core/response-as-bool`: a `HEAD` that answers
//! 204 when the resource exists and 404 when it does not.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_response_as_bool::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn exists() {
    let r = client().exists(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn not_exists() {
    let e = client().not_exists(None).await.unwrap_err();
    assert_eq!(e.http_status(), Some(StatusCode::NotFound));
}
