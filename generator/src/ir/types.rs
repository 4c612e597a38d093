//! Type references: what a property, parameter, header or body holds.

use serde::Serialize;

use super::TypeId;

/// The type of a value, as the IR understands it.
///
/// Serialized compactly for IR dumps: a scalar as its spec name
/// (`int32`, `date-time-rfc1123`), `any`, or a one-key map
/// (`{array: ...}`, `{map: ...}`, `{model: Id}`, `{enum: Id}`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A scalar (string, number, date-time, ...).
    Scalar(Scalar),
    /// A JSON array.
    Array(Box<TypeRef>),
    /// A JSON object used as a map from string keys to values of this type
    /// (`additionalProperties` without `properties`).
    Map(Box<TypeRef>),
    /// A model in [`super::Api::models`].
    Model(TypeId),
    /// An enum in [`super::Api::enums`].
    Enum(TypeId),
    /// Any JSON value (`type: object` without properties, or no type).
    Any,
    /// An array item or map value that may be JSON `null` (`x-nullable`
    /// on the item or value schema).
    Nullable(Box<TypeRef>),
}

/// Date-time wire formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateTimeFormat {
    /// `date-time`: RFC 3339 (`2024-02-01T10:00:00Z`).
    Rfc3339,
    /// `date-time-rfc1123`: `Thu, 01 Feb 2024 10:00:00 GMT`.
    Rfc1123,
    /// `date-time-rfc7231`: the same wire form as RFC 1123 (TypeSpec's name).
    Rfc7231,
}

/// Scalar types: JSON `type` + `format`. Serialized as
/// [`Scalar::display_name`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scalar {
    /// `string` with no format the IR gives a meaning to; the original
    /// `format` (e.g. `uri`, `password`, `arm-id`) is kept for docs.
    String {
        /// The `format` as written, if any.
        format: Option<String>,
    },
    /// `integer` `int32`.
    Int32,
    /// `integer` `int64`, or `integer` without a format.
    Int64,
    /// `number` `float`.
    Float32,
    /// `number` `double`, or `number` without a format.
    Float64,
    /// `number` `decimal`.
    Decimal,
    /// `boolean`.
    Boolean,
    /// A date-time in one of the [`DateTimeFormat`]s.
    DateTime(DateTimeFormat),
    /// `date`: `2024-02-01`.
    Date,
    /// `time`: `10:00:00`.
    Time,
    /// `duration`: ISO 8601 (`PT1H30M`).
    Duration,
    /// `uuid`.
    Uuid,
    /// `byte`: standard base64.
    Base64,
    /// `base64url`: URL-safe base64 without padding.
    Base64Url,
    /// `unixtime`: seconds since the epoch, as an integer.
    UnixTime,
    /// `file` or `format: binary`: a byte stream.
    Binary,
    /// A number sent as JSON text: `type: string` with a numeric `format`
    /// (`int64`, `double`, ...), as TypeSpec writes `@encode(string)`. The
    /// inner scalar is the number's own ([`Scalar::Int32`], [`Scalar::Int64`],
    /// [`Scalar::Float32`], [`Scalar::Float64`] or [`Scalar::Decimal`]).
    NumberAsString(Box<Scalar>),
    /// An entity tag (`ETag` response headers, `If-Match` and
    /// `If-None-Match` parameters, `etag` properties): an opaque string
    /// compared whole. Lowering marks it by name (see
    /// `lower::etag`); on the wire it is a plain string.
    ETag,
}

impl TypeRef {
    /// A plain string.
    pub fn string() -> Self {
        TypeRef::Scalar(Scalar::String { format: None })
    }

    /// The type with every `Nullable` item or value made plain.
    pub fn non_null(self) -> TypeRef {
        match self {
            TypeRef::Nullable(inner) => inner.non_null(),
            TypeRef::Array(item) => TypeRef::Array(Box::new(item.non_null())),
            TypeRef::Map(value) => TypeRef::Map(Box::new(value.non_null())),
            other => other,
        }
    }

    /// The model or enum the type names, looking through arrays, maps and
    /// nullability (`Pool[]?` names `Pool`); `None` for scalars and `any`.
    /// Docs of undescribed types, and tests slicing an API, find a type's
    /// uses this one way.
    pub fn named(&self) -> Option<&TypeId> {
        match self {
            TypeRef::Model(id) | TypeRef::Enum(id) => Some(id),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.named(),
            TypeRef::Scalar(_) | TypeRef::Any => None,
        }
    }

    /// A short, stable description of the type for changelogs and docs:
    /// `string`, `int32`, `date-time`, `Pool[]`, `map<string>`.
    pub fn display_name(&self) -> String {
        match self {
            TypeRef::Scalar(s) => s.display_name().into_owned(),
            TypeRef::Array(inner) => format!("{}[]", inner.display_name()),
            TypeRef::Map(inner) => format!("map<{}>", inner.display_name()),
            TypeRef::Model(id) | TypeRef::Enum(id) => id.clone(),
            TypeRef::Any => "any".to_owned(),
            TypeRef::Nullable(inner) => format!("{}?", inner.display_name()),
        }
    }
}

impl Scalar {
    /// The spec spelling of this scalar (`string`, `string(uri)`, `int32`,
    /// `date-time-rfc1123`).
    pub fn display_name(&self) -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(match self {
            Scalar::String { format: Some(f) } => {
                return std::borrow::Cow::Owned(format!("string({f})"))
            }
            Scalar::String { format: None } => "string",
            Scalar::Int32 => "int32",
            Scalar::Int64 => "int64",
            Scalar::Float32 => "float",
            Scalar::Float64 => "double",
            Scalar::Decimal => "decimal",
            Scalar::Boolean => "boolean",
            Scalar::DateTime(DateTimeFormat::Rfc3339) => "date-time",
            Scalar::DateTime(DateTimeFormat::Rfc1123) => "date-time-rfc1123",
            Scalar::DateTime(DateTimeFormat::Rfc7231) => "date-time-rfc7231",
            Scalar::Date => "date",
            Scalar::Time => "time",
            Scalar::Duration => "duration",
            Scalar::Uuid => "uuid",
            Scalar::Base64 => "byte",
            Scalar::Base64Url => "base64url",
            Scalar::UnixTime => "unixtime",
            Scalar::Binary => "binary",
            Scalar::ETag => "string",
            Scalar::NumberAsString(number) => {
                return std::borrow::Cow::Owned(format!("string({})", number.display_name()))
            }
        })
    }

    /// Maps a JSON schema `type` and `format` to a scalar; `None` when the
    /// type is not scalar (`array`, `object`) or unknown.
    pub fn from_type_format(ty: &str, format: Option<&str>) -> Option<Self> {
        Some(match (ty, format) {
            ("string", Some("date-time")) => Scalar::DateTime(DateTimeFormat::Rfc3339),
            ("string", Some("date-time-rfc1123")) => Scalar::DateTime(DateTimeFormat::Rfc1123),
            ("string", Some("date-time-rfc7231")) => Scalar::DateTime(DateTimeFormat::Rfc7231),
            ("string", Some("date")) => Scalar::Date,
            ("string", Some("time")) => Scalar::Time,
            ("string", Some("duration")) => Scalar::Duration,
            ("string", Some("uuid")) => Scalar::Uuid,
            ("string", Some("byte")) => Scalar::Base64,
            ("string", Some("base64url")) => Scalar::Base64Url,
            ("string", Some("binary")) | ("file", _) => Scalar::Binary,
            ("string", Some(format @ ("int32" | "int64" | "float" | "double" | "decimal"))) => {
                Scalar::NumberAsString(Box::new(Self::from_type_format("number", Some(format))?))
            }
            ("string", format) => Scalar::String {
                format: format.map(str::to_owned),
            },
            ("integer", Some("int32")) => Scalar::Int32,
            ("integer", Some("unixtime")) => Scalar::UnixTime,
            ("integer", _) => Scalar::Int64,
            ("number", Some("float")) => Scalar::Float32,
            ("number", Some("decimal")) => Scalar::Decimal,
            ("number", Some("int32")) => Scalar::Int32,
            ("number", Some("int64")) => Scalar::Int64,
            ("number", _) => Scalar::Float64,
            ("boolean", _) => Scalar::Boolean,
            _ => return None,
        })
    }
}

impl Serialize for Scalar {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.display_name())
    }
}

impl Serialize for TypeRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        fn one<S: serde::Serializer, V: Serialize + ?Sized>(
            s: S,
            key: &str,
            value: &V,
        ) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(key, value)?;
            map.end()
        }
        match self {
            TypeRef::Scalar(scalar) => scalar.serialize(s),
            TypeRef::Any => s.serialize_str("any"),
            TypeRef::Array(inner) => one(s, "array", inner),
            TypeRef::Map(inner) => one(s, "map", inner),
            TypeRef::Model(id) => one(s, "model", id),
            TypeRef::Enum(id) => one(s, "enum", id),
            TypeRef::Nullable(inner) => one(s, "nullable", inner),
        }
    }
}
