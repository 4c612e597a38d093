//! `type/union/discriminated`: unions of models discriminated by a
//! property, in an envelope (`kind` and `value`, or custom names) or
//! inline (`kind`, or a custom property). typespec-autorest writes such a
//! union without a schema, so each body is any JSON here (checked whole),
//! and its variants `Cat` and `Dog` are models of their own.

mod common;

use serde_json::{json, Value};
use spector_type_union_discriminated::v0000_00_00::{
    Cat, Dog, TitleClient, TitleClientCustomDiscriminatorGetOptions,
    TitleClientCustomPropertiesGetOptions, TitleClientDefaultGet2Options,
    TitleClientDefaultGetOptions, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn cat() -> Value {
    json!({"name": "Whiskers", "meow": true})
}

fn dog() -> Value {
    json!({"name": "Rex", "bark": false})
}

/// `value` with the properties of `extra` added (an inline variant).
fn with(extra: Value, value: Value) -> Value {
    let (Value::Object(mut a), Value::Object(b)) = (extra, value) else {
        unreachable!("objects")
    };
    a.extend(b);
    Value::Object(a)
}

/// Reads a variant as its model and back: `Cat` and `Dog` keep every
/// property.
fn check_variants(cat_value: &Value, dog_value: &Value) {
    let c: Cat = serde_json::from_value(cat_value.clone()).unwrap();
    assert_eq!(c.name.as_deref(), Some("Whiskers"));
    assert_eq!(c.meow, Some(true));
    let d: Dog = serde_json::from_value(dog_value.clone()).unwrap();
    assert_eq!(d.name.as_deref(), Some("Rex"));
    assert_eq!(d.bark, Some(false));
}

#[tokio::test]
async fn envelope_object_default() {
    let c = client();
    let got = c.default_get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, json!({"kind": "cat", "value": cat()}));
    let options = TitleClientDefaultGetOptions {
        kind: Some("dog".to_owned()),
        ..Default::default()
    };
    let dog_got = c
        .default_get(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(dog_got, json!({"kind": "dog", "value": dog()}));
    check_variants(&got["value"], &dog_got["value"]);
    let body = json!({"kind": "cat", "value": cat()});
    let got = c
        .default_put(common::json(&body), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, body);
}

#[tokio::test]
async fn envelope_object_custom_properties() {
    let c = client();
    let got = c
        .custom_properties_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, json!({"petType": "cat", "petData": cat()}));
    let options = TitleClientCustomPropertiesGetOptions {
        pet_type: Some("dog".to_owned()),
        ..Default::default()
    };
    let got = c
        .custom_properties_get(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, json!({"petType": "dog", "petData": dog()}));
    let body = json!({"petType": "cat", "petData": cat()});
    let got = c
        .custom_properties_put(common::json(&body), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, body);
}

#[tokio::test]
async fn no_envelope_default() {
    let c = client();
    let got = c.default_get2(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, with(json!({"kind": "cat"}), cat()));
    let options = TitleClientDefaultGet2Options {
        kind: Some("dog".to_owned()),
        ..Default::default()
    };
    let got = c
        .default_get2(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, with(json!({"kind": "dog"}), dog()));
    let body = with(json!({"kind": "cat"}), cat());
    let got = c
        .default_put2(common::json(&body), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, body);
}

#[tokio::test]
async fn no_envelope_custom_discriminator() {
    let c = client();
    let got = c
        .custom_discriminator_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, with(json!({"type": "cat"}), cat()));
    let options = TitleClientCustomDiscriminatorGetOptions {
        type_: Some("dog".to_owned()),
        ..Default::default()
    };
    let got = c
        .custom_discriminator_get(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, with(json!({"type": "dog"}), dog()));
    let body = with(json!({"type": "cat"}), cat());
    let got = c
        .custom_discriminator_put(common::json(&body), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, body);
}
