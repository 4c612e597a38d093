//! JSON output: `{ old, new, summary, changes: [ { operation, path, kind,
//! old, new, breaking_wire, rust } ] }`, changes in the diff's order.

use serde_json::{json, Value};

use crate::diff::Diff;

/// The diff as one JSON value.
pub fn render(diff: &Diff<'_>) -> Value {
    let changes: Vec<Value> = diff
        .changes()
        .map(|(operation, change)| {
            json!({
                "operation": operation,
                "path": change.path(),
                "kind": change.kind,
                "old": change.old,
                "new": change.new,
                "breaking_wire": change.breaking_wire,
                "rust": change.rust,
            })
        })
        .collect();
    json!({
        "old": diff.old_label,
        "new": diff.new_label,
        "summary": diff.summary(),
        "changes": changes,
    })
}
