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

use super::page::{page, value_text};
use crate::diff::Diff;

/// The diff as a markdown section (starting with a `##` header).
pub fn render(diff: &Diff<'_>) -> String {
    let page = page(diff);
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", page.title);
    let _ = writeln!(out, "{}\n", page.count_line);
    let _ = writeln!(
        out,
        "Compared with {}: {}.\n",
        page.old_label,
        super::verdict(&page.summary)
    );
    if !page.api_changes.is_empty() {
        let _ = writeln!(out, "### API (updated)\n");
        for change in page.api_changes {
            let _ = writeln!(
                out,
                "* {} `{}`: {} → {}{}",
                change.kind.label(),
                change.path(),
                value_text(change.old.as_ref()),
                value_text(change.new.as_ref()),
                super::verdict_note(change),
            );
        }
        out.push('\n');
    }
    for method in &page.methods {
        let _ = writeln!(out, "### {} ({})\n", method.id(), method.status());
        if let Some(text) = &method.description {
            let _ = writeln!(out, "Description {text}\n");
        }
        if let Some(link) = &method.reference_link {
            let _ = writeln!(out, "Reference Link [¶]({link})\n");
        }
        if let Some(block) = &method.block {
            let block = serde_json::to_string_pretty(block).unwrap_or_default();
            let _ = writeln!(out, "⚶ Changes\n\n```json\n{block}\n```\n");
        }
        let _ = writeln!(out, "⚼ Request\n\n```text\n{}\n```\n", method.request);
        for (status, shape) in &method.responses {
            let _ = writeln!(out, "⚐ Response ({status})\n\n```text\n{shape}\n```\n");
        }
    }
    out
}
