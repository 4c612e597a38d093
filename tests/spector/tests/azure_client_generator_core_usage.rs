//! `azure/client-generator-core/usage`: models used as input, output, both,
//! in a read-only property, and models no operation uses (sent as the
//! operations' untyped bodies).

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_usage::v0000_00_00::{
    ModelInOperationInputModel, ModelInOperationRoundTripModel, ModelsNamespaceModel, OrphanModel,
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn model_in_operation() {
    let c = client();
    let body = ModelInOperationInputModel {
        name: Some("Madge".to_owned()),
        ..Default::default()
    };
    let r = c
        .model_in_operation_input_to_input_output(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);

    let got = c
        .model_in_operation_output_to_input_output(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("Madge"));

    let got = c
        .model_in_operation_model_in_read_only_property(
            ModelInOperationRoundTripModel::default()
                .try_into()
                .unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.result.and_then(|r| r.name).as_deref(), Some("Madge"));

    // A model no operation uses is read-only here (`#[non_exhaustive]`):
    // it is filled field by field.
    let mut orphan = OrphanModel::default();
    orphan.model_name = Some("name".to_owned());
    orphan.description = Some("desc".to_owned());
    let r = c
        .model_in_operation_orphan_model_serializable(common::json(&orphan), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn namespace_usage() {
    let mut body = ModelsNamespaceModel::default();
    body.name = Some("test".to_owned());
    let r = client()
        .namespace_usage_namespace_model_serializable(common::json(&body), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
