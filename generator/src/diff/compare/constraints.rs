//! Validation keywords (`minimum`, `maxLength`, `pattern`, ...) compared at
//! one position: tightened in a request, a value the service took before is
//! refused; loosened in a response, a client that relied on the old bounds
//! meets values outside them. The generated client enforces none of them,
//! so no change here touches the Rust API.

use serde_json::{json, Value};

use super::{Direction, Walker};
use crate::diff::change::{ChangeKind, RustEffect};
use crate::ir::Constraints;

/// How one keyword moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Movement {
    /// Fewer values are valid than before.
    Tightened,
    /// More values are valid than before.
    Loosened,
    /// Different values are valid (a pattern replaced): both at once.
    Replaced,
}

/// A lower bound: raising it (or adding one) tightens.
fn lower<T: PartialOrd>(old: Option<T>, new: Option<T>) -> Option<Movement> {
    match (old, new) {
        (None, None) => None,
        (None, Some(_)) => Some(Movement::Tightened),
        (Some(_), None) => Some(Movement::Loosened),
        (Some(a), Some(b)) if b > a => Some(Movement::Tightened),
        (Some(a), Some(b)) if b < a => Some(Movement::Loosened),
        _ => None,
    }
}

/// An upper bound: lowering it (or adding one) tightens.
fn upper<T: PartialOrd>(old: Option<T>, new: Option<T>) -> Option<Movement> {
    match (old, new) {
        (Some(a), Some(b)) if b < a => Some(Movement::Tightened),
        (Some(a), Some(b)) if b > a => Some(Movement::Loosened),
        (old, new) => lower(old.map(|_| ()), new.map(|_| ())),
    }
}

/// A flag that restricts when set.
fn flag(old: bool, new: bool) -> Option<Movement> {
    match (old, new) {
        (false, true) => Some(Movement::Tightened),
        (true, false) => Some(Movement::Loosened),
        _ => None,
    }
}

/// A rule (pattern, multiple): any new one restricts; a changed one both
/// restricts and frees.
fn rule<T: PartialEq>(old: Option<T>, new: Option<T>) -> Option<Movement> {
    match (old, new) {
        (Some(a), Some(b)) if a != b => Some(Movement::Replaced),
        (old, new) => lower(old.map(|_| ()), new.map(|_| ())),
    }
}

/// A bound as the spec wrote it: `1000`, not `1000.0`.
fn number(value: Option<f64>) -> Value {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => json!(v as i64),
        other => json!(other),
    }
}

impl Walker<'_> {
    /// Reports each keyword that moved between `old` and `new`.
    pub(super) fn constraints(&mut self, dir: Direction, old: &Constraints, new: &Constraints) {
        if old == new {
            return;
        }
        let keywords: [(&str, Option<Movement>, Value, Value); 11] = [
            (
                "minimum",
                lower(old.minimum, new.minimum),
                json!(old.minimum),
                json!(new.minimum),
            ),
            (
                "maximum",
                upper(old.maximum, new.maximum),
                json!(old.maximum),
                json!(new.maximum),
            ),
            (
                "exclusiveMinimum",
                flag(old.exclusive_minimum, new.exclusive_minimum),
                json!(old.exclusive_minimum),
                json!(new.exclusive_minimum),
            ),
            (
                "exclusiveMaximum",
                flag(old.exclusive_maximum, new.exclusive_maximum),
                json!(old.exclusive_maximum),
                json!(new.exclusive_maximum),
            ),
            (
                "minLength",
                lower(old.min_length, new.min_length),
                json!(old.min_length),
                json!(new.min_length),
            ),
            (
                "maxLength",
                upper(old.max_length, new.max_length),
                json!(old.max_length),
                json!(new.max_length),
            ),
            (
                "pattern",
                rule(old.pattern.as_ref(), new.pattern.as_ref()),
                json!(old.pattern),
                json!(new.pattern),
            ),
            (
                "minItems",
                lower(old.min_items, new.min_items),
                json!(old.min_items),
                json!(new.min_items),
            ),
            (
                "maxItems",
                upper(old.max_items, new.max_items),
                json!(old.max_items),
                json!(new.max_items),
            ),
            (
                "uniqueItems",
                flag(old.unique_items, new.unique_items),
                json!(old.unique_items),
                json!(new.unique_items),
            ),
            (
                "multipleOf",
                rule(old.multiple_of, new.multiple_of),
                number(old.multiple_of),
                number(new.multiple_of),
            ),
        ];
        for (keyword, movement, old_value, new_value) in keywords {
            let Some(movement) = movement else {
                continue;
            };
            let breaking = matches!(
                (dir, movement),
                (_, Movement::Replaced)
                    | (Direction::Request, Movement::Tightened)
                    | (Direction::Response, Movement::Loosened)
            );
            self.push(
                ChangeKind::ConstraintChanged,
                Some(json!({ keyword: old_value })),
                Some(json!({ keyword: new_value })),
                breaking,
                RustEffect::None,
            );
        }
    }
}
