//! `service/multi-service`: one client package over two services, each of
//! its own api-versions: typespec-autorest writes a Swagger file per
//! service and version, a module each here; each service's newest sends
//! its own.

mod common;

use azure_core::http::StatusCode;
use spector_service_multi_service::{vav2, vbv2};

#[tokio::test]
async fn service_a_foo_test() {
    let options = vav2::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let c = vav2::TitleClient::new(&common::endpoint(), Some(options)).unwrap();
    assert_eq!(c.api_version(), "av2");
    let r = c.foo_test(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn service_b_bar_test() {
    let options = vbv2::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let c = vbv2::TitleClient::new(&common::endpoint(), Some(options)).unwrap();
    assert_eq!(c.api_version(), "bv2");
    let r = c.bar_test(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
