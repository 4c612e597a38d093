//! `azure/client-generator-core/flatten-property`: a model's `properties`
//! flattened into it (`x-ms-client-flatten`), one and two levels deep, of
//! an unknown type (not flattened), and read-only.

mod common;

use spector_azure_client_generator_core_flatten_property::v0000_00_00::{
    FlattenModel, FlattenUnknownModel, NestedFlattenModel, Solution, TitleClient,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn put_flatten_model() {
    let body = FlattenModel {
        name: Some("foo".to_owned()),
        description: Some("bar".to_owned()),
        age: Some(10),
        ..Default::default()
    };
    let got = client()
        .put_flatten_model(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
    assert_eq!(got.description.as_deref(), Some("test"));
    assert_eq!(got.age, Some(1));
}

#[tokio::test]
async fn put_nested_flatten_model() {
    let body = NestedFlattenModel {
        name: Some("foo".to_owned()),
        summary: Some("bar".to_owned()),
        description: Some("test".to_owned()),
        age: Some(10),
        ..Default::default()
    };
    let got = client()
        .put_nested_flatten_model(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
    assert_eq!(got.summary.as_deref(), Some("test"));
    assert_eq!(got.description.as_deref(), Some("foo"));
    assert_eq!(got.age, Some(1));
}

#[tokio::test]
async fn put_flatten_unknown_model() {
    let body = FlattenUnknownModel {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    let got = client()
        .put_flatten_unknown_model(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
    assert_eq!(
        got.properties,
        Some(serde_json::json!({"key1": "value1", "key2": "value2"}))
    );
}

#[tokio::test]
async fn put_flatten_read_only_model() {
    let body = Solution {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    let got = client()
        .put_flatten_read_only_model(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("foo"));
    assert_eq!(got.solution_id.as_deref(), Some("solution1"));
    assert_eq!(got.title.as_deref(), Some("Solution Title"));
    assert_eq!(got.content.as_deref(), Some("Solution Content"));
}
