//! `azure/resource-manager/resources`: ARM's resource kinds, each read,
//! created, patched, deleted and listed (`x-ms-pageable`): a top-level
//! tracked resource (and its synchronous action), a proxy resource nested
//! in it, a singleton, a resource under a location, and an extension
//! resource at the scopes a `resourceUri` can name (resource group,
//! subscription, another resource, the tenant). The create, replace,
//! patch and delete of some are long-running; the mock API answers them at
//! once. A `resourceUri` is given as a resource's `id` holds it (`/`
//! first); the tenant's is empty, and the request goes to `/providers/…`
//! (docs/wire.md).

mod common;

use azure_core::http::StatusCode;
use futures::TryStreamExt as _;
use spector_azure_resource_manager_resources::v2023_12_01_preview::{
    CreatedByType, ExtensionsResource, ExtensionsResourceProperties, LocationResource,
    LocationResourceProperties, NestedProxyResource, NestedProxyResourceProperties,
    NotificationDetails, ProvisioningState, SingletonTrackedResource,
    SingletonTrackedResourceProperties, SystemData, TitleClient, TitleClientOptions,
    TopLevelTrackedResource, TopLevelTrackedResourceProperties,
};

token_client!(TitleClient, TitleClientOptions);

const SUBSCRIPTION: azure_core::Uuid = azure_core::Uuid::nil();
const GROUP: &str = "test-rg";
const PROVIDER: &str = "Azure.ResourceManager.Resources";

/// Checks the `systemData` every resource of the mock API has.
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

/// Checks a resource of the mock API: its id, name, type, description,
/// state and `systemData` (each kind is a model of its own, of the same
/// fields).
macro_rules! check {
    ($got:expr, $id:expr, $name:expr, $type:expr, $description:expr) => {{
        let got = &$got;
        assert_eq!(got.id.as_deref(), Some($id.as_ref()));
        assert_eq!(got.name.as_deref(), Some($name));
        assert_eq!(got.type_.as_deref(), Some($type));
        let p = got.properties.as_ref().unwrap();
        assert_eq!(p.description.as_deref(), Some($description));
        assert_eq!(p.provisioning_state, Some(ProvisioningState::Succeeded));
        check_system_data(got.system_data.as_ref());
    }};
}

// The top-level tracked resource.

const TOP: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.Resources/topLevelTrackedResources/top";
const TOP_TYPE: &str = "Azure.ResourceManager.Resources/topLevelTrackedResources";

fn check_top(got: &TopLevelTrackedResource, description: &str) {
    check!(got, TOP, "top", TOP_TYPE, description);
    assert_eq!(got.location.as_deref(), Some("eastus"));
}

#[tokio::test]
async fn top_level_get() {
    let got = client()
        .top_level_get(SUBSCRIPTION, GROUP, "top", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_top(&got, "valid");
}

#[tokio::test]
async fn top_level_create_or_replace() {
    let body = TopLevelTrackedResource {
        location: Some("eastus".to_owned()),
        properties: Some(TopLevelTrackedResourceProperties {
            description: Some("valid".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .top_level_create_or_replace(SUBSCRIPTION, GROUP, "top", body.try_into().unwrap(), None)
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_top(&got, "valid");
}

#[tokio::test]
async fn top_level_update() {
    let body = TopLevelTrackedResource {
        properties: Some(TopLevelTrackedResourceProperties {
            description: Some("valid2".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .top_level_update(SUBSCRIPTION, GROUP, "top", body.try_into().unwrap(), None)
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_top(&got, "valid2");
}

#[tokio::test]
async fn top_level_delete() {
    client()
        .top_level_delete(SUBSCRIPTION, GROUP, "top", None)
        .unwrap()
        .await
        .unwrap();
}

#[tokio::test]
async fn top_level_list_by_resource_group() {
    let got: Vec<TopLevelTrackedResource> = client()
        .top_level_list_by_resource_group(SUBSCRIPTION, GROUP, None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check_top(&got[0], "valid");
}

#[tokio::test]
async fn top_level_list_by_subscription() {
    let got: Vec<TopLevelTrackedResource> = client()
        .top_level_list_by_subscription(SUBSCRIPTION, None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check_top(&got[0], "valid");
}

#[tokio::test]
async fn top_level_action_sync() {
    let body = NotificationDetails {
        message: Some("Resource action at top level.".to_owned()),
        urgent: Some(true),
        ..Default::default()
    };
    let response = client()
        .top_level_action_sync(SUBSCRIPTION, GROUP, "top", body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

// The proxy resource nested in it.

const NESTED_TYPE: &str =
    "Azure.ResourceManager.Resources/topLevelTrackedResources/top/nestedProxyResources";

fn check_nested(got: &NestedProxyResource, description: &str) {
    let id = format!("{TOP}/nestedProxyResources/nested");
    check!(got, id, "nested", NESTED_TYPE, description);
}

fn nested(description: &str) -> NestedProxyResource {
    NestedProxyResource {
        properties: Some(NestedProxyResourceProperties {
            description: Some(description.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn nested_get() {
    let got = client()
        .nested_get(SUBSCRIPTION, GROUP, "top", "nested", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_nested(&got, "valid");
}

#[tokio::test]
async fn nested_create_or_replace() {
    let got = client()
        .nested_create_or_replace(
            SUBSCRIPTION,
            GROUP,
            "top",
            "nested",
            nested("valid").try_into().unwrap(),
            None,
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_nested(&got, "valid");
}

#[tokio::test]
async fn nested_update() {
    let got = client()
        .nested_update(
            SUBSCRIPTION,
            GROUP,
            "top",
            "nested",
            nested("valid2").try_into().unwrap(),
            None,
        )
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_nested(&got, "valid2");
}

#[tokio::test]
async fn nested_delete() {
    client()
        .nested_delete(SUBSCRIPTION, GROUP, "top", "nested", None)
        .unwrap()
        .await
        .unwrap();
}

#[tokio::test]
async fn nested_list_by_top_level_tracked_resource() {
    let got: Vec<NestedProxyResource> = client()
        .nested_list_by_top_level_tracked_resource(SUBSCRIPTION, GROUP, "top", None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check_nested(&got[0], "valid");
}

// The singleton.

const SINGLETON: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.Resources/singletonTrackedResources/default";
const SINGLETON_TYPE: &str = "Azure.ResourceManager.Resources/singletonTrackedResources";

fn check_singleton(got: &SingletonTrackedResource, description: &str) {
    check!(got, SINGLETON, "default", SINGLETON_TYPE, description);
    assert_eq!(got.location.as_deref(), Some("eastus"));
}

#[tokio::test]
async fn singleton_get_by_resource_group() {
    let got = client()
        .singleton_get_by_resource_group(SUBSCRIPTION, GROUP, None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_singleton(&got, "valid");
}

#[tokio::test]
async fn singleton_create_or_update() {
    let body = SingletonTrackedResource {
        location: Some("eastus".to_owned()),
        properties: Some(SingletonTrackedResourceProperties {
            description: Some("valid".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .singleton_create_or_update(SUBSCRIPTION, GROUP, body.try_into().unwrap(), None)
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_singleton(&got, "valid");
}

#[tokio::test]
async fn singleton_update() {
    let body = SingletonTrackedResource {
        properties: Some(SingletonTrackedResourceProperties {
            description: Some("valid2".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let got = client()
        .singleton_update(SUBSCRIPTION, GROUP, body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_singleton(&got, "valid2");
}

#[tokio::test]
async fn singleton_list_by_resource_group() {
    let got: Vec<SingletonTrackedResource> = client()
        .singleton_list_by_resource_group(SUBSCRIPTION, GROUP, None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check_singleton(&got[0], "valid");
}

// The resource under a location.

const LOCATION_RESOURCE: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Azure.ResourceManager.Resources/locations/eastus/locationResources/resource";
const LOCATION_TYPE: &str = "Azure.ResourceManager.Resources/locationResources";

fn check_location(got: &LocationResource, description: &str) {
    check!(
        got,
        LOCATION_RESOURCE,
        "resource",
        LOCATION_TYPE,
        description
    );
}

fn location_resource(description: &str) -> LocationResource {
    LocationResource {
        properties: Some(LocationResourceProperties {
            description: Some(description.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn location_resources_get() {
    let got = client()
        .location_resources_get(SUBSCRIPTION, "eastus", "resource", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_location(&got, "valid");
}

#[tokio::test]
async fn location_resources_create_or_update() {
    let got = client()
        .location_resources_create_or_update(
            SUBSCRIPTION,
            "eastus",
            "resource",
            location_resource("valid").try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_location(&got, "valid");
}

#[tokio::test]
async fn location_resources_update() {
    let got = client()
        .location_resources_update(
            SUBSCRIPTION,
            "eastus",
            "resource",
            location_resource("valid2").try_into().unwrap(),
            None,
        )
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_location(&got, "valid2");
}

#[tokio::test]
async fn location_resources_delete() {
    let response = client()
        .location_resources_delete(SUBSCRIPTION, "eastus", "resource", None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn location_resources_list_by_location() {
    let got: Vec<LocationResource> = client()
        .location_resources_list_by_location(SUBSCRIPTION, "eastus", None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    check_location(&got[0], "valid");
}

// The extension resource, at each scope: the `resourceUri`, the id of the
// scope, which the extension's id continues.

const SCOPES: [&str; 4] = [
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg",
    "/subscriptions/00000000-0000-0000-0000-000000000000",
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/test-rg/providers/Azure.ResourceManager.Resources/topLevelTrackedResources/top",
    // The tenant.
    "",
];
const EXTENSION_TYPE: &str = "Azure.ResourceManager.Resources/extensionsResources";

fn check_extension(got: &ExtensionsResource, scope: &str, description: &str) {
    let id = format!("{scope}/providers/{PROVIDER}/extensionsResources/extension");
    check!(got, id, "extension", EXTENSION_TYPE, description);
}

fn extension(description: &str) -> ExtensionsResource {
    ExtensionsResource {
        properties: Some(ExtensionsResourceProperties {
            description: Some(description.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[tokio::test]
async fn extensions_resources_get() {
    let c = client();
    for scope in SCOPES {
        let got = c
            .extensions_resources_get(scope, "extension", None)
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check_extension(&got, scope, "valid");
    }
}

#[tokio::test]
async fn extensions_resources_create_or_update() {
    let c = client();
    for scope in SCOPES {
        let got = c
            .extensions_resources_create_or_update(
                scope,
                "extension",
                extension("valid").try_into().unwrap(),
                None,
            )
            .unwrap()
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check_extension(&got, scope, "valid");
    }
}

#[tokio::test]
async fn extensions_resources_update() {
    let c = client();
    for scope in SCOPES {
        let got = c
            .extensions_resources_update(
                scope,
                "extension",
                extension("valid2").try_into().unwrap(),
                None,
            )
            .await
            .unwrap()
            .into_model()
            .unwrap();
        check_extension(&got, scope, "valid2");
    }
}

#[tokio::test]
async fn extensions_resources_delete() {
    let c = client();
    for scope in SCOPES {
        let response = c
            .extensions_resources_delete(scope, "extension", None)
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NoContent);
    }
}

#[tokio::test]
async fn extensions_resources_list_by_scope() {
    let c = client();
    for scope in SCOPES {
        let got: Vec<ExtensionsResource> = c
            .extensions_resources_list_by_scope(scope, None)
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(got.len(), 1);
        check_extension(&got[0], scope, "valid");
    }
}
