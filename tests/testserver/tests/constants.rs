//! `constants.json`: client-level constants in a header, a query and a
//! path, filled in by the client.
//!
//! The spec's other operations exercise how constants and single-value
//! enums are modelled; the server has no route for them (no scenario).

mod common;

use autorest_constants::v1_0_0::{
    AutoRestSwaggerConstantServiceClient as Client,
    AutoRestSwaggerConstantServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn client_constants() {
    let response = client().put_client_constants(None).await.unwrap();
    assert_eq!(u16::from(response.status()), 200);
}
