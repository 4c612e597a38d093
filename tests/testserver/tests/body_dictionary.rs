//! `body-dictionary.json`: maps of every primitive type, of models, arrays
//! and maps, as whole bodies. Dates, date-times and bytes inside maps are
//! typed (`time::Date`, `OffsetDateTime`, `Vec<u8>`).
//! Values marked `x-nullable` are `Option`s.

mod common;

use autorest_body_dictionary::v1_0_0::{
    AutoRestSwaggerBatDictionaryServiceClient as Client,
    AutoRestSwaggerBatDictionaryServiceClientOptions as Options,
};
use serde_json::{json, Value};
use std::collections::HashMap;
use time::macros::{date, datetime};

client!(Client, Options);

fn value<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap()
}

#[tokio::test]
async fn empty_null_and_invalid() {
    let c = client();
    assert!(c
        .get_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
        .is_empty());
    c.put_empty(common::json(&json!({})), None).await.unwrap();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    // Not JSON: `{"key1": "val1", "key2", "val2"`, `{null : "val1"}`.
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_null_key(None).await.unwrap().into_model());
    // The values are not x-nullable.
    common::assert_data_conversion(c.get_null_value(None).await.unwrap().into_model());
    let read = c
        .get_empty_string_key(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read[""], "val1");
}

#[tokio::test]
async fn booleans_numbers_and_strings() {
    let c = client();
    let tfft = json!({ "0": true, "1": false, "2": false, "3": true });
    assert_eq!(
        value(
            c.get_boolean_tfft(None)
                .await
                .unwrap()
                .into_model()
                .unwrap()
        ),
        tfft
    );
    c.put_boolean_tfft(common::json(&tfft), None).await.unwrap();
    let ints = json!({ "0": 1, "1": -1, "2": 3, "3": 300 });
    assert_eq!(
        value(
            c.get_integer_valid(None)
                .await
                .unwrap()
                .into_model()
                .unwrap()
        ),
        ints
    );
    c.put_integer_valid(common::json(&ints), None)
        .await
        .unwrap();
    assert_eq!(
        value(c.get_long_valid(None).await.unwrap().into_model().unwrap()),
        ints
    );
    c.put_long_valid(common::json(&ints), None).await.unwrap();
    let floats = c.get_float_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        (floats["0"], floats["1"], floats["2"]),
        (0.0, -0.01, -1.2e20)
    );
    c.put_float_valid(common::json(&floats), None)
        .await
        .unwrap();
    let doubles = c
        .get_double_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        (doubles["0"], doubles["1"], doubles["2"]),
        (0.0, -0.01, -1.2e20)
    );
    c.put_double_valid(common::json(&doubles), None)
        .await
        .unwrap();
    let strings = json!({ "0": "foo1", "1": "foo2", "2": "foo3" });
    assert_eq!(
        value(
            c.get_string_valid(None)
                .await
                .unwrap()
                .into_model()
                .unwrap()
        ),
        strings
    );
    c.put_string_valid(common::json(&strings), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn null_or_wrong_typed_values_are_errors() {
    let c = client();
    common::assert_data_conversion(c.get_boolean_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(
        c.get_boolean_invalid_string(None)
            .await
            .unwrap()
            .into_model(),
    );
    common::assert_data_conversion(c.get_int_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_int_invalid_string(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_long_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_long_invalid_string(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_float_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_float_invalid_string(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_double_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(
        c.get_double_invalid_string(None)
            .await
            .unwrap()
            .into_model(),
    );
    common::assert_data_conversion(c.get_string_with_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_string_with_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_date_invalid_null(None).await.unwrap().into_model());
    common::assert_data_conversion(
        c.get_date_time_invalid_null(None)
            .await
            .unwrap()
            .into_model(),
    );
    common::assert_data_conversion(c.get_byte_invalid_null(None).await.unwrap().into_model());
}

#[tokio::test]
async fn dates_durations_and_bytes_typed() {
    let c = client();
    let dates = HashMap::from([
        ("0".to_owned(), date!(2000 - 12 - 01)),
        ("1".to_owned(), date!(1980 - 01 - 02)),
        ("2".to_owned(), date!(1492 - 10 - 12)),
    ]);
    let read = c.get_date_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(read, dates);
    c.put_date_valid(dates, None).await.unwrap();
    // `{"0": "2011-03-22", "1": "date"}`.
    common::assert_data_conversion(c.get_date_invalid_chars(None).await.unwrap().into_model());

    // Read with their offsets (`1980-01-01T23:11:35-01:00`), the same
    // instants as the UTC ones sent back.
    let date_times = HashMap::from([
        ("0".to_owned(), datetime!(2000-12-01 00:00:01 UTC)),
        ("1".to_owned(), datetime!(1980-01-01 23:11:35 UTC)),
        ("2".to_owned(), datetime!(1492-10-12 18:15:01 UTC)),
    ]);
    let read = c
        .get_date_time_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read, date_times);
    c.put_date_time_valid(date_times, None).await.unwrap();
    // `{"0": "2000-12-01t00:00:01z", "1": "date-time"}`.
    common::assert_data_conversion(
        c.get_date_time_invalid_chars(None)
            .await
            .unwrap()
            .into_model(),
    );

    let rfc1123 = HashMap::from([
        ("0".to_owned(), datetime!(2000-12-01 00:00:01 UTC)),
        ("1".to_owned(), datetime!(1980-01-02 00:11:35 UTC)),
        ("2".to_owned(), datetime!(1492-10-12 10:15:01 UTC)),
    ]);
    let read = c
        .get_date_time_rfc1123_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read, rfc1123);
    c.put_date_time_rfc1123_valid(rfc1123, None).await.unwrap();

    let durations = json!({ "0": "P123DT22H14M12.011S", "1": "P5DT1H" });
    let read = c
        .get_duration_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(value(&read), durations);
    assert_eq!(
        read["1"].to_std(),
        Some(std::time::Duration::from_secs(5 * 86_400 + 3_600))
    );
    c.put_duration_valid(common::json(&read), None)
        .await
        .unwrap();

    let bytes = HashMap::from([
        ("0".to_owned(), vec![255, 255, 255, 250]),
        ("1".to_owned(), vec![1, 2, 3]),
        ("2".to_owned(), vec![37, 41, 67]),
    ]);
    let read = c.get_byte_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(read, bytes);
    c.put_byte_valid(bytes, None).await.unwrap();
    let read = c.get_base64_url(None).await.unwrap().into_model().unwrap();
    assert_eq!(read["1"], b"test string");
}

#[tokio::test]
async fn models_arrays_and_maps() {
    let c = client();
    assert!(c
        .get_complex_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
        .is_empty());
    let read = c
        .get_complex_item_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read["1"].integer, None);
    assert_eq!(read["2"].string.as_deref(), Some("6"));
    let read = c
        .get_complex_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        value(&read),
        json!({
            "0": { "integer": 1, "string": "2" },
            "1": { "integer": 3, "string": "4" },
            "2": { "integer": 5, "string": "6" }
        })
    );
    c.put_complex_valid(common::json(&read), None)
        .await
        .unwrap();

    assert!(c
        .get_array_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
        .is_empty());
    let read = c
        .get_array_item_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read["1"].is_empty());
    let read = c.get_array_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        value(&read),
        json!({ "0": ["1", "2", "3"], "1": ["4", "5", "6"], "2": ["7", "8", "9"] })
    );
    c.put_array_valid(common::json(&read), None).await.unwrap();

    common::assert_data_conversion(c.get_dictionary_null(None).await.unwrap().into_model());
    assert!(c
        .get_dictionary_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
        .is_empty());
    let read = c
        .get_dictionary_item_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read["1"].is_empty());
    let read = c
        .get_dictionary_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        value(&read),
        json!({
            "0": { "1": "one", "2": "two", "3": "three" },
            "1": { "4": "four", "5": "five", "6": "six" },
            "2": { "7": "seven", "8": "eight", "9": "nine" }
        })
    );
    c.put_dictionary_valid(common::json(&read), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nullable_values() {
    let c = client();
    common::assert_data_conversion(c.get_complex_null(None).await.unwrap().into_model());
    let read = c
        .get_complex_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read["1"].is_none());
    assert_eq!(read["2"].as_ref().unwrap().integer, Some(5));
    common::assert_data_conversion(c.get_array_null(None).await.unwrap().into_model());
    let read = c
        .get_array_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read["1"].is_none());
    assert_eq!(
        read["0"].as_deref(),
        Some(&["1".to_owned(), "2".into(), "3".into()][..])
    );
    let read = c
        .get_dictionary_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read["1"].is_none());
    assert_eq!(read["2"].as_ref().unwrap()["7"], "seven");
}
