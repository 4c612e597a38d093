//! `custom-baseUrl-more-options.json`: a host template of three
//! parameters (the vault URL, a secret, a DNS suffix with a default), then
//! path and query parameters.

mod common;

use autorest_custom_baseurl_more_options::v1_0_0::{
    AutoRestParameterizedCustomHostTestClient as Client,
    AutoRestParameterizedCustomHostTestClientOptions as Options,
    AutoRestParameterizedCustomHostTestClientPathsGetEmptyOptions,
};

/// `{vault}{secret}{dnsSuffix}`: the server's URL in three pieces
/// (`http://127.0.0` + `.1` + `:<port>`).
fn client() -> Client {
    let (host, port) = common::account_and_host();
    let (vault, secret) = host.split_at(host.rfind('.').expect("an IPv4 address"));
    Client::new(
        &format!("http://{vault}"),
        secret,
        Some(Options {
            dns_suffix: port,
            client_options: common::client_options(),
            ..Options::default()
        }),
    )
    .expect("a client for the test server")
}

#[tokio::test]
async fn get_empty() {
    let response = client()
        .paths_get_empty(
            "key1",
            "test12",
            Some(
                AutoRestParameterizedCustomHostTestClientPathsGetEmptyOptions {
                    key_version: Some("v1".into()),
                    ..Default::default()
                },
            ),
        )
        .await
        .unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
