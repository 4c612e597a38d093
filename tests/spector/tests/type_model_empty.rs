//! `type/model/empty`: a model without properties as input, output and
//! round-trip body.

mod common;

use serde_json::json;
use spector_type_model_empty::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn put_empty() {
    client()
        .put_empty(common::json(&json!({})), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn get_empty() {
    let got = client()
        .get_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, json!({}));
}

#[tokio::test]
async fn post_round_trip_empty() {
    let got = client()
        .post_round_trip_empty(common::json(&json!({})), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, json!({}));
}
