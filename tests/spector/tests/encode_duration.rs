//! `encode/duration`: durations as ISO 8601 text or as numbers of seconds
//! or milliseconds, in a JSON property, a query parameter and a header,
//! each sent with the value of the scenario's mock API (and, for a
//! property, read back from the echo).

mod common;

use spector_encode_duration::v0000_00_00::*;
use spector_encode_duration::Duration;

client!(TitleClient, TitleClientOptions);

fn iso(text: &str) -> Duration {
    text.parse().expect("an ISO 8601 duration")
}

/// `POST` a model whose `value` is `$value`; the echo must hold it too.
macro_rules! property {
    ($($name:ident: $op:ident($model:ident, $value:expr)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let body = $model {
                value: Some($value),
                ..Default::default()
            };
            let got = client()
                .$op(body.try_into().unwrap(), None)
                .await
                .unwrap()
                .into_model()
                .unwrap();
            assert_eq!(got.value, Some($value));
        }
    )*};
}

/// A query parameter or header carrying `$value`.
macro_rules! parameter {
    ($($name:ident: $op:ident($value:expr)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            client().$op($value, None).await.unwrap();
        }
    )*};
}

property!(
    property_default: property_default(PropertyDefaultDurationProperty, iso("P40D")),
    property_iso8601: property_iso8601(PropertyIso8601DurationProperty, iso("P40D")),
    property_int32_seconds: property_int32_seconds(PropertyInt32SecondsDurationProperty, 36),
    property_float_seconds: property_float_seconds(PropertyFloatSecondsDurationProperty, 35.625),
    property_float64_seconds: property_float64_seconds(PropertyFloat64SecondsDurationProperty, 35.625),
    property_float_seconds_array: property_float_seconds_array(
        PropertyFloatSecondsDurationArrayProperty,
        vec![35.625, 46.75]
    ),
    property_int32_milliseconds: property_int32_milliseconds(
        PropertyInt32MillisecondsDurationProperty,
        36000
    ),
    property_float_milliseconds: property_float_milliseconds(
        PropertyFloatMillisecondsDurationProperty,
        35625.0
    ),
    property_float64_milliseconds: property_float64_milliseconds(
        PropertyFloat64MillisecondsDurationProperty,
        35625.0
    ),
    property_float_milliseconds_array: property_float_milliseconds_array(
        PropertyFloatMillisecondsDurationArrayProperty,
        vec![35625.0, 46750.0]
    ),
    property_int32_seconds_larger_unit: property_int32_seconds_larger_unit(
        PropertyInt32SecondsLargerUnitDurationProperty,
        120
    ),
    property_float_seconds_larger_unit: property_float_seconds_larger_unit(
        PropertyFloatSecondsLargerUnitDurationProperty,
        150.0
    ),
    property_int32_milliseconds_larger_unit: property_int32_milliseconds_larger_unit(
        PropertyInt32MillisecondsLargerUnitDurationProperty,
        180000
    ),
    property_float_milliseconds_larger_unit: property_float_milliseconds_larger_unit(
        PropertyFloatMillisecondsLargerUnitDurationProperty,
        210000.0
    ),
);

parameter!(
    query_default: query_default(iso("P40D")),
    query_iso8601: query_iso8601(iso("P40D")),
    query_int32_seconds: query_int32_seconds(36),
    query_int32_seconds_array: query_int32_seconds_array(&[36, 47]),
    query_float_seconds: query_float_seconds(35.625),
    query_float64_seconds: query_float64_seconds(35.625),
    query_int32_milliseconds: query_int32_milliseconds(36000),
    query_float_milliseconds: query_float_milliseconds(35625.0),
    query_float64_milliseconds: query_float64_milliseconds(35625.0),
    query_int32_milliseconds_array: query_int32_milliseconds_array(&[36000, 47000]),
    query_int32_seconds_larger_unit: query_int32_seconds_larger_unit(120),
    query_float_seconds_larger_unit: query_float_seconds_larger_unit(150.0),
    query_int32_milliseconds_larger_unit: query_int32_milliseconds_larger_unit(180000),
    query_float_milliseconds_larger_unit: query_float_milliseconds_larger_unit(210000.0),
    header_default: header_default(iso("P40D")),
    header_iso8601: header_iso8601(iso("P40D")),
    header_iso8601_array: header_iso8601_array(&[iso("P40D"), iso("P50D")]),
    header_int32_seconds: header_int32_seconds(36),
    header_float_seconds: header_float_seconds(35.625),
    header_float64_seconds: header_float64_seconds(35.625),
    header_int32_milliseconds: header_int32_milliseconds(36000),
    header_float_milliseconds: header_float_milliseconds(35625.0),
    header_float64_milliseconds: header_float64_milliseconds(35625.0),
    header_int32_milliseconds_array: header_int32_milliseconds_array(&[36000, 47000]),
    header_int32_seconds_larger_unit: header_int32_seconds_larger_unit(120),
    header_float_seconds_larger_unit: header_float_seconds_larger_unit(150.0),
    header_int32_milliseconds_larger_unit: header_int32_milliseconds_larger_unit(180000),
    header_float_milliseconds_larger_unit: header_float_milliseconds_larger_unit(210000.0),
    lossy_int_seconds: lossy_int_seconds(36),
    lossy_int_milliseconds: lossy_int_milliseconds(36250),
);
