//! `body-array.json`: arrays of every primitive type, of models, arrays and
//! maps, as whole bodies. Dates, date-times and bytes inside arrays are
//! typed (`time::Date`, `OffsetDateTime`, `Vec<u8>`).
//! Items marked `x-nullable` are `Option`s.

mod common;

use std::collections::HashMap;

use autorest_body_array::v1_0_0::{
    ArrayPutStringEnumValidBodyItem, AutoRestSwaggerBatArrayServiceClient as Client,
    AutoRestSwaggerBatArrayServiceClientOptions as Options, FooEnum, Product,
};
use serde_json::{json, Value};
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
    c.put_empty(common::json(&Vec::<String>::new()), None)
        .await
        .unwrap();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    // `[1, 2, 3` is cut short.
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
}

#[tokio::test]
async fn booleans_and_numbers() {
    let c = client();
    let tfft = vec![true, false, false, true];
    assert_eq!(
        c.get_boolean_tfft(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        tfft
    );
    c.put_boolean_tfft(tfft.try_into().unwrap(), None)
        .await
        .unwrap();
    let ints = vec![1i64, -1, 3, 300];
    assert_eq!(
        c.get_integer_valid(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        ints
    );
    c.put_integer_valid(ints.clone().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        c.get_long_valid(None).await.unwrap().into_model().unwrap(),
        ints
    );
    c.put_long_valid(ints.try_into().unwrap(), None)
        .await
        .unwrap();
    let floats = vec![0f32, -0.01, -1.2e20];
    assert_eq!(
        c.get_float_valid(None).await.unwrap().into_model().unwrap(),
        floats
    );
    c.put_float_valid(floats.try_into().unwrap(), None)
        .await
        .unwrap();
    let doubles = vec![0f64, -0.01, -1.2e20];
    assert_eq!(
        c.get_double_valid(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        doubles
    );
    c.put_double_valid(doubles.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn null_or_wrong_typed_items_are_errors() {
    // Items that are not `x-nullable`: a null is as wrong as a string.
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
    common::assert_data_conversion(c.get_string_with_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_uuid_invalid_chars(None).await.unwrap().into_model());
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
async fn strings_enums_and_uuids() {
    let c = client();
    let strings = vec!["foo1".to_owned(), "foo2".into(), "foo3".into()];
    assert_eq!(
        c.get_string_valid(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        strings
    );
    c.put_string_valid(common::json(&strings), None)
        .await
        .unwrap();
    let foos = vec![FooEnum::Foo1, FooEnum::Foo2, FooEnum::Foo3];
    assert_eq!(
        c.get_enum_valid(None).await.unwrap().into_model().unwrap(),
        foos
    );
    c.put_enum_valid(common::json(&foos), None).await.unwrap();
    let read = c
        .get_string_enum_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(value(read), json!(["foo1", "foo2", "foo3"]));
    let items = [
        ArrayPutStringEnumValidBodyItem::Foo1,
        ArrayPutStringEnumValidBodyItem::Foo2,
        ArrayPutStringEnumValidBodyItem::Foo3,
    ];
    c.put_string_enum_valid(common::json(&items), None)
        .await
        .unwrap();
    let uuids = json!([
        "6dcc7237-45fe-45c4-8a6b-3a8a3f625652",
        "d1399005-30f7-40d6-8da6-dd7c89ad34db",
        "f42f6aa1-a5bc-4ddf-907e-5f915de43205",
    ]);
    let read = c.get_uuid_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(value(&read), uuids);
    c.put_uuid_valid(common::json(&read), None).await.unwrap();
}

#[tokio::test]
async fn dates_durations_and_bytes_typed() {
    let c = client();
    let dates = vec![
        date!(2000 - 12 - 01),
        date!(1980 - 01 - 02),
        date!(1492 - 10 - 12),
    ];
    assert_eq!(
        c.get_date_valid(None).await.unwrap().into_model().unwrap(),
        dates
    );
    c.put_date_valid(dates, None).await.unwrap();
    // `["2011-03-22", "date"]`.
    common::assert_data_conversion(c.get_date_invalid_chars(None).await.unwrap().into_model());

    // Read with their offsets (`1980-01-01T23:11:35-01:00`, one in lower
    // case): the same instants as these.
    let read = c
        .get_date_time_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        read,
        [
            datetime!(2000-12-01 00:00:01 UTC),
            datetime!(1980-01-01 23:11:35 UTC),
            datetime!(1492-10-12 18:15:01 UTC),
        ]
    );
    c.put_date_time_valid(
        vec![
            datetime!(2000-12-01 00:00:01 UTC),
            datetime!(1980-01-02 00:11:35 UTC),
            datetime!(1492-10-12 10:15:01 UTC),
        ],
        None,
    )
    .await
    .unwrap();
    // `["2000-12-01t00:00:01z", "date-time"]`.
    common::assert_data_conversion(
        c.get_date_time_invalid_chars(None)
            .await
            .unwrap()
            .into_model(),
    );

    let rfc1123 = vec![
        datetime!(2000-12-01 00:00:01 UTC),
        datetime!(1980-01-02 00:11:35 UTC),
        datetime!(1492-10-12 10:15:01 UTC),
    ];
    let read = c
        .get_date_time_rfc1123_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read, rfc1123);
    c.put_date_time_rfc1123_valid(rfc1123, None).await.unwrap();

    let read = c
        .get_duration_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(value(&read), json!(["P123DT22H14M12.011S", "P5DT1H0M0S"]));
    let sent: Vec<autorest_body_array::Duration> = vec![
        "P123DT22H14M12.011S".parse().unwrap(),
        "P5DT1H".parse().unwrap(),
    ];
    c.put_duration_valid(common::json(&sent), None)
        .await
        .unwrap();

    let bytes = vec![vec![255, 255, 255, 250], vec![1, 2, 3], vec![37, 41, 67]];
    let read = c.get_byte_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(read, bytes);
    c.put_byte_valid(bytes, None).await.unwrap();
    let read = c.get_base64_url(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        read,
        [
            b"a string that gets encoded with base64url".to_vec(),
            b"test string".to_vec(),
            b"Lorem ipsum".to_vec()
        ]
    );
}

#[tokio::test]
async fn models() {
    let c = client();
    common::assert_data_conversion(c.get_complex_null(None).await.unwrap().into_model());
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
    assert_eq!(
        value(&read),
        json!([{ "integer": 1, "string": "2" }, {}, { "integer": 5, "string": "6" }])
    );
    let valid = json!([
        { "integer": 1, "string": "2" },
        { "integer": 3, "string": "4" },
        { "integer": 5, "string": "6" },
    ]);
    let read: Vec<Product> = c
        .get_complex_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read[1].integer, Some(3));
    assert_eq!(read[1].string.as_deref(), Some("4"));
    assert_eq!(value(&read), valid);
    c.put_complex_valid(common::json(&read), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn arrays_of_arrays() {
    let c = client();
    common::assert_data_conversion(c.get_array_null(None).await.unwrap().into_model());
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
    assert_eq!(value(&read), json!([["1", "2", "3"], [], ["7", "8", "9"]]));
    let read = c.get_array_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        value(&read),
        json!([["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]])
    );
    c.put_array_valid(common::json(&read), None).await.unwrap();
}

#[tokio::test]
async fn arrays_of_maps() {
    let c = client();
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
    assert_eq!(read[1], HashMap::new());
    assert_eq!(read[2]["8"], "eight");
    let read = c
        .get_dictionary_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        value(&read),
        json!([
            { "1": "one", "2": "two", "3": "three" },
            { "4": "four", "5": "five", "6": "six" },
            { "7": "seven", "8": "eight", "9": "nine" },
        ])
    );
    c.put_dictionary_valid(common::json(&read), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nullable_items() {
    let c = client();
    let read = c
        .get_string_with_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        read,
        [Some("foo".to_owned()), None, Some("foo2".to_owned())]
    );
    let read = c
        .get_complex_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        value(&read),
        json!([{ "integer": 1, "string": "2" }, null, { "integer": 5, "string": "6" }])
    );
    assert!(read[1].is_none());
    let read = c
        .get_array_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        value(&read),
        json!([["1", "2", "3"], null, ["7", "8", "9"]])
    );
    let read = c
        .get_dictionary_item_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(read[1].is_none());
    assert_eq!(read[2].as_ref().unwrap()["9"], "nine");
    // No body at all is still no array.
    common::assert_data_conversion(c.get_dictionary_null(None).await.unwrap().into_model());
}
