//! `service/multiple-services`: two services in one package, each with a
//! sub-namespace and api-versions of its own: a module per service and
//! version here; each service's newest sends its own.

mod common;

use azure_core::http::StatusCode;
use spector_service_multiple_services::{vav2, vbv2};

fn client_a() -> vav2::TitleClient {
    let options = vav2::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    vav2::TitleClient::new(&common::endpoint(), Some(options)).unwrap()
}

fn client_b() -> vbv2::TitleClient {
    let options = vbv2::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    vbv2::TitleClient::new(&common::endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn service_a_operations_op_a() {
    let r = client_a().operations_op_a(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn service_a_sub_namespace_sub_op_a() {
    let r = client_a().sub_namespace_sub_op_a(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn service_b_operations_op_b() {
    let r = client_b().operations_op_b(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn service_b_sub_namespace_sub_op_b() {
    let r = client_b().sub_namespace_sub_op_b(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
