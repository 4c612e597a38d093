//! `azure/core/lro/standard`: the standard long-running create or replace
//! (its result read from the resource), delete and action (its result in
//! the final status), each polled through `Operation-Location`.

mod common;

use azure_core::time::Duration;

use azure_core::http::poller::PollerOptions;
use spector_azure_core_lro_standard::v2022_12_01_preview::{
    OperationState, TitleClient, TitleClientCreateOrReplaceOptions, TitleClientDeleteOptions,
    TitleClientExportOptions, TitleClientOptions, User,
};

client!(TitleClient, TitleClientOptions);

/// Poll without waiting.
fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

#[tokio::test]
async fn create_or_replace() {
    let body = User {
        role: Some("contributor".to_owned()),
        ..Default::default()
    };
    let options = TitleClientCreateOrReplaceOptions {
        method_options: now(),
    };
    let got = client()
        .create_or_replace("madge", body.try_into().unwrap(), Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("madge"));
    assert_eq!(got.role.as_deref(), Some("contributor"));
}

#[tokio::test]
async fn delete() {
    let options = TitleClientDeleteOptions {
        method_options: now(),
    };
    let got = client()
        .delete("madge", Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("operation2"));
    assert_eq!(got.status, Some(OperationState::Succeeded));
}

#[tokio::test]
async fn export() {
    let options = TitleClientExportOptions {
        method_options: now(),
    };
    let got = client()
        .export("madge", "json", Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("operation3"));
    assert_eq!(got.status, Some(OperationState::Succeeded));
    let user = got.result.unwrap();
    assert_eq!(user.name.as_deref(), Some("madge"));
    assert_eq!(user.resource_uri.as_deref(), Some("/users/madge"));
}
