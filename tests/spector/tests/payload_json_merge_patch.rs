//! `payload/json-merge-patch`: a resource created whole. Its two updates
//! send explicit `null`s, which a generated model cannot (an absent
//! property and a `null` one are both `None`): left out, see
//! docs/spector.md.

mod common;

use std::collections::HashMap;

use spector_payload_json_merge_patch::v0000_00_00::{
    InnerModel, Resource, TitleClient, TitleClientOptions,
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
