//! `type/array`: arrays of scalars, nullable scalars, models and unknown
//! values as whole bodies, each read back (`get`) and sent (`put`) with the
//! values of the scenario's mock API.

mod common;

use serde_json::json;
use spector_type_array::v0000_00_00::{InnerModel, TitleClient, TitleClientOptions};
use spector_type_array::Duration;
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

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

round_trip!(int32, int32_value_get, int32_value_put, vec![1i32, 2]);
round_trip!(
    int64,
    int64_value_get,
    int64_value_put,
    vec![9007199254740991i64, -9007199254740991]
);
round_trip!(
    boolean,
    boolean_value_get,
    boolean_value_put,
    vec![true, false]
);
round_trip!(
    string,
    string_value_get,
    string_value_put,
    vec!["hello".to_owned(), String::new()]
);
round_trip!(
    float32,
    float32_value_get,
    float32_value_put,
    vec![43.125f32]
);
round_trip_typed!(
    datetime,
    datetime_value_get,
    datetime_value_put,
    vec![datetime!(2022-08-26 18:38:00 UTC)]
);
round_trip!(
    nullable_float,
    nullable_float_value_get,
    nullable_float_value_put,
    vec![Some(1.25f32), None, Some(3.0)]
);
round_trip!(
    nullable_int32,
    nullable_int32_value_get,
    nullable_int32_value_put,
    vec![Some(1i32), None, Some(3)]
);
round_trip!(
    nullable_boolean,
    nullable_boolean_value_get,
    nullable_boolean_value_put,
    vec![Some(true), None, Some(false)]
);
round_trip!(
    nullable_string,
    nullable_string_value_get,
    nullable_string_value_put,
    vec![Some("hello".to_owned()), None, Some("world".to_owned())]
);
round_trip!(
    unknown,
    unknown_value_get,
    unknown_value_put,
    vec![json!(1), json!("hello"), json!(null)]
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
    let texts: Vec<&str> = got.iter().map(Duration::as_str).collect();
    assert_eq!(texts, ["P123DT22H14M12.011S"]);
    let value: Vec<Duration> = vec!["P123DT22H14M12.011S".parse().unwrap()];
    c.duration_value_put(common::json(&value), None)
        .await
        .unwrap();
}

fn inner(property: &str) -> InnerModel {
    InnerModel {
        property: Some(property.to_owned()),
        ..Default::default()
    }
}

fn properties(models: &[Option<InnerModel>]) -> Vec<Option<&str>> {
    models
        .iter()
        .map(|m| m.as_ref().and_then(|m| m.property.as_deref()))
        .collect()
}

#[tokio::test]
async fn model() {
    let c = client();
    let got = c.model_value_get(None).await.unwrap().into_model().unwrap();
    let got: Vec<Option<InnerModel>> = got.into_iter().map(Some).collect();
    assert_eq!(properties(&got), [Some("hello"), Some("world")]);
    assert!(got.iter().flatten().all(|m| m.children.is_none()));
    c.model_value_put(common::json(&[inner("hello"), inner("world")]), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nullable_model() {
    let c = client();
    let got = c
        .nullable_model_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(properties(&got), [Some("hello"), None, Some("world")]);
    let value = vec![Some(inner("hello")), None, Some(inner("world"))];
    c.nullable_model_value_put(common::json(&value), None)
        .await
        .unwrap();
}
