//! `client-enum.json`: a single-value enum header the client fills in.

mod common;

use autorest_client_enum::v1_0_0::{
    ClientWithEnumClient as Client, ClientWithEnumClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn head_sends_the_constant_header() {
    let response = client().head(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
