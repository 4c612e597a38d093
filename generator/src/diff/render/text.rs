//! Terminal summary: the counts, then one line per added, removed or
//! updated operation (`+`, `-`, `~`).

use std::fmt::Write;

use crate::diff::{Diff, RustEffect, Status};

/// The summary as text.
pub fn render(diff: &Diff<'_>) -> String {
    let summary = diff.summary();
    let mut out = format!(
        "{} → {}: {}\n{}\n",
        diff.old_label,
        diff.new_label,
        super::counts(&summary),
        super::verdict(&summary)
    );
    for change in &diff.api_changes {
        let _ = writeln!(
            out,
            "  ! API {} {}{}",
            change.kind.label(),
            change.path(),
            super::verdict_note(change)
        );
    }
    for op in &diff.operations {
        let sign = match op.status {
            Status::Added => '+',
            Status::Removed => '-',
            Status::Updated => '~',
            Status::Unchanged => continue,
        };
        let wire = op.changes.iter().filter(|c| c.breaking_wire).count();
        let rust = op
            .changes
            .iter()
            .map(|c| c.rust)
            .max()
            .unwrap_or(RustEffect::None);
        let _ = writeln!(
            out,
            "  {sign} {}: {}, {wire} breaking on the wire, Rust {}",
            op.id(),
            super::changes(op.changes.len()),
            rust.as_str()
        );
    }
    out
}
