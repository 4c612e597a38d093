//! `azure_wire_values` (tests/specs/emit/wire_values.json) read and written
//! with serde_json as a user's build has it: no `preserve_order`, so a
//! property order that depended on it would show here.

use std::collections::HashMap;

use azure_core::http::Etag;
use azure_core::time::parse_rfc3339;
use azure_wire_values::v2024_01_01::{Gadget, Report};

/// A gadget as the service writes it: the flattened `properties` nested,
/// numbers that are strings, date-times and bytes inside arrays and maps.
const GADGET: &str = concat!(
    r#"{"name":"g1","eTag":"\"0x8D\"","#,
    r#""properties":{"ratio":1.05,"size":"9007199254740993","scale":"0.1","#,
    r#""seen":["2024-02-01T10:00:00Z","2024-02-02T10:00:00Z"],"#,
    r#""checksums":{"a":"aGk="},"counts":["1","-2"],"#,
    r#""modified":{"x":"Thu, 01 Feb 2024 10:00:00 GMT","y":null}},"#,
    r#""secret":"hunter2","url":"https://h/c?sig=SAS"}"#
);

#[test]
fn a_flattened_model_is_written_straight_in_field_order() {
    let gadget: Gadget = serde_json::from_str(GADGET).unwrap();
    // Byte for byte: fields in the struct's order, the nested object at
    // its first field's place, an f32 as its own shortest text (not the
    // f64 widening 1.0499999523162842), a string-encoded i64 beyond f64's
    // precision intact. Only the maps' own entries come in map order, so
    // the gadget read has one entry each.
    let mut written = serde_json::to_string(&gadget).unwrap();
    let modified = r#""modified":{"x":"Thu, 01 Feb 2024 10:00:00 GMT","y":null}"#;
    let modified_swapped = r#""modified":{"y":null,"x":"Thu, 01 Feb 2024 10:00:00 GMT"}"#;
    written = written.replace(modified_swapped, modified);
    assert_eq!(written, GADGET);
}

#[test]
fn values_are_typed_at_every_depth() {
    let gadget: Gadget = serde_json::from_str(GADGET).unwrap();
    assert_eq!(gadget.etag, Some(Etag::from("\"0x8D\"")));
    assert_eq!(gadget.ratio, Some(1.05_f32));
    assert_eq!(gadget.size, Some(9_007_199_254_740_993_i64));
    assert_eq!(gadget.scale, Some(0.1_f64));
    assert_eq!(gadget.counts, Some(vec![1, -2]));
    assert_eq!(
        gadget.seen,
        Some(vec![
            parse_rfc3339("2024-02-01T10:00:00Z").unwrap(),
            parse_rfc3339("2024-02-02T10:00:00Z").unwrap(),
        ])
    );
    assert_eq!(
        gadget.checksums,
        Some(HashMap::from([("a".to_owned(), b"hi".to_vec())]))
    );
    let modified = gadget.modified.unwrap();
    assert_eq!(
        modified["x"],
        Some(parse_rfc3339("2024-02-01T10:00:00Z").unwrap())
    );
    assert_eq!(modified["y"], None);
    // A number that is not one is an error, not a lost field.
    for bad in [
        r#"{"properties":{"size":"many"}}"#,
        r#"{"properties":{"size":12}}"#,
        r#"{"properties":{"seen":["soon"]}}"#,
        r#"{"properties":{"seen":[null]}}"#,
    ] {
        assert!(serde_json::from_str::<Gadget>(bad).is_err(), "{bad}");
    }
}

#[test]
fn input_models_are_struct_literals() {
    // `Gadget` is a request body: users write it as a literal.
    let gadget = Gadget {
        name: Some("g2".into()),
        ratio: Some(0.5),
        counts: Some(vec![3]),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&gadget).unwrap(),
        r#"{"name":"g2","properties":{"ratio":0.5,"counts":["3"]}}"#
    );
}

#[test]
fn debug_prints_no_values() {
    let gadget: Gadget = serde_json::from_str(GADGET).unwrap();
    let printed = format!("{gadget:?}");
    for value in ["g1", "0x8D", "hunter2", "sig=SAS", "1.05", "aGk", "2024"] {
        assert!(!printed.contains(value), "{value} in {printed}");
    }
    assert!(printed.starts_with("Gadget"), "{printed}");
    let report: Report = serde_json::from_str(r#"{"total":"7","gadgets":[{"name":"n"}],"x":"extra"}"#).unwrap();
    assert_eq!(report.total, Some(7));
    let printed = format!("{report:?}");
    assert!(!printed.contains('7') && !printed.contains("extra"), "{printed}");
}

#[test]
fn a_duplicate_key_keeps_its_last_value() {
    // As serde_json's own `Value` and JavaScript's `JSON.parse` do: the
    // last value wins, for a field, a nested field and a kept property.
    let gadget: Gadget = serde_json::from_str(
        r#"{"name":"a","name":"b","properties":{"size":"1"},"properties":{"size":"2"},"x":1,"x":2}"#,
    )
    .unwrap();
    assert_eq!(gadget.name.as_deref(), Some("b"));
    assert_eq!(gadget.size, Some(2));
    assert_eq!(gadget.additional_properties["x"], 2);
    let report: Report = serde_json::from_str(r#"{"total":"1","total":"3"}"#).unwrap();
    assert_eq!(report.total, Some(3));
}
