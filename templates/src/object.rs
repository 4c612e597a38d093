//! Serde for the generated models: each model names its fields' JSON
//! properties once, in a `json_object!` table below its struct, and the one
//! reader and one writer here serve every model.
//!
//! Why not `#[derive(Deserialize, Serialize)]`: serde's derive writes a
//! field enum, a map visitor and a sequence visitor for every struct, and
//! type-checking those was most of a generated crate's `cargo check` time
//! (Batch 2024-02-01: 4.4 s of 6.0 s). The table gives the same wire form
//! (properties in field order, unset fields omitted, properties the spec
//! does not define kept in `additional_properties` and written back after
//! the fields) for a few lines of checked code per model.
//!
//! An explicit `null` is a third state beside a value and an absent
//! property (a JSON merge patch, RFC 7396, removes a property with it). It
//! lives in the catch-all map rather than in the field's type, so that
//! every field stays a plain `Option<T>`: a `null` read for a field leaves
//! it `None` and keeps `"<property>": null` in `additional_properties`, and
//! a catch-all entry is written unless a set field has its name (the field
//! wins: never a duplicate key). A model read and written back so gives the
//! same JSON, `null`s included, and a user sends `null` for an unset field
//! by putting `Value::Null` under its name. A typed catch-all map (the
//! spec's typed `additionalProperties`) cannot hold a `null`: there a
//! `null` field is read as unset, and not written back.

// Which formats are used depends on the specs and the enabled features.
#![allow(dead_code)]

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::encoding::{Encoding as Format, Written};

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
    /// map's entries that no set field names.
    fn write_properties<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Whether the field with wire key `key` is set (a flattened model's
    /// nested field's key is its path, as in `Flattened::KEYS`).
    fn is_set(&self, key: &str) -> bool;
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

/// Reads the value of the field with wire key `key` in format `F`, and
/// notes in the catch-all map `extra` whether it was an explicit `null`.
pub(crate) fn read<'de, F: Format<T>, T, A: MapAccess<'de>, E: Entries>(
    map: &mut A,
    key: Cow<'de, str>,
    field: &mut Option<T>,
    extra: &mut E,
) -> Result<(), A::Error> {
    *field = map.next_value_seed(Read::<F, T>(PhantomData))?;
    extra.note_null(key, field.is_none());
    Ok(())
}

/// Writes a field in format `F` under `key`, unless it is unset.
pub(crate) fn write<F: Format<T>, T, M: SerializeMap>(
    map: &mut M,
    key: &str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, &Written::<F, T>::new(value)),
        None => Ok(()),
    }
}

struct Read<F, T>(PhantomData<(F, T)>);

impl<'de, F: Format<T>, T> DeserializeSeed<'de> for Read<F, T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        F::read(Lenient(deserializer))
    }
}

/// A field's deserializer that also takes a boolean or a number written as
/// a JSON string holding exactly its JSON text (`"true"`, `"1024"`), as
/// Data Lake's List Paths writes `isDirectory` and `contentLength` where
/// its spec says boolean and integer; any other string is still an error.
/// The value is written back in its spec's type. Every other request goes
/// to the wrapped deserializer as it is.
struct Lenient<D>(D);

/// Forwards each named `deserialize_*` method to the wrapped deserializer.
macro_rules! forward {
    ($($method:ident $(($($arg:ident: $ty:ty),*))?),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($($arg: $ty,)*)? visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($($arg,)*)? visitor)
        }
    )*};
}

/// Reads the named scalars through [`Scalar`], which also takes their text.
macro_rules! scalar {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.deserialize_any(Scalar(visitor, f64::MAX))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    scalar! {
        deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64,
        deserialize_i128, deserialize_u8, deserialize_u16, deserialize_u32, deserialize_u64,
        deserialize_u128, deserialize_f64,
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Beyond an f32's range, serde would read infinity and write it
        // back as `null`: the value would be lost without an error.
        self.0.deserialize_any(Scalar(visitor, f64::from(f32::MAX)))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(Optional(visitor))
    }

    forward! {
        deserialize_any, deserialize_char, deserialize_str, deserialize_string,
        deserialize_bytes, deserialize_byte_buf, deserialize_unit,
        deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str),
        deserialize_seq, deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map,
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_identifier, deserialize_ignored_any,
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// An `Option`'s visitor whose value is read leniently too.
struct Optional<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Optional<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Lenient(deserializer))
    }
}

/// A boolean's or number's visitor that also takes its JSON text in a
/// string, and refuses a finite number beyond its largest magnitude (an
/// `f32`'s; `f64::MAX` for the other types).
struct Scalar<V>(V, f64);

impl<'de, V: Visitor<'de>> Visitor<'de> for Scalar<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_bool(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_i64(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_u64(v)
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> {
        self.0.visit_i128(v)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> {
        self.0.visit_u128(v)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        if v.is_finite() && v.abs() > self.1 {
            return Err(de::Error::invalid_value(
                de::Unexpected::Float(v),
                &"a number within a 32-bit float's range",
            ));
        }
        self.0.visit_f64(v)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<V::Value, E> {
        // The text read as the JSON it holds: one boolean or number, no
        // more (whitespace, quotes, another type's text are refused).
        // Refused as serde refuses a string where the type is due.
        let invalid = || de::Error::invalid_type(de::Unexpected::Str(text), &self);
        if text.is_empty() || text.trim() != text {
            return Err(invalid());
        }
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Bool(v)) => self.0.visit_bool(v),
            Ok(serde_json::Value::Number(n)) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(v), _, _) => self.0.visit_u64(v),
                (None, Some(v), _) => self.0.visit_i64(v),
                (None, None, Some(v)) => self.visit_f64(v),
                _ => Err(invalid()),
            },
            _ => Err(invalid()),
        }
    }
}

/// A model with `x-ms-client-flatten` fields, written straight to the
/// serializer with each nested field inside its nested object (no
/// `serde_json::Value` in between: numbers keep their own type's text and
/// properties their order).
pub(crate) trait Flattened: Object {
    /// The wire keys of the fields, in field order: a nested field's is its
    /// path joined by `crate::runtime::flattening::SEPARATOR`.
    const KEYS: &'static [&'static str];

    /// Writes the field with wire key `key` under the property `name`,
    /// unless it is unset.
    fn write_field<M: SerializeMap>(
        &self,
        key: &str,
        name: &str,
        map: &mut M,
    ) -> Result<(), M::Error>;

    /// The catch-all map of properties the spec does not define, with the
    /// encoding of its values.
    fn catch_all(&self) -> impl CatchAll + '_;
}

/// A model's catch-all map, as the writers read it.
pub(crate) trait CatchAll {
    /// Writes each entry whose key `skip` does not name.
    fn write_entries<M: SerializeMap>(
        &self,
        map: &mut M,
        skip: impl Fn(&str) -> bool,
    ) -> Result<(), M::Error>;

    /// The JSON object kept under `key`: undefined properties read from
    /// inside a nested object, written back inside it.
    fn object(&self, key: &str) -> Option<&serde_json::Map<String, serde_json::Value>>;
}

/// The maps a catch-all field can be: every undefined property as it came
/// (`serde_json::Map`), or the spec's typed `additionalProperties`.
pub(crate) trait Entries {
    /// The type of a value.
    type Value;

    /// The entries, in the map's order.
    fn entries(&self) -> impl Iterator<Item = (&str, &Self::Value)>;

    /// The JSON object kept under `key`, if the map keeps JSON.
    fn object(&self, key: &str) -> Option<&serde_json::Map<String, serde_json::Value>>;

    /// Notes that the field with wire key `key` was read as an explicit
    /// `null` (`null`) or as a value, the last of its duplicates winning;
    /// only a map that keeps JSON can hold the `null`.
    fn note_null(&mut self, key: Cow<'_, str>, null: bool);
}

impl Entries for serde_json::Map<String, serde_json::Value> {
    type Value = serde_json::Value;

    fn entries(&self) -> impl Iterator<Item = (&str, &serde_json::Value)> {
        self.iter().map(|(key, value)| (key.as_str(), value))
    }

    fn object(&self, key: &str) -> Option<&serde_json::Map<String, serde_json::Value>> {
        self.get(key)?.as_object()
    }

    fn note_null(&mut self, key: Cow<'_, str>, null: bool) {
        if null {
            self.insert(key.into_owned(), serde_json::Value::Null);
        } else if !self.is_empty() {
            // A value after a `null` of the same key (a duplicate key).
            self.remove(key.as_ref());
        }
    }
}

impl<T> Entries for std::collections::HashMap<String, T> {
    type Value = T;

    fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        self.iter().map(|(key, value)| (key.as_str(), value))
    }

    fn object(&self, _key: &str) -> Option<&serde_json::Map<String, serde_json::Value>> {
        None
    }

    fn note_null(&mut self, _key: Cow<'_, str>, _null: bool) {}
}

/// A catch-all map whose values are written in format `F`: `Plain` for
/// JSON kept as it came, the encoding of the spec's value type
/// (`Rfc3339`, `Base64`, ...) for a typed map, the same a field of that
/// type is written in.
pub(crate) struct Extra<'a, F, M>(&'a M, PhantomData<fn() -> F>);

impl<'a, F, M> Extra<'a, F, M> {
    pub(crate) fn new(map: &'a M) -> Self {
        Self(map, PhantomData)
    }
}

impl<F: Format<M::Value>, M: Entries> CatchAll for Extra<'_, F, M> {
    fn write_entries<S: SerializeMap>(
        &self,
        map: &mut S,
        skip: impl Fn(&str) -> bool,
    ) -> Result<(), S::Error> {
        for (key, value) in self.0.entries() {
            if !skip(key) {
                map.serialize_entry(key, &Written::<F, M::Value>::new(value))?;
            }
        }
        Ok(())
    }

    fn object(&self, key: &str) -> Option<&serde_json::Map<String, serde_json::Value>> {
        self.0.object(key)
    }
}

/// Reads the value of a property kept in a typed catch-all map, in format
/// `F`; `null` is an error unless the values are nullable (`Nullable`), as
/// for an array item.
pub(crate) fn read_entry<'de, F: Format<T>, T, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<T, A::Error> {
    Ok(map.next_value::<crate::encoding::Item<F, T>>()?.0)
}

/// Writes a flattened model as a JSON object.
pub(crate) fn serialize_flattened<T: Flattened, S: Serializer>(
    object: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    write_level(object, &mut map, "", Some(&object.catch_all()))?;
    map.end()
}

/// Writes the properties of one object of a flattened model's wire form:
/// the fields whose path is `prefix`, each nested object below it where one
/// of its fields is set (at its first field's place), then the catch-all
/// entries kept at this level (`extra`), those of a nested object merged
/// into it.
fn write_level<T: Flattened, C: CatchAll, M: SerializeMap>(
    object: &T,
    map: &mut M,
    prefix: &str,
    extra: Option<&C>,
) -> Result<(), M::Error> {
    let separator = crate::runtime::flattening::SEPARATOR;
    let mut written: Vec<&str> = Vec::new();
    for &key in T::KEYS {
        let Some(rest) = key.strip_prefix(prefix) else {
            continue;
        };
        match rest.split_once(separator) {
            None => {
                if object.is_set(key) {
                    object.write_field(key, rest, map)?;
                    written.push(rest);
                }
            }
            Some((segment, _)) => {
                if written.contains(&segment) {
                    continue;
                }
                let child = &key[..prefix.len() + segment.len() + separator.len_utf8()];
                let kept = extra.and_then(|extra| extra.object(segment));
                let has_fields = T::KEYS
                    .iter()
                    .any(|k| k.starts_with(child) && object.is_set(k));
                if has_fields || kept.is_some_and(|kept| !kept.is_empty()) {
                    map.serialize_entry(
                        segment,
                        &Level {
                            object,
                            prefix: child,
                            extra: kept,
                        },
                    )?;
                    written.push(segment);
                }
            }
        }
    }
    match extra {
        Some(extra) => extra.write_entries(map, |key| written.contains(&key)),
        None => Ok(()),
    }
}

/// A nested object of a flattened model's wire form.
struct Level<'a, T> {
    object: &'a T,
    prefix: &'a str,
    extra: Option<&'a serde_json::Map<String, serde_json::Value>>,
}

impl<T: Flattened> Serialize for Level<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let extra = self.extra.map(Extra::<crate::encoding::Plain, _>::new);
        write_level(self.object, &mut map, self.prefix, extra.as_ref())?;
        map.end()
    }
}

/// Implements [`Object`], `Deserialize`, `Serialize` and the conversion to
/// a request body for a model from
/// its table: `Model { field: "property", field: "property" as Format }`,
/// in field order, `Format` one of `crate::encoding`'s (a field without one is
/// `Plain`); a container format names its items' format in parentheses,
/// `List(Rfc3339)`, `Map(Nullable(Base64))`. Every model has the catch-all map `additional_properties`.
///
/// `, additional_properties = Format` is for a model whose spec types its
/// `additionalProperties` with a value that has an encoding: the catch-all
/// map's values are read and written in it, as a field's are. Without it,
/// values are read as serde reads their type (`null` too, for JSON kept as
/// it came).
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
        $name:ident { $($field:ident: $wire:literal $(as $format:ident $(($($inner:tt)+))?)?),* $(,)? }
        $(, additional_properties = $extra:ident $(($($extra_inner:tt)+))?)?
        $(, flattened = [$($key:literal),* $(,)?])?
    ) => {
        impl crate::object::Object for $name {
            fn read_property<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: std::borrow::Cow<'de, str>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                match key.as_ref() {
                    $($wire => crate::object::read::<
                        crate::object::json_object!(@format $($format $(($($inner)+))?)?), _, _, _
                    >(map, key, &mut self.$field, &mut self.additional_properties)?,)*
                    _ => {
                        let value = crate::object::json_object!(
                            @entry map $($extra $(($($extra_inner)+))?)?
                        );
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
                    crate::object::json_object!(@format $($format $(($($inner)+))?)?), _, _
                >(map, $wire, &self.$field)?;)*
                crate::object::CatchAll::write_entries(
                    &crate::object::Extra::<
                        crate::object::json_object!(@format $($extra $(($($extra_inner)+))?)?), _
                    >::new(&self.additional_properties),
                    map,
                    |key| crate::object::Object::is_set(self, key),
                )
            }

            fn is_set(&self, key: &str) -> bool {
                match key {
                    $($wire => self.$field.is_some(),)*
                    _ => false,
                }
            }
        }

        crate::object::json_object!(
            @serde $name { $($field: $wire $(as $format $(($($inner)+))?)?),* }
            ($($extra $(($($extra_inner)+))?)?) $([$($key),*])?
        );

        // Any model can be a whole request body.
        crate::runtime::request_content!($name);
    };
    (@entry $map:ident) => { $map.next_value()? };
    (@entry $map:ident $($format:tt)+) => {
        crate::object::read_entry::<crate::object::json_object!(@format $($format)+), _, _>($map)?
    };
    (@format) => { crate::encoding::Plain };
    // Whether the catch-all map keeps JSON (can hold a `null`).
    (@json) => { true };
    (@json $($format:tt)+) => { false };
    (@format $format:ident) => { crate::encoding::$format };
    (@format $format:ident ($($inner:tt)+)) => {
        crate::encoding::$format<crate::object::json_object!(@format $($inner)+)>
    };
    (@serde $name:ident { $($rest:tt)* } ($($extra:tt)*)) => {
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
    (@serde $name:ident {
        $($field:ident: $wire:literal $(as $format:ident $(($($inner:tt)+))?)?),*
    } ($($extra:tt)*) [$($key:literal),*]) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let value = crate::runtime::flattening::unnest(
                    value,
                    &[$($key),*],
                    crate::object::json_object!(@json $($extra)*),
                );
                crate::object::deserialize(value).map_err(serde::de::Error::custom)
            }
        }

        impl crate::object::Flattened for $name {
            const KEYS: &'static [&'static str] = &[$($wire),*];

            fn write_field<M: serde::ser::SerializeMap>(
                &self,
                key: &str,
                name: &str,
                map: &mut M,
            ) -> Result<(), M::Error> {
                match key {
                    $($wire => crate::object::write::<
                        crate::object::json_object!(@format $($format $(($($inner)+))?)?), _, _
                    >(map, name, &self.$field),)*
                    _ => Ok(()),
                }
            }

            fn catch_all(&self) -> impl crate::object::CatchAll + '_ {
                crate::object::Extra::<crate::object::json_object!(@format $($extra)*), _>::new(
                    &self.additional_properties,
                )
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::object::serialize_flattened(self, serializer)
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use json_object;
