//! `client/naming`: names TypeSpec gives clients (`@clientName`) for
//! properties, operations, parameters, headers, models and enum members;
//! on the wire each keeps the service's own name.

mod common;

use azure_core::http::StatusCode;
use spector_client_naming::v0000_00_00::{
    ClientExtensibleEnum, ClientModel, ExtensibleEnum, ModelModelWithLanguageClientName,
    PropertyClientNameAndJsonEncodedNameModel, PropertyClientNameModel,
    PropertyLanguageClientNameModel, TitleClient, TitleClientHeaderResponseResultHeaders as _,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn property_client() {
    let body = PropertyClientNameModel {
        client_name: Some(true),
        ..Default::default()
    };
    let r = client()
        .property_client(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn property_language() {
    let body = PropertyLanguageClientNameModel {
        default_name: Some(true),
        ..Default::default()
    };
    let r = client()
        .property_language(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn property_compatible_with_encoded_name() {
    let body = PropertyClientNameAndJsonEncodedNameModel {
        client_name: Some(true),
        ..Default::default()
    };
    let r = client()
        .property_compatible_with_encoded_name(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn operation() {
    let r = client().client_name(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn parameter() {
    let r = client().parameter("true", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn header_request() {
    let r = client().header_request("true", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn header_response() {
    let r = client().header_response(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    assert_eq!(r.default_name().unwrap().as_deref(), Some("true"));
}

#[tokio::test]
async fn model_client() {
    let body = ClientModel {
        default_name: Some(true),
        ..Default::default()
    };
    let r = client()
        .model_client_client(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn model_language() {
    let body = ModelModelWithLanguageClientName {
        default_name: Some(true),
        ..Default::default()
    };
    let r = client()
        .model_client_language(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn union_enum_name() {
    let r = client()
        .union_enum_union_enum_name(common::json(&ClientExtensibleEnum::EnumValue1), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn union_enum_member_name() {
    let r = client()
        .union_enum_union_enum_member_name(common::json(&ExtensibleEnum::ClientEnumValue1), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
