//! The macros generated models invoke: `open_enum!` and `polymorphic!`,
//! on small types shaped as the emitter writes them.

use serde_json::{json, Map, Value};

/// An open enum, as `enums.rs` declares one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Color {
    /// `red`.
    Red,
    /// `dark blue`.
    DarkBlue,
    /// A value this crate does not know.
    UnknownValue(String),
}

crate::runtime::open_enum!(Color { Red = "red", DarkBlue = "dark blue" });

#[test]
fn open_enums_keep_values_they_do_not_know() {
    assert_eq!(Color::from("dark blue"), Color::DarkBlue);
    assert_eq!("red".parse::<Color>().unwrap(), Color::Red);
    let purple = Color::from("purple");
    assert_eq!(purple, Color::UnknownValue("purple".into()));
    assert_eq!(purple.to_string(), "purple");
    let read: Vec<Color> = serde_json::from_str(r#"["red","purple"]"#).unwrap();
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        json!(["red", "purple"])
    );
    assert_eq!(
        <Color as crate::runtime::HeaderValue>::parse_header("dark blue").unwrap(),
        Color::DarkBlue
    );
    assert_eq!(Color::DarkBlue.as_ref(), "dark blue");
}

/// A subtype, as `models.rs` declares one.
#[derive(Clone, Debug, Default, PartialEq)]
struct Dog {
    kind: Option<String>,
    barks: Option<bool>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(Dog {
    kind: "kind",
    barks: "barks"
});

/// The base's own fields: the unknown kind.
#[derive(Clone, Debug, Default, PartialEq)]
struct AnimalBase {
    kind: Option<String>,
    name: Option<String>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(AnimalBase {
    kind: "kind",
    name: "name"
});

#[derive(Clone, Debug, PartialEq)]
enum Animal {
    Dog(Dog),
    UnknownKind(AnimalBase),
}

crate::runtime::polymorphic!(
    Animal, UnknownKind, additional_properties, {
        Dog(Dog) { "kind" = "dog" } { "kind" as kind = "dog" }
    }
);

#[test]
fn the_discriminator_picks_the_kind_wherever_it_comes() {
    let dog: Animal = serde_json::from_value(json!({"barks": true, "kind": "dog"})).unwrap();
    assert!(matches!(&dog, Animal::Dog(d) if d.barks == Some(true)));
    let cat = json!({"kind": "cat", "name": "Tom", "purrs": true});
    let read: Animal = serde_json::from_value(cat.clone()).unwrap();
    let Animal::UnknownKind(base) = &read else {
        panic!("{read:?}")
    };
    assert_eq!(base.name.as_deref(), Some("Tom"));
    assert_eq!(base.additional_properties.get("purrs"), Some(&json!(true)));
    // An unknown kind is written back as it came.
    assert_eq!(serde_json::to_value(&read).unwrap(), cat);
}

#[test]
fn a_known_kind_that_does_not_fit_is_an_error() {
    let wrong = json!({"kind": "dog", "barks": "loudly"});
    assert!(serde_json::from_value::<Animal>(wrong).is_err());
}

#[test]
fn a_kind_built_with_default_is_sent_with_its_discriminator() {
    let dog = Animal::from(Dog {
        barks: Some(false),
        ..Default::default()
    });
    assert_eq!(
        serde_json::to_value(&dog).unwrap(),
        json!({"kind": "dog", "barks": false})
    );
}

/// A kind discriminated again: a `shark` `Fish` is a saw shark or another
/// by `sharktype`.
#[derive(Clone, Debug, Default, PartialEq)]
struct SawShark {
    kind: Option<String>,
    sharktype: Option<String>,
    teeth: Option<i32>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(SawShark {
    kind: "kind",
    sharktype: "sharktype",
    teeth: "teeth"
});

#[derive(Clone, Debug, Default, PartialEq)]
struct SharkBase {
    kind: Option<String>,
    sharktype: Option<String>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(SharkBase {
    kind: "kind",
    sharktype: "sharktype"
});

#[derive(Clone, Debug, Default, PartialEq)]
struct FishBase {
    kind: Option<String>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(FishBase { kind: "kind" });

#[derive(Clone, Debug, PartialEq)]
enum Fish {
    Shark(SharkBase),
    SawShark(SawShark),
    UnknownKind(FishBase),
}

crate::runtime::polymorphic!(
    Fish, UnknownKind, additional_properties, {
        SawShark(SawShark) { "kind" = "shark", "sharktype" = "saw" }
            { "kind" as kind = "shark", "sharktype" as sharktype = "saw" },
        Shark(SharkBase) { "kind" = "shark" } { "kind" as kind = "shark" },
    }
);

#[test]
fn a_kind_discriminated_again_is_read_by_both_discriminators() {
    let saw: Fish =
        serde_json::from_value(json!({"kind": "shark", "sharktype": "saw", "teeth": 3})).unwrap();
    assert!(matches!(&saw, Fish::SawShark(s) if s.teeth == Some(3)));
    // `saw` is a value of `sharktype`, not of `kind`.
    let odd: Fish = serde_json::from_value(json!({"kind": "saw"})).unwrap();
    assert!(matches!(odd, Fish::UnknownKind(_)), "{odd:?}");
    // A shark of an unknown `sharktype` is a shark.
    let other: Fish =
        serde_json::from_value(json!({"kind": "shark", "sharktype": "goblin"})).unwrap();
    assert!(matches!(&other, Fish::Shark(s) if s.sharktype.as_deref() == Some("goblin")));
}

#[test]
fn a_kind_discriminated_again_is_written_with_both_discriminators() {
    let saw = Fish::from(SawShark {
        teeth: Some(3),
        ..Default::default()
    });
    assert_eq!(
        serde_json::to_value(&saw).unwrap(),
        json!({"kind": "shark", "sharktype": "saw", "teeth": 3})
    );
    // What is set is written as set.
    let set = Fish::from(SawShark {
        kind: Some("shark".into()),
        ..Default::default()
    });
    assert_eq!(
        serde_json::to_string(&set).unwrap(),
        r#"{"sharktype":"saw","kind":"shark"}"#
    );
}
