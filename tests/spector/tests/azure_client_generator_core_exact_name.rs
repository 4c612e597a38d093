//! `azure/client-generator-core/exact-name`: names TypeSpec gives clients
//! exactly; on the wire each is the service's own.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_exact_name::v0000_00_00::{
    AgentEndpointProtocol, EnumValueEndpointConfig, ExactMyModel, PropertyScopedModel, TitleClient,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn model() {
    let body = ExactMyModel {
        name: Some("test".to_owned()),
        ..Default::default()
    };
    let got = client()
        .model_send(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
}

#[tokio::test]
async fn property() {
    let body = PropertyScopedModel {
        name: Some("test".to_owned()),
        ..Default::default()
    };
    let got = client()
        .property_send(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("test"));
}

#[tokio::test]
async fn enum_value() {
    let body = EnumValueEndpointConfig {
        protocol: Some(AgentEndpointProtocol::ExactA2a),
        ..Default::default()
    };
    let got = client()
        .enum_value_send(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.protocol, Some(AgentEndpointProtocol::ExactA2a));
}

#[tokio::test]
async fn operation() {
    let r = client().operation_exact_my_op(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn parameter() {
    let r = client().parameter_send("hello", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
