//! Whether a JSON value can be valid under an IR type, by JSON type alone.
//!
//! The conformance harness asks this of every example body before it judges
//! a client: an example whose body no client could read as its spec declares
//! it (an array where the spec declares an object, a string where it
//! declares a number) is the spec contradicting itself, not a client fault.
//! Formats (a malformed date-time) and constraints are not checked: a client
//! that fails on them fails on a body its spec's JSON types allow.

use serde_json::Value;

use super::{Api, Scalar, TypeRef};

/// Where an example body and its spec disagree on a JSON type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    /// JSON pointer into the body (`/value/0/state`; empty for the body).
    pub pointer: String,
    /// What the spec declares there (`int32`, `Pool`, `string[]`).
    pub declared: String,
    /// The JSON type the example has there (`string`, `array`, ...).
    pub found: &'static str,
}

impl std::fmt::Display for Contradiction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.pointer.is_empty() {
            "the body".to_owned()
        } else {
            format!("`{}`", self.pointer)
        };
        write!(
            f,
            "at {at} the spec declares {} and the example has {}",
            self.declared, self.found
        )
    }
}

impl Api {
    /// The first place where `value` cannot be valid under `ty` by JSON
    /// type, if any. A `null` fits a property (every field is optional) but
    /// not an item of an array or a value of a map unless `x-nullable`.
    /// Properties the spec does not define fit (models keep them); a
    /// discriminated model is checked as the kind its discriminator names.
    pub fn contradiction(&self, ty: &TypeRef, value: &Value) -> Option<Contradiction> {
        self.check(ty, value, &mut String::new(), false)
    }

    fn check(
        &self,
        ty: &TypeRef,
        value: &Value,
        pointer: &mut String,
        in_collection: bool,
    ) -> Option<Contradiction> {
        let fits = match (ty, value) {
            (TypeRef::Any, _) => true,
            (TypeRef::Nullable(_), Value::Null) => true,
            (TypeRef::Nullable(inner), _) => {
                return self.check(inner, value, pointer, in_collection)
            }
            (_, Value::Null) => !in_collection,
            (TypeRef::Scalar(scalar), _) => scalar_fits(scalar, value),
            (TypeRef::Enum(id), _) => scalar_fits(&self.enum_(id).base, value),
            (TypeRef::Array(item), Value::Array(items)) => {
                return items.iter().enumerate().find_map(|(i, v)| {
                    nested(pointer, &i.to_string(), |p| self.check(item, v, p, true))
                })
            }
            (TypeRef::Map(inner), Value::Object(map)) => {
                return map
                    .iter()
                    .find_map(|(k, v)| nested(pointer, k, |p| self.check(inner, v, p, true)))
            }
            (TypeRef::Model(id), Value::Object(map)) => {
                let kind = self.kind_of(id, value);
                return self.all_properties(kind).into_iter().find_map(|p| {
                    let v = map.get(&p.wire_name)?;
                    nested(pointer, &p.wire_name, |ptr| {
                        self.check(&p.ty, v, ptr, false)
                    })
                });
            }
            _ => false,
        };
        (!fits).then(|| Contradiction {
            pointer: pointer.clone(),
            declared: ty.display_name(),
            found: json_type(value),
        })
    }

    /// The model a value of the hierarchy rooted at `id` is read as: the
    /// descendant its discriminator names, else `id` itself.
    fn kind_of<'a>(&'a self, id: &'a str, value: &Value) -> &'a str {
        let Some(property) = self.model(id).discriminator.as_deref() else {
            return id;
        };
        let Some(tag) = value.get(property).and_then(Value::as_str) else {
            return id;
        };
        self.descendants(id)
            .into_iter()
            .find(|d| self.model(d).discriminator_value.as_deref() == Some(tag))
            .unwrap_or(id)
    }
}

/// Runs `check` with `segment` appended to the pointer (escaped as RFC 6901
/// says), then restores it.
fn nested(
    pointer: &mut String,
    segment: &str,
    check: impl FnOnce(&mut String) -> Option<Contradiction>,
) -> Option<Contradiction> {
    let length = pointer.len();
    pointer.push('/');
    pointer.push_str(&segment.replace('~', "~0").replace('/', "~1"));
    let found = check(pointer);
    pointer.truncate(length);
    found
}

fn scalar_fits(scalar: &Scalar, value: &Value) -> bool {
    match scalar {
        Scalar::Int32 | Scalar::Int64 | Scalar::UnixTime => value.is_i64() || value.is_u64(),
        Scalar::Float32 | Scalar::Float64 | Scalar::Decimal => value.is_number(),
        Scalar::Boolean => value.is_boolean(),
        Scalar::Binary => true,
        Scalar::String { .. }
        | Scalar::DateTime(_)
        | Scalar::Date
        | Scalar::Time
        | Scalar::Duration
        | Scalar::Uuid
        | Scalar::Base64
        | Scalar::Base64Url
        | Scalar::NumberAsString(_)
        | Scalar::ETag => value.is_string(),
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number with a fraction",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::ir::TypeRef;

    fn api() -> crate::ir::Api {
        let spec = json!({
            "swagger": "2.0",
            "info": { "title": "t", "version": "1" },
            "paths": {},
            "definitions": {
                "Pool": {
                    "properties": {
                        "id": { "type": "string" },
                        "size": { "type": "integer", "format": "int32" },
                        "tags": { "type": "array", "items": { "type": "string" } },
                        "pet": { "$ref": "#/definitions/Pet" }
                    }
                },
                "Pet": {
                    "discriminator": "kind",
                    "required": ["kind"],
                    "properties": { "kind": { "type": "string" } }
                },
                "Dog": {
                    "x-ms-discriminator-value": "dog",
                    "allOf": [{ "$ref": "#/definitions/Pet" }],
                    "properties": { "bark": { "type": "boolean" } }
                }
            }
        });
        let dir = std::env::temp_dir().join(format!("codegen-fit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("spec.json");
        std::fs::write(&path, spec.to_string()).unwrap();
        crate::load_api(&path).expect("a valid spec")
    }

    #[test]
    fn json_types_that_cannot_fit_are_located() {
        let api = api();
        let pool = TypeRef::Model("Pool".to_owned());
        assert_eq!(
            api.contradiction(&pool, &json!({ "id": "a", "size": 3 })),
            None
        );
        // Undefined properties and null properties fit.
        assert_eq!(
            api.contradiction(&pool, &json!({ "x": [1], "id": null })),
            None
        );
        let found = api
            .contradiction(&pool, &json!({ "size": "3" }))
            .expect("a string for an int32");
        assert_eq!(found.pointer, "/size");
        assert_eq!(found.declared, "int32");
        assert_eq!(found.found, "a string");
        let found = api
            .contradiction(&pool, &json!({ "tags": ["a", null] }))
            .unwrap();
        assert_eq!(found.pointer, "/tags/1");
        let found = api.contradiction(&pool, &json!([])).unwrap();
        assert_eq!((found.pointer.as_str(), found.found), ("", "an array"));
        // The kind the discriminator names is checked with its own fields.
        let found = api
            .contradiction(&pool, &json!({ "pet": { "kind": "dog", "bark": "loud" } }))
            .unwrap();
        assert_eq!(found.pointer, "/pet/bark");
        assert_eq!(
            found.to_string(),
            "at `/pet/bark` the spec declares boolean and the example has a string"
        );
    }
}
