//! `parameters/collection-format`: an array query parameter repeated
//! (`multi`) or joined by commas, spaces or pipes, and an array header
//! joined by commas.

mod common;

use azure_core::http::StatusCode;
use spector_parameters_collection_format::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

fn colors() -> Vec<String> {
    ["blue", "red", "green"].map(String::from).to_vec()
}

#[tokio::test]
async fn query_multi() {
    let r = client().query_multi(&colors(), None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn query_csv() {
    let r = client().query_csv(&colors(), None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn query_ssv() {
    let r = client().query_ssv(&colors(), None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn query_pipes() {
    let r = client().query_pipes(&colors(), None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn header_csv() {
    let r = client().header_csv(&colors(), None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
