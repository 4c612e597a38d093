//! `versioning/added`: what api-version `v2` added (a header, an enum
//! member, a union variant, an operation, an interface), called through
//! the `v2` module.

mod common;

use serde_json::json;
use spector_versioning_added::v2::{
    EnumV1, EnumV2, ModelV1, ModelV2, TitleClient, TitleClientOptions,
};

fn client() -> TitleClient {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    TitleClient::new(&common::endpoint(), "v2", Some(options)).unwrap()
}

fn model_v2() -> ModelV2 {
    ModelV2 {
        prop: Some("foo".to_owned()),
        enum_prop: Some(EnumV2::EnumMember),
        union_prop: Some(json!("bar")),
        ..Default::default()
    }
}

fn check_v2(got: &ModelV2) {
    assert_eq!(got.prop.as_deref(), Some("foo"));
    assert_eq!(got.enum_prop, Some(EnumV2::EnumMember));
    assert_eq!(got.union_prop, Some(json!("bar")));
}

#[tokio::test]
async fn v1() {
    let body = ModelV1 {
        prop: Some("foo".to_owned()),
        enum_prop: Some(EnumV1::EnumMemberV2),
        union_prop: Some(json!(10)),
        ..Default::default()
    };
    let got = client()
        .v1("bar", body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.prop.as_deref(), Some("foo"));
    assert_eq!(got.enum_prop, Some(EnumV1::EnumMemberV2));
    assert_eq!(got.union_prop, Some(json!(10)));
}

#[tokio::test]
async fn v2() {
    let got = client()
        .v2(model_v2().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_v2(&got);
}

#[tokio::test]
async fn interface_v2() {
    let got = client()
        .interface_v2_v2_in_interface(model_v2().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_v2(&got);
}
