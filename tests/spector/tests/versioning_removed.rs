//! `versioning/removed`: what api-version `v2` removed (a model property,
//! an enum member, operations), and a model whose enum property is gone
//! in the `v2preview` between them: each scenario through the module of
//! the version it names.

mod common;

use serde_json::json;
use spector_versioning_removed::{v1, v2, v2preview};

macro_rules! client {
    ($module:ident, $version:literal) => {
        $module::TitleClient::new(
            &common::endpoint(),
            $version,
            Some($module::TitleClientOptions {
                client_options: common::client_options(),
                ..Default::default()
            }),
        )
        .unwrap()
    };
}

#[tokio::test]
async fn v2() {
    let body = v2::ModelV2 {
        prop: Some("foo".to_owned()),
        enum_prop: Some(v2::EnumV2::EnumMemberV2),
        union_prop: Some(json!("bar")),
        ..Default::default()
    };
    let got = client!(v2, "v2")
        .v2(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.prop.as_deref(), Some("foo"));
    assert_eq!(got.enum_prop, Some(v2::EnumV2::EnumMemberV2));
    assert_eq!(got.union_prop, Some(json!("bar")));
}

#[tokio::test]
async fn model_v3() {
    let body = v1::ModelV3 {
        id: Some("123".to_owned()),
        enum_prop: Some(v1::EnumV3::EnumMemberV1),
        ..Default::default()
    };
    let got = client!(v1, "v1")
        .model_v3(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("123"));
    assert_eq!(got.enum_prop, Some(v1::EnumV3::EnumMemberV1));
}

#[tokio::test]
async fn model_v3_v2() {
    let body = v2::ModelV3 {
        id: Some("123".to_owned()),
        enum_prop: Some(v2::EnumV3::EnumMemberV1),
        ..Default::default()
    };
    let got = client!(v2, "v2")
        .model_v3(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("123"));
    assert_eq!(got.enum_prop, Some(v2::EnumV3::EnumMemberV1));
}

#[tokio::test]
async fn model_v3_v2preview() {
    let body = v2preview::ModelV3 {
        id: Some("123".to_owned()),
        ..Default::default()
    };
    let got = client!(v2preview, "v2preview")
        .model_v3(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("123"));
}
