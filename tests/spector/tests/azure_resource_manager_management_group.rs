//! `azure/resource-manager/management-group`: a resource under a
//! management group (no subscription nor resource group in its path): read,
//! created (long-running; the mock API answers at once), patched, deleted
//! and listed (`x-ms-pageable`), its `systemData` read value by value.

mod common;

use azure_core::http::poller::PollerOptions;
use azure_core::http::StatusCode;
use azure_core::time::Duration;
use futures::TryStreamExt as _;
use spector_azure_resource_manager_management_group::v2023_12_01_preview::{
    CreatedByType, ManagementGroupChildResource, ManagementGroupChildResourceProperties,
    ProvisioningState, TitleClient, TitleClientCreateOrUpdateOptions, TitleClientOptions,
};

token_client!(TitleClient, TitleClientOptions);

const GROUP: &str = "test-mg";

/// Checks the mock API's resource, whose description is `description`.
fn check(got: &ManagementGroupChildResource, description: &str) {
    assert_eq!(
        got.id.as_deref(),
        Some("/providers/Microsoft.Management/managementGroups/test-mg/providers/Microsoft.ManagementGroupChild/managementGroupChildResources/resource")
    );
    assert_eq!(got.name.as_deref(), Some("resource"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Microsoft.ManagementGroupChild/managementGroupChildResources")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(p.description.as_deref(), Some(description));
    assert_eq!(p.provisioning_state, Some(ProvisioningState::Succeeded));
    let s = got.system_data.as_ref().unwrap();
    let at = time::macros::datetime!(2024-10-04 00:56:07.442 UTC);
    assert_eq!(s.created_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.created_by_type, Some(CreatedByType::User));
    assert_eq!(s.created_at, Some(at));
    assert_eq!(s.last_modified_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.last_modified_by_type, Some(CreatedByType::User));
    assert_eq!(s.last_modified_at, Some(at));
}

/// A resource of only a description.
fn described(description: &str) -> ManagementGroupChildResource {
    ManagementGroupChildResource {
        properties: Some(ManagementGroupChildResourceProperties {
            description: Some(description.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn get() {
    let got = client()
        .get(GROUP, "resource", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got, "valid");
}

#[tokio::test]
async fn create_or_update() {
    let options = TitleClientCreateOrUpdateOptions {
        method_options: PollerOptions {
            frequency: Duration::ZERO,
            ..PollerOptions::default()
        },
    };
    let got = client()
        .create_or_update(
            GROUP,
            "resource",
            described("valid").try_into().unwrap(),
            Some(options),
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got, "valid");
}

#[tokio::test]
async fn update() {
    let got = client()
        .update(
            GROUP,
            "resource",
            described("valid2").try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got, "valid2");
}

#[tokio::test]
async fn delete() {
    let response = client().delete(GROUP, "resource", None).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn list_by_management_group() {
    let got: Vec<ManagementGroupChildResource> = client()
        .list_by_management_group(GROUP, None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check(&got[0], "valid");
}
