//! `json_object!`: models declared as `models.rs` declares them, read and
//! written as the wire has them.

use std::collections::HashMap;

use azure_core::http::{Body, RequestContent};
use azure_core::time::OffsetDateTime;
use serde_json::{json, Map, Value};

use crate::runtime::rfc3339;

/// A model with every kind of field the emitter writes.
#[derive(Clone, Debug, Default, PartialEq)]
struct Pool {
    id: Option<String>,
    r#type: Option<String>,
    size: Option<i32>,
    created: Option<OffsetDateTime>,
    modified: Option<OffsetDateTime>,
    secret: Option<Vec<u8>>,
    token: Option<Vec<u8>>,
    parent: Option<Box<Pool>>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(Pool {
    id: "id",
    r#type: "type",
    size: "targetSize",
    created: "creationTime" as Rfc3339,
    modified: "lastModified" as Rfc7231,
    secret: "secret" as Base64,
    token: "token" as Base64Url,
    parent: "parent"
});

#[test]
fn fields_read_and_write_under_their_property_names_in_field_order() {
    let wire = json!({
        "lastModified": "Thu, 01 Feb 2024 10:00:00 GMT",
        "targetSize": 3,
        "id": "p1",
        "type": "batch",
        "creationTime": "2024-02-01T10:00:00Z",
        "secret": "aGk/Pz4+",
        "token": "aGk_Pz4-",
        "parent": { "id": "p0" }
    });
    let pool: Pool = serde_json::from_value(wire).unwrap();
    let time = rfc3339::parse("2024-02-01T10:00:00Z").unwrap();
    assert_eq!(pool.id.as_deref(), Some("p1"));
    assert_eq!(pool.r#type.as_deref(), Some("batch"));
    assert_eq!(pool.size, Some(3));
    assert_eq!((pool.created, pool.modified), (Some(time), Some(time)));
    assert_eq!(pool.secret.as_deref(), Some(&b"hi??>>"[..]));
    assert_eq!(pool.token.as_deref(), Some(&b"hi??>>"[..]));
    assert_eq!(
        pool.parent.as_ref().and_then(|p| p.id.as_deref()),
        Some("p0")
    );
    assert!(pool.additional_properties.is_empty());
    // Written in field order, whatever order they were read in.
    assert_eq!(
        serde_json::to_string(&pool).unwrap(),
        r#"{"id":"p1","type":"batch","targetSize":3,"creationTime":"2024-02-01T10:00:00Z","lastModified":"Thu, 01 Feb 2024 10:00:00 GMT","secret":"aGk/Pz4+","token":"aGk_Pz4-","parent":{"id":"p0"}}"#
    );
}

#[test]
fn null_is_unset_and_unset_fields_are_not_written() {
    let pool: Pool = serde_json::from_str(
        r#"{"id":null,"creationTime":null,"secret":null,"parent":null,"targetSize":1}"#,
    )
    .unwrap();
    assert_eq!(
        pool,
        Pool {
            size: Some(1),
            ..Pool::default()
        }
    );
    assert_eq!(serde_json::to_string(&pool).unwrap(), r#"{"targetSize":1}"#);
    assert_eq!(serde_json::to_string(&Pool::default()).unwrap(), "{}");
}

#[test]
fn properties_the_model_does_not_define_are_kept_and_written_back_after_the_fields() {
    // The catch-all map's own order is serde_json's (sorted, or as read
    // with its `preserve_order` feature), so only the fields' is pinned.
    // From a reader, keys arrive as owned strings; from a slice, borrowed.
    let text = r#"{"newThing":{"a":[1,2]},"id":"p1","alsoNew":null,"targetSize":2}"#;
    let from_reader: Pool = serde_json::from_reader(text.as_bytes()).unwrap();
    let from_slice: Pool = serde_json::from_slice(text.as_bytes()).unwrap();
    assert_eq!(from_reader, from_slice);
    assert_eq!(
        Value::Object(from_slice.additional_properties.clone()),
        json!({"newThing": {"a": [1, 2]}, "alsoNew": null})
    );
    let written = serde_json::to_string(&from_slice).unwrap();
    assert!(
        written.starts_with(r#"{"id":"p1","targetSize":2,"#),
        "{written}"
    );
    assert_eq!(
        serde_json::from_str::<Value>(&written).unwrap(),
        json!({"id": "p1", "targetSize": 2, "newThing": {"a": [1, 2]}, "alsoNew": null})
    );
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_not_a_lost_field() {
    for bad in [
        r#"{"targetSize":"three"}"#,
        r#"{"creationTime":"soon"}"#,
        r#"{"secret":"%%%"}"#,
        r#"{"parent":[1]}"#,
        r#"[1,2]"#,
    ] {
        assert!(serde_json::from_str::<Pool>(bad).is_err(), "{bad}");
    }
    // A date-time without its offset is UTC (`rfc3339::parse`).
    let pool: Pool = serde_json::from_str(r#"{"creationTime":"2024-02-01T10:00:00"}"#).unwrap();
    assert_eq!(pool.created, rfc3339::parse("2024-02-01T10:00:00Z").ok());
}

/// A model whose spec types its `additionalProperties`.
#[derive(Clone, Debug, Default, PartialEq)]
struct Counts {
    total: Option<i64>,
    additional_properties: HashMap<String, i64>,
}
crate::object::json_object!(Counts { total: "total" });

#[test]
fn typed_additional_properties_are_read_as_their_type() {
    let counts: Counts = serde_json::from_str(r#"{"total":3,"a":1,"b":2}"#).unwrap();
    assert_eq!(counts.total, Some(3));
    assert_eq!(
        counts.additional_properties,
        HashMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)])
    );
    assert!(serde_json::from_str::<Counts>(r#"{"a":"one"}"#).is_err());
    let written: Value = serde_json::to_value(&counts).unwrap();
    assert_eq!(written, json!({"total": 3, "a": 1, "b": 2}));
}

/// A model with `x-ms-client-flatten` properties, its nested fields named
/// by their path as the emitter names them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Product {
    id: Option<String>,
    state: Option<String>,
    url: Option<String>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(
    Product {
        id: "id",
        state: "properties\u{1f}provisioningState",
        url: "properties\u{1f}image\u{1f}url"
    },
    flattened = [
        "properties\u{1f}provisioningState",
        "properties\u{1f}image\u{1f}url"
    ]
);

#[test]
fn flattened_fields_are_nested_on_the_wire() {
    let wire = json!({
        "id": "1",
        "properties": { "provisioningState": "Succeeded", "image": { "url": "u" }, "kept": true }
    });
    let product: Product = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(product.state.as_deref(), Some("Succeeded"));
    assert_eq!(product.url.as_deref(), Some("u"));
    assert_eq!(serde_json::to_value(&product).unwrap(), wire);
    let made = Product {
        state: Some("Creating".into()),
        ..Product::default()
    };
    assert_eq!(
        serde_json::to_value(&made).unwrap(),
        json!({"properties": {"provisioningState": "Creating"}})
    );
}

#[test]
fn a_model_is_a_request_body() {
    let pool = Pool {
        id: Some("p1".into()),
        ..Pool::default()
    };
    let body: RequestContent<Pool> = pool.try_into().unwrap();
    let Body::Bytes(bytes) = body.body() else {
        panic!("a JSON body has a known size")
    };
    assert_eq!(
        serde_json::from_slice::<Value>(bytes).unwrap(),
        json!({"id": "p1"})
    );
}
