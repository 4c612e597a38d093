//! `custom-baseUrl.json`: a host template (`{accountName}{host}`): the
//! client takes the account, the host is an option.

mod common;

use autorest_custom_baseurl::v1_0_0::{
    AutoRestParameterizedHostTestClient as Client,
    AutoRestParameterizedHostTestClientOptions as Options,
};

account_client!(Client, Options);

#[tokio::test]
async fn get_empty() {
    let response = client().paths_get_empty(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
