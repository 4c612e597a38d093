//! Serde for the generated models: each model names its fields' JSON
//! properties once, in a `json_object!` table below its struct, and the one
//! reader and one writer here serve every model.
//!
//! Why not `#[derive(Deserialize, Serialize)]`: serde's derive writes a
//! field enum, a map visitor and a sequence visitor for every struct, and
//! type-checking those was most of a generated crate's `cargo check` time
//! (Batch 2024-02-01: 4.4 s of 6.0 s). The table gives the same wire form
//! (properties in field order, unset fields omitted, `null` read as unset,
//! properties the spec does not define kept in `additional_properties` and
//! written back after the fields) for a few lines of checked code per model.

// Which formats are used depends on the specs and the enabled features.
#![allow(dead_code)]

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A model read and written as a JSON object, property by property.
pub(crate) trait Object: Default {
    /// Reads the value of the property `key` from `map` into its field, or
    /// into the catch-all map when no field has that name.
    fn read_property<'de, A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Writes each set field under its property name, then the catch-all
    /// map.
    fn write_properties<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

/// Reads a model from a JSON object.
pub(crate) fn deserialize<'de, T: Object, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// Writes a model as a JSON object.
pub(crate) fn serialize<T: Object, S: Serializer>(
    object: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    object.write_properties(&mut map)?;
    map.end()
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut object = T::default();
        while let Some(Key(key)) = map.next_key()? {
            object.read_property(key, &mut map)?;
        }
        Ok(object)
    }
}

/// A property name, borrowed from the input where the input allows.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(key)))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key.to_owned())))
            }

            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// How a field's value of type `T` is written in JSON.
pub(crate) trait Format<T> {
    /// Reads the value; `null` is `None`.
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error>;

    /// Writes a set value.
    fn write<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error>;
}

/// A value as serde reads and writes its type.
pub(crate) struct Plain;

impl<T: Serialize + for<'de> Deserialize<'de>> Format<T> for Plain {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
        Option::<T>::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        value.serialize(serializer)
    }
}

/// A `date-time`: RFC 3339 text.
pub(crate) struct Rfc3339;

impl Format<azure_core::time::OffsetDateTime> for Rfc3339 {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<azure_core::time::OffsetDateTime>, D::Error> {
        crate::runtime::rfc3339::option::deserialize(deserializer)
    }

    fn write<S: Serializer>(
        value: &azure_core::time::OffsetDateTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&azure_core::time::to_rfc3339(value))
    }
}

/// A `date-time-rfc1123`: RFC 7231 (RFC 1123) text.
pub(crate) struct Rfc7231;

impl Format<azure_core::time::OffsetDateTime> for Rfc7231 {
    fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<azure_core::time::OffsetDateTime>, D::Error> {
        azure_core::time::rfc7231::option::deserialize(deserializer)
    }

    fn write<S: Serializer>(
        value: &azure_core::time::OffsetDateTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&azure_core::time::to_rfc7231(value))
    }
}

/// A `byte` (or `binary`) value: standard base64 text.
pub(crate) struct Base64;

impl Format<Vec<u8>> for Base64 {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<u8>>, D::Error> {
        azure_core::base64::option::deserialize(deserializer)
    }

    fn write<S: Serializer>(value: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
        azure_core::base64::serialize(value, serializer)
    }
}

/// A `base64url` value: URL-safe base64 text.
pub(crate) struct Base64Url;

impl Format<Vec<u8>> for Base64Url {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<u8>>, D::Error> {
        azure_core::base64::option::deserialize_url_safe(deserializer)
    }

    fn write<S: Serializer>(value: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
        azure_core::base64::serialize_url_safe(value, serializer)
    }
}

/// Reads the value of a field in format `F`.
pub(crate) fn read<'de, F: Format<T>, T, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<T>, A::Error> {
    map.next_value_seed(Read::<F, T>(PhantomData))
}

/// Writes a field in format `F` under `key`, unless it is unset.
pub(crate) fn write<F: Format<T>, T, M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, &Written::<F, T>(value, PhantomData)),
        None => Ok(()),
    }
}

struct Read<F, T>(PhantomData<(F, T)>);

impl<'de, F: Format<T>, T> DeserializeSeed<'de> for Read<F, T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        F::read(deserializer)
    }
}

struct Written<'a, F, T>(&'a T, PhantomData<F>);

impl<F: Format<T>, T> Serialize for Written<'_, F, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        F::write(self.0, serializer)
    }
}

/// Implements [`Object`], `Deserialize`, `Serialize` and the conversion to
/// a request body for a model from
/// its table: `Model { field: "property", field: "property" as Format }`,
/// in field order, `Format` one of this module's (a field without one is
/// [`Plain`]). Every model has the catch-all map `additional_properties`.
///
/// `, flattened = ["path\u{1f}property", ...]` is for a model with
/// `x-ms-client-flatten` properties: those fields' properties are named by
/// their path in the table, and the named keys move out of their nested
/// objects when reading and back in when writing
/// (`crate::runtime::flattening`), so the wire stays nested.
// Unused in a crate whose specs define no model.
#[allow(unused_macros)]
macro_rules! json_object {
    (
        $name:ident { $($field:ident: $wire:literal $(as $format:ident)?),* $(,)? }
        $(, flattened = [$($key:literal),* $(,)?])?
    ) => {
        impl crate::object::Object for $name {
            fn read_property<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: std::borrow::Cow<'de, str>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match key.as_ref() {
                    $($wire => {
                        self.$field = crate::object::read::<
                            crate::object::json_object!(@format $($format)?), _, _
                        >(map)?
                    })*
                    _ => {
                        let value = map.next_value()?;
                        self.additional_properties.insert(key.into_owned(), value);
                    }
                }
                Ok(())
            }

            fn write_properties<M: serde::ser::SerializeMap>(
                &self,
                map: &mut M,
            ) -> Result<(), M::Error> {
                $(crate::object::write::<
                    crate::object::json_object!(@format $($format)?), _, _
                >(map, $wire, &self.$field)?;)*
                for (key, value) in &self.additional_properties {
                    map.serialize_entry(key, value)?;
                }
                Ok(())
            }
        }

        crate::object::json_object!(@serde $name $([$($key),*])?);

        // Any model can be a whole request body.
        crate::runtime::request_content!($name);
    };
    (@format) => { crate::object::Plain };
    (@format $format:ident) => { crate::object::$format };
    (@serde $name:ident) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::deserialize(deserializer)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::object::serialize(self, serializer)
            }
        }
    };
    (@serde $name:ident [$($key:literal),*]) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let value = crate::runtime::flattening::unnest(value, &[$($key),*]);
                crate::object::deserialize(value).map_err(serde::de::Error::custom)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let value = crate::object::serialize(self, serde_json::value::Serializer)
                    .map_err(serde::ser::Error::custom)?;
                serde::Serialize::serialize(&crate::runtime::flattening::nest(value), serializer)
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use json_object;
