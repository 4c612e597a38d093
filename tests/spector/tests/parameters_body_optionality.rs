//! `parameters/body-optionality`: a required body given whole (explicit)
//! or spread from parameters (implicit), and an optional one set or left
//! out (then with no `Content-Type` either).

mod common;

use azure_core::http::StatusCode;
use spector_parameters_body_optionality::v0000_00_00::{
    BodyModel, TitleClient, TitleClientOptionalExplicitSetOptions, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn foo() -> BodyModel {
    BodyModel {
        name: Some("foo".to_owned()),
        ..Default::default()
    }
}

#[tokio::test]
async fn required_explicit() {
    let r = client()
        .required_explicit(foo().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn required_implicit() {
    let r = client()
        .required_implicit(foo().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn optional_explicit() {
    let c = client();
    let options = TitleClientOptionalExplicitSetOptions {
        body: Some(foo().try_into().unwrap()),
        ..Default::default()
    };
    let r = c.optional_explicit_set(Some(options)).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c.optional_explicit_omit(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
