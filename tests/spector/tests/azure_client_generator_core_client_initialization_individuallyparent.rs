//! `azure/client-generator-core/client-initialization/individuallyParent`:
//! clients, nested under a parent, that TypeSpec initializes individually with their own
//! parameters; the Swagger keeps them on each operation, so each method
//! is given them.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_initialization_individuallyparent::v0000_00_00::{
    BlobProperties, TitleClient,
    TitleClientIndividuallyParentNestedWithHeaderClientWithQueryOptions,
    TitleClientIndividuallyParentNestedWithMixedClientWithQueryOptions,
    TitleClientIndividuallyParentNestedWithMultipleClientWithQueryOptions,
    TitleClientIndividuallyParentNestedWithPathClientWithQueryOptions,
    TitleClientIndividuallyParentNestedWithQueryClientWithQueryOptions, TitleClientOptions,
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
async fn individually_parent_nested_with_path() {
    let c = client();
    let r = c
        .individually_parent_nested_with_path_client_with_query(
            "test-blob",
            text!(TitleClientIndividuallyParentNestedWithPathClientWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .individually_parent_nested_with_path_client_get_standalone("test-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob);
    let r = c
        .individually_parent_nested_with_path_client_delete_standalone("test-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_parent_nested_with_query() {
    let c = client();
    let r = c
        .individually_parent_nested_with_query_client_with_query(
            "test-blob",
            text!(TitleClientIndividuallyParentNestedWithQueryClientWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let blob = c
        .individually_parent_nested_with_query_client_get_standalone("test-blob", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_blob(&blob);
    let r = c
        .individually_parent_nested_with_query_client_delete_standalone("test-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_parent_nested_with_header() {
    let c = client();
    let r = c
        .individually_parent_nested_with_header_client_with_query(
            NAME,
            text!(TitleClientIndividuallyParentNestedWithHeaderClientWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_header_client_get_standalone(NAME, None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_header_client_delete_standalone(NAME, None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_parent_nested_with_multiple() {
    let c = client();
    let r = c
        .individually_parent_nested_with_multiple_client_with_query(
            NAME,
            "us-west",
            text!(TitleClientIndividuallyParentNestedWithMultipleClientWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_multiple_client_get_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_multiple_client_delete_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_parent_nested_with_mixed() {
    let c = client();
    let r = c
        .individually_parent_nested_with_mixed_client_with_query(
            NAME,
            "us-west",
            text!(TitleClientIndividuallyParentNestedWithMixedClientWithQueryOptions),
        )
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_mixed_client_get_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_mixed_client_delete_standalone(NAME, "us-west", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn individually_parent_nested_with_param_alias() {
    let c = client();
    let r = c
        .individually_parent_nested_with_param_alias_client_with_aliased_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c
        .individually_parent_nested_with_param_alias_client_with_original_name("sample-blob", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
