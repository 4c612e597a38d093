//! `azure/resource-manager/large-header`: a long-running ARM POST whose
//! `Location` and `Azure-AsyncOperation` headers carry a 6 KB query
//! string each: polled through `Azure-AsyncOperation`, its result read
//! from `Location` (`final-state-via: location`).

mod common;

use azure_core::http::poller::PollerOptions;
use azure_core::time::Duration;
use spector_azure_resource_manager_large_header::v2023_12_01_preview::{
    TitleClient, TitleClientLargeHeadersTwo6kOptions, TitleClientOptions,
};

token_client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn two6k() {
    let options = TitleClientLargeHeadersTwo6kOptions {
        method_options: PollerOptions {
            frequency: Duration::ZERO,
            ..PollerOptions::default()
        },
    };
    let got = client()
        .large_headers_two6k(azure_core::Uuid::nil(), "test-rg", "header1", Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.succeeded, Some(true));
}
