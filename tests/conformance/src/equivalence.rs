//! When two JSON values say the same thing: the comparison used for request
//! bodies and for response bodies read back from the client's typed data.
//!
//! A typed client may legitimately respell a value while keeping its meaning,
//! so equality is by value, with these equivalences and no others:
//!
//! * objects: key order is ignored; a key whose value is `null` equals an
//!   absent key (an unset `Option` is not serialized);
//! * numbers: equal when their values are (`1` = `1.0`); integers are
//!   compared exactly, other numbers as `f64`;
//! * strings that both parse as RFC 3339 date-times are equal when they name
//!   the same instant (`…00Z` = `…00.0000000Z` = `…02:00+02:00`); the same for
//!   RFC 1123 / RFC 7231 date-times (`Fri, 17 Feb 2017 00:00:00 GMT`);
//! * strings that both parse as ISO 8601 durations are equal when they last
//!   as long (`PT1H` = `PT60M`; a day is 24 hours, a week 7 days; years and
//!   months, whose length varies, must agree as a count of months);
//! * strings that both parse as UUIDs are equal regardless of case.
//!
//! Anything else (a string for a number, a renamed or invented key, a lost
//! field, a reordered array) is a difference.

use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The first place where `actual` does not say what `expected` says, as a
/// message naming the JSON pointer; `None` when equivalent.
pub fn json_difference(expected: &Value, actual: &Value) -> Option<String> {
    let mut pointer = String::new();
    difference_at(expected, actual, &mut pointer, false)
}

/// [`json_difference`] for a JSON merge patch (RFC 7396), where `null`
/// removes a value and an absent key keeps it: a `null` is not the same as
/// no key.
pub fn json_difference_keeping_nulls(expected: &Value, actual: &Value) -> Option<String> {
    let mut pointer = String::new();
    difference_at(expected, actual, &mut pointer, true)
}

fn difference_at(
    expected: &Value,
    actual: &Value,
    pointer: &mut String,
    nulls: bool,
) -> Option<String> {
    let found = |why: &str, pointer: &str| {
        Some(format!(
            "at `{}`: {why}: expected {}, got {}",
            if pointer.is_empty() { "/" } else { pointer },
            brief(expected),
            brief(actual)
        ))
    };
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => objects_difference(e, a, pointer, nulls),
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return found(
                    &format!("{} items instead of {}", a.len(), e.len()),
                    pointer,
                );
            }
            e.iter().zip(a).enumerate().find_map(|(i, (e, a))| {
                let len = pointer.len();
                pointer.push_str(&format!("/{i}"));
                let diff = difference_at(e, a, pointer, nulls);
                pointer.truncate(len);
                diff
            })
        }
        (Value::Number(_), Value::Number(_)) if numbers_equal(expected, actual) => None,
        (Value::String(e), Value::String(a)) if strings_equivalent(e, a) => None,
        (Value::Bool(e), Value::Bool(a)) if e == a => None,
        (Value::Null, Value::Null) => None,
        _ => found("values differ", pointer),
    }
}

fn objects_difference(
    expected: &Map<String, Value>,
    actual: &Map<String, Value>,
    pointer: &mut String,
    nulls: bool,
) -> Option<String> {
    let keys = expected
        .keys()
        .chain(actual.keys().filter(|k| !expected.contains_key(*k)));
    for key in keys {
        let e = expected.get(key).unwrap_or(&Value::Null);
        let a = actual.get(key).unwrap_or(&Value::Null);
        let len = pointer.len();
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
        let diff = match (expected.contains_key(key), actual.contains_key(key)) {
            (true, false) if nulls || !e.is_null() => Some(format!("at `{pointer}`: missing")),
            (false, true) if nulls || !a.is_null() => {
                Some(format!("at `{pointer}`: unexpected key ({})", brief(a)))
            }
            _ => difference_at(e, a, pointer, nulls),
        };
        pointer.truncate(len);
        if diff.is_some() {
            return diff;
        }
    }
    None
}

fn numbers_equal(expected: &Value, actual: &Value) -> bool {
    match (expected.as_i64(), actual.as_i64()) {
        (Some(e), Some(a)) => e == a,
        _ => match (expected.as_u64(), actual.as_u64()) {
            (Some(e), Some(a)) => e == a,
            _ => match (expected.as_f64(), actual.as_f64()) {
                // A `format: float` field holds an f32: the example's
                // decimal and the f32 widened to f64 agree at f32 precision.
                (Some(e), Some(a)) => e == a || (e as f32) == (a as f32),
                _ => false,
            },
        },
    }
}

/// Whether two strings say the same thing under the date-time and duration
/// equivalences of this module.
pub fn strings_equivalent(expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    if let (Some(e), Some(a)) = (parse_date_time(expected), parse_date_time(actual)) {
        return e == a;
    }
    if let (Ok(e), Ok(a)) = (
        azure_core::Uuid::parse_str(expected),
        azure_core::Uuid::parse_str(actual),
    ) {
        return e == a;
    }
    matches!((parse_duration(expected), parse_duration(actual)), (Some(e), Some(a)) if e == a)
}

/// Parses an RFC 3339 or an RFC 1123/7231 (`Fri, 17 Feb 2017 00:00:00 GMT`)
/// date-time.
pub fn parse_date_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .or_else(|| azure_core::time::parse_rfc7231(text).ok())
}

/// An ISO 8601 duration as (months, seconds): the two parts whose ratio is
/// not fixed.
fn parse_duration(text: &str) -> Option<(i64, f64)> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let rest = text.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((_, "")) => return None,
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    let (mut months, mut seconds) = (0i64, 0f64);
    for (amount, unit) in duration_parts(date)? {
        match unit {
            'Y' => months += 12 * amount as i64,
            'M' => months += amount as i64,
            'W' => seconds += amount * 7.0 * 86_400.0,
            'D' => seconds += amount * 86_400.0,
            _ => return None,
        }
    }
    for (amount, unit) in duration_parts(time.unwrap_or(""))? {
        seconds += amount
            * match unit {
                'H' => 3_600.0,
                'M' => 60.0,
                'S' => 1.0,
                _ => return None,
            };
    }
    Some(if negative {
        (-months, -seconds)
    } else {
        (months, seconds)
    })
}

/// `1Y2M` → `[(1, 'Y'), (2, 'M')]`; `None` when malformed.
fn duration_parts(text: &str) -> Option<Vec<(f64, char)>> {
    let mut parts = Vec::new();
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            number.push(if c == ',' { '.' } else { c });
        } else {
            parts.push((number.parse().ok()?, c));
            number.clear();
        }
    }
    number.is_empty().then_some(parts)
}

fn brief(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn same(e: Value, a: Value) -> bool {
        json_difference(&e, &a).is_none()
    }

    #[test]
    fn key_order_is_ignored_and_null_equals_absent() {
        assert!(same(json!({"a": 1, "b": 2}), json!({"b": 2, "a": 1})));
        assert!(same(json!({"a": 1, "b": null}), json!({"a": 1})));
        assert!(same(json!({"a": 1}), json!({"a": 1, "b": null})));
    }

    #[test]
    fn lost_renamed_and_invented_fields_differ() {
        let lost = json_difference(&json!({"a": 1, "b": 2}), &json!({"a": 1})).unwrap();
        assert!(lost.contains("`/b`: missing"), "{lost}");
        let renamed = json_difference(&json!({"poolId": "p"}), &json!({"pool_id": "p"}));
        assert!(renamed.is_some());
        let invented = json_difference(&json!({}), &json!({"x": false})).unwrap();
        assert!(invented.contains("unexpected key"), "{invented}");
    }

    #[test]
    fn numbers_compare_by_value_not_type() {
        assert!(same(json!(1), json!(1.0)));
        assert!(same(json!(u64::MAX), json!(u64::MAX)));
        assert!(!same(json!(1), json!(2)));
        assert!(!same(json!(1), json!("1")));
        assert!(!same(
            json!(9007199254740993_i64),
            json!(9007199254740992_i64)
        ));
    }

    #[test]
    // The literal has the example's digits on purpose: the f32 nearest to
    // them, widened, must still match them.
    #[allow(clippy::excessive_precision)]
    fn floats_agree_at_f32_precision_only() {
        let widened = f64::from(39.384_838_f32);
        assert!(same(json!(39.384838), json!(widened)));
        assert!(!same(json!(39.384838), json!(39.3849)));
    }

    #[test]
    fn date_times_compare_as_instants() {
        assert!(same(
            json!("2016-11-21T18:26:39.7108787Z"),
            json!("2016-11-21T20:26:39.7108787+02:00")
        ));
        assert!(same(
            json!("2017-02-17T00:00:00Z"),
            json!("2017-02-17T00:00:00.0000000Z")
        ));
        assert!(same(
            json!("Fri, 17 Feb 2017 00:00:00 GMT"),
            json!("2017-02-17T00:00:00Z")
        ));
        assert!(!same(
            json!("2017-02-17T00:00:00Z"),
            json!("2017-02-17T00:00:01Z")
        ));
    }

    #[test]
    fn durations_compare_by_length() {
        assert!(same(json!("PT15M"), json!("PT900S")));
        assert!(same(json!("P1D"), json!("PT24H")));
        assert!(same(json!("PT0.5S"), json!("PT0,5S")));
        assert!(same(json!("P1Y"), json!("P12M")));
        assert!(!same(json!("P1M"), json!("P30D")));
        assert!(!same(json!("PT15M"), json!("PT16M")));
        assert!(!same(json!("PT"), json!("P")));
    }

    #[test]
    fn uuids_ignore_case() {
        assert!(strings_equivalent(
            "0000000A-0000-0000-0000-000000000000",
            "0000000a-0000-0000-0000-000000000000"
        ));
        assert!(!strings_equivalent("ABC", "abc"));
    }

    #[test]
    fn arrays_keep_their_order_and_length() {
        assert!(same(json!([1, {"a": "x"}]), json!([1, {"a": "x"}])));
        assert!(!same(json!([1, 2]), json!([2, 1])));
        let diff = json_difference(&json!({"v": [1, 2]}), &json!({"v": [1]})).unwrap();
        assert!(diff.contains("`/v`"), "{diff}");
    }
}
