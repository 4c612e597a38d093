//! `azure/client-generator-core/client-initialization/individually`:
//! clients that TypeSpec initializes individually with their own
//! parameters; the Swagger keeps them on each operation, so each method
//! is given them.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_initialization_individually::v0000_00_00::{
    BlobProperties, TitleClient, TitleClientIndividuallyNestedWithHeaderWithQueryOptions,
    TitleClientIndividuallyNestedWithMixedWithQueryOptions,
    TitleClientIndividuallyNestedWithMultipleWithQueryOptions,
    TitleClientIndividuallyNestedWithPathWithQueryOptions,
    TitleClientIndividuallyNestedWithQueryWithQueryOptions, TitleClientOptions,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

const NAME: &str = "test-name-value";

/// Checks the mock API's blob properties.
fn check_blob(blob: &BlobProperties) {
    assert_eq!(blob.name.as_deref(), Some("test-blob"));
    assert_eq!(blob.size, Some(1024));
    assert_eq!(
        blob.content_type.as_deref(),
        Some("application/octet-stream")
    );
    assert_eq!(blob.created_on, Some(datetime!(2023-01-01 12:00:00 UTC)));
}

/// `format=text`, as every `withQuery` operation sends.
macro_rules! text {
    ($options:ident) => {
        Some($options {
            format: Some("text".to_owned()),
            ..Default::default()
        })
    };
}

#[tokio::test]
async fn individually_nested_with_path() {
    let c = client();
    let r = c
        .individually_nested_with_path_with_query(
            "test-blob",
            text!(TitleClientIndividuallyNestedWithPathWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .individually_nested_with_path_get_standalone("test-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob);
    let r = c
        .individually_nested_with_path_delete_standalone("test-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_nested_with_query() {
    let c = client();
    let r = c
        .individually_nested_with_query_with_query(
            "test-blob",
            text!(TitleClientIndividuallyNestedWithQueryWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .individually_nested_with_query_get_standalone("test-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob);
    let r = c
        .individually_nested_with_query_delete_standalone("test-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_nested_with_header() {
    let c = client();
    let r = c
        .individually_nested_with_header_with_query(
            NAME,
            text!(TitleClientIndividuallyNestedWithHeaderWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_header_get_standalone(NAME, None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_header_delete_standalone(NAME, None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_nested_with_multiple() {
    let c = client();
    let r = c
        .individually_nested_with_multiple_with_query(
            NAME,
            "us-west",
            text!(TitleClientIndividuallyNestedWithMultipleWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_multiple_get_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_multiple_delete_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_nested_with_mixed() {
    let c = client();
    let r = c
        .individually_nested_with_mixed_with_query(
            NAME,
            "us-west",
            text!(TitleClientIndividuallyNestedWithMixedWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_mixed_get_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_mixed_delete_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_nested_with_param_alias() {
    let c = client();
    let r = c
        .individually_nested_with_param_alias_with_aliased_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_nested_with_param_alias_with_original_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
