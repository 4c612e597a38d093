//! `azure/resource-manager/operation-templates`: ARM's operation
//! templates: the operations list, name availability checks (global and
//! by location), and long-running create (polled through
//! `Azure-AsyncOperation`, read from the resource), export (polled through
//! `Azure-AsyncOperation`, read from `Location`) and delete (through
//! `Location`), an export answering an array, a long-running GET at a
//! scope, POSTs answering a page of products after polling, a POST action
//! answered in pages (the next page a GET), a list not marked pageable, a
//! legacy routed GET, and operations whose body is optional, each called
//! without and with one.

mod common;

use azure_core::http::poller::PollerOptions;
use azure_core::time::Duration;
use futures::TryStreamExt as _;
use spector_azure_resource_manager_operation_templates::v2023_12_01_preview::{
    ActionRequest, ActionType, ChangeAllowanceRequest, CheckNameAvailabilityReason,
    CheckNameAvailabilityRequest, CheckNameAvailabilityResponse, Configuration,
    ConfigurationProperties, CreatedByType, ExportRequest, LogStatusRequest, MonitoredResource,
    Operation, Order, OrderProperties, Origin, Product, ProductListResult, SystemData, TitleClient,
    TitleClientLegacyCreateOrReplaceOptionalBodyOptions, TitleClientLroCreateOrReplaceOptions,
    TitleClientLroDeleteOptions, TitleClientLroExportArrayOptions, TitleClientLroExportOptions,
    TitleClientLroGetLroOptions, TitleClientLroPagingPostPagingLroOptions,
    TitleClientLroPagingPostPagingLroWithBodyOptions, TitleClientOptionalBodyPatchOptions,
    TitleClientOptionalBodyPostOptions, TitleClientOptionalBodyProviderPostOptions,
    TitleClientOptions, TitleClientPagingPostActionPagingOptions, VnetProfile, Widget,
    WidgetProperties,
};

token_client!(TitleClient, TitleClientOptions);

const SUBSCRIPTION: azure_core::Uuid = azure_core::Uuid::nil();

/// Poll without waiting.
fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

#[tokio::test]
async fn list_available_operations() {
    let got: Vec<Operation> = client()
        .operations_list(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    let o = &got[0];
    assert_eq!(
        o.name.as_deref(),
        Some("Microsoft.Compute/virtualMachines/write")
    );
    assert_eq!(o.is_data_action, Some(false));
    let d = o.display.as_ref().unwrap();
    assert_eq!(d.provider.as_deref(), Some("Microsoft Compute"));
    assert_eq!(d.resource.as_deref(), Some("Virtual Machines"));
    assert_eq!(
        d.operation.as_deref(),
        Some("Create or Update Virtual Machine.")
    );
    assert_eq!(
        d.description.as_deref(),
        Some("Add or modify virtual machines.")
    );
    assert_eq!(o.origin, Some(Origin::UserSystem));
    assert_eq!(o.action_type, Some(ActionType::Internal));
}

/// The name the mock API checks.
fn check_name() -> CheckNameAvailabilityRequest {
    CheckNameAvailabilityRequest {
        name: Some("checkName".to_owned()),
        type_: Some("Microsoft.Web/site".to_owned()),
        ..Default::default()
    }
}

/// Checks the mock API's answer: the name is taken.
fn check_taken(got: &CheckNameAvailabilityResponse) {
    assert_eq!(got.name_available, Some(false));
    assert_eq!(got.reason, Some(CheckNameAvailabilityReason::AlreadyExists));
    assert_eq!(
        got.message.as_deref(),
        Some("Hostname 'checkName' already exists. Please select a different name.")
    );
}

#[tokio::test]
async fn check_name_availability_check_global() {
    let got = client()
        .check_name_availability_check_global(SUBSCRIPTION, check_name().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_taken(&got);
}

#[tokio::test]
async fn check_name_availability_check_local() {
    let got = client()
        .check_name_availability_check_local(
            SUBSCRIPTION,
            "westus",
            check_name().try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_taken(&got);
}

#[tokio::test]
async fn lro_create_or_replace() {
    let body = Order {
        location: Some("eastus".to_owned()),
        properties: Some(OrderProperties {
            product_id: Some("product1".to_owned()),
            amount: Some(1),
            ..Default::default()
        }),
        ..Default::default()
    };
    let options = TitleClientLroCreateOrReplaceOptions {
        method_options: now(),
    };
    let got = client()
        .lro_create_or_replace(
            SUBSCRIPTION,
            "test-rg",
            "order1",
            body.try_into().unwrap(),
            Some(options),
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/orders/order1")
    );
    assert_eq!(got.name.as_deref(), Some("order1"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.Resources/orders")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    let p = got.properties.as_ref().unwrap();
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
    assert_eq!(p.product_id.as_deref(), Some("product1"));
    assert_eq!(p.amount, Some(1));
    check_system_data(got.system_data.as_ref());
}

/// Checks the `systemData` the mock API's resources have.
fn check_system_data(s: Option<&SystemData>) {
    let s = s.unwrap();
    let at = time::macros::datetime!(2024-10-04 00:56:07.442 UTC);
    assert_eq!(s.created_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.created_by_type, Some(CreatedByType::User));
    assert_eq!(s.created_at, Some(at));
    assert_eq!(s.last_modified_by.as_deref(), Some("AzureSDK"));
    assert_eq!(s.last_modified_by_type, Some(CreatedByType::User));
    assert_eq!(s.last_modified_at, Some(at));
}

#[tokio::test]
async fn lro_export() {
    let body = ExportRequest {
        format: Some("csv".to_owned()),
        ..Default::default()
    };
    let options = TitleClientLroExportOptions {
        method_options: now(),
    };
    let got = client()
        .lro_export(
            SUBSCRIPTION,
            "test-rg",
            "order1",
            body.try_into().unwrap(),
            Some(options),
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.content.as_deref(), Some("order1,product1,1"));
}

#[tokio::test]
async fn lro_delete() {
    let options = TitleClientLroDeleteOptions {
        method_options: now(),
    };
    client()
        .lro_delete(SUBSCRIPTION, "test-rg", "order1", Some(options))
        .unwrap()
        .await
        .unwrap();
}

#[tokio::test]
async fn paging_post_action_paging() {
    let options = TitleClientPagingPostActionPagingOptions {
        body: Some(
            LogStatusRequest {
                filter: Some("status eq 'active'".to_owned()),
                ..Default::default()
            }
            .try_into()
            .unwrap(),
        ),
        ..Default::default()
    };
    let got: Vec<MonitoredResource> = client()
        .paging_post_action_paging(SUBSCRIPTION, "test-rg", "monitor1", Some(options))
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let vm = |n| {
        format!("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Microsoft.Compute/virtualMachines/vm{n}")
    };
    let got: Vec<(Option<&str>, Option<bool>)> = got
        .iter()
        .map(|r| (r.id.as_deref(), r.sending_metrics))
        .collect();
    assert_eq!(
        got,
        [
            (Some(vm(1).as_str()), Some(true)),
            (Some(vm(2).as_str()), Some(false))
        ]
    );
}

#[tokio::test]
async fn paging_mark_as_pageable() {
    let got = client()
        .paging_mark_as_pageable(SUBSCRIPTION, "test-rg", "monitor1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let collections = got.value.unwrap();
    assert_eq!(collections.len(), 2);
    for (c, (n, display)) in collections
        .iter()
        .zip([(1, "Test Collection"), (2, "Another Collection")])
    {
        assert_eq!(
            c.id.as_deref(),
            Some(format!("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/monitors/monitor1/collections/collection{n}").as_str())
        );
        assert_eq!(c.name.as_deref(), Some(format!("collection{n}").as_str()));
        assert_eq!(
            c.type_.as_deref(),
            Some("Azure.ResourceManager.OperationTemplates/monitors/collections")
        );
        assert_eq!(
            c.properties.as_ref().unwrap().display_name.as_deref(),
            Some(display)
        );
    }
}

#[tokio::test]
async fn legacy_routed_get() {
    let got = client()
        .legacy_routed_get(SUBSCRIPTION, "test-rg", "default", "memory", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("memory"));
    assert_eq!(got.status.as_deref(), Some("healthy"));
}

#[tokio::test]
async fn lro_export_array() {
    let body = ExportRequest {
        format: Some("csv".to_owned()),
        ..Default::default()
    };
    let options = TitleClientLroExportArrayOptions {
        method_options: now(),
    };
    let got = client()
        .lro_export_array(SUBSCRIPTION, body.try_into().unwrap(), Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let contents: Vec<Option<&str>> = got.iter().map(|r| r.content.as_deref()).collect();
    assert_eq!(
        contents,
        [Some("order1,product1,1"), Some("order2,product2,2")]
    );
}

#[tokio::test]
async fn lro_get_lro() {
    let options = TitleClientLroGetLroOptions {
        method_options: now(),
    };
    let got = client()
        .lro_get_lro(
            "subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg",
            "report1",
            Some(options),
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/costReports/report1")
    );
    assert_eq!(got.name.as_deref(), Some("report1"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.OperationTemplates/costReports")
    );
    let p = got.properties.as_ref().unwrap();
    assert_eq!(
        p.download_url.as_deref(),
        Some("https://storage.blob.core.windows.net/reports/report1.csv")
    );
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
    check_system_data(got.system_data.as_ref());
}

/// Checks the page of products the mock API's paging POSTs answer.
fn check_products(got: &[Product]) {
    assert_eq!(got.len(), 1);
    let p = &got[0];
    assert_eq!(
        p.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/products/product1")
    );
    assert_eq!(p.name.as_deref(), Some("product1"));
    assert_eq!(
        p.type_.as_deref(),
        Some("Azure.ResourceManager.OperationTemplates/products")
    );
    assert_eq!(p.location.as_deref(), Some("eastus"));
    let props = p.properties.as_ref().unwrap();
    assert_eq!(props.provisioning_state.as_deref(), Some("Succeeded"));
    assert_eq!(props.product_id.as_deref(), Some("product1"));
}

/// The pages of a long-running POST whose result is a page: the
/// operation polled to its end, its result the first page, then the page
/// its next link names.
async fn check_polled_pages(pager: azure_core::http::Pager<ProductListResult>) {
    let pages: Vec<ProductListResult> = pager
        .into_pages()
        .and_then(|page| async move { page.into_model() })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2, "the result page and the one after it");
    check_products(pages[0].value.as_deref().unwrap());
    assert!(pages[1].next_link.is_none());
}

#[tokio::test]
async fn lro_paging_post_paging_lro() {
    let options = TitleClientLroPagingPostPagingLroOptions {
        method_options: now(),
    };
    let pager = client()
        .lro_paging_post_paging_lro_pages(SUBSCRIPTION, "test-rg", "default", Some(options))
        .unwrap();
    check_polled_pages(pager).await;
}

#[tokio::test]
async fn lro_paging_post_paging_lro_with_body() {
    let body = VnetProfile {
        vnet_id: Some("vnet1".to_owned()),
        ..Default::default()
    };
    let options = TitleClientLroPagingPostPagingLroWithBodyOptions {
        method_options: now(),
    };
    let pager = client()
        .lro_paging_post_paging_lro_with_body_pages(
            SUBSCRIPTION,
            "test-rg",
            "default",
            body.try_into().unwrap(),
            Some(options),
        )
        .unwrap();
    check_polled_pages(pager).await;
}

/// Checks the mock API's widget, named `name` and described `description`.
fn check_widget(got: &Widget, name: &str, description: &str) {
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/widgets/widget1")
    );
    assert_eq!(got.name.as_deref(), Some("widget1"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.OperationTemplates/widgets")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    let p = got.properties.as_ref().unwrap();
    assert_eq!(p.name.as_deref(), Some(name));
    assert_eq!(p.description.as_deref(), Some(description));
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
    check_system_data(got.system_data.as_ref());
}

#[tokio::test]
async fn optional_body_get() {
    let got = client()
        .optional_body_get(SUBSCRIPTION, "test-rg", "widget1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_widget(&got, "widget1", "A test widget");
}

/// `OptionalBody_patch`: both without a body and with one.
#[tokio::test]
async fn optional_body_patch() {
    let c = client();
    let got = c
        .optional_body_patch(SUBSCRIPTION, "test-rg", "widget1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_widget(&got, "widget1", "A test widget");
    let body = Widget {
        properties: Some(WidgetProperties {
            name: Some("updated-widget".to_owned()),
            description: Some("Updated description".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let options = TitleClientOptionalBodyPatchOptions {
        properties: Some(body.try_into().unwrap()),
        ..Default::default()
    };
    let got = c
        .optional_body_patch(SUBSCRIPTION, "test-rg", "widget1", Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_widget(&got, "updated-widget", "Updated description");
}

/// `OptionalBody_post`: both without a body and with one.
#[tokio::test]
async fn optional_body_post() {
    let c = client();
    let got = c
        .optional_body_post(SUBSCRIPTION, "test-rg", "widget1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.result.as_deref(), Some("Action completed successfully"));
    let body = ActionRequest {
        action_type: Some("perform".to_owned()),
        parameters: Some("test-parameters".to_owned()),
        ..Default::default()
    };
    let options = TitleClientOptionalBodyPostOptions {
        body: Some(body.try_into().unwrap()),
        ..Default::default()
    };
    let got = c
        .optional_body_post(SUBSCRIPTION, "test-rg", "widget1", Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        got.result.as_deref(),
        Some("Action completed successfully with parameters")
    );
}

/// `OptionalBody_providerPost`: both without a body and with one.
#[tokio::test]
async fn optional_body_provider_post() {
    let c = client();
    let got = c
        .optional_body_provider_post(SUBSCRIPTION, None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.total_allowed, Some(50));
    assert_eq!(got.status.as_deref(), Some("Changed to default allowance"));
    let body = ChangeAllowanceRequest {
        total_allowed: Some(100),
        reason: Some("Increased demand".to_owned()),
        ..Default::default()
    };
    let options = TitleClientOptionalBodyProviderPostOptions {
        body: Some(body.try_into().unwrap()),
        ..Default::default()
    };
    let got = c
        .optional_body_provider_post(SUBSCRIPTION, Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.total_allowed, Some(100));
    assert_eq!(
        got.status.as_deref(),
        Some("Changed to requested allowance")
    );
}

/// Checks the mock API's configuration, of value `value`.
fn check_configuration(got: &Configuration, value: &str) {
    assert_eq!(
        got.id.as_deref(),
        Some("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.OperationTemplates/configurations/default")
    );
    assert_eq!(got.name.as_deref(), Some("default"));
    assert_eq!(
        got.type_.as_deref(),
        Some("Azure.ResourceManager.OperationTemplates/configurations")
    );
    assert_eq!(got.location.as_deref(), Some("eastus"));
    let p = got.properties.as_ref().unwrap();
    assert_eq!(p.config_value.as_deref(), Some(value));
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
}

/// `Legacy_createOrReplaceOptionalBody`: both without a body and with one.
#[tokio::test]
async fn legacy_create_or_replace_optional_body() {
    let c = client();
    let got = c
        .legacy_create_or_replace_optional_body(SUBSCRIPTION, "test-rg", "default", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_configuration(&got, "default-value");
    let body = Configuration {
        location: Some("eastus".to_owned()),
        properties: Some(ConfigurationProperties {
            config_value: Some("custom-value".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let options = TitleClientLegacyCreateOrReplaceOptionalBodyOptions {
        resource: Some(body.try_into().unwrap()),
        ..Default::default()
    };
    let got = c
        .legacy_create_or_replace_optional_body(SUBSCRIPTION, "test-rg", "default", Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_configuration(&got, "custom-value");
}
