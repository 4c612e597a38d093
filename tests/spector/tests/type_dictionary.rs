//! `type/dictionary`: string-keyed maps of scalars, nullable scalars,
//! models and recursive models as whole bodies, each read back (`get`) and
//! sent (`put`) with the values of the scenario's mock API.

mod common;

use std::collections::HashMap;

use serde_json::json;
use spector_type_dictionary::v0000_00_00::{InnerModel, TitleClient, TitleClientOptions};
use spector_type_dictionary::Duration;
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

fn map<V>(entries: Vec<(&str, V)>) -> HashMap<String, V> {
    entries
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
}

/// Each scenario's `get` must answer `$value` and its `put` accept it.
macro_rules! round_trip {
    ($name:ident, $get:ident, $put:ident, $value:expr) => {
        #[tokio::test]
        async fn $name() {
            let c = client();
            let value = $value;
            let got = c.$get(None).await.unwrap().into_model().unwrap();
            assert_eq!(got, value);
            c.$put(common::json(&value), None).await.unwrap();
        }
    };
}

/// The same for a body the method takes as its value and writes in its
/// wire encoding (date-times).
macro_rules! round_trip_typed {
    ($name:ident, $get:ident, $put:ident, $value:expr) => {
        #[tokio::test]
        async fn $name() {
            let c = client();
            let value = $value;
            let got = c.$get(None).await.unwrap().into_model().unwrap();
            assert_eq!(got, value);
            c.$put(value, None).await.unwrap();
        }
    };
}

round_trip!(
    int32,
    int32_value_get,
    int32_value_put,
    map(vec![("k1", 1i32), ("k2", 2)])
);
round_trip!(
    int64,
    int64_value_get,
    int64_value_put,
    map(vec![("k1", 9007199254740991i64), ("k2", -9007199254740991)])
);
round_trip!(
    boolean,
    boolean_value_get,
    boolean_value_put,
    map(vec![("k1", true), ("k2", false)])
);
round_trip!(
    string,
    string_value_get,
    string_value_put,
    map(vec![("k1", "hello".to_owned()), ("k2", String::new())])
);
round_trip!(
    float32,
    float32_value_get,
    float32_value_put,
    map(vec![("k1", 43.125f32)])
);
round_trip_typed!(
    datetime,
    datetime_value_get,
    datetime_value_put,
    map(vec![("k1", datetime!(2022-08-26 18:38:00 UTC))])
);
round_trip!(
    unknown,
    unknown_value_get,
    unknown_value_put,
    map(vec![
        ("k1", json!(1)),
        ("k2", json!("hello")),
        ("k3", json!(null))
    ])
);
round_trip!(
    nullable_float,
    nullable_float_value_get,
    nullable_float_value_put,
    map(vec![("k1", Some(1.25f32)), ("k2", Some(0.5)), ("k3", None)])
);

#[tokio::test]
async fn duration() {
    let c = client();
    let got = c
        .duration_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got["k1"].as_str(), "P123DT22H14M12.011S");
    let value = map(vec![(
        "k1",
        "P123DT22H14M12.011S".parse::<Duration>().unwrap(),
    )]);
    c.duration_value_put(common::json(&value), None)
        .await
        .unwrap();
}

fn inner(property: &str, children: Option<HashMap<String, InnerModel>>) -> InnerModel {
    InnerModel {
        property: Some(property.to_owned()),
        children,
        ..Default::default()
    }
}

#[tokio::test]
async fn model() {
    let c = client();
    let got = c.model_value_get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(got["k1"].property.as_deref(), Some("hello"));
    assert_eq!(got["k2"].property.as_deref(), Some("world"));
    assert!(got.values().all(|m| m.children.is_none()));
    let value = map(vec![
        ("k1", inner("hello", None)),
        ("k2", inner("world", None)),
    ]);
    c.model_value_put(common::json(&value), None).await.unwrap();
}

#[tokio::test]
async fn recursive_model() {
    let c = client();
    let got = c
        .recursive_model_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got["k1"].property.as_deref(), Some("hello"));
    assert!(got["k1"].children.as_ref().is_some_and(HashMap::is_empty));
    let k2 = &got["k2"];
    assert_eq!(k2.property.as_deref(), Some("world"));
    let children = k2.children.as_ref().unwrap();
    assert_eq!(children.len(), 1);
    assert_eq!(children["k2.1"].property.as_deref(), Some("inner world"));
    assert!(children["k2.1"].children.is_none());
    let value = map(vec![
        ("k1", inner("hello", Some(HashMap::new()))),
        (
            "k2",
            inner(
                "world",
                Some(map(vec![("k2.1", inner("inner world", None))])),
            ),
        ),
    ]);
    c.recursive_model_value_put(common::json(&value), None)
        .await
        .unwrap();
}
