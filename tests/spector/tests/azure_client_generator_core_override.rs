//! `azure/client-generator-core/override`: client methods TypeSpec reshapes
//! with `@override` (parameters reordered, grouped, made required,
//! removed); the Swagger keeps the operations' own parameters.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_override::v0000_00_00::{
    TitleClient, TitleClientOptions, TitleClientRemoveOptionalParameterRemoveOptionalOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn reorder_parameters() {
    let r = client()
        .reorder_parameters_reorder("param2", "param1", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn group_parameters() {
    let r = client()
        .group_parameters_group("param1", "param2", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn require_optional_parameter() {
    let r = client()
        .require_optional_parameter_require_optional("param1", "param2", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn remove_optional_parameter() {
    let options = TitleClientRemoveOptionalParameterRemoveOptionalOptions {
        param2: Some("param2".to_owned()),
        ..Default::default()
    };
    let r = client()
        .remove_optional_parameter_remove_optional("param1", Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
