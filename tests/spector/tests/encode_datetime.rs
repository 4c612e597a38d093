//! `encode/datetime`: date-times as RFC 3339 and RFC 7231 text and as Unix
//! timestamps, in a query parameter, a header, a JSON property and a
//! response header, each with the values of the scenario's mock API.

mod common;

use azure_core::time::OffsetDateTime;
use spector_encode_datetime::v0000_00_00::*;
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

/// The instant the RFC 3339 scenarios use.
const RFC3339: OffsetDateTime = datetime!(2022-08-26 18:38:00 UTC);
/// The instant the RFC 7231 scenarios use (`Fri, 26 Aug 2022 14:38:00 GMT`).
const RFC7231: OffsetDateTime = datetime!(2022-08-26 14:38:00 UTC);
/// The instants the Unix timestamp scenarios use (`1686566864`,
/// `1686734256`).
const UNIX: OffsetDateTime = datetime!(2023-06-12 10:47:44 UTC);
const UNIX_2: OffsetDateTime = datetime!(2023-06-14 09:17:36 UTC);

/// A query parameter or header carrying `$value`.
macro_rules! parameter {
    ($($name:ident: $op:ident($value:expr)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            client().$op($value, None).await.unwrap();
        }
    )*};
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

/// A response header `value` read as `$value`.
macro_rules! response_header {
    ($($name:ident: $op:ident($value:expr)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let response = client().$op(None).await.unwrap();
            assert_eq!(response.value().unwrap(), Some($value));
        }
    )*};
}

// `header_default` is left out: its header is RFC 7231 by TypeSpec's
// default, but typespec-autorest writes `format: date-time` (RFC 3339).
parameter!(
    query_default: query_default(RFC3339),
    query_rfc3339: query_rfc3339(RFC3339),
    query_rfc7231: query_rfc7231(RFC7231),
    query_unix_timestamp: query_unix_timestamp(UNIX),
    query_unix_timestamp_array: query_unix_timestamp_array(&[UNIX, UNIX_2]),
    header_rfc3339: header_rfc3339(RFC3339),
    header_rfc7231: header_rfc7231(RFC7231),
    header_unix_timestamp: header_unix_timestamp(UNIX),
    header_unix_timestamp_array: header_unix_timestamp_array(&[UNIX, UNIX_2]),
);

property!(
    property_default: property_default(DefaultDatetimeProperty, RFC3339),
    property_rfc3339: property_rfc3339(Rfc3339DatetimeProperty, RFC3339),
    property_rfc7231: property_rfc7231(Rfc7231DatetimeProperty, RFC7231),
    property_unix_timestamp: property_unix_timestamp(UnixTimestampDatetimeProperty, UNIX),
    property_unix_timestamp_array: property_unix_timestamp_array(
        UnixTimestampArrayDatetimeProperty,
        vec![UNIX, UNIX_2]
    ),
);

response_header!(
    response_header_default: response_header_default(RFC7231),
    response_header_rfc3339: response_header_rfc3339(RFC3339),
    response_header_rfc7231: response_header_rfc7231(RFC7231),
    response_header_unix_timestamp: response_header_unix_timestamp(UNIX),
);
