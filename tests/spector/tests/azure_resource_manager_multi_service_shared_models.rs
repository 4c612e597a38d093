//! `azure/resource-manager/multi-service-shared-models`: two ARM services
//! (Compute's virtual machines, Storage's accounts) of one TypeSpec that
//! share a metadata model: each module has it, each service reads and
//! writes it. The create-or-update of each is long-running; the mock API
//! answers it at once (200 with the resource).

mod common;

use std::collections::HashMap;

use azure_core::http::poller::PollerOptions;
use azure_core::time::Duration;

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";
const GROUP: &str = "test-rg";

/// Poll without waiting.
fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

/// One tag.
fn tags(key: &str, value: &str) -> Option<HashMap<String, String>> {
    Some(HashMap::from([(key.to_owned(), value.to_owned())]))
}

mod compute {
    use super::{common, now, tags, GROUP, SUBSCRIPTION};
    use spector_azure_resource_manager_multi_service_shared_models::v2025_05_01::{
        AzureComputeResourceManagementApiClient as Client,
        AzureComputeResourceManagementApiClientCreateOrUpdateOptions as CreateOrUpdateOptions,
        AzureComputeResourceManagementApiClientOptions as Options,
        AzureResourceManagerMultiServiceSharedModelsSharedSharedMetadata as SharedMetadata,
        ResourceProvisioningState, VirtualMachine, VirtualMachineProperties,
    };

    crate::token_client!(Client, Options);

    fn check(got: &VirtualMachine) {
        assert_eq!(
            got.id.as_deref(),
            Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachinesShared/vm-shared1")
        );
        assert_eq!(got.name.as_deref(), Some("vm-shared1"));
        assert_eq!(
            got.type_.as_deref(),
            Some("Microsoft.Compute/virtualMachinesShared")
        );
        assert_eq!(got.location.as_deref(), Some("eastus"));
        let p = got.properties.as_ref().unwrap();
        assert_eq!(
            p.provisioning_state,
            Some(ResourceProvisioningState::Succeeded)
        );
        let m = p.metadata.as_ref().unwrap();
        assert_eq!(
            m.created_at,
            Some(time::macros::datetime!(2025-01-01 00:00:00 UTC))
        );
        assert_eq!(m.created_by.as_deref(), Some("user@example.com"));
        assert_eq!(m.tags, tags("environment", "production"));
    }

    #[tokio::test]
    async fn virtual_machines_get() {
        let got = client()
            .get(SUBSCRIPTION, GROUP, "vm-shared1", None)
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check(&got);
    }

    #[tokio::test]
    async fn virtual_machines_create_or_update() {
        let body = VirtualMachine {
            location: Some("eastus".to_owned()),
            properties: Some(VirtualMachineProperties {
                metadata: Some(SharedMetadata {
                    created_by: Some("user@example.com".to_owned()),
                    tags: tags("environment", "production"),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        };
        let options = CreateOrUpdateOptions {
            method_options: now(),
        };
        let got = client()
            .create_or_update(
                SUBSCRIPTION,
                GROUP,
                "vm-shared1",
                body.try_into().unwrap(),
                Some(options),
            )
            .unwrap()
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check(&got);
    }
}

mod storage {
    use super::{common, now, tags, GROUP, SUBSCRIPTION};
    use spector_azure_resource_manager_multi_service_shared_models::v2025_02_01::{
        AzureComputeResourceManagementApiClient as Client,
        AzureComputeResourceManagementApiClientCreateOrUpdateOptions as CreateOrUpdateOptions,
        AzureComputeResourceManagementApiClientOptions as Options,
        AzureResourceManagerMultiServiceSharedModelsSharedSharedMetadata as SharedMetadata,
        ResourceProvisioningState, StorageAccount, StorageAccountProperties,
    };

    crate::token_client!(Client, Options);

    fn check(got: &StorageAccount) {
        assert_eq!(
            got.id.as_deref(),
            Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Storage/storageAccounts/account1")
        );
        assert_eq!(got.name.as_deref(), Some("account1"));
        assert_eq!(
            got.type_.as_deref(),
            Some("Microsoft.Storage/storageAccounts")
        );
        assert_eq!(got.location.as_deref(), Some("westus"));
        let p = got.properties.as_ref().unwrap();
        assert_eq!(
            p.provisioning_state,
            Some(ResourceProvisioningState::Succeeded)
        );
        let m = p.metadata.as_ref().unwrap();
        assert_eq!(
            m.created_at,
            Some(time::macros::datetime!(2025-01-02 00:00:00 UTC))
        );
        assert_eq!(m.created_by.as_deref(), Some("admin@example.com"));
        assert_eq!(m.tags, tags("department", "engineering"));
    }

    #[tokio::test]
    async fn storage_accounts_get() {
        let got = client()
            .get(SUBSCRIPTION, GROUP, "account1", None)
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check(&got);
    }

    #[tokio::test]
    async fn storage_accounts_create_or_update() {
        let body = StorageAccount {
            location: Some("westus".to_owned()),
            properties: Some(StorageAccountProperties {
                metadata: Some(SharedMetadata {
                    created_by: Some("admin@example.com".to_owned()),
                    tags: tags("department", "engineering"),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        };
        let options = CreateOrUpdateOptions {
            method_options: now(),
        };
        let got = client()
            .create_or_update(
                SUBSCRIPTION,
                GROUP,
                "account1",
                body.try_into().unwrap(),
                Some(options),
            )
            .unwrap()
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check(&got);
    }
}
