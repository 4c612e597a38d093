//! `azure/resource-manager/method-subscription-id`: the subscription id a
//! parameter of each method (not of the client), on subscription-level
//! resources (two types of one interface, and one beside a resource group
//! resource), read, put and deleted, and ARM's operations list
//! (`x-ms-pageable`, the common types' `Operation`).

mod common;

use azure_core::http::StatusCode;
use futures::TryStreamExt as _;
use spector_azure_resource_manager_method_subscription_id::v2023_12_01_preview::{
    CreatedByType, MixedSubscriptionPlacementResourceGroupResource,
    MixedSubscriptionPlacementResourceGroupResourceProperties,
    MixedSubscriptionPlacementSubscriptionResource,
    MixedSubscriptionPlacementSubscriptionResourceProperties, Operation, ResourceProvisioningState,
    SystemData, TitleClient, TitleClientOptions,
    TwoSubscriptionResourcesMethodLevelSubscriptionResource1 as Resource1,
    TwoSubscriptionResourcesMethodLevelSubscriptionResource1Properties as Resource1Properties,
    TwoSubscriptionResourcesMethodLevelSubscriptionResource2 as Resource2,
    TwoSubscriptionResourcesMethodLevelSubscriptionResource2Properties as Resource2Properties,
};

token_client!(TitleClient, TitleClientOptions);

const SUBSCRIPTION: azure_core::Uuid = azure_core::Uuid::nil();
const PROVIDER: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Azure.ResourceManager.MethodSubscriptionId";

/// Checks the `systemData` every resource of the mock API has.
fn check_system_data(s: Option<&SystemData>) {
    let s = s.unwrap();
    let at = time::macros::datetime!(2023-01-01 00:00:00 UTC);
    assert_eq!(s.created_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.created_by_type, Some(CreatedByType::User));
    assert_eq!(s.created_at, Some(at));
    assert_eq!(s.last_modified_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.last_modified_by_type, Some(CreatedByType::User));
    assert_eq!(s.last_modified_at, Some(at));
}

#[tokio::test]
async fn operations_list() {
    let got: Vec<Operation> = client()
        .operations_list(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].name.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId/services/read")
    );
    assert_eq!(got[0].is_data_action, Some(false));
    let d = got[0].display.as_ref().unwrap();
    assert_eq!(
        d.provider.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId")
    );
    assert_eq!(d.resource.as_deref(), Some("services"));
    assert_eq!(d.operation.as_deref(), Some("Lists services"));
    assert_eq!(d.description.as_deref(), Some("Lists registered services"));
}

fn check_resource1(got: &Resource1) {
    assert_eq!(
        got.id.as_deref(),
        Some(format!("{PROVIDER}/subscriptionResource1s/sub-resource-1").as_str())
    );
    assert_eq!(got.name.as_deref(), Some("sub-resource-1"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId/subscriptionResource1s")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.provisioning_state,
        Some(ResourceProvisioningState::Succeeded)
    );
    assert_eq!(
        p.description.as_deref(),
        Some("Valid subscription resource 1")
    );
    check_system_data(got.system_data.as_ref());
}

#[tokio::test]
async fn subscription_resource1_operations_get() {
    let got = client()
        .subscription_resource1_operations_get(SUBSCRIPTION, "sub-resource-1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource1(&got);
}

#[tokio::test]
async fn subscription_resource1_operations_put() {
    let body = Resource1 {
        properties: Some(Resource1Properties {
            description: Some("Valid subscription resource 1".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .subscription_resource1_operations_put(
            SUBSCRIPTION,
            "sub-resource-1",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource1(&got);
}

#[tokio::test]
async fn subscription_resource1_operations_delete() {
    let response = client()
        .subscription_resource1_operations_delete(SUBSCRIPTION, "sub-resource-1", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

fn check_resource2(got: &Resource2) {
    assert_eq!(
        got.id.as_deref(),
        Some(format!("{PROVIDER}/subscriptionResource2s/sub-resource-2").as_str())
    );
    assert_eq!(got.name.as_deref(), Some("sub-resource-2"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId/subscriptionResource2s")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.provisioning_state,
        Some(ResourceProvisioningState::Succeeded)
    );
    assert_eq!(p.config_value.as_deref(), Some("test-config"));
    check_system_data(got.system_data.as_ref());
}

#[tokio::test]
async fn subscription_resource2_operations_get() {
    let got = client()
        .subscription_resource2_operations_get(SUBSCRIPTION, "sub-resource-2", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource2(&got);
}

#[tokio::test]
async fn subscription_resource2_operations_put() {
    let body = Resource2 {
        properties: Some(Resource2Properties {
            config_value: Some("test-config".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .subscription_resource2_operations_put(
            SUBSCRIPTION,
            "sub-resource-2",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource2(&got);
}

#[tokio::test]
async fn subscription_resource2_operations_delete() {
    let response = client()
        .subscription_resource2_operations_delete(SUBSCRIPTION, "sub-resource-2", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

fn check_subscription_resource(got: &MixedSubscriptionPlacementSubscriptionResource) {
    assert_eq!(
        got.id.as_deref(),
        Some(format!("{PROVIDER}/subscriptionResources/sub-resource").as_str())
    );
    assert_eq!(got.name.as_deref(), Some("sub-resource"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId/subscriptionResources")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.provisioning_state,
        Some(ResourceProvisioningState::Succeeded)
    );
    assert_eq!(p.subscription_setting.as_deref(), Some("test-sub-setting"));
    check_system_data(got.system_data.as_ref());
}

#[tokio::test]
async fn subscription_resource_operations_get() {
    let got = client()
        .subscription_resource_operations_get(SUBSCRIPTION, "sub-resource", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_subscription_resource(&got);
}

#[tokio::test]
async fn subscription_resource_operations_put() {
    let body = MixedSubscriptionPlacementSubscriptionResource {
        properties: Some(MixedSubscriptionPlacementSubscriptionResourceProperties {
            subscription_setting: Some("test-sub-setting".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .subscription_resource_operations_put(
            SUBSCRIPTION,
            "sub-resource",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_subscription_resource(&got);
}

#[tokio::test]
async fn subscription_resource_operations_delete() {
    let response = client()
        .subscription_resource_operations_delete(SUBSCRIPTION, "sub-resource", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

fn check_resource_group_resource(got: &MixedSubscriptionPlacementResourceGroupResource) {
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.MethodSubscriptionId/resourceGroupResources/rg-resource")
    );
    assert_eq!(got.name.as_deref(), Some("rg-resource"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.MethodSubscriptionId/resourceGroupResources")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.provisioning_state,
        Some(ResourceProvisioningState::Succeeded)
    );
    assert_eq!(p.resource_group_setting.as_deref(), Some("test-setting"));
    check_system_data(got.system_data.as_ref());
}

#[tokio::test]
async fn resource_group_resource_operations_get() {
    let got = client()
        .resource_group_resource_operations_get(SUBSCRIPTION, "test-rg", "rg-resource", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource_group_resource(&got);
}

#[tokio::test]
async fn resource_group_resource_operations_put() {
    let body = MixedSubscriptionPlacementResourceGroupResource {
        location: Some("eastus".to_owned()),
        properties: Some(MixedSubscriptionPlacementResourceGroupResourceProperties {
            resource_group_setting: Some("test-setting".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .resource_group_resource_operations_put(
            SUBSCRIPTION,
            "test-rg",
            "rg-resource",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_resource_group_resource(&got);
}

#[tokio::test]
async fn resource_group_resource_operations_delete() {
    let response = client()
        .resource_group_resource_operations_delete(SUBSCRIPTION, "test-rg", "rg-resource", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}
