//! Mutations of JSON documents that any reader must survive, shared by both
//! targets: on the parsed value (wrong types, missing and extra keys, deep
//! nesting, huge numbers, hostile strings) and on the bytes (truncation,
//! invalid UTF-8, byte-order marks, duplicate keys).
//!
//! Every choice comes from the caller's [`Rng`], so a seed replays a run.

use rand::seq::IndexedRandom;
use rand::RngExt;
use serde_json::{Map, Value};

/// The fuzzers' random source: seeded, portable.
pub type Rng = rand::rngs::ChaCha8Rng;

/// The RNG of mutant number `index` of a run from `seed`: each mutant has
/// its own stream, so one can be replayed without the others.
pub fn mutant_rng(seed: u64, index: u64) -> Rng {
    use rand::SeedableRng;
    // splitmix64 of (seed, index): neighbouring indices get unrelated seeds.
    let mut z = seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    Rng::seed_from_u64(z ^ (z >> 31))
}

/// One step from a JSON value to a child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An object's key.
    Key(String),
    /// An array's index.
    Index(usize),
}

/// A path from a document's root to a value.
pub type Path = Vec<Step>;

/// Every path of `value` (the root's, the empty path, included), in
/// document order.
pub fn all_paths(value: &Value) -> Vec<Path> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    walk(value, &mut path, &mut |p, _| out.push(p.to_vec()));
    out
}

/// Calls `visit` with every path and value of `value`, in document order.
pub fn walk(value: &Value, path: &mut Path, visit: &mut dyn FnMut(&[Step], &Value)) {
    visit(path, value);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Step::Key(k.clone()));
                walk(v, path, visit);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(v, path, visit);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The value at `path`, if it is still there (earlier mutations may have
/// removed it).
pub fn get_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.as_object_mut()?.get_mut(k),
        Step::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

/// Strings no reader expects: empty, huge, control characters, keywords of
/// Rust, non-identifiers in any language, path and pointer syntax.
pub const HOSTILE_STRINGS: &[&str] = &[
    "",
    " ",
    "_",
    "__",
    "type",
    "self",
    "Self",
    "super",
    "crate",
    "fn",
    "async",
    "await",
    "dyn",
    "r#type",
    "mod",
    "match",
    "Option",
    "String",
    "Vec",
    "Result",
    "Box",
    "None",
    "Some",
    "default",
    "new",
    "0",
    "123abc",
    "-",
    "a-b",
    "a b",
    "a.b",
    "a::b",
    "::",
    "<T>",
    "a\"b",
    "a\\b",
    "a/b",
    "~1",
    "~0",
    "#",
    "#/",
    "{}",
    "{id}",
    "}{",
    ".",
    "..",
    "../..",
    "%",
    "%zz",
    "%2F",
    "\u{0}",
    "\n",
    "\t*/",
    "*/ /*",
    "///",
    "//!",
    "#[doc]",
    "é",
    "ß",
    "İ",
    "ǅ",
    "☃",
    "💥",
    "\u{200B}",
    "\u{FEFF}",
    "\u{202E}rtl",
    "日本語",
    "ABC",
    "aBC",
    "ab_c",
    "AbC",
    "a__b",
    "_0",
];

/// A hostile string: one of [`HOSTILE_STRINGS`], a huge one, or a
/// repetition.
pub fn hostile_string(rng: &mut Rng) -> String {
    match rng.random_range(0..10) {
        0 => "x".repeat(rng.random_range(1_000..70_000)),
        1 => HOSTILE_STRINGS
            .choose(rng)
            .copied()
            .unwrap_or_default()
            .repeat(rng.random_range(2..50)),
        _ => HOSTILE_STRINGS
            .choose(rng)
            .copied()
            .unwrap_or_default()
            .to_owned(),
    }
}

/// Numbers at and past every limit a reader might hold them in.
pub fn hostile_number(rng: &mut Rng) -> Value {
    let text = [
        "0",
        "-0",
        "-1",
        "1.5",
        "-0.0",
        "1e308",
        "-1e308",
        "5e-324",
        "2147483648",
        "-2147483649",
        "4294967296",
        "9007199254740993",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "1e400",
        "123456789012345678901234567890",
    ]
    .choose(rng)
    .copied()
    .unwrap_or("0");
    // Out-of-range texts do not parse into a Value: they become f64 limits.
    serde_json::from_str(text).unwrap_or_else(|_| Value::from(f64::MAX))
}

/// A random JSON value of at most `depth` levels.
pub fn random_value(rng: &mut Rng, depth: u32) -> Value {
    let kinds = if depth == 0 { 4 } else { 6 };
    match rng.random_range(0..kinds) {
        0 => Value::Null,
        1 => Value::Bool(rng.random()),
        2 => hostile_number(rng),
        3 => Value::String(hostile_string(rng)),
        4 => Value::Array(
            (0..rng.random_range(0..4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => Value::Object(
            (0..rng.random_range(0..4))
                .map(|_| (hostile_string(rng), random_value(rng, depth - 1)))
                .collect(),
        ),
    }
}

/// A value of another JSON type than `value`.
pub fn wrong_type(rng: &mut Rng, value: &Value) -> Value {
    loop {
        let candidate = match rng.random_range(0..6) {
            0 => Value::Null,
            1 => Value::Bool(rng.random()),
            2 => hostile_number(rng),
            3 => Value::String(hostile_string(rng)),
            4 => Value::Array(vec![value.clone()]),
            _ => {
                let mut map = Map::new();
                map.insert(hostile_string(rng), value.clone());
                Value::Object(map)
            }
        };
        if std::mem::discriminant(&candidate) != std::mem::discriminant(value) {
            return candidate;
        }
    }
}

/// `inner` wrapped in `depth` levels of arrays or objects.
pub fn nest(rng: &mut Rng, inner: Value, depth: usize) -> Value {
    let in_arrays: bool = rng.random();
    (0..depth).fold(inner, |v, _| {
        if in_arrays {
            Value::Array(vec![v])
        } else {
            let mut map = Map::new();
            map.insert("a".to_owned(), v);
            Value::Object(map)
        }
    })
}

/// A string whose digit runs are replaced by huge ones (`PT1H` becomes
/// `PT99999999999999999999H`): the number parsers inside strings
/// (durations, dates, ids) meet their limits.
pub fn huge_digits(rng: &mut Rng, text: &str) -> String {
    let run = ["9".repeat(rng.random_range(10..40)), "0".repeat(30)]
        .choose(rng)
        .cloned()
        .unwrap_or_default();
    let mut out = String::new();
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push_str(&run);
            }
            in_digits = true;
        } else {
            in_digits = false;
            out.push(c);
        }
    }
    if out == text {
        out.push_str(&run);
    }
    out
}

/// A key that a document never has, used to mark a place in its text.
const MARK: &str = "\u{1}fuzz-duplicate\u{1}";

/// Marks `object` for [`duplicate_keys`]: adds a marker entry whose key will
/// be replaced by one of the object's own keys, with `value`.
pub fn mark_duplicate(object: &mut Map<String, Value>, value: Value) -> Option<String> {
    let key = object.keys().next()?.clone();
    object.insert(MARK.to_owned(), value);
    Some(key)
}

/// The text of `value` in which each marker of [`mark_duplicate`] carries
/// the given key: JSON with a duplicate key, which no `Value` can hold.
pub fn duplicate_keys(text: &str, key: &str) -> String {
    let marker = serde_json::to_string(MARK).unwrap_or_default();
    let key = serde_json::to_string(key).unwrap_or_default();
    text.replace(&marker, &key)
}

/// Byte-level damage a file or a body may carry.
pub fn damage_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) -> &'static str {
    match rng.random_range(0..8) {
        0 => {
            let at = rng.random_range(0..=bytes.len());
            bytes.truncate(at);
            "truncated"
        }
        1 => {
            // An invalid UTF-8 byte inside a string (after a quote).
            let quotes: Vec<usize> = bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'"')
                .map(|(i, _)| i + 1)
                .collect();
            let at = quotes.choose(rng).copied().unwrap_or(0);
            let bad: &[u8] = [
                &b"\xFF"[..],
                b"\xC0\xAF",
                b"\xED\xA0\x80",
                b"\xF8\x88\x80\x80\x80",
            ]
            .choose(rng)
            .copied()
            .unwrap_or(b"\xFF");
            bytes.splice(at..at, bad.iter().copied());
            "invalid UTF-8"
        }
        2 => {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
            "UTF-8 BOM"
        }
        3 => {
            bytes.splice(0..0, *b"\xEF\xBB\xBF\xEF\xBB\xBF");
            "two UTF-8 BOMs"
        }
        4 => {
            // UTF-16 with its BOM, as some editors save.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let little: bool = rng.random();
            let mut out = if little {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for unit in text.encode_utf16() {
                let pair = if little {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                out.extend(pair);
            }
            *bytes = out;
            "UTF-16 with BOM"
        }
        5 => {
            // Latin-1: every non-ASCII character one byte.
            let text = String::from_utf8_lossy(bytes).into_owned();
            *bytes = text
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                .collect();
            "Latin-1"
        }
        6 => {
            let at = rng.random_range(0..=bytes.len());
            bytes.insert(at, 0);
            "NUL byte"
        }
        _ => {
            bytes.extend_from_slice(b" }]garbage");
            "trailing garbage"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_seed_one_stream() {
        let a: Vec<u32> = (0..4).map(|_| mutant_rng(7, 3).random()).collect();
        let b: Vec<u32> = (0..4).map(|_| mutant_rng(7, 3).random()).collect();
        assert_eq!(a, b);
        assert_ne!(
            mutant_rng(7, 3).random::<u64>(),
            mutant_rng(7, 4).random::<u64>()
        );
    }

    #[test]
    fn duplicate_keys_appear_in_the_text() {
        let mut value = serde_json::json!({"id": "a", "n": 1});
        let key = mark_duplicate(value.as_object_mut().unwrap(), Value::from(2)).unwrap();
        let text = duplicate_keys(&value.to_string(), &key);
        assert_eq!(text, r#"{"id":"a","n":1,"id":2}"#);
    }

    #[test]
    fn wrong_type_changes_the_type() {
        let mut rng = mutant_rng(1, 1);
        for value in [Value::Null, Value::from(1), serde_json::json!({"a": 1})] {
            for _ in 0..20 {
                let other = wrong_type(&mut rng, &value);
                assert_ne!(
                    std::mem::discriminant(&other),
                    std::mem::discriminant(&value)
                );
            }
        }
    }

    #[test]
    fn huge_digits_grow_every_number() {
        let mut rng = mutant_rng(2, 2);
        let out = huge_digits(&mut rng, "PT1H30M");
        assert!(out.starts_with("PT") && out.len() > 25, "{out}");
        assert!(!out.contains("1H"), "{out}");
    }
}
