//! Reviewed diffs of real specs, markdown and JSON: every consecutive pair
//! of the 20 Microsoft.Batch stable api-versions, the consecutive upstream
//! revisions of the two 2024-02-01.19.0 files (`revisions/` of the shared
//! specs), and the hand-written 2024-02-01.19.0 against the TypeSpec-derived
//! one (same api-version: renames, few wire changes).
//!
//! Each is titled from the new spec's path, as `cargo xtask diff` titles
//! it.
//!
//! The JSON snapshots hold `diff.to_json()` with one change per line (the
//! same values, easier to review than one field per line).

use std::path::{Path, PathBuf};

use azure_codegen::diff::{diff_labelled, title, Layout};
use azure_codegen::ir::Api;
use codegen_tests::{batch_stable, batch_stable_versions, batch_typespec, specs_root};

fn load(path: &Path) -> Api {
    azure_codegen::load_api(path).unwrap_or_else(|e| panic!("{e}"))
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

/// The diff titled from the new spec's path, as `cargo xtask diff` does.
fn snapshot(name: &str, old_label: &str, old: &Api, new_label: &str, new: (&Path, &Api)) {
    let (new_path, new) = new;
    let layout = Layout {
        title: title(Some(new_path), new),
        date: None,
        reference_url: None,
    };
    let diff = diff_labelled(old_label, old, new_label, new).with_layout(layout.clone());
    let markdown = diff.to_markdown();
    let json = json_lines(&diff.to_json());
    // Same inputs, same bytes.
    assert_eq!(
        markdown,
        diff_labelled(old_label, old, new_label, new)
            .with_layout(layout)
            .to_markdown()
    );
    insta::assert_snapshot!(format!("{name}.md"), markdown);
    insta::assert_snapshot!(format!("{name}.json"), json);
}

#[test]
fn consecutive_stable_api_versions() {
    let versions = batch_stable_versions();
    assert_eq!(versions.len(), 20);
    let apis: Vec<Api> = versions.iter().map(|v| load(&batch_stable(v))).collect();
    for (i, pair) in apis.windows(2).enumerate() {
        let (old, new) = (&versions[i], &versions[i + 1]);
        let new_path = batch_stable(new);
        snapshot(
            &format!("stable_{old}_{new}"),
            old,
            &pair[0],
            new,
            (&new_path, &pair[1]),
        );
    }
}

/// The revision files of one folder, oldest first (`<date>-<commit>.json`).
fn revisions(folder: &str) -> Vec<PathBuf> {
    let dir = specs_root().join("../revisions").join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn consecutive_revisions(folder: &str, expected_files: usize) {
    let files = revisions(folder);
    assert_eq!(files.len(), expected_files, "{folder}");
    let apis: Vec<Api> = files.iter().map(|f| load(f)).collect();
    let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    for (i, pair) in apis.windows(2).enumerate() {
        let (old, new) = (stem(&files[i]), stem(&files[i + 1]));
        snapshot(
            &format!("revision_{folder}_{old}_{new}"),
            &old,
            &pair[0],
            &new,
            (&files[i + 1], &pair[1]),
        );
    }
}

#[test]
fn typespec_revisions() {
    consecutive_revisions("azure-batch-preview-2024-02-01.19.0", 5);
}

#[test]
fn hand_written_revisions() {
    consecutive_revisions("microsoft-batch-stable-2024-02-01.19.0", 2);
}

#[test]
fn hand_written_against_typespec() {
    let old = load(&batch_stable("2024-02-01.19.0"));
    let new = load(&batch_typespec());
    snapshot(
        "hand_written_vs_typespec_2024-02-01.19.0",
        "Microsoft.Batch/stable/2024-02-01.19.0",
        &old,
        "Azure.Batch/preview/2024-02-01.19.0",
        (&batch_typespec(), &new),
    );
}
