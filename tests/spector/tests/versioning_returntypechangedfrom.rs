//! `versioning/returnTypeChangedFrom`: an operation whose response type
//! changed in `v2` (an integer before, a string now), through the `v2`
//! module.

mod common;

use spector_versioning_returntypechangedfrom::v2::{TitleClient, TitleClientOptions};

#[tokio::test]
async fn test() {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let client = TitleClient::new(&common::endpoint(), "v2", Some(options)).unwrap();
    let got = client
        .test(common::json("test"), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, "test");
}
