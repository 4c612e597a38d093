//! `type/model/inheritance/not-discriminated`: a model that extends
//! another without a discriminator (`allOf`), its inherited properties
//! flattened into it.

mod common;

use azure_core::http::StatusCode;
use spector_type_model_inheritance_not_discriminated::v0000_00_00::{
    Siamese, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn siamese() -> Siamese {
    Siamese {
        name: Some("abc".to_owned()),
        age: Some(32),
        smart: Some(true),
        ..Default::default()
    }
}

fn check(got: &Siamese) {
    assert_eq!(got.name.as_deref(), Some("abc"));
    assert_eq!(got.age, Some(32));
    assert_eq!(got.smart, Some(true));
}

#[tokio::test]
async fn post_valid() {
    let r = client()
        .post_valid(siamese().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn get_valid() {
    check(
        &client()
            .get_valid(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
    );
}

#[tokio::test]
async fn put_valid() {
    let got = client()
        .put_valid(siamese().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check(&got);
}
