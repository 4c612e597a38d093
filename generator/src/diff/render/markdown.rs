//! Markdown in the layout of Azure's published API changelogs: a header
//! with both versions and the counts `N added, M removed, K updated
//! methods`, then one section per added, removed or updated operation:
//! `### Jobs_ListJobs (updated)`, its description, a "Changes" block (see
//! [`super::tree`]) and the shapes of its request and responses (see
//! [`crate::diff::shape`]).

use std::fmt::Write;

use crate::diff::shape::{request_line, response_line};
use crate::diff::{Diff, Status};

/// The diff as a markdown section (starting with a `##` header).
pub fn render(diff: &Diff<'_>) -> String {
    let summary = diff.summary();
    let mut out = String::new();
    let _ = writeln!(out, "## {} → {}\n", diff.old_label, diff.new_label);
    let _ = writeln!(
        out,
        "{} → {}: **{}**. {}.\n",
        diff.old_label,
        diff.new_label,
        super::counts(&summary),
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
            let text = text.trim();
            if !text.is_empty() {
                let _ = writeln!(out, "{text}\n");
            }
        }
        if op.status == Status::Updated {
            let block =
                serde_json::to_string_pretty(&super::tree::changes_block(op)).unwrap_or_default();
            let _ = writeln!(out, "Changes\n\n```json\n{block}\n```\n");
        }
        let _ = writeln!(out, "```text\n{}", request_line(api, operation));
        for response in &operation.responses {
            let _ = writeln!(out, "{}", response_line(api, response));
        }
        let _ = writeln!(out, "```\n");
    }
    out
}
