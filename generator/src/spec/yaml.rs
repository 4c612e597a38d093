//! YAML spec files (OpenAPI 3 is often published as YAML) read into the
//! same JSON values as JSON files, so that pointers and `$ref`s work alike.
//!
//! YAML is wider than JSON: keys may be numbers (`200:` under `responses`)
//! or booleans, values may carry tags, and merge keys (`<<`) copy mappings.
//! Keys become their text, tags are dropped and merges are applied; what has
//! no JSON form (a mapping used as a key, a non-finite number) is an error
//! at the pointer where it sits.

use serde_json::{Map, Number, Value};
use serde_yaml::Value as Yaml;

use super::escape_token;

/// Parses YAML text into a JSON value; the error is a message and the
/// pointer (`#/paths/...`) it concerns.
pub(super) fn parse(text: &[u8]) -> Result<Value, (String, String)> {
    let mut yaml: Yaml =
        serde_yaml::from_slice(text).map_err(|e| ("#".to_owned(), format!("invalid YAML: {e}")))?;
    yaml.apply_merge()
        .map_err(|e| ("#".to_owned(), format!("invalid YAML merge key: {e}")))?;
    to_json(yaml, &mut String::from("#"))
}

fn to_json(yaml: Yaml, at: &mut String) -> Result<Value, (String, String)> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                Value::Number(
                    Number::from_f64(f)
                        .ok_or_else(|| (at.clone(), format!("the number {n} has no JSON form")))?,
                )
            }
        }
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                out.push(to_json(item, at)?);
                at.truncate(len);
            }
            Value::Array(out)
        }
        Yaml::Mapping(entries) => {
            let mut out = Map::new();
            for (key, value) in entries {
                let key = match key {
                    Yaml::String(s) => s,
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    other => {
                        return Err((
                            at.clone(),
                            format!("a mapping key must be a string, found {other:?}"),
                        ))
                    }
                };
                let len = at.len();
                at.push('/');
                at.push_str(&escape_token(&key));
                let value = to_json(value, at)?;
                at.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Yaml::Tagged(tagged) => to_json(tagged.value, at)?,
    })
}

/// Whether `path` names a YAML file (by its extension).
pub(super) fn is_yaml(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}
