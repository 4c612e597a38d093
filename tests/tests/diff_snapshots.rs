//! Diffs of real specs: every consecutive pair of the 20 Microsoft.Batch
//! stable api-versions, the consecutive upstream revisions of the two
//! 2024-02-01.19.0 files (`revisions/` of the shared specs), and the
//! hand-written 2024-02-01.19.0 against the TypeSpec-derived one (same
//! api-version: renames, few wire changes). Each is titled from the new
//! spec's path, as `cargo xtask diff` titles it.
//!
//! Whole, these diffs ran to 290,000 lines of markdown and JSON that no
//! reviewer read. What they pinned is held here in snapshots one can read:
//!
//! * `history`: per diff, its summary (operations added, removed, updated;
//!   changes; wire-breaking; Rust-breaking and additive; semver), then each
//!   change kind with its count, how many operations it touches and its
//!   verdicts (how many break on the wire; how many are Rust-breaking,
//!   additive or neither). A change to matching or classification on real
//!   specs moves a number in a line of it.
//! * `kinds`: the first change of each kind in the history, as its JSON
//!   line: one reviewed example per kind from real specs.
//! * `slices`: a few operations' markdown sections and JSON changes, one of
//!   each thing the renderers draw (renamed operation, parameter and model;
//!   a request body's properties; enum values; a deprecation; an added and
//!   a removed operation; the API's own changes).
//! * Every diff's markdown agrees with its model: the verdict line states
//!   the summary, there is one section per added, removed or updated
//!   operation, titled with its status; the JSON has one line per change;
//!   the same inputs give the same bytes.
//! * Diffs short enough to read whole (under 500 lines of markdown) stay
//!   whole, markdown and JSON.
//!
//! What each change kind means and how it is classified is pinned kind by
//! kind on small specs in `diff_kinds.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use azure_codegen::diff::{diff_labelled, title, Diff, Layout, RustEffect, Status};
use azure_codegen::ir::Api;
use codegen_tests::{batch_stable, batch_stable_versions, batch_typespec, specs_root};

fn load(path: &Path) -> Api {
    azure_codegen::load_api(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Two specs to diff, and the name of their diff.
struct Pair {
    name: String,
    old_label: String,
    old: Api,
    new_label: String,
    new_path: PathBuf,
    new: Api,
}

impl Pair {
    /// The diff titled from the new spec's path, as `cargo xtask diff` does.
    fn diff(&self) -> Diff<'_> {
        let layout = Layout {
            title: title(Some(&self.new_path), &self.new),
            date: None,
            reference_url: None,
        };
        diff_labelled(&self.old_label, &self.old, &self.new_label, &self.new).with_layout(layout)
    }
}

/// Every consecutive stable pair, oldest first.
fn stable_pairs() -> Vec<Pair> {
    let versions = batch_stable_versions();
    assert_eq!(versions.len(), 20);
    let apis: Vec<Api> = versions.iter().map(|v| load(&batch_stable(v))).collect();
    (1..versions.len())
        .map(|i| {
            let (old, new) = (&versions[i - 1], &versions[i]);
            Pair {
                name: format!("stable_{old}_{new}"),
                old_label: old.clone(),
                old: apis[i - 1].clone(),
                new_label: new.clone(),
                new_path: batch_stable(new),
                new: apis[i].clone(),
            }
        })
        .collect()
}

/// The consecutive revisions of one folder (`<date>-<commit>.json`),
/// oldest first.
fn revision_pairs(folder: &str, expected_files: usize) -> Vec<Pair> {
    let dir = specs_root().join("../revisions").join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), expected_files, "{folder}");
    let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    files
        .windows(2)
        .map(|pair| Pair {
            name: format!("revision_{folder}_{}_{}", stem(&pair[0]), stem(&pair[1])),
            old_label: stem(&pair[0]),
            old: load(&pair[0]),
            new_label: stem(&pair[1]),
            new_path: pair[1].clone(),
            new: load(&pair[1]),
        })
        .collect()
}

/// Every diff of this file, loaded once for all its tests.
fn pairs() -> &'static [Pair] {
    static PAIRS: OnceLock<Vec<Pair>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut pairs = stable_pairs();
        pairs.extend(revision_pairs("azure-batch-preview-2024-02-01.19.0", 5));
        pairs.extend(revision_pairs("microsoft-batch-stable-2024-02-01.19.0", 2));
        pairs.push(Pair {
            name: "hand_written_vs_typespec_2024-02-01.19.0".to_owned(),
            old_label: "Microsoft.Batch/stable/2024-02-01.19.0".to_owned(),
            old: load(&batch_stable("2024-02-01.19.0")),
            new_label: "Azure.Batch/preview/2024-02-01.19.0".to_owned(),
            new_path: batch_typespec(),
            new: load(&batch_typespec()),
        });
        pairs
    })
}

fn pair(name: &str) -> &'static Pair {
    pairs()
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no diff {name}"))
}

/// `to_json()` with the summary first, then one change per line.
fn json_lines(value: &serde_json::Value) -> String {
    let mut out = serde_json::to_string(&serde_json::json!({
        "old": value["old"],
        "new": value["new"],
        "title": value["title"],
        "summary": value["summary"],
    }))
    .unwrap();
    out.push('\n');
    for change in value["changes"].as_array().unwrap() {
        out.push_str(&serde_json::to_string(change).unwrap());
        out.push('\n');
    }
    out
}

/// Counts of one change kind in one diff.
#[derive(Default)]
struct KindCounts {
    changes: usize,
    wire: usize,
    rust_breaking: usize,
    rust_additive: usize,
    operations: BTreeSet<String>,
}

/// The `history` lines of one diff (see the module docs).
fn history_lines(name: &str, diff: &Diff<'_>) -> String {
    let s = diff.summary();
    let mut out = format!(
        "{name}: +{} -{} ~{} operations; {} changes: {} wire-breaking; Rust {} breaking, {} additive; semver {}\n",
        s.added,
        s.removed,
        s.updated,
        s.changes,
        s.breaking_wire,
        s.rust_breaking,
        s.rust_additive,
        s.semver.as_str()
    );
    let mut kinds: BTreeMap<String, KindCounts> = BTreeMap::new();
    for (operation, change) in diff.changes() {
        let kind = serde_json::to_value(change.kind).unwrap();
        let counts = kinds.entry(kind.as_str().unwrap().to_owned()).or_default();
        counts.changes += 1;
        counts.wire += usize::from(change.breaking_wire);
        counts.rust_breaking += usize::from(change.rust == RustEffect::Breaking);
        counts.rust_additive += usize::from(change.rust == RustEffect::Additive);
        counts.operations.insert(operation.to_owned());
    }
    for (kind, c) in kinds {
        let none = c.changes - c.rust_breaking - c.rust_additive;
        writeln!(
            out,
            "  {kind}: {} in {} operations; wire {}; Rust breaking {}, additive {}, none {none}",
            c.changes,
            c.operations.len(),
            c.wire,
            c.rust_breaking,
            c.rust_additive,
        )
        .unwrap();
    }
    out
}

/// The markdown states the diff's own model: the verdict line is the
/// summary; one section per operation that is not unchanged, titled with
/// its status, and one for the API's own changes when there are some.
fn assert_markdown_agrees(name: &str, diff: &Diff<'_>, markdown: &str) {
    let s = diff.summary();
    let changes = match s.changes {
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    };
    let verdict = format!(
        "Compared with {}: {changes}, {} breaking on the wire; Rust API: {} breaking, {} additive (semver {}).",
        diff.old_label,
        s.breaking_wire,
        s.rust_breaking,
        s.rust_additive,
        s.semver.as_str()
    );
    assert!(markdown.contains(&verdict), "{name}: no line `{verdict}`");
    let sections: Vec<&str> = markdown
        .lines()
        .filter_map(|line| line.strip_prefix("### "))
        .collect();
    let mut expected: Vec<String> = Vec::new();
    if !diff.api_changes.is_empty() {
        expected.push("API (updated)".to_owned());
    }
    expected.extend(
        diff.operations
            .iter()
            .filter(|op| op.status != Status::Unchanged)
            .map(|op| format!("{} ({})", op.id(), op.status.as_str())),
    );
    assert_eq!(sections, expected, "{name}: the markdown's sections");
    assert_eq!(
        expected.len() - usize::from(!diff.api_changes.is_empty()),
        s.added + s.removed + s.updated,
        "{name}"
    );
}

/// Longest markdown kept whole as a snapshot.
const WHOLE: usize = 500;

#[test]
fn history_counts_verdicts_and_renderings_agree() {
    let mut history = String::new();
    let mut whole = 0;
    for pair in pairs() {
        let diff = pair.diff();
        let markdown = diff.to_markdown();
        let json = json_lines(&diff.to_json());
        // Same inputs, same bytes.
        assert_eq!(markdown, pair.diff().to_markdown(), "{}", pair.name);
        assert_eq!(json, json_lines(&pair.diff().to_json()), "{}", pair.name);
        assert_markdown_agrees(&pair.name, &diff, &markdown);
        assert_eq!(
            json.lines().count(),
            diff.summary().changes + 1,
            "{}",
            pair.name
        );
        history.push_str(&history_lines(&pair.name, &diff));
        if markdown.lines().count() < WHOLE {
            whole += 1;
            insta::assert_snapshot!(format!("{}.md", pair.name), markdown);
            insta::assert_snapshot!(format!("{}.json", pair.name), json);
        }
    }
    assert_eq!(pairs().len(), 25);
    // The short diffs: one stable pair, two revisions.
    assert_eq!(whole, 3);
    insta::assert_snapshot!("history", history);
}

#[test]
fn first_change_of_each_kind() {
    let mut seen = BTreeSet::new();
    let mut kinds = String::new();
    for pair in pairs() {
        let json = pair.diff().to_json();
        for change in json["changes"].as_array().unwrap() {
            if seen.insert(change["kind"].as_str().unwrap().to_owned()) {
                writeln!(kinds, "{}: {change}", pair.name).unwrap();
            }
        }
    }
    insta::assert_snapshot!("kinds", kinds);
}

/// The markdown section of one operation: from its `### ` heading to the
/// next one.
fn section<'a>(markdown: &'a str, heading: &str) -> &'a str {
    let start = markdown
        .find(&format!("\n### {heading}\n"))
        .unwrap_or_else(|| panic!("no section `### {heading}`"))
        + 1;
    let end = markdown[start + 4..]
        .find("\n### ")
        .map_or(markdown.len(), |i| start + 4 + i + 1);
    &markdown[start..end]
}

/// The JSON lines of one operation's changes (`""`: the API's own).
fn operation_lines(json: &str, operation: &str) -> String {
    let needle = format!("{{\"operation\":\"{operation}\",");
    json.lines()
        .filter(|line| line.starts_with(&needle))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Diff, markdown heading and operation id of each slice.
const SLICES: &[(&str, &str, &str)] = &[
    // A renamed operation, its renamed response model, formats.
    (
        "stable_2016-07-01.3.1_2017-01-01.4.0",
        "Pool_ListUsageMetrics (updated)",
        "Pool_ListUsageMetrics",
    ),
    // A renamed path parameter.
    (
        "stable_2016-07-01.3.1_2017-01-01.4.0",
        "File_DeleteFromTask (updated)",
        "File_DeleteFromTask",
    ),
    // Request body properties added and removed.
    (
        "stable_2017-01-01.4.0_2017-05-01.5.0",
        "Pool_Resize (updated)",
        "Pool_Resize",
    ),
    // Enum values added and removed in a request body.
    (
        "stable_2017-06-01.5.1_2017-09-01.6.0",
        "ComputeNode_DisableScheduling (updated)",
        "ComputeNode_DisableScheduling",
    ),
    // A removed operation.
    (
        "stable_2018-08-01.7.0_2018-12-01.8.0",
        "Pool_UpgradeOS (removed)",
        "Pool_UpgradeOS",
    ),
    // An added operation.
    (
        "stable_2020-09-01.12.0_2021-06-01.14.0",
        "ComputeNodeExtension_Get (added)",
        "ComputeNodeExtension_Get",
    ),
    // A deprecation.
    (
        "stable_2022-10-01.16.0_2023-05-01.17.0",
        "Certificate_Delete (updated)",
        "Certificate_Delete",
    ),
    // The API's own changes (security), hand-written against TypeSpec.
    (
        "hand_written_vs_typespec_2024-02-01.19.0",
        "API (updated)",
        "",
    ),
    // Renames between the hand-written and the TypeSpec spec.
    (
        "hand_written_vs_typespec_2024-02-01.19.0",
        "Batch_DeleteNodeUser (updated)",
        "Batch_DeleteNodeUser",
    ),
];

#[test]
fn representative_slices() {
    let mut slices = String::new();
    for (name, heading, operation) in SLICES {
        let diff = pair(name).diff();
        let markdown = diff.to_markdown();
        let json = json_lines(&diff.to_json());
        let changes = operation_lines(&json, operation);
        assert!(!changes.is_empty(), "{name}: {heading} has no changes");
        writeln!(slices, "==== {name}: {heading}\n").unwrap();
        slices.push_str(section(&markdown, heading));
        slices.push_str("---- its changes as JSON\n");
        slices.push_str(&changes);
        slices.push('\n');
    }
    insta::assert_snapshot!("slices", slices);
}
