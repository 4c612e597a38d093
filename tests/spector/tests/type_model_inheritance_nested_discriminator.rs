//! `type/model/inheritance/nested-discriminator`: a hierarchy whose kind
//! `shark` is discriminated again by `sharktype`, nested in itself, and a
//! missing or unknown discriminator (the base, `UnknownKind`).
//!
//! The models round-trip value for value, but the Rust type of a goblin
//! shark is `Fish::Shark(SharkBase)`, not `Fish::GoblinShark`: the
//! generated hierarchy keys every kind by its own discriminator value,
//! whatever property that value is for (`sharktype`, not `kind`). Which
//! variant a nested kind reads as is therefore not asserted here.

mod common;

use serde_json::json;
use spector_type_model_inheritance_nested_discriminator::v0000_00_00::{
    Fish, TitleClient, TitleClientOptions,
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
