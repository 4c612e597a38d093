//! `type/scalar`: string, boolean and unknown bodies; decimals (`f64`
//! here) as bodies and query parameters.

mod common;

use serde_json::json;
use spector_type_scalar::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn string() {
    let c = client();
    assert_eq!(
        c.string_get(None).await.unwrap().into_model().unwrap(),
        "test"
    );
    c.string_put(common::json("test"), None).await.unwrap();
}

#[tokio::test]
async fn boolean() {
    let c = client();
    assert!(c.boolean_get(None).await.unwrap().into_model().unwrap());
    c.boolean_put(common::json(&true), None).await.unwrap();
}

#[tokio::test]
async fn unknown() {
    let c = client();
    assert_eq!(
        c.unknown_get(None).await.unwrap().into_model().unwrap(),
        json!("test")
    );
    c.unknown_put(common::json("test"), None).await.unwrap();
}

#[tokio::test]
async fn decimal() {
    let c = client();
    let got = c.decimal_type_response_body(None).await.unwrap();
    assert_eq!(got.into_model().unwrap(), 0.33333);
    c.decimal_type_request_body(common::json(&0.33333), None)
        .await
        .unwrap();
    c.decimal_type_request_parameter(0.33333, None)
        .await
        .unwrap();
    let got = c.decimal_verify_prepare_verify(None).await.unwrap();
    assert_eq!(got.into_model().unwrap(), [0.1, 0.1, 0.1]);
    // The sum the scenario expects; f64 would add up to 0.30000000000000004.
    c.decimal_verify_verify(common::json(&0.3), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn decimal128() {
    let c = client();
    let got = c.decimal128_type_response_body(None).await.unwrap();
    assert_eq!(got.into_model().unwrap(), 0.33333);
    c.decimal128_type_request_body(common::json(&0.33333), None)
        .await
        .unwrap();
    c.decimal128_type_request_parameter(0.33333, None)
        .await
        .unwrap();
    let got = c.decimal128_verify_prepare_verify(None).await.unwrap();
    assert_eq!(got.into_model().unwrap(), [0.1, 0.1, 0.1]);
    c.decimal128_verify_verify(common::json(&0.3), None)
        .await
        .unwrap();
}
