//! The outputs of a [`super::Diff`]: markdown ([`markdown`]) and an HTML
//! page for reviewers ([`html`]), both rendering what [`page`] computes of
//! the published layout (with the per-operation "Changes" block built by
//! [`tree`]); JSON ([`json`]) and a terminal summary ([`text`]).

pub mod html;
pub mod json;
pub mod markdown;
pub(crate) mod page;
pub mod text;
mod tree;

use super::Summary;

/// Between the date and the counts, as published: `•` between no-break
/// spaces.
pub(crate) const SEPARATOR: &str = "\u{a0}•\u{a0}";

/// The published count line: `77 updated methods`, `3 added methods •
/// 40 updated methods`; counts of zero left out (`0 updated methods` when
/// all are).
pub(crate) fn counts(summary: &Summary) -> String {
    let parts: Vec<String> = [
        (summary.added, "added"),
        (summary.removed, "removed"),
        (summary.updated, "updated"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what} method{}", if n == 1 { "" } else { "s" }))
    .collect();
    if parts.is_empty() {
        "0 updated methods".to_owned()
    } else {
        parts.join(SEPARATOR)
    }
}

/// `120 changes, 5 breaking on the wire; Rust API: 12 breaking, 30 additive (semver major)`.
pub(crate) fn verdict(summary: &Summary) -> String {
    format!(
        "{}, {} breaking on the wire; Rust API: {} breaking, {} additive (semver {})",
        changes(summary.changes),
        summary.breaking_wire,
        summary.rust_breaking,
        summary.rust_additive,
        summary.semver.as_str()
    )
}

/// `1 change`, `2 changes`.
pub(crate) fn changes(n: usize) -> String {
    if n == 1 {
        "1 change".to_owned()
    } else {
        format!("{n} changes")
    }
}

/// ` (breaking on the wire; Rust: breaking)` after a change listed on one
/// line; empty for a change that breaks nothing and adds nothing.
pub(crate) fn verdict_note(change: &super::Change) -> String {
    let mut parts = Vec::new();
    if change.breaking_wire {
        parts.push("breaking on the wire".to_owned());
    }
    if change.rust != super::RustEffect::None {
        parts.push(format!("Rust: {}", change.rust.as_str()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join("; "))
    }
}
