//! `custom-baseUrl-more-options.json`: a host template of three
//! parameters, then path and query parameters.

mod common;

use autorest_custom_baseurl_more_options::v1_0_0::{
    AutoRestParameterizedCustomHostTestClient as Client,
    AutoRestParameterizedCustomHostTestClientOptions as Options, PathsGetEmptyOptions,
};

client!(Client, Options);

#[tokio::test]
async fn get_empty() {
    let response = client()
        .paths_get_empty(
            "key1",
            "test12",
            Some(PathsGetEmptyOptions {
                key_version: Some("v1".into()),
                ..Default::default()
            }),
        )
        .await
        .unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
