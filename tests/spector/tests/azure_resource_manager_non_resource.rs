//! `azure/resource-manager/non-resource`: an ARM operation on a path that
//! is no resource (a location's parameter), read and written, with ARM's
//! subscription id path parameter (a UUID).

mod common;

use spector_azure_resource_manager_non_resource::v2023_12_01_preview::{
    NonResource, TitleClient, TitleClientOptions,
};

token_client!(TitleClient, TitleClientOptions);

/// The subscription every ARM mock API expects.
const SUBSCRIPTION: azure_core::Uuid = azure_core::Uuid::nil();

/// Checks the mock API's non-resource.
fn check(got: &NonResource) {
    assert_eq!(got.id.as_deref(), Some("id"));
    assert_eq!(got.name.as_deref(), Some("hello"));
    assert_eq!(got.type_.as_deref(), Some("nonResource"));
}

#[tokio::test]
async fn get() {
    let got = client()
        .get(SUBSCRIPTION, "eastus", "hello", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got);
}

#[tokio::test]
async fn create() {
    let body = NonResource {
        id: Some("id".to_owned()),
        name: Some("hello".to_owned()),
        type_: Some("nonResource".to_owned()),
        ..Default::default()
    };
    let got = client()
        .create(
            SUBSCRIPTION,
            "eastus",
            "hello",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got);
}
