//! `azure/core/model`: `Azure.Core.EmbeddingVector<int32>` (an array of
//! integers) as a body and as a model property.

mod common;

use azure_core::http::StatusCode;
use spector_azure_core_model::v2022_12_01_preview::{
    AzureEmbeddingModel, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get() {
    let got = client().get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, [0, 1, 2, 3, 4]);
}

#[tokio::test]
async fn put() {
    let response = client()
        .put(common::json(&[0, 1, 2, 3, 4]), None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn post() {
    let body = AzureEmbeddingModel {
        embedding: Some(vec![0, 1, 2, 3, 4]),
        ..Default::default()
    };
    let got = client()
        .post(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.embedding.as_deref(), Some(&[5, 6, 7, 8, 9][..]));
}
