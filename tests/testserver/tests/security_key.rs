//! `security-key.json`: an `apiKey` scheme; the client takes the key and
//! sends it in the scheme's header on every request.

mod common;

use autorest_security_key::v2022_03_01_preview::{
    AutorestSecurityKeyClient as Client, AutorestSecurityKeyClientOptions as Options,
};
use azure_core::credentials::Secret;

#[tokio::test]
async fn the_key_is_sent_in_its_header() {
    let client = Client::new(
        &common::endpoint(),
        Secret::new("123456789"),
        Some(Options {
            client_options: common::client_options(),
            ..Options::default()
        }),
    )
    .unwrap();
    let response = client.head(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
