//! `azure/core/scalar`: `azureLocation` (a string on the wire) as a body,
//! a model property, a header and a query parameter.

mod common;

use azure_core::http::StatusCode;
use spector_azure_core_scalar::v2022_12_01_preview::{
    AzureLocationModel, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get() {
    let got = client().get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, "eastus");
}

#[tokio::test]
async fn put() {
    let response = client().put(common::json("eastus"), None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn post() {
    let body = AzureLocationModel {
        location: Some("eastus".to_owned()),
        ..Default::default()
    };
    let got = client()
        .post(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.location.as_deref(), Some("eastus"));
}

#[tokio::test]
async fn header() {
    let response = client().header("eastus", None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn query() {
    let response = client().query("eastus", None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
