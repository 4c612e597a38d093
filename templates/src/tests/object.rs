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
fn unset_fields_are_not_written() {
    let pool = Pool {
        size: Some(1),
        ..Pool::default()
    };
    assert_eq!(serde_json::to_string(&pool).unwrap(), r#"{"targetSize":1}"#);
    assert_eq!(serde_json::to_string(&Pool::default()).unwrap(), "{}");
}

#[test]
fn an_explicit_null_is_unset_and_kept_so_that_it_is_written_back() {
    let text =
        r#"{"id":null,"creationTime":null,"secret":null,"parent":{"id":null},"targetSize":1}"#;
    let pool: Pool = serde_json::from_str(text).unwrap();
    assert_eq!((pool.id.as_ref(), pool.size), (None, Some(1)));
    assert_eq!((pool.created, pool.secret.as_ref()), (None, None));
    let parent = pool.parent.as_deref().unwrap();
    assert_eq!(parent.id, None);
    assert_eq!(
        Value::Object(parent.additional_properties.clone()),
        json!({"id": null})
    );
    assert_eq!(
        Value::Object(pool.additional_properties.clone()),
        json!({"id": null, "creationTime": null, "secret": null})
    );
    // The same JSON back, nulls included: fields first, then the nulls.
    let written = serde_json::to_string(&pool).unwrap();
    assert!(
        written.starts_with(r#"{"targetSize":1,"parent":{"id":null},"#),
        "{written}"
    );
    assert_eq!(
        serde_json::from_str::<Value>(&written).unwrap(),
        serde_json::from_str::<Value>(text).unwrap()
    );
}

#[test]
fn a_null_in_the_catch_all_map_is_sent_for_an_unset_field_and_a_set_field_wins() {
    // A JSON merge patch that removes `targetSize` and the parent's `id`.
    let mut parent = Pool::default();
    parent
        .additional_properties
        .insert("id".into(), Value::Null);
    let mut patch = Pool {
        parent: Some(Box::new(parent)),
        ..Pool::default()
    };
    patch
        .additional_properties
        .insert("targetSize".into(), Value::Null);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"parent":{"id":null},"targetSize":null}"#
    );
    // Set, the field is written and the entry of its name is not: never a
    // duplicate key, whatever the entry holds.
    patch.size = Some(2);
    patch.additional_properties.insert("id".into(), json!("x"));
    patch.id = Some("p1".into());
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"id":"p1","targetSize":2,"parent":{"id":null}}"#
    );
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

/// A model of Data Lake's `Path`: a boolean and an integer.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entry {
    is_directory: Option<bool>,
    content_length: Option<i64>,
    ratio: Option<f32>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(Entry {
    is_directory: "isDirectory",
    content_length: "contentLength",
    ratio: "ratio"
});

#[test]
fn a_number_beyond_an_f32_is_an_error_not_an_infinity() {
    // Read as infinity, it would be written back as `null` and lost.
    for text in [r#"{"ratio":1.7976931348623157e308}"#, r#"{"ratio":"1e39"}"#] {
        let error = serde_json::from_str::<Entry>(text).unwrap_err();
        assert!(error.to_string().contains("32-bit float"), "{error}");
        assert!(error.line() == 1 && error.column() > 0, "{error}");
    }
    let entry: Entry = serde_json::from_str(r#"{"ratio":3.0e38}"#).unwrap();
    assert_eq!(entry.ratio, Some(3.0e38));
}

#[test]
fn a_boolean_or_number_in_a_string_reads_as_its_type_and_writes_as_it() {
    // As Data Lake's List Paths writes them.
    let entry: Entry =
        serde_json::from_str(r#"{"isDirectory":"true","contentLength":"1024","ratio":"0.5"}"#)
            .unwrap();
    assert_eq!(entry.is_directory, Some(true));
    assert_eq!(entry.content_length, Some(1024));
    assert_eq!(entry.ratio, Some(0.5));
    assert_eq!(
        serde_json::to_value(&entry).unwrap(),
        json!({"isDirectory": true, "contentLength": 1024, "ratio": 0.5})
    );
    let entry: Entry = serde_json::from_str(r#"{"isDirectory":false,"contentLength":-3}"#).unwrap();
    assert_eq!(
        (entry.is_directory, entry.content_length),
        (Some(false), Some(-3))
    );
    // Only the exact text of a value of the field's type.
    for bad in [
        r#"{"isDirectory":"True"}"#,
        r#"{"isDirectory":"1"}"#,
        r#"{"isDirectory":""}"#,
        r#"{"contentLength":" 12"}"#,
        r#"{"contentLength":"12kb"}"#,
        r#"{"contentLength":"1.5"}"#,
        r#"{"contentLength":"\"12\""}"#,
        r#"{"contentLength":"99999999999999999999"}"#,
    ] {
        assert!(serde_json::from_str::<Entry>(bad).is_err(), "{bad}");
    }
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

/// A model whose spec types its `additionalProperties` as date-times.
#[derive(Clone, Debug, Default, PartialEq)]
struct Arrivals {
    total: Option<i64>,
    additional_properties: HashMap<String, OffsetDateTime>,
}
crate::object::json_object!(Arrivals { total: "total" }, additional_properties = Rfc3339);

/// The same, nullable, in a flattened model.
#[derive(Clone, Debug, Default, PartialEq)]
struct Expiries {
    owner: Option<String>,
    additional_properties: HashMap<String, Option<OffsetDateTime>>,
}
crate::object::json_object!(
    Expiries {
        owner: "properties\u{1f}owner"
    },
    additional_properties = Nullable(Rfc7231),
    flattened = ["properties\u{1f}owner"]
);

#[test]
fn typed_additional_properties_are_read_and_written_in_their_encoding() {
    let text = r#"{"total":3,"a":"2024-02-01T10:00:00Z"}"#;
    let arrivals: Arrivals = serde_json::from_str(text).unwrap();
    let time = rfc3339::parse("2024-02-01T10:00:00Z").unwrap();
    assert_eq!(
        arrivals.additional_properties,
        HashMap::from([("a".to_owned(), time)])
    );
    assert_eq!(serde_json::to_string(&arrivals).unwrap(), text);
    for bad in [r#"{"a":"soon"}"#, r#"{"a":null}"#, r#"{"a":1}"#] {
        assert!(serde_json::from_str::<Arrivals>(bad).is_err(), "{bad}");
    }
    let text = r#"{"properties":{"owner":"o"},"x":"Thu, 01 Feb 2024 10:00:00 GMT"}"#;
    let expiries: Expiries = serde_json::from_str(text).unwrap();
    assert_eq!(expiries.owner.as_deref(), Some("o"));
    assert_eq!(expiries.additional_properties["x"], Some(time));
    assert_eq!(serde_json::to_string(&expiries).unwrap(), text);
    let none: Expiries = serde_json::from_str(r#"{"y":null}"#).unwrap();
    assert_eq!(none.additional_properties["y"], None);
    assert_eq!(serde_json::to_string(&none).unwrap(), r#"{"y":null}"#);
    // A typed map cannot keep a field's `null`: read as unset, not written.
    let counts: Counts = serde_json::from_str(r#"{"total":null,"a":1}"#).unwrap();
    assert_eq!(counts.total, None);
    assert_eq!(serde_json::to_string(&counts).unwrap(), r#"{"a":1}"#);
    let expiries: Expiries = serde_json::from_str(r#"{"properties":{"owner":null}}"#).unwrap();
    assert_eq!(expiries, Expiries::default());
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

#[test]
fn an_rfc1123_field_of_another_offset_is_written_in_utc() {
    let pool = Pool {
        created: Some(rfc3339::parse("2024-02-01T10:00:00+05:00").unwrap()),
        modified: Some(rfc3339::parse("2024-02-01T10:00:00+05:00").unwrap()),
        ..Pool::default()
    };
    // RFC 3339 keeps the offset; RFC 1123 has only GMT: five hours earlier.
    assert_eq!(
        serde_json::to_value(&pool).unwrap(),
        json!({
            "creationTime": "2024-02-01T10:00:00+05:00",
            "lastModified": "Thu, 01 Feb 2024 05:00:00 GMT"
        })
    );
}

/// A flattened model with the value kinds a `serde_json::Value` in between
/// would change: an `f32`, a string-encoded `i64` beyond `f64`'s precision.
#[derive(Clone, Debug, Default, PartialEq)]
struct Gauge {
    name: Option<String>,
    ratio: Option<f32>,
    size: Option<i64>,
    seen: Option<Vec<OffsetDateTime>>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(
    Gauge {
        name: "name",
        ratio: "properties\u{1f}ratio",
        size: "properties\u{1f}size" as AsString,
        seen: "properties\u{1f}inner\u{1f}seen" as List(Rfc3339)
    },
    flattened = [
        "properties\u{1f}ratio",
        "properties\u{1f}size",
        "properties\u{1f}inner\u{1f}seen"
    ]
);

#[test]
fn a_flattened_model_is_written_straight_with_its_own_number_text() {
    let text = concat!(
        r#"{"name":"g","properties":{"ratio":1.05,"size":"9007199254740993","#,
        r#""inner":{"seen":["2024-02-01T10:00:00Z"],"kept":1},"more":true},"other":null}"#
    );
    let gauge: Gauge = serde_json::from_str(text).unwrap();
    assert_eq!(gauge.ratio, Some(1.05));
    assert_eq!(gauge.size, Some(9_007_199_254_740_993));
    // Undefined properties inside a nested object go back inside it.
    assert_eq!(serde_json::to_string(&gauge).unwrap(), text);
    // A nested object is written only where something in it is set.
    let bare = Gauge {
        name: Some("n".into()),
        ..Gauge::default()
    };
    assert_eq!(serde_json::to_string(&bare).unwrap(), r#"{"name":"n"}"#);
    // A catch-all entry where a nested object goes, not an object, gives
    // way to the nested fields (and stays when none is set).
    let mut odd = bare.clone();
    odd.additional_properties
        .insert("properties".into(), Value::Null);
    assert_eq!(
        serde_json::to_string(&odd).unwrap(),
        r#"{"name":"n","properties":null}"#
    );
    odd.size = Some(1);
    assert_eq!(
        serde_json::to_string(&odd).unwrap(),
        r#"{"name":"n","properties":{"size":"1"}}"#
    );
}

#[test]
fn a_flattened_model_keeps_an_explicit_null_in_its_place() {
    let text = r#"{"name":null,"properties":{"ratio":null,"inner":{"seen":null},"size":"1"}}"#;
    let gauge: Gauge = serde_json::from_str(text).unwrap();
    assert_eq!(
        (gauge.name.as_ref(), gauge.ratio, gauge.seen.as_ref()),
        (None, None, None)
    );
    assert_eq!(gauge.size, Some(1));
    assert_eq!(
        serde_json::from_str::<Value>(&serde_json::to_string(&gauge).unwrap()).unwrap(),
        serde_json::from_str::<Value>(text).unwrap()
    );
    // Sent for an unset nested field; a set one wins.
    let mut patch = Gauge::default();
    patch
        .additional_properties
        .insert("properties".into(), json!({"ratio": null, "size": null}));
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"properties":{"ratio":null,"size":null}}"#
    );
    patch.size = Some(2);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"properties":{"size":"2","ratio":null}}"#
    );
}

/// Formats reaching into arrays and maps.
#[derive(Clone, Debug, Default, PartialEq)]
struct Stamps {
    times: Option<Vec<OffsetDateTime>>,
    by_name: Option<HashMap<String, Option<OffsetDateTime>>>,
    blobs: Option<Vec<Vec<u8>>>,
    counts: Option<Vec<i32>>,
    additional_properties: Map<String, Value>,
}
crate::object::json_object!(Stamps {
    times: "times" as List(Rfc3339),
    by_name: "byName" as Map(Nullable(Rfc7231)),
    blobs: "blobs" as List(Base64),
    counts: "counts" as List(AsString)
});

#[test]
fn formats_reach_into_arrays_and_maps() {
    let time = rfc3339::parse("2024-02-01T10:00:00Z").unwrap();
    let stamps: Stamps = serde_json::from_str(
        r#"{"times":["2024-02-01T10:00:00Z"],"byName":{"a":"Thu, 01 Feb 2024 10:00:00 GMT","b":null},"blobs":["aGk="],"counts":["1","-2"]}"#,
    )
    .unwrap();
    assert_eq!(stamps.times, Some(vec![time]));
    assert_eq!(
        stamps.by_name,
        Some(HashMap::from([
            ("a".to_owned(), Some(time)),
            ("b".to_owned(), None)
        ]))
    );
    assert_eq!(stamps.blobs, Some(vec![b"hi".to_vec()]));
    assert_eq!(stamps.counts, Some(vec![1, -2]));
    let written: Value = serde_json::to_value(&stamps).unwrap();
    assert_eq!(
        written,
        json!({
            "times": ["2024-02-01T10:00:00Z"],
            "byName": {"a": "Thu, 01 Feb 2024 10:00:00 GMT", "b": null},
            "blobs": ["aGk="],
            "counts": ["1", "-2"]
        })
    );
    for bad in [
        r#"{"times":[null]}"#,
        r#"{"times":["soon"]}"#,
        r#"{"counts":[1]}"#,
        r#"{"counts":["x"]}"#,
        r#"{"byName":{"a":"2024"}}"#,
    ] {
        assert!(serde_json::from_str::<Stamps>(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_duplicate_key_keeps_its_last_value() {
    let pool: Pool =
        serde_json::from_str(r#"{"id":"a","id":"b","x":1,"x":2,"targetSize":1,"targetSize":null}"#)
            .unwrap();
    assert_eq!(pool.id.as_deref(), Some("b"));
    assert_eq!(pool.additional_properties["x"], 2);
    // `null` last: unset, as if the property had come once as `null`.
    assert_eq!(pool.size, None);
    assert_eq!(pool.additional_properties["targetSize"], Value::Null);
    // A value after a `null`: set, and the `null` is gone, as if the value
    // had come alone.
    let pool: Pool = serde_json::from_str(r#"{"x":1,"id":null,"id":"b"}"#).unwrap();
    assert_eq!(pool.id.as_deref(), Some("b"));
    assert_eq!(Value::Object(pool.additional_properties), json!({"x": 1}));
    let gauge: Gauge =
        serde_json::from_str(r#"{"properties":{"ratio":1},"properties":{"size":"2"}}"#).unwrap();
    assert_eq!((gauge.ratio, gauge.size), (None, Some(2)));
}
