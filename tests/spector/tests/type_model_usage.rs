//! `type/model/usage`: a model used as input only, output only, and both.

mod common;

use spector_type_model_usage::v0000_00_00::{
    InputOutputRecord, InputRecord, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn input() {
    let body = InputRecord {
        required_prop: Some("example-value".to_owned()),
        ..Default::default()
    };
    client()
        .input(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn output() {
    let got = client().output(None).await.unwrap().into_model().unwrap();
    assert_eq!(got.required_prop.as_deref(), Some("example-value"));
    assert!(got.additional_properties.is_empty());
}

#[tokio::test]
async fn input_and_output() {
    let body = InputOutputRecord {
        required_prop: Some("example-value".to_owned()),
        ..Default::default()
    };
    let got = client()
        .input_and_output(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.required_prop.as_deref(), Some("example-value"));
}
