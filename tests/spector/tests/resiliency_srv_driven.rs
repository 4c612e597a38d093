//! `resiliency/srv-driven`: one service deployed at two versions. The
//! folder's main TypeSpec is the newer client's (`client:v2` in its server
//! URL), whose api-versions `v1` and `v2` are the modules here; the older
//! client's calls (`client:v1`) have no Swagger, so the scenarios that
//! include them are left out (see docs/spector.md) and only what the newer
//! client sends is tested: what its version added only with that version.

mod common;

use azure_core::http::StatusCode;
use spector_resiliency_srv_driven::{v1, v2};

/// The newer client at api-version `v1`, against the newer deployment.
fn client_v1() -> v1::TitleClient {
    let options = v1::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    v1::TitleClient::new(&common::endpoint(), "v2", "v1", Some(options)).unwrap()
}

/// The newer client at api-version `v2`.
fn client_v2() -> v2::TitleClient {
    let options = v2::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    v2::TitleClient::new(&common::endpoint(), "v2", "v2", Some(options)).unwrap()
}

#[tokio::test]
async fn add_optional_param_from_none() {
    let r = client_v1().from_none(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let options = v2::TitleClientFromNoneOptions {
        new_parameter: Some("new".to_owned()),
        ..Default::default()
    };
    let r = client_v2().from_none(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn add_optional_param_from_one_required() {
    let r = client_v1()
        .from_one_required("required", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let options = v2::TitleClientFromOneRequiredOptions {
        new_parameter: Some("new".to_owned()),
        ..Default::default()
    };
    let r = client_v2()
        .from_one_required("required", Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn add_optional_param_from_one_optional() {
    let options = v1::TitleClientFromOneOptionalOptions {
        parameter: Some("optional".to_owned()),
        ..Default::default()
    };
    let r = client_v1().from_one_optional(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let options = v2::TitleClientFromOneOptionalOptions {
        parameter: Some("optional".to_owned()),
        new_parameter: Some("new".to_owned()),
        ..Default::default()
    };
    let r = client_v2().from_one_optional(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn add_operation() {
    let r = client_v2().add_operation(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
