//! `payload/json-merge-patch`: a resource created whole, then updated by
//! a JSON merge patch (RFC 7396) that removes properties with explicit
//! `null`s, sent through the model's catch-all map (docs/rust-api.md).

mod common;

use std::collections::HashMap;

use serde_json::{json, Value};
use spector_payload_json_merge_patch::v0000_00_00::{
    InnerModel, Resource, ResourcePatch, TitleClient, TitleClientOptions,
    TitleClientUpdateOptionalResourceOptions,
};

client!(TitleClient, TitleClientOptions);

fn inner() -> InnerModel {
    InnerModel {
        name: Some("InnerMadge".to_owned()),
        description: Some("innerDesc".to_owned()),
        ..Default::default()
    }
}

fn check_inner(inner: &InnerModel) {
    assert_eq!(inner.name.as_deref(), Some("InnerMadge"));
    assert_eq!(inner.description.as_deref(), Some("innerDesc"));
}

#[tokio::test]
async fn create_resource() {
    let body = Resource {
        name: Some("Madge".to_owned()),
        description: Some("desc".to_owned()),
        map: Some(HashMap::from([("key".to_owned(), inner())])),
        array: Some(vec![inner()]),
        int_value: Some(1),
        float_value: Some(1.25),
        inner_model: Some(inner()),
        int_array: Some(vec![1, 2, 3]),
        ..Default::default()
    };
    let got = client()
        .create_resource(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("Madge"));
    assert_eq!(got.description.as_deref(), Some("desc"));
    let map = got.map.unwrap();
    assert_eq!(map.len(), 1);
    check_inner(&map["key"]);
    let array = got.array.unwrap();
    assert_eq!(array.len(), 1);
    check_inner(&array[0]);
    assert_eq!(got.int_value, Some(1));
    assert_eq!(got.float_value, Some(1.25));
    check_inner(&got.inner_model.unwrap());
    assert_eq!(got.int_array.as_deref(), Some(&[1, 2, 3][..]));
}

/// The mock API's `expectedUpdateBody`: each property removed with `null`
/// under its name in the catch-all map, the map's `key` patched by a
/// nested model the same way. `key2: null` is a map value no
/// `HashMap<String, InnerModel>` holds, so the map goes as JSON.
fn patch() -> ResourcePatch {
    let mut patch = ResourcePatch::default();
    for name in [
        "description",
        "array",
        "intValue",
        "floatValue",
        "innerModel",
        "intArray",
    ] {
        patch
            .additional_properties
            .insert(name.to_owned(), Value::Null);
    }
    let mut key = InnerModel::default();
    key.additional_properties
        .insert("description".to_owned(), Value::Null);
    patch
        .additional_properties
        .insert("map".to_owned(), json!({"key": key, "key2": null}));
    patch
}

/// The resource both updates answer: what is left of it.
fn check_updated(got: Resource) {
    assert_eq!(got.name.as_deref(), Some("Madge"));
    assert_eq!(got.description, None);
    let map = got.map.unwrap();
    assert_eq!(map.len(), 1);
    assert_eq!(map["key"].name.as_deref(), Some("InnerMadge"));
    assert_eq!(map["key"].description, None);
    assert!(map["key"].additional_properties.is_empty());
    assert!(got.array.is_none() && got.inner_model.is_none() && got.int_array.is_none());
    assert_eq!((got.int_value, got.float_value), (None, None));
    assert!(got.additional_properties.is_empty());
}

#[test]
fn the_patch_is_the_expected_update_body() {
    assert_eq!(
        serde_json::to_value(patch()).unwrap(),
        json!({
            "description": null,
            "map": {"key": {"description": null}, "key2": null},
            "array": null,
            "intValue": null,
            "floatValue": null,
            "innerModel": null,
            "intArray": null,
        })
    );
}

#[tokio::test]
async fn update_resource() {
    let got = client()
        .update_resource(patch().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_updated(got);
}

#[tokio::test]
async fn update_optional_resource() {
    let options = TitleClientUpdateOptionalResourceOptions {
        body: Some(patch().try_into().unwrap()),
        ..Default::default()
    };
    let got = client()
        .update_optional_resource(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_updated(got);
}
