//! `subscriptionId-apiVersion.json`: an ARM-style path with the client's
//! api-version.

mod common;

use autorest_subscriptionid_apiversion::v2014_04_01_preview::{
    MicrosoftAzureTestUrlClient as Client, MicrosoftAzureTestUrlClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn get_sample_resource_group() {
    let group = client()
        .group_get_sample_resource_group("1234-5678-9012-3456", "testgroup101", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(group.name.as_deref(), Some("testgroup101"));
    assert_eq!(group.location.as_deref(), Some("West US"));
}
