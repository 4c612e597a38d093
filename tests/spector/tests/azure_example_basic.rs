//! `azure/example/basic`: an operation with a query parameter, a header
//! and a body of strings, numbers, an enum, an array and a record.

mod common;

use std::collections::HashMap;

use spector_azure_example_basic::v2022_12_01_preview::{
    ActionRequest, Enum, Model, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn basic() {
    let body = ActionRequest {
        string_property: Some("text".to_owned()),
        model_property: Some(Model {
            int32_property: Some(1),
            float32_property: Some(1.5),
            enum_property: Some(Enum::EnumValue1),
            ..Default::default()
        }),
        array_property: Some(vec!["item".to_owned()]),
        record_property: Some(HashMap::from([("record".to_owned(), "value".to_owned())])),
        ..Default::default()
    };
    let got = client()
        .service_operation_group_basic("query", "header", body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.string_property.as_deref(), Some("text"));
    assert!(got.model_property.is_none());
    assert!(got.array_property.is_none());
    assert!(got.record_property.is_none());
}
