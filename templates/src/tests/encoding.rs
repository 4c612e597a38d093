//! Whole bodies in their encodings: what `into_model()` reads from a
//! response of `Response<T, Json<E>>` and what a method sends for a body of
//! such a type.

use std::collections::HashMap;

use azure_core::http::{response::ResponseBody, DeserializeWith};
use azure_core::time::OffsetDateTime;
use time::macros::{date, datetime, time};

use azure_core::http::headers::{HeaderName, HeaderValue, Headers};

use crate::encoding::{
    body, text, Base64, Base64Url, Date, Json, List, Map, Nullable, Rfc3339, Rfc7231, Time,
    UnixTime,
};
use crate::runtime::header_in;

fn read<T: DeserializeWith<Json<E>>, E>(text: &str) -> azure_core::Result<T> {
    T::deserialize_with(ResponseBody::from_bytes(text.as_bytes().to_vec()))
}

fn sent<E: crate::encoding::Encoding<T>, T>(value: &T) -> String {
    String::from_utf8(body::<E, T>(value).unwrap()).unwrap()
}

#[test]
fn scalar_bodies_are_read_and_written_in_their_encoding() {
    let date_value: time::Date = read::<_, Date>(r#""2016-02-29""#).unwrap();
    assert_eq!(date_value, date!(2016 - 02 - 29));
    assert_eq!(sent::<Date, _>(&date!(0001 - 01 - 01)), r#""0001-01-01""#);
    let time_value: time::Time = read::<_, Time>(r#""11:34:56""#).unwrap();
    assert_eq!(time_value, time!(11:34:56));
    assert_eq!(sent::<Time, _>(&time!(08:07:56)), r#""08:07:56""#);
    assert_eq!(sent::<Time, _>(&time!(08:07:56.25)), r#""08:07:56.25""#);
    let unix: OffsetDateTime = read::<_, UnixTime>("1460505600").unwrap();
    assert_eq!(unix, datetime!(2016-04-13 00:00:00 UTC));
    assert_eq!(sent::<UnixTime, _>(&unix), "1460505600");
    let rfc1123: OffsetDateTime = read::<_, Rfc7231>(r#""fri, 31 dec 9999 23:59:59 gmt""#).unwrap();
    assert_eq!(rfc1123, datetime!(9999-12-31 23:59:59 UTC));
    assert_eq!(
        sent::<Rfc7231, _>(&datetime!(2000-12-01 01:00:01 +01:00)),
        r#""Fri, 01 Dec 2000 00:00:01 GMT""#
    );
    let bytes: Vec<u8> = read::<_, Base64Url>(r#""bG9yZW0""#).unwrap();
    assert_eq!(bytes, b"lorem");
    assert_eq!(sent::<Base64, _>(&vec![255, 254]), r#""//4=""#);
}

#[test]
fn containers_carry_their_items_encoding() {
    let list: Vec<OffsetDateTime> =
        read::<_, List<Rfc3339>>(r#"["2000-12-01t00:00:01z", "1980-01-01T23:11:35-01:00"]"#)
            .unwrap();
    assert_eq!(
        list,
        [
            datetime!(2000-12-01 00:00:01 UTC),
            datetime!(1980-01-02 00:11:35 UTC)
        ]
    );
    assert_eq!(
        sent::<List<Rfc3339>, _>(&list),
        r#"["2000-12-01T00:00:01Z","1980-01-01T23:11:35-01:00"]"#
    );
    let map: HashMap<String, Vec<u8>> = read::<_, Map<Base64>>(r#"{"a": "AQID"}"#).unwrap();
    assert_eq!(map["a"], [1, 2, 3]);
    let nullable: Vec<Option<time::Date>> =
        read::<_, List<Nullable<Date>>>(r#"["2000-12-01", null]"#).unwrap();
    assert_eq!(nullable, [Some(date!(2000 - 12 - 01)), None]);
}

#[test]
fn a_wrong_body_is_a_data_conversion_error() {
    let kind = |result: azure_core::Result<time::Date>| result.unwrap_err().kind().clone();
    for text in [
        "null",
        r#""201O-18-90""#,
        r#""0000-00-00""#,
        r#""2016-02-29" x"#,
    ] {
        assert_eq!(
            kind(read::<_, Date>(text)),
            azure_core::error::ErrorKind::DataConversion,
            "{text}"
        );
    }
    // A null item where the items are not nullable.
    assert!(read::<Vec<time::Date>, List<Date>>(r#"["2000-12-01", null]"#).is_err());
}

#[test]
fn dates_times_unix_times_and_bytes_headers_are_typed() {
    // What `header_accessors!` reads a header `in Date` (and so on) with.
    let headers = Headers::from(HashMap::from([
        (
            HeaderName::from_static("d"),
            HeaderValue::from_static("0001-01-01"),
        ),
        (
            HeaderName::from_static("t"),
            HeaderValue::from_static("11:34:56"),
        ),
        (
            HeaderName::from_static("u"),
            HeaderValue::from_static("1460505600"),
        ),
        (
            HeaderName::from_static("b"),
            HeaderValue::from_static("//4="),
        ),
        (
            HeaderName::from_static("url"),
            HeaderValue::from_static("__4"),
        ),
        (
            HeaderName::from_static("bad"),
            HeaderValue::from_static("2010-13-01"),
        ),
    ]));
    assert_eq!(
        header_in::<Date, _>(&headers, "d").unwrap(),
        Some(date!(0001 - 01 - 01))
    );
    assert_eq!(
        header_in::<Time, _>(&headers, "t").unwrap(),
        Some(time!(11:34:56))
    );
    assert_eq!(
        header_in::<UnixTime, _>(&headers, "u").unwrap(),
        Some(datetime!(2016-04-13 00:00:00 UTC))
    );
    assert_eq!(
        header_in::<Base64, _>(&headers, "b").unwrap(),
        Some(vec![255, 254])
    );
    // Either alphabet: they differ in two characters only.
    assert_eq!(
        header_in::<Base64, _>(&headers, "url").unwrap(),
        Some(vec![255, 254])
    );
    assert_eq!(
        header_in::<Base64Url, _>(&headers, "b").unwrap(),
        Some(vec![255, 254])
    );
    assert_eq!(header_in::<Date, _>(&headers, "missing").unwrap(), None);
    assert!(header_in::<Date, _>(&headers, "bad").is_err());
    assert!(header_in::<UnixTime, _>(&headers, "d").is_err());
    // And the same text is what a URL or header parameter sends.
    assert_eq!(
        text::<UnixTime, _>(&datetime!(2016-04-13 00:00:00 UTC)),
        "1460505600"
    );
    assert_eq!(text::<Base64, _>(&vec![255, 254]), "//4=");
    assert_eq!(text::<Base64Url, _>(&vec![255, 254]), "__4");
    assert_eq!(text::<Date, _>(&date!(0001 - 01 - 01)), "0001-01-01");
}
