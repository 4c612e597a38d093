//! `versioning/typeChangedFrom`: a query parameter and a model property
//! whose type changed in `v2` (integers before, strings now), through the
//! `v2` module.

mod common;

use spector_versioning_typechangedfrom::v2::{TestModel, TitleClient, TitleClientOptions};

#[tokio::test]
async fn test() {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let client = TitleClient::new(&common::endpoint(), "v2", Some(options)).unwrap();
    let body = TestModel {
        prop: Some("foo".to_owned()),
        changed_prop: Some("bar".to_owned()),
        ..Default::default()
    };
    let got = client
        .test("baz", body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.prop.as_deref(), Some("foo"));
    assert_eq!(got.changed_prop.as_deref(), Some("bar"));
}
