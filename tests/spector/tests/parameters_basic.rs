//! `parameters/basic`: a model body given whole (explicit) and one spread
//! from the operation's parameters (implicit), both `{"name": "foo"}`.

mod common;

use spector_parameters_basic::v0000_00_00::{
    ExplicitBodyUser, ImplicitBodySimpleBody, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn explicit_body_simple() {
    let body = ExplicitBodyUser {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    client()
        .explicit_body_simple(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn implicit_body_simple() {
    let body = ImplicitBodySimpleBody {
        name: Some("foo".to_owned()),
        ..Default::default()
    };
    client()
        .implicit_body_simple(body.try_into().unwrap(), None)
        .await
        .unwrap();
}
