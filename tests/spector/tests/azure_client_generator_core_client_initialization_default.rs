//! `azure/client-generator-core/client-initialization/default`: parameters
//! that TypeSpec moves onto a client's initialization; the Swagger keeps
//! them on each operation, so each method is given them.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_initialization_default::v0000_00_00::{
    BlobProperties, Input, MixedParamsWithBodyBody, TitleClient, TitleClientOptions,
    TitleClientPathParamWithQueryOptions, TitleClientQueryParamWithQueryOptions,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

const NAME: &str = "test-name-value";

fn input() -> Input {
    Input {
        name: Some("test-name".to_owned()),
        ..Default::default()
    }
}

/// Checks the mock API's blob properties.
fn check_blob(blob: &BlobProperties, name: &str) {
    assert_eq!(blob.name.as_deref(), Some(name));
    assert_eq!(blob.size, Some(42));
    assert_eq!(blob.content_type.as_deref(), Some("text/plain"));
    assert_eq!(blob.created_on, Some(datetime!(2025-04-01 12:00:00 UTC)));
}

#[tokio::test]
async fn header_param() {
    let c = client();
    let r = c
        .header_param_with_query(NAME, "test-id", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .header_param_with_body(NAME, input().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn multiple_params() {
    let c = client();
    let r = c
        .multiple_params_with_query(NAME, "us-west", "test-id", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .multiple_params_with_body(NAME, "us-west", input().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn mixed_params() {
    let c = client();
    let r = c
        .mixed_params_with_query(NAME, "us-west", "test-id", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let body = MixedParamsWithBodyBody {
        name: Some("test-name".to_owned()),
        ..Default::default()
    };
    let r = c
        .mixed_params_with_body(NAME, "us-west", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn path_param() {
    let c = client();
    let options = TitleClientPathParamWithQueryOptions {
        format: Some("text".to_owned()),
        ..Default::default()
    };
    let r = c
        .path_param_with_query("sample-blob", Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .path_param_get_standalone("sample-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob, "sample-blob");
    let r = c
        .path_param_delete_standalone("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn param_alias() {
    let c = client();
    let r = c
        .param_alias_with_aliased_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .param_alias_with_original_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn query_param() {
    let c = client();
    let options = TitleClientQueryParamWithQueryOptions {
        format: Some("text".to_owned()),
        ..Default::default()
    };
    let r = c
        .query_param_with_query("test-blob", Some(options))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .query_param_get_standalone("test-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob, "test-blob");
    let r = c
        .query_param_delete_standalone("test-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
