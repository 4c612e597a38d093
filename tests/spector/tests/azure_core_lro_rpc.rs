//! `azure/core/lro/rpc`: a long-running RPC operation polled through its
//! `Operation-Location` until it succeeds with its result.

mod common;

use azure_core::time::Duration;

use azure_core::http::poller::PollerOptions;
use spector_azure_core_lro_rpc::v2022_12_01_preview::{
    GenerationOptions, OperationState, TitleClient, TitleClientLongRunningRpcOptions,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn long_running_rpc() {
    let body = GenerationOptions {
        prompt: Some("text".to_owned()),
        ..Default::default()
    };
    let options = TitleClientLongRunningRpcOptions {
        method_options: PollerOptions {
            frequency: Duration::ZERO,
            ..PollerOptions::default()
        },
    };
    let got = client()
        .long_running_rpc(body.try_into().unwrap(), Some(options))
        .unwrap()
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("operation1"));
    assert_eq!(got.status, Some(OperationState::Succeeded));
    assert_eq!(
        got.result.and_then(|r| r.data).as_deref(),
        Some("text data")
    );
}
