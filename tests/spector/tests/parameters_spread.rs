//! `parameters/spread`: models and aliases spread into an operation's
//! parameters: the body's properties, path and header parameters beside
//! them, and inner models and aliases.

mod common;

use azure_core::http::StatusCode;
use spector_parameters_spread::v0000_00_00::{
    AliasInnerModel, AliasSpreadAsRequestBodyBody, AliasSpreadAsRequestParameterBody,
    AliasSpreadParameterWithInnerAliasBody, AliasSpreadWithMultipleParametersBody,
    ModelBodyParameter, ModelCompositeRequestMix, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn foo() -> ModelBodyParameter {
    ModelBodyParameter {
        name: Some("foo".to_owned()),
        ..Default::default()
    }
}

#[tokio::test]
async fn model_spread_as_request_body() {
    let r = client()
        .model_spread_as_request_body(foo().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn model_spread_composite_request_only_with_body() {
    let r = client()
        .model_spread_composite_request_only_with_body(foo().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn model_spread_composite_request_without_body() {
    let r = client()
        .model_spread_composite_request_without_body("foo", "bar", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn model_spread_composite_request() {
    let r = client()
        .model_spread_composite_request("foo", "bar", foo().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn model_spread_composite_request_mix() {
    let body = ModelCompositeRequestMix {
        prop: Some("foo".to_owned()),
        ..Default::default()
    };
    let r = client()
        .model_spread_composite_request_mix("foo", "bar", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn alias_spread_as_request_body() {
    let body = AliasSpreadAsRequestBodyBody {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    let r = client()
        .spread_as_request_body(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn alias_spread_as_request_parameter() {
    let body = AliasSpreadAsRequestParameterBody {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    let r = client()
        .spread_as_request_parameter("1", "bar", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn alias_spread_with_multiple_parameters() {
    let body = AliasSpreadWithMultipleParametersBody {
        required_string: Some("foo".to_owned()),
        optional_int: Some(1),
        required_int_list: Some(vec![1, 2]),
        optional_string_list: Some(vec!["foo".to_owned(), "bar".to_owned()]),
        ..Default::default()
    };
    let r = client()
        .spread_with_multiple_parameters("1", "bar", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn alias_spread_parameter_with_inner_model() {
    let body = AliasInnerModel {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    let r = client()
        .spread_parameter_with_inner_model("1", "bar", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn alias_spread_parameter_with_inner_alias() {
    let body = AliasSpreadParameterWithInnerAliasBody {
        name: Some("foo".to_owned()),
        age: Some(1),
        ..Default::default()
    };
    let r = client()
        .spread_parameter_with_inner_alias("1", "bar", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
