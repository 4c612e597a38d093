//! `serialization/encoded-name/json`: a property whose JSON name
//! (`wireName`) differs from its client name, read and sent.

mod common;

use spector_serialization_encoded_name_json::v0000_00_00::{
    PropertyJsonEncodedNameModel, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get() {
    let got = client().get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got.default_name, Some(true));
    assert!(got.additional_properties.is_empty());
}

#[tokio::test]
async fn send() {
    let body = PropertyJsonEncodedNameModel {
        default_name: Some(true),
        ..Default::default()
    };
    client().send(body.try_into().unwrap(), None).await.unwrap();
}
