//! `azure/resource-manager/common-properties`: ARM's common types in use:
//! a managed identity (system- and user-assigned), ARM resource ids, the
//! common `ErrorResponse` and an error model of the service's own
//! (`CloudError`, its `innererror` kept).

mod common;

use std::collections::HashMap;

use spector_azure_resource_manager_common_properties::v2023_12_01_preview::{
    ArmResourceIdentifierResource, ArmResourceIdentifierResourceProperties, CloudErrorExt as _,
    ConfidentialResource, ConfidentialResourceProperties, ErrorResponseExt as _,
    ManagedIdentityTrackedResource, ManagedIdentityTrackedResourceProperties,
    ManagedServiceIdentity, ManagedServiceIdentityType, ResourceProvisioningState, TitleClient,
    TitleClientOptions, UserAssignedIdentity,
};

token_client!(TitleClient, TitleClientOptions);

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const GROUP: &str = "test-rg";
const USER_ASSIGNED: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1";

/// Checks what every managed identity resource of the mock API has.
fn check_identity_resource(got: &ManagedIdentityTrackedResource) -> &ManagedServiceIdentity {
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.CommonProperties/managedIdentityTrackedResources/identity")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    let tags = got.tags.as_ref().unwrap();
    assert_eq!(tags.len(), 1);
    assert_eq!(tags["tagKey1"], "tagValue1");
    assert_eq!(
        got.properties
            .as_ref()
            .unwrap()
            .provisioning_state
            .as_deref(),
        Some("Succeeded")
    );
    let identity = got.identity.as_ref().unwrap();
    assert_eq!(identity.principal_id, Some(azure_core::Uuid::nil()));
    assert_eq!(identity.tenant_id, Some(azure_core::Uuid::nil()));
    identity
}

#[tokio::test]
async fn managed_identity_get() {
    let got = client()
        .managed_identity_get(SUBSCRIPTION, GROUP, "identity", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let identity = check_identity_resource(&got);
    assert_eq!(
        identity.type_,
        Some(ManagedServiceIdentityType::SystemAssigned)
    );
    assert!(identity.user_assigned_identities.is_none());
}

#[tokio::test]
async fn managed_identity_create_with_system_assigned() {
    let body = ManagedIdentityTrackedResource {
        location: Some("eastus".to_owned()),
        tags: Some(HashMap::from([(
            "tagKey1".to_owned(),
            "tagValue1".to_owned(),
        )])),
        properties: Some(ManagedIdentityTrackedResourceProperties::default()),
        identity: Some(ManagedServiceIdentity {
            type_: Some(ManagedServiceIdentityType::SystemAssigned),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .managed_identity_create_with_system_assigned(
            SUBSCRIPTION,
            GROUP,
            "identity",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let identity = check_identity_resource(&got);
    assert_eq!(
        identity.type_,
        Some(ManagedServiceIdentityType::SystemAssigned)
    );
}

#[tokio::test]
async fn managed_identity_update_with_user_assigned_and_system_assigned() {
    let body = ManagedIdentityTrackedResource {
        identity: Some(ManagedServiceIdentity {
            type_: Some(ManagedServiceIdentityType::SystemAssignedUserAssigned),
            user_assigned_identities: Some(HashMap::from([(
                USER_ASSIGNED.to_owned(),
                UserAssignedIdentity::default(),
            )])),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .managed_identity_update_with_user_assigned_and_system_assigned(
            SUBSCRIPTION,
            GROUP,
            "identity",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let identity = check_identity_resource(&got);
    assert_eq!(
        identity.type_,
        Some(ManagedServiceIdentityType::SystemAssignedUserAssigned)
    );
    let users = identity.user_assigned_identities.as_ref().unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(
        users[USER_ASSIGNED].principal_id,
        Some(azure_core::Uuid::nil())
    );
    assert_eq!(
        users[USER_ASSIGNED].client_id,
        Some(azure_core::Uuid::nil())
    );
}

#[tokio::test]
async fn error_get_for_predefined_error() {
    let err = client()
        .error_get_for_predefined_error(SUBSCRIPTION, GROUP, "confidential", None)
        .await
        .unwrap_err();
    assert_eq!(
        err.http_status(),
        Some(azure_core::http::StatusCode::NotFound)
    );
    let error = err.error_response().unwrap().error.unwrap();
    assert_eq!(error.code.as_deref(), Some("ResourceNotFound"));
    assert_eq!(
        error.message.as_deref(),
        Some("The Resource 'Azure.ResourceManager.CommonProperties/confidentialResources/confidential' under resource group 'test-rg' was not found.")
    );
}

#[tokio::test]
async fn error_create_for_user_defined_error() {
    let body = ConfidentialResource {
        location: Some("eastus".to_owned()),
        properties: Some(ConfidentialResourceProperties {
            username: Some("00".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let err = client()
        .error_create_for_user_defined_error(
            SUBSCRIPTION,
            GROUP,
            "confidential",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.http_status(),
        Some(azure_core::http::StatusCode::BadRequest)
    );
    let error = err.cloud_error().unwrap().error.unwrap();
    assert_eq!(error.code.as_deref(), Some("BadRequest"));
    assert_eq!(
        error.message.as_deref(),
        Some("Username should not contain only numbers.")
    );
    assert_eq!(
        error.innererror.unwrap().exceptiontype.as_deref(),
        Some("general")
    );
}

/// The ARM ids of the mock API's resource, in the order of its properties.
const VNET: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Network/virtualNetworks/myVnet";
const VM: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachines/myVm";
const ROLE: &str = "/providers/Microsoft.Management/serviceGroups/test-sg/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000000";

/// Checks the mock API's resource of ARM ids.
fn check_arm_ids(got: &ArmResourceIdentifierResource) {
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.CommonProperties/armResourceIdentifierResources/armId")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    assert_eq!(got.name.as_deref(), Some("armId"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.CommonProperties/armResourceIdentifierResources")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.provisioning_state,
        Some(ResourceProvisioningState::Succeeded)
    );
    assert_eq!(p.simple_arm_id.as_deref(), Some(VNET));
    assert_eq!(p.arm_id_with_type.as_deref(), Some(VNET));
    assert_eq!(p.arm_id_with_type_and_scope.as_deref(), Some(VNET));
    assert_eq!(p.arm_id_with_all_scopes.as_deref(), Some(VM));
    assert_eq!(p.arm_id_with_group_scope.as_deref(), Some(ROLE));
}

#[tokio::test]
async fn arm_resource_identifiers_get() {
    let got = client()
        .arm_resource_identifiers_get(SUBSCRIPTION, GROUP, "armId", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_arm_ids(&got);
}

#[tokio::test]
async fn arm_resource_identifiers_create_or_replace() {
    let body = ArmResourceIdentifierResource {
        location: Some("eastus".to_owned()),
        properties: Some(ArmResourceIdentifierResourceProperties {
            simple_arm_id: Some(VNET.to_owned()),
            arm_id_with_type: Some(VNET.to_owned()),
            arm_id_with_type_and_scope: Some(VNET.to_owned()),
            arm_id_with_all_scopes: Some(VM.to_owned()),
            arm_id_with_group_scope: Some(ROLE.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .arm_resource_identifiers_create_or_replace(
            SUBSCRIPTION,
            GROUP,
            "armId",
            body.try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_arm_ids(&got);
}
