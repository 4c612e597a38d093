//! `versioning/madeOptional`: a parameter required in `v1` and optional
//! in `v2`, left out through the `v2` module.

mod common;

use spector_versioning_madeoptional::v2::{TestModel, TitleClient, TitleClientOptions};

#[tokio::test]
async fn test() {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let client = TitleClient::new(&common::endpoint(), "v2", Some(options)).unwrap();
    let body = TestModel {
        prop: Some("foo".to_owned()),
        ..Default::default()
    };
    let got = client
        .test(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.prop.as_deref(), Some("foo"));
    assert_eq!(got.changed_prop, None);
}
