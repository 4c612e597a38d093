//! `resiliency/srv-driven`: one service deployed at two versions, called by
//! two clients. The folder's `main.tsp` is the newer client's (`client:v2`
//! in its server URL), whose api-versions `v1` and `v2` are the modules
//! `v1` and `v2`; `old.tsp` is the older client's (`client:v1`, api-version
//! `v1` only), the module `old_v1`. Each scenario calls the operation as
//! the older client against both deployments, then as the newer client at
//! both api-versions: what the newer version added is sent only with it.

mod common;

use azure_core::http::{Method, Request, StatusCode};
use spector_resiliency_srv_driven::{old_v1, v1, v2};

/// The older client (api-version `v1`) against the deployment
/// `service` (`v1`, the service before api-version `v2`, or `v2`).
fn old_client(service: &str, api_version: &str) -> old_v1::TitleClient {
    let options = old_v1::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    old_v1::TitleClient::new(&common::endpoint(), service, api_version, Some(options)).unwrap()
}

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
    for service in ["v1", "v2"] {
        let r = old_client(service, "v1").from_none(None).await.unwrap();
        assert_eq!(r.status(), StatusCode::NoContent, "service {service}");
    }
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
    for service in ["v1", "v2"] {
        let r = old_client(service, "v1")
            .from_one_required("required", None)
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NoContent, "service {service}");
    }
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
    for service in ["v1", "v2"] {
        let options = old_v1::TitleClientFromOneOptionalOptions {
            parameter: Some("optional".to_owned()),
            ..Default::default()
        };
        let r = old_client(service, "v1")
            .from_one_optional(Some(options))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NoContent, "service {service}");
    }
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

/// The older client has no `addOperation`: it sends the newer version's
/// request itself, through its own pipeline, at api-version `v2`.
#[tokio::test]
async fn break_the_glass() {
    let client = old_client("v2", "v2");
    let url = format!(
        "{}/add-operation",
        client.endpoint().as_str().trim_end_matches('/')
    );
    let mut request = Request::new(url.parse().unwrap(), Method::Delete);
    let ctx = azure_core::http::Context::new();
    let r = client
        .pipeline()
        .send(&ctx, &mut request, None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn add_operation() {
    let r = client_v2().add_operation(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
