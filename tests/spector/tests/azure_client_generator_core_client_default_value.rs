//! `azure/client-generator-core/client-default-value`: values that
//! `@clientDefaultValue` gives clients by default; the Swagger has no such
//! default, so the test gives each value the mock API expects.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_default_value::v0000_00_00::{
    ModelWithDefaultValues, TitleClient, TitleClientGetHeaderParameterOptions,
    TitleClientGetOperationParameterOptions, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn put_model_property() {
    let body = ModelWithDefaultValues {
        name: Some("test".to_owned()),
        timeout: Some(30),
        tier: Some("standard".to_owned()),
        retry: Some(true),
        ..Default::default()
    };
    let got = client()
        .put_model_property(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
    assert_eq!(got.timeout, Some(30));
    assert_eq!(got.tier.as_deref(), Some("standard"));
    assert_eq!(got.retry, Some(true));
}

#[tokio::test]
async fn get_operation_parameter() {
    let options = TitleClientGetOperationParameterOptions {
        page_size: Some(10),
        format: Some("json".to_owned()),
        ..Default::default()
    };
    let response = client()
        .get_operation_parameter("test", Some(options))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn get_path_parameter() {
    let response = client()
        .get_path_parameter("default-segment1", "segment2", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn get_header_parameter() {
    let options = TitleClientGetHeaderParameterOptions {
        accept: Some("application/json;odata.metadata=none".to_owned()),
        custom_header: Some("default-value".to_owned()),
        ..Default::default()
    };
    let response = client().get_header_parameter(Some(options)).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
