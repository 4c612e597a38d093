//! JSON output: `{ old, new, title, summary, changes: [ { operation, path,
//! kind, old, new, breaking_wire, rust, label, place } ] }`, changes in the
//! diff's order (the API's own first, with operation `""`). `label` and
//! `place` rebuild the published "Changes" block: `place` is the change's
//! path of keys in that block (see [`super::tree::place`]; `[]` for the
//! operation itself and for API-level changes), `label` the key holding
//! `{ "new", "old" }` there.

use serde_json::{json, Value};

use crate::diff::{Change, Diff};

/// The diff as one JSON value.
pub fn render(diff: &Diff<'_>) -> Value {
    let api = diff
        .api_changes
        .iter()
        .map(|change| object("", change, Vec::new()));
    let operations = diff.operations.iter().flat_map(|op| {
        op.changes
            .iter()
            .map(move |change| object(op.id(), change, super::tree::place(op, change)))
    });
    let changes: Vec<Value> = api.chain(operations).collect();
    json!({
        "old": diff.old_label,
        "new": diff.new_label,
        "title": diff.layout.title,
        "summary": diff.summary(),
        "changes": changes,
    })
}

fn object(operation: &str, change: &Change, place: Vec<String>) -> Value {
    json!({
        "operation": operation,
        "path": change.path(),
        "kind": change.kind,
        "old": change.old,
        "new": change.new,
        "breaking_wire": change.breaking_wire,
        "rust": change.rust,
        "label": change.kind.label(),
        "place": place,
    })
}
