//! `azure_wire_values`' `Ledger` (tests/specs/emit/wire_values.json): the
//! values of catch-all maps (`additionalProperties` of a model with
//! properties) and of declared maps are typed, read and written in the
//! encoding their spec names, and so are bytes and Unix times in headers.
//! Every assertion compares a typed value, so a map that went back to its
//! wire text (`HashMap<String, String>`) would not compile.

use std::collections::HashMap;

use azure_core::http::headers::Headers;
use azure_core::http::{RawResponse, Response, StatusCode};
use azure_core::time::{parse_rfc3339, OffsetDateTime};
use azure_wire_values::v2024_01_01::{
    Checksums, Days, Epochs, Ledger, LedgerHeaders, Timeline, WireValuesClientLedgersPutOptions,
};

/// A ledger as the service writes it: each catch-all map beside its model's
/// declared property, one entry each so that the written text is fixed.
const LEDGER: &str = concat!(
    r#"{"timeline":{"name":"t","details":{"started":"2024-02-01T10:00:00Z"},"ended":"2024-02-02T10:00:00Z"},"#,
    r#""checksums":{"algorithm":"md5","a":"aGk/Pz4+"},"#,
    r#""tokens":{"label":"l","a":"aGk_Pz4-"},"#,
    r#""days":{"label":"gregorian","leap":"2024-02-29"},"#,
    r#""expiries":{"label":"o","x":"Thu, 01 Feb 2024 10:00:00 GMT"},"#,
    r#""epochs":{"label":"c","x":1706781600},"#,
    r#""stamps":{"x":1706781600}}"#
);

fn at(text: &str) -> OffsetDateTime {
    parse_rfc3339(text).unwrap()
}

#[test]
fn catch_all_values_are_typed() {
    let ledger: Ledger = serde_json::from_str(LEDGER).unwrap();
    let timeline = ledger.timeline.unwrap();
    assert_eq!(timeline.started, Some(at("2024-02-01T10:00:00Z")));
    assert_eq!(
        timeline.additional_properties,
        HashMap::from([("ended".to_owned(), at("2024-02-02T10:00:00Z"))])
    );
    let checksums = ledger.checksums.unwrap();
    assert_eq!(checksums.algorithm.as_deref(), Some("md5"));
    assert_eq!(checksums.additional_properties["a"], b"hi??>>".to_vec());
    // base64url: the same bytes in the URL-safe alphabet.
    let tokens = ledger.tokens.unwrap();
    assert_eq!(tokens.additional_properties["a"], b"hi??>>".to_vec());
    let days = ledger.days.unwrap();
    let leap: Option<String> = days.additional_properties["leap"].map(|d| d.to_string());
    assert_eq!(leap.as_deref(), Some("2024-02-29"));
    let expiries = ledger.expiries.unwrap();
    assert_eq!(
        expiries.additional_properties["x"],
        at("2024-02-01T10:00:00Z")
    );
    let epochs = ledger.epochs.unwrap();
    assert_eq!(epochs.additional_properties["x"], at("2024-02-01T10:00:00Z"));
    // A declared map (`type: object` with only `additionalProperties`).
    assert_eq!(
        ledger.stamps,
        Some(HashMap::from([("x".to_owned(), at("2024-02-01T10:00:00Z"))]))
    );
}

#[test]
fn catch_all_values_are_written_back_in_their_encoding() {
    // Byte for byte: declared properties first, a flattened model's nested
    // object at its field's place, then each typed entry in its encoding.
    let ledger: Ledger = serde_json::from_str(LEDGER).unwrap();
    assert_eq!(serde_json::to_string(&ledger).unwrap(), LEDGER);
}

#[test]
fn typed_catch_all_maps_are_built_as_values() {
    let mut timeline = Timeline {
        name: Some("t".into()),
        ..Default::default()
    };
    timeline
        .additional_properties
        .insert("at".into(), at("2024-02-01T11:00:00+01:00"));
    // Written as RFC 3339, its offset kept, not as any text the caller chose.
    assert_eq!(
        serde_json::to_string(&timeline).unwrap(),
        r#"{"name":"t","at":"2024-02-01T11:00:00+01:00"}"#
    );
    let mut checksums = Checksums::default();
    checksums
        .additional_properties
        .insert("a".into(), b"hi".to_vec());
    assert_eq!(serde_json::to_string(&checksums).unwrap(), r#"{"a":"aGk="}"#);
    let mut epochs = Epochs::default();
    epochs
        .additional_properties
        .insert("x".into(), at("1970-01-01T00:00:10Z"));
    assert_eq!(serde_json::to_string(&epochs).unwrap(), r#"{"x":10}"#);
}

#[test]
fn nullable_values_keep_null_and_bad_values_are_errors() {
    let days: Days = serde_json::from_str(r#"{"x":null}"#).unwrap();
    assert_eq!(days.additional_properties["x"], None);
    assert_eq!(serde_json::to_string(&days).unwrap(), r#"{"x":null}"#);
    for bad in [
        r#"{"timeline":{"ended":"soon"}}"#,
        r#"{"timeline":{"ended":null}}"#,
        r#"{"checksums":{"a":"%%%"}}"#,
        r#"{"days":{"x":"2024-02-30"}}"#,
        r#"{"epochs":{"x":"1706781600"}}"#,
        r#"{"expiries":{"x":"2024-02-01T10:00:00Z"}}"#,
    ] {
        assert!(serde_json::from_str::<Ledger>(bad).is_err(), "{bad}");
    }
}

#[test]
fn bytes_and_unix_times_in_headers_are_typed() {
    let mut headers = Headers::new();
    headers.insert("x-ms-digest", "aGk/Pz4+");
    headers.insert("x-ms-expires-on", "1706781600");
    let response: Response<Ledger> =
        RawResponse::from_bytes(StatusCode::Ok, headers, LEDGER).into();
    assert_eq!(response.x_ms_digest().unwrap(), Some(b"hi??>>".to_vec()));
    assert_eq!(
        response.x_ms_expires_on().unwrap(),
        Some(at("2024-02-01T10:00:00Z"))
    );
    let mut bad = Headers::new();
    bad.insert("x-ms-expires-on", "Thu, 01 Feb 2024 10:00:00 GMT");
    let response: Response<Ledger> = RawResponse::from_bytes(StatusCode::Ok, bad, "{}").into();
    assert!(response.x_ms_expires_on().is_err());
    // A request header of bytes is given as bytes.
    let options = WireValuesClientLedgersPutOptions {
        x_ms_digest: Some(b"hi".to_vec()),
        ..Default::default()
    };
    assert_eq!(options.x_ms_digest.as_deref(), Some(&b"hi"[..]));
}
