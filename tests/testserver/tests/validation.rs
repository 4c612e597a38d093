//! `validation.json`: constants in a path and in a body.
//!
//! The spec's other operations test client-side validation (`minLength`,
//! `maximum`, `pattern`...), which this generator does not emit: the
//! service validates; those scenarios have no server-side name.

mod common;

use autorest_validation::v1_0_0::{
    AutoRestValidationTestClient as Client, AutoRestValidationTestClientOptions as Options, *,
};

client!(Client, Options);

#[tokio::test]
async fn constant_in_path() {
    client().get_with_constant_in_path(None).await.unwrap();
}

#[tokio::test]
async fn constants_in_body_are_sent_and_echoed() {
    let child = ChildProduct {
        const_property: Some(ChildProductConstProperty::Constant),
        ..Default::default()
    };
    let const_child = ConstantProduct {
        const_property: Some(ConstantProductConstProperty::Constant),
        const_property2: Some(ConstantProductConstProperty2::Constant2),
        ..Default::default()
    };
    let product = Product {
        child: Some(child),
        const_child: Some(const_child),
        const_int: Some(0),
        const_string: Some(ProductConstString::Constant),
        ..Default::default()
    };
    let echoed = client()
        .post_with_constant_in_body(Some(
            AutoRestValidationTestClientPostWithConstantInBodyOptions {
                body: Some(product.try_into().unwrap()),
                ..Default::default()
            },
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(echoed.const_int, Some(0));
    assert_eq!(echoed.const_string, Some(ProductConstString::Constant));
    assert_eq!(
        echoed.const_child.and_then(|c| c.const_property2),
        Some(ConstantProductConstProperty2::Constant2)
    );
    assert_eq!(
        echoed.child.and_then(|c| c.const_property),
        Some(ChildProductConstProperty::Constant)
    );
}
