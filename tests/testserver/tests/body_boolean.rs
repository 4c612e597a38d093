//! `body-boolean.json`: booleans in request and response bodies.

mod common;

use autorest_body_boolean::v1_0_0::{
    AutoRestBoolTestServiceClient as Client, AutoRestBoolTestServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn get_true_and_false() {
    let client = client();
    assert!(client.get_true(None).await.unwrap().into_model().unwrap());
    assert!(!client.get_false(None).await.unwrap().into_model().unwrap());
}

#[tokio::test]
async fn put_true_and_false() {
    let client = client();
    client
        .put_true(true.try_into().unwrap(), None)
        .await
        .unwrap();
    client
        .put_false(false.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn get_null() {
    // The server answers 200 with no body: no boolean to read.
    let response = client().get_null(None).await.unwrap();
    common::assert_data_conversion(response.into_model());
}

#[tokio::test]
async fn get_invalid() {
    // `true1` is not JSON.
    let response = client().get_invalid(None).await.unwrap();
    common::assert_data_conversion(response.into_model());
}
