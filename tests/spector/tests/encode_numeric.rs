//! `encode/numeric`: integers encoded as JSON strings in a property, sent
//! and read back.

mod common;

use spector_encode_numeric::v0000_00_00::{
    PropertySafeintAsStringProperty, PropertyUint32AsStringProperty, PropertyUint8AsStringProperty,
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn safeint_as_string() {
    let body = PropertySafeintAsStringProperty {
        value: Some(10_000_000_000),
        ..Default::default()
    };
    let got = client()
        .safeint_as_string(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    // A string-encoded int64 is an `i64`, sent and read as its text.
    assert_eq!(got.value, Some(10_000_000_000));
}

#[tokio::test]
async fn uint32_as_string_optional() {
    let body = PropertyUint32AsStringProperty {
        value: Some("1".to_owned()),
        ..Default::default()
    };
    let got = client()
        .uint32_as_string_optional(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value.as_deref(), Some("1"));
}

#[tokio::test]
async fn uint8_as_string() {
    let body = PropertyUint8AsStringProperty {
        value: Some("255".to_owned()),
        ..Default::default()
    };
    let got = client()
        .uint8_as_string(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.value.as_deref(), Some("255"));
}
