//! `lro-parameterized-endpoints.json`: long-running operations under a host
//! template (`{accountName}{host}`: the account, and the host as an option),
//! polled at the relative `Location` the server answers.

mod common;

use autorest_lro_parameterized_endpoints::v1_0_0::*;
use azure_core::http::poller::PollerOptions;
use azure_core::time::Duration;

type Client = LroWithParamaterizedEndpointsClient;
type Options = LroWithParamaterizedEndpointsClientOptions;

account_client!(Client, Options);

fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

#[tokio::test]
async fn poll_with_parameterized_endpoints() {
    let poller = client()
        .poll_with_parameterized_endpoints(Some(
            LroWithParamaterizedEndpointsClientPollWithParameterizedEndpointsOptions {
                method_options: now(),
            },
        ))
        .unwrap();
    let result = poller.await.unwrap().into_model().unwrap();
    assert_eq!(result, "success");
}

#[tokio::test]
async fn poll_with_constant_parameterized_endpoints() {
    let poller = client()
        .poll_with_constant_parameterized_endpoints(Some(
            LroWithParamaterizedEndpointsClientPollWithConstantParameterizedEndpointsOptions {
                method_options: now(),
            },
        ))
        .unwrap();
    let result = poller.await.unwrap().into_model().unwrap();
    assert_eq!(result, "success");
}
