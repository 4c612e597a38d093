//! `type/model/inheritance/nested-discriminator`: a hierarchy whose kind
//! `shark` is discriminated again by `sharktype`, nested in itself, and a
//! missing or unknown discriminator (the base, `UnknownKind`).
//!
//! A goblin shark is `Fish::GoblinShark`, selected by both discriminators
//! (`kind: shark`, `sharktype: goblin`), and one built from `Default` is
//! sent with both.

mod common;

use serde_json::json;
use spector_type_model_inheritance_nested_discriminator::v0000_00_00::{
    Fish, GoblinShark, SawShark, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

round_trip!(
    model,
    get_model,
    put_model,
    json!({"age": 1, "kind": "shark", "sharktype": "goblin"})
);

round_trip!(
    recursive_model,
    get_recursive_model,
    put_recursive_model,
    json!({
        "age": 1,
        "kind": "salmon",
        "partner": {"age": 2, "kind": "shark", "sharktype": "saw"},
        "friends": [
            {
                "age": 2,
                "kind": "salmon",
                "partner": {"age": 3, "kind": "salmon"},
                "hate": {
                    "key1": {"age": 4, "kind": "salmon"},
                    "key2": {"age": 2, "kind": "shark", "sharktype": "goblin"}
                }
            },
            {"age": 3, "kind": "shark", "sharktype": "goblin"}
        ],
        "hate": {
            "key3": {"age": 3, "kind": "shark", "sharktype": "saw"},
            "key4": {
                "age": 2,
                "kind": "salmon",
                "friends": [
                    {"age": 1, "kind": "salmon"},
                    {"age": 4, "kind": "shark", "sharktype": "goblin"}
                ]
            }
        }
    })
);

#[tokio::test]
async fn get_missing_discriminator() {
    let got = client()
        .get_missing_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Fish::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind, None);
    assert_eq!(base.age, Some(1));
}

#[tokio::test]
async fn get_wrong_discriminator() {
    let got = client()
        .get_wrong_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Fish::UnknownKind(base) = got else {
        panic!("expected an unknown kind, got {got:?}");
    };
    assert_eq!(base.kind.as_deref(), Some("wrongKind"));
    assert_eq!(base.age, Some(1));
}

#[tokio::test]
async fn a_goblin_shark_is_read_as_its_kind_and_sent_with_both_discriminators() {
    let got = client()
        .get_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Fish::GoblinShark(shark) = &got else {
        panic!("expected a goblin shark, got {got:?}");
    };
    assert_eq!(shark.age, Some(1));
    // Built as a user builds it: the discriminators are the kind's.
    let built = Fish::from(GoblinShark {
        age: Some(1),
        ..Default::default()
    });
    client()
        .put_model(common::json(&built), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nested_kinds_are_read_as_their_kinds() {
    let got = client()
        .get_recursive_model(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Fish::Salmon(salmon) = &got else {
        panic!("expected a salmon, got {got:?}");
    };
    assert!(
        matches!(
            salmon.partner.as_deref(),
            Some(Fish::SawShark(SawShark { age: Some(2), .. }))
        ),
        "{:?}",
        salmon.partner
    );
    let hate = salmon.hate.as_ref().unwrap();
    assert!(
        matches!(hate.get("key3"), Some(Fish::SawShark(_))),
        "{hate:?}"
    );
}
