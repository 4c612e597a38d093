//! `type/model/inheritance/enum-discriminator`: hierarchies discriminated
//! by an extensible and by a fixed enum; a missing or unknown
//! discriminator reads as the base (`UnknownKind`).

mod common;

use azure_core::http::StatusCode;
use spector_type_model_inheritance_enum_discriminator::v0000_00_00::{
    Cobra, Dog, DogKind, Golden, Snake, SnakeKind, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get_extensible_model() {
    let got = client()
        .get_extensible_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Dog::Golden(golden) = got else {
        panic!("expected a golden, got {got:?}");
    };
    assert_eq!(golden.weight, Some(10));
}

#[tokio::test]
async fn put_extensible_model() {
    let dog = Dog::Golden(Golden {
        weight: Some(10),
        ..Default::default()
    });
    let r = client()
        .put_extensible_model(dog.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn get_extensible_model_missing_discriminator() {
    let got = client()
        .get_extensible_model_missing_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Dog::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind, None);
    assert_eq!(base.weight, Some(10));
}

#[tokio::test]
async fn get_extensible_model_wrong_discriminator() {
    let got = client()
        .get_extensible_model_wrong_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Dog::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(
        base.kind,
        Some(DogKind::UnknownValue("wrongKind".to_owned()))
    );
    assert_eq!(base.weight, Some(8));
}

#[tokio::test]
async fn get_fixed_model() {
    let got = client()
        .get_fixed_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Snake::Cobra(cobra) = got else {
        panic!("expected a cobra, got {got:?}");
    };
    assert_eq!(cobra.length, Some(10));
}

#[tokio::test]
async fn put_fixed_model() {
    let snake = Snake::Cobra(Cobra {
        length: Some(10),
        ..Default::default()
    });
    let r = client()
        .put_fixed_model(snake.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn get_fixed_model_missing_discriminator() {
    let got = client()
        .get_fixed_model_missing_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Snake::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind, None);
    assert_eq!(base.length, Some(10));
}

#[tokio::test]
async fn get_fixed_model_wrong_discriminator() {
    let got = client()
        .get_fixed_model_wrong_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Snake::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(
        base.kind,
        Some(SnakeKind::UnknownValue("wrongKind".to_owned()))
    );
    assert_eq!(base.length, Some(8));
}
