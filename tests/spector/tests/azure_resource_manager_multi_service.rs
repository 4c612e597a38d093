//! `azure/resource-manager/multi-service`: one TypeSpec of two ARM
//! services (Compute's virtual machines, ComputeDisk's disks), each of two
//! api-versions: a module per Swagger file, the newest of each called with
//! its own api-version. The create-or-update of each is long-running; the
//! mock API answers it at once (200 with the resource).

mod common;

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

mod compute {
    use super::{common, now, GROUP, SUBSCRIPTION};
    use spector_azure_resource_manager_multi_service::v2025_04_01::{
        AzureComputeResourceManagementApiClient as Client,
        AzureComputeResourceManagementApiClientCreateOrUpdateOptions as CreateOrUpdateOptions,
        AzureComputeResourceManagementApiClientOptions as Options, ResourceProvisioningState,
        VirtualMachine, VirtualMachineProperties,
    };

    crate::token_client!(Client, Options);

    fn check(got: &VirtualMachine) {
        assert_eq!(
            got.id.as_deref(),
            Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachines/vm1")
        );
        assert_eq!(got.name.as_deref(), Some("vm1"));
        assert_eq!(
            got.type_.as_deref(),
            Some("Microsoft.Compute/virtualMachines")
        );
        assert_eq!(got.location.as_deref(), Some("eastus"));
        assert_eq!(
            got.properties.as_ref().unwrap().provisioning_state,
            Some(ResourceProvisioningState::Succeeded)
        );
    }

    #[tokio::test]
    async fn virtual_machines_get() {
        let got = client()
            .get(SUBSCRIPTION, GROUP, "vm1", None)
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
            properties: Some(VirtualMachineProperties::default()),
            ..Default::default()
        };
        let options = CreateOrUpdateOptions {
            method_options: now(),
        };
        let got = client()
            .create_or_update(
                SUBSCRIPTION,
                GROUP,
                "vm1",
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

mod compute_disk {
    use super::{common, now, GROUP, SUBSCRIPTION};
    use spector_azure_resource_manager_multi_service::v2025_01_02::{
        AzureComputeResourceManagementApiClient as Client,
        AzureComputeResourceManagementApiClientCreateOrUpdateOptions as CreateOrUpdateOptions,
        AzureComputeResourceManagementApiClientOptions as Options, Disk, DiskProperties,
        ResourceProvisioningState,
    };

    crate::token_client!(Client, Options);

    fn check(got: &Disk) {
        assert_eq!(
            got.id.as_deref(),
            Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/disks/disk1")
        );
        assert_eq!(got.name.as_deref(), Some("disk1"));
        assert_eq!(got.type_.as_deref(), Some("Microsoft.Compute/disks"));
        assert_eq!(got.location.as_deref(), Some("eastus"));
        assert_eq!(
            got.properties.as_ref().unwrap().provisioning_state,
            Some(ResourceProvisioningState::Succeeded)
        );
    }

    #[tokio::test]
    async fn disks_get() {
        let got = client()
            .get(SUBSCRIPTION, GROUP, "disk1", None)
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check(&got);
    }

    #[tokio::test]
    async fn disks_create_or_update() {
        let body = Disk {
            location: Some("eastus".to_owned()),
            properties: Some(DiskProperties::default()),
            ..Default::default()
        };
        let options = CreateOrUpdateOptions {
            method_options: now(),
        };
        let got = client()
            .create_or_update(
                SUBSCRIPTION,
                GROUP,
                "disk1",
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
