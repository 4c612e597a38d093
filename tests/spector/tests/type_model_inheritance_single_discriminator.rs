//! `type/model/inheritance/single-discriminator`: a hierarchy with one
//! discriminator (`kind`), nested in itself, missing or unknown (the base,
//! `UnknownKind`), a legacy one, and a discriminated model without kinds.

mod common;

use serde_json::json;
use spector_type_model_inheritance_single_discriminator::v0000_00_00::{
    Bird, Dinosaur, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

round_trip!(
    model,
    get_model,
    put_model,
    json!({"wingspan": 1, "kind": "sparrow"})
);

round_trip!(
    recursive_model,
    get_recursive_model,
    put_recursive_model,
    json!({
        "wingspan": 5,
        "kind": "eagle",
        "partner": {"wingspan": 2, "kind": "goose"},
        "friends": [{"wingspan": 2, "kind": "seagull"}],
        "hate": {"key3": {"wingspan": 1, "kind": "sparrow"}}
    })
);

round_trip!(
    no_subtypes_model,
    get_no_subtypes_model,
    put_no_subtypes_model,
    json!({"kind": "salmon", "size": 10})
);

#[tokio::test]
async fn model_is_a_sparrow() {
    let got = client()
        .get_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Bird::Sparrow(sparrow) = got else {
        panic!("expected a sparrow, got {got:?}");
    };
    assert_eq!(sparrow.wingspan, Some(1));
}

#[tokio::test]
async fn recursive_model_kinds() {
    let got = client()
        .get_recursive_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Bird::Eagle(eagle) = got else {
        panic!("expected an eagle, got {got:?}");
    };
    assert_eq!(eagle.wingspan, Some(5));
    assert!(matches!(eagle.partner.as_deref(), Some(Bird::Goose(g)) if g.wingspan == Some(2)));
    assert!(matches!(eagle.friends.as_deref(), Some([Bird::SeaGull(g)]) if g.wingspan == Some(2)));
    let hate = eagle.hate.unwrap();
    assert!(matches!(&hate["key3"], Bird::Sparrow(s) if s.wingspan == Some(1)));
}

#[tokio::test]
async fn get_missing_discriminator() {
    let got = client()
        .get_missing_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Bird::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind, None);
    assert_eq!(base.wingspan, Some(1));
}

#[tokio::test]
async fn get_wrong_discriminator() {
    let got = client()
        .get_wrong_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Bird::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind.as_deref(), Some("wrongKind"));
    assert_eq!(base.wingspan, Some(1));
}

#[tokio::test]
async fn get_legacy_model() {
    let got = client()
        .get_legacy_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Dinosaur::TRex(t_rex) = got else {
        panic!("expected a t-rex, got {got:?}");
    };
    assert_eq!(t_rex.size, Some(20));
}
