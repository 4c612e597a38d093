//! `azure/client-generator-core/access`: operations and models marked
//! public or internal for client generators; Swagger has no such mark, so
//! every one is a public method here, each sending `name` and reading the
//! model back.

mod common;

use spector_azure_client_generator_core_access::v0000_00_00::{
    RelativeModelInOperationAbstractModel, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn public_operation() {
    let c = client();
    let got = c
        .public_operation_no_decorator_in_public("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
    let got = c
        .public_operation_public_decorator_in_public("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
}

#[tokio::test]
async fn internal_operation() {
    let c = client();
    let got = c
        .internal_operation_no_decorator_in_internal("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
    let got = c
        .internal_operation_internal_decorator_in_internal("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
    let got = c
        .internal_operation_public_decorator_in_internal("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
}

#[tokio::test]
async fn shared_model_in_operation() {
    let c = client();
    let got = c
        .shared_model_in_operation_public("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
    let got = c
        .shared_model_in_operation_internal("sample", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("sample"));
}

#[tokio::test]
async fn relative_model_in_operation() {
    let c = client();
    let got = c
        .relative_model_in_operation_operation("Madge", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("Madge"));
    assert_eq!(got.inner.and_then(|i| i.name).as_deref(), Some("Madge"));
    let got = c
        .relative_model_in_operation_discriminator("real", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let RelativeModelInOperationAbstractModel::RelativeModelInOperationRealModel(real) = got else {
        panic!("expected the real model, got {got:?}");
    };
    assert_eq!(real.name.as_deref(), Some("Madge"));
    assert_eq!(real.kind.as_deref(), Some("real"));
}
