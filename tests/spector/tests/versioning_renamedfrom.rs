//! `versioning/renamedFrom`: an operation, model, property, enum member,
//! query parameter and interface renamed in `v2`, called by their new
//! names through the `v2` module (the wire names are the new ones).

mod common;

use serde_json::json;
use spector_versioning_renamedfrom::v2::{NewEnum, NewModel, TitleClient, TitleClientOptions};

fn client() -> TitleClient {
    let options = TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    TitleClient::new(&common::endpoint(), "v2", Some(options)).unwrap()
}

fn model() -> NewModel {
    NewModel {
        new_prop: Some("foo".to_owned()),
        enum_prop: Some(NewEnum::NewEnumMember),
        union_prop: Some(json!(10)),
        ..Default::default()
    }
}

fn check(got: &NewModel) {
    assert_eq!(got.new_prop.as_deref(), Some("foo"));
    assert_eq!(got.enum_prop, Some(NewEnum::NewEnumMember));
    assert_eq!(got.union_prop, Some(json!(10)));
}

#[tokio::test]
async fn new_op() {
    let got = client()
        .new_op("bar", model().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got);
}

#[tokio::test]
async fn new_interface() {
    let got = client()
        .new_interface_new_op_in_new_interface(model().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got);
}
