//! How a value is written in JSON where serde's own form of its Rust type
//! is not the wire's: date-times (RFC 3339, RFC 7231, Unix time), dates,
//! times of day, bytes (base64, base64url), numbers sent as text, and
//! arrays, maps and nullable values of those.
//!
//! One encoding serves every place a value sits: a model's `json_object!`
//! table names each field's (`"created" as Rfc3339`), and a whole request
//! or response body of such a type is read and written through the same
//! encoding ([`Json`]), so a `Vec<OffsetDateTime>` body is as typed as a
//! model's field and no value is left as its wire text.

// Which encodings are used depends on the specs and the enabled features.
#![allow(dead_code)]

use std::fmt;
use std::marker::PhantomData;

use azure_core::error::ErrorKind;
use azure_core::time::OffsetDateTime;
use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

/// How a value of type `T` is written in JSON. The types of this module
/// implement it; a generated crate's signatures name them (a response of
/// `Response<Vec<OffsetDateTime>, Json<List<Rfc3339>>>`).
pub trait Encoding<T> {
    /// Reads the value; `null` is `None`.
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error>;

    /// Writes a set value.
    fn write<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error>;
}

/// How a scalar value is written as text: inside its JSON string, in a
/// URL, in a header. Each encoding here that has text implements it once,
/// and every place reads and writes that text through it: a model's field
/// or catch-all map value, a whole body, a path, query or header parameter,
/// a response header.
pub trait Text<T> {
    /// The value's text.
    fn to_text(value: &T) -> String;

    /// Parses the value's text.
    fn parse_text(text: &str) -> azure_core::Result<T>;
}

/// The text of `value` in encoding `E` (for a URL or header).
pub(crate) fn text<E: Text<T>, T>(value: &T) -> String {
    E::to_text(value)
}

/// Reads a value that JSON holds as a string in text encoding `E`; `null`
/// is `None`. The one reader of every such encoding.
fn read_text<'de, E: Text<T>, T, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?
        .map(|text| E::parse_text(&text).map_err(de::Error::custom))
        .transpose()
}

/// Writes a value as a JSON string in text encoding `E`.
fn write_text<E: Text<T>, T, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&E::to_text(value))
}

/// A value as serde reads and writes its type.
#[derive(Debug)]
pub struct Plain;

impl<T: Serialize + for<'de> Deserialize<'de>> Encoding<T> for Plain {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        Option::<T>::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }
}

/// A `date-time`: RFC 3339 text.
#[derive(Debug)]
pub struct Rfc3339;

impl Text<OffsetDateTime> for Rfc3339 {
    fn to_text(value: &OffsetDateTime) -> String {
        azure_core::time::to_rfc3339(value)
    }

    fn parse_text(text: &str) -> azure_core::Result<OffsetDateTime> {
        crate::runtime::rfc3339::parse(text)
    }
}

impl Encoding<OffsetDateTime> for Rfc3339 {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<OffsetDateTime>, D::Error> {
        read_text::<Self, _, _>(deserializer)
    }

    fn write<S: Serializer>(value: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        write_text::<Self, _, _>(value, serializer)
    }
}

/// A `date-time-rfc1123`: RFC 7231 (RFC 1123) text.
#[derive(Debug)]
pub struct Rfc7231;

impl Text<OffsetDateTime> for Rfc7231 {
    fn to_text(value: &OffsetDateTime) -> String {
        // In UTC, as the form's `GMT` says.
        crate::runtime::rfc7231(value)
    }

    fn parse_text(text: &str) -> azure_core::Result<OffsetDateTime> {
        crate::runtime::rfc7231::parse(text)
    }
}

impl Encoding<OffsetDateTime> for Rfc7231 {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<OffsetDateTime>, D::Error> {
        read_text::<Self, _, _>(deserializer)
    }

    fn write<S: Serializer>(value: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        write_text::<Self, _, _>(value, serializer)
    }
}

/// A `unixtime`: whole seconds since 1970-01-01T00:00:00Z, a JSON number
/// (its decimal text in a URL or header).
#[derive(Debug)]
pub struct UnixTime;

impl Text<OffsetDateTime> for UnixTime {
    fn to_text(value: &OffsetDateTime) -> String {
        value.unix_timestamp().to_string()
    }

    fn parse_text(text: &str) -> azure_core::Result<OffsetDateTime> {
        let seconds: i64 = text.parse().map_err(|e| {
            azure_core::Error::with_message(
                ErrorKind::DataConversion,
                format!("invalid Unix time {text:?}: {e}"),
            )
        })?;
        OffsetDateTime::from_unix_timestamp(seconds).map_err(|e| {
            azure_core::Error::with_message(
                ErrorKind::DataConversion,
                format!("invalid Unix time {text:?}: {e}"),
            )
        })
    }
}

impl Encoding<OffsetDateTime> for UnixTime {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<OffsetDateTime>, D::Error> {
        azure_core::time::unix_time::option::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        azure_core::time::unix_time::serialize(value, serializer)
    }
}

/// The text of a `date`: `YYYY-MM-DD` (RFC 3339's `full-date`).
const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// The text of a `time` read: `HH:MM:SS`, with or without a fraction of a
/// second (RFC 3339's `partial-time`).
const TIME: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[hour]:[minute]:[second][optional [.[subsecond]]]");

/// A `date`: `YYYY-MM-DD` text.
#[derive(Debug)]
pub struct Date;

impl Text<time::Date> for Date {
    fn to_text(value: &time::Date) -> String {
        // The description has every component a `Date` has: it cannot fail.
        value.format(DATE).unwrap_or_default()
    }

    fn parse_text(text: &str) -> azure_core::Result<time::Date> {
        time::Date::parse(text, DATE).map_err(|e| {
            azure_core::Error::with_message(
                ErrorKind::DataConversion,
                format!("invalid date {text:?}: {e}"),
            )
        })
    }
}

impl Encoding<time::Date> for Date {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<time::Date>, D::Error> {
        read_text::<Self, _, _>(deserializer)
    }

    fn write<S: Serializer>(value: &time::Date, serializer: S) -> Result<S::Ok, S::Error> {
        write_text::<Self, _, _>(value, serializer)
    }
}

/// A `time`: `HH:MM:SS` text, with the fraction of a second when there is
/// one.
#[derive(Debug)]
pub struct Time;

impl Text<time::Time> for Time {
    fn to_text(value: &time::Time) -> String {
        let whole = time::macros::format_description!("[hour]:[minute]:[second]");
        let fraction = time::macros::format_description!("[hour]:[minute]:[second].[subsecond]");
        let description = if value.nanosecond() == 0 {
            whole
        } else {
            fraction
        };
        value.format(description).unwrap_or_default()
    }

    fn parse_text(text: &str) -> azure_core::Result<time::Time> {
        time::Time::parse(text, TIME).map_err(|e| {
            azure_core::Error::with_message(
                ErrorKind::DataConversion,
                format!("invalid time {text:?}: {e}"),
            )
        })
    }
}

impl Encoding<time::Time> for Time {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<time::Time>, D::Error> {
        read_text::<Self, _, _>(deserializer)
    }

    fn write<S: Serializer>(value: &time::Time, serializer: S) -> Result<S::Ok, S::Error> {
        write_text::<Self, _, _>(value, serializer)
    }
}

/// A `byte` (or `binary`) value: standard base64 text.
#[derive(Debug)]
pub struct Base64;

/// Base64 text in either alphabet: the two differ in two characters, so
/// one never reads as the other, and a header or URL value sent in the
/// other alphabet means the same bytes.
fn parse_base64(text: &str) -> azure_core::Result<Vec<u8>> {
    azure_core::base64::decode(text).or_else(|_| azure_core::base64::decode_url_safe(text))
}

impl Text<Vec<u8>> for Base64 {
    fn to_text(value: &Vec<u8>) -> String {
        azure_core::base64::encode(value)
    }

    fn parse_text(text: &str) -> azure_core::Result<Vec<u8>> {
        parse_base64(text)
    }
}

impl Encoding<Vec<u8>> for Base64 {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<u8>>, D::Error> {
        azure_core::base64::option::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
        azure_core::base64::serialize(value, serializer)
    }
}

/// A `base64url` value: URL-safe base64 text.
#[derive(Debug)]
pub struct Base64Url;

impl Text<Vec<u8>> for Base64Url {
    fn to_text(value: &Vec<u8>) -> String {
        azure_core::base64::encode_url_safe(value)
    }

    fn parse_text(text: &str) -> azure_core::Result<Vec<u8>> {
        parse_base64(text)
    }
}

impl Encoding<Vec<u8>> for Base64Url {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<u8>>, D::Error> {
        azure_core::base64::option::deserialize_url_safe(deserializer)
    }

    fn write<S: Serializer>(value: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
        azure_core::base64::serialize_url_safe(value, serializer)
    }
}

/// A number sent as JSON text (`type: string, format: int64`, TypeSpec's
/// `@encode(string)`): read with `azure_core::fmt::as_string`, written as
/// the number's `Display` (shortest round-trip text for floats).
#[derive(Debug)]
pub struct AsString;

impl<T> Encoding<T> for AsString
where
    T: std::str::FromStr + fmt::Display,
    T::Err: fmt::Display,
{
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        azure_core::fmt::as_string::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}

/// An array whose items are in encoding `E`; a `null` item is an error
/// (items that may be `null` are [`Nullable`]).
#[derive(Debug)]
pub struct List<E>(PhantomData<fn() -> E>);

impl<T, E: Encoding<T>> Encoding<Vec<T>> for List<E> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<T>>, D::Error> {
        let items = Option::<Vec<Item<E, T>>>::deserialize(deserializer)?;
        Ok(items.map(|items| items.into_iter().map(|item| item.0).collect()))
    }

    fn write<S: Serializer>(value: &Vec<T>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(value.iter().map(Written::<E, T>::new))
    }
}

/// A JSON object used as a map whose values are in encoding `E`.
#[derive(Debug)]
pub struct Map<E>(PhantomData<fn() -> E>);

impl<T, E: Encoding<T>> Encoding<std::collections::HashMap<String, T>> for Map<E> {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<std::collections::HashMap<String, T>>, D::Error> {
        let values =
            Option::<std::collections::HashMap<String, Item<E, T>>>::deserialize(deserializer)?;
        Ok(values.map(|values| values.into_iter().map(|(k, v)| (k, v.0)).collect()))
    }

    fn write<S: Serializer>(
        value: &std::collections::HashMap<String, T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            value
                .iter()
                .map(|(key, value)| (key, Written::<E, T>::new(value))),
        )
    }
}

/// An array item, map value or body in encoding `E` that may be `null`.
#[derive(Debug)]
pub struct Nullable<E>(PhantomData<fn() -> E>);

impl<T, E: Encoding<T>> Encoding<Option<T>> for Nullable<E> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<T>>, D::Error> {
        E::read(deserializer).map(Some)
    }

    fn write<S: Serializer>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => E::write(value, serializer),
            None => serializer.serialize_none(),
        }
    }
}

/// One array item or map value read in encoding `E`.
pub(crate) struct Item<E, T>(pub(crate) T, PhantomData<fn() -> E>);

impl<'de, E: Encoding<T>, T> Deserialize<'de> for Item<E, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match E::read(deserializer)? {
            Some(value) => Ok(Item(value, PhantomData)),
            None => Err(de::Error::custom("null where a value is required")),
        }
    }
}

/// A value written in encoding `E`.
pub(crate) struct Written<'a, E, T>(&'a T, PhantomData<fn() -> E>);

impl<'a, E, T> Written<'a, E, T> {
    pub(crate) fn new(value: &'a T) -> Self {
        Self(value, PhantomData)
    }
}

impl<E: Encoding<T>, T> Serialize for Written<'_, E, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::write(self.0, serializer)
    }
}

/// The [`Format`](azure_core::http::Format) of a JSON response body whose
/// value is in encoding `E` (a date-time, bytes, or an array or map of
/// them): `into_model()` reads it as a model's field of that type is read.
pub struct Json<E>(PhantomData<fn() -> E>);

impl<E> fmt::Debug for Json<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Json")
    }
}

impl<E> azure_core::http::Format for Json<E> {
    fn deserialize<T: serde::de::DeserializeOwned, S: AsRef<[u8]>>(
        body: S,
    ) -> azure_core::Result<T> {
        serde_json::from_slice(body.as_ref()).map_err(conversion)
    }
}

fn conversion(error: serde_json::Error) -> azure_core::Error {
    azure_core::Error::with_message(ErrorKind::DataConversion, error.to_string())
}

/// Reads a whole JSON body in encoding `E`; `null` is an error (a body that
/// may be `null` is [`Nullable`]).
fn read_body<E: Encoding<T>, T>(body: &[u8]) -> azure_core::Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = E::read(&mut deserializer).map_err(conversion)?;
    deserializer.end().map_err(conversion)?;
    value.ok_or_else(|| {
        azure_core::Error::with_message(
            ErrorKind::DataConversion,
            "the body is null where a value is required",
        )
    })
}

/// The bytes of a JSON request body in encoding `E`.
pub(crate) fn body<E: Encoding<T>, T>(value: &T) -> azure_core::Result<Vec<u8>> {
    serde_json::to_vec(&Written::<E, T>::new(value))
        .map_err(|e| azure_core::Error::with_message(ErrorKind::DataConversion, e.to_string()))
}

macro_rules! deserialize_with {
    ($($ty:ty),*) => {$(
        impl<E: Encoding<$ty>> azure_core::http::DeserializeWith<Json<E>> for $ty {
            fn deserialize_with(
                body: azure_core::http::response::ResponseBody,
            ) -> azure_core::Result<Self> {
                read_body::<E, Self>(body.as_ref())
            }
        }
    )*};
}
deserialize_with!(OffsetDateTime, time::Date, time::Time, i32, i64, f32, f64);

impl<T, E: Encoding<Vec<T>>> azure_core::http::DeserializeWith<Json<E>> for Vec<T> {
    fn deserialize_with(
        body: azure_core::http::response::ResponseBody,
    ) -> azure_core::Result<Self> {
        read_body::<E, Self>(body.as_ref())
    }
}

impl<T, E: Encoding<std::collections::HashMap<String, T>>>
    azure_core::http::DeserializeWith<Json<E>> for std::collections::HashMap<String, T>
{
    fn deserialize_with(
        body: azure_core::http::response::ResponseBody,
    ) -> azure_core::Result<Self> {
        read_body::<E, Self>(body.as_ref())
    }
}

impl<T, E: Encoding<Option<T>>> azure_core::http::DeserializeWith<Json<E>> for Option<T> {
    fn deserialize_with(
        body: azure_core::http::response::ResponseBody,
    ) -> azure_core::Result<Self> {
        read_body::<E, Self>(body.as_ref())
    }
}
