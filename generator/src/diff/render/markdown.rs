//! Markdown in the layout of Azure's published API changelogs, for a pull
//! request comment:
//!
//! ```text
//! ## Azure.Batch (stable:2025-06-01)
//!
//! 2025/05/27 • 77 updated methods
//!
//! Compared with <old label>: 231 changes, 77 breaking on the wire; ...
//!
//! ### Pools_CreatePool (updated)
//!
//! Description When naming Pools, ...
//!
//! Reference Link [¶](https://...)
//!
//! ⚶ Changes
//!
//! (the block of [`super::tree`], fenced as json)
//!
//! ⚼ Request
//!
//! (the shapes of [`crate::diff::shape`], each fenced as text)
//! ```
//!
//! The published text stands as it is inside markdown, except where
//! markdown needs its own device: the title and each method line are
//! headings, the reference link's `¶` is a link, and the JSON block and the
//! shapes are fenced (so their lines and spaces survive rendering). Between
//! the count line and the first method come the verdict line (wire and
//! Rust effects, the semver bump: not published by Azure) and the API-level
//! changes (`### API (updated)`).

use std::fmt::Write;

use crate::diff::shape;
use crate::diff::{Diff, Status};

/// The diff as a markdown section (starting with a `##` header).
pub fn render(diff: &Diff<'_>) -> String {
    let summary = diff.summary();
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", diff.layout.title);
    let counts = super::counts(&summary);
    match &diff.layout.date {
        Some(date) => {
            let _ = writeln!(out, "{date}{}{counts}\n", super::SEPARATOR);
        }
        None => {
            let _ = writeln!(out, "{counts}\n");
        }
    }
    let _ = writeln!(
        out,
        "Compared with {}: {}.\n",
        diff.old_label,
        super::verdict(&summary)
    );
    if !diff.api_changes.is_empty() {
        let _ = writeln!(out, "### API (updated)\n");
        for change in &diff.api_changes {
            let _ = writeln!(
                out,
                "* {} `{}`: {} → {}{}",
                change.kind.label(),
                change.path(),
                change
                    .old
                    .as_ref()
                    .map_or("-".to_owned(), |v| v.to_string()),
                change
                    .new
                    .as_ref()
                    .map_or("-".to_owned(), |v| v.to_string()),
                super::verdict_note(change),
            );
        }
        out.push('\n');
    }
    for op in &diff.operations {
        if op.status == Status::Unchanged {
            continue;
        }
        let (api, operation) = match (op.new, op.old) {
            (Some(new), _) => (diff.new, new),
            (None, Some(old)) => (diff.old, old),
            (None, None) => continue,
        };
        let _ = writeln!(out, "### {} ({})\n", op.id(), op.status.as_str());
        if let Some(text) = operation
            .description
            .as_ref()
            .or(operation.summary.as_ref())
        {
            // One line, as published.
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                let _ = writeln!(out, "Description {text}\n");
            }
        }
        if let Some(link) = diff.layout.reference_link(operation, &api.api_version) {
            let _ = writeln!(out, "Reference Link [¶]({link})\n");
        }
        if op.status == Status::Updated {
            let block =
                serde_json::to_string_pretty(&super::tree::changes_block(op)).unwrap_or_default();
            let _ = writeln!(out, "⚶ Changes\n\n```json\n{block}\n```\n");
        }
        let _ = writeln!(
            out,
            "⚼ Request\n\n```text\n{}\n```\n",
            shape::request(api, operation)
        );
        for response in &operation.responses {
            let _ = writeln!(
                out,
                "⚐ Response ({})\n\n```text\n{}\n```\n",
                response.status,
                shape::response(api, response)
            );
        }
    }
    out
}
