//! The layout of an azure-rest-api-specs checkout: where its specs sit.

use std::path::{Path, PathBuf};

/// Every JSON file under `specification/*/data-plane/` of the checkout at
/// `root`, outside `examples` folders, sorted. Missing folders give none.
pub fn data_plane_specs(root: &Path) -> Vec<PathBuf> {
    let mut specs = Vec::new();
    for service in sorted_entries(&root.join("specification")) {
        collect_json(&service.join("data-plane"), &mut specs);
    }
    specs.sort();
    specs
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    for path in sorted_entries(dir) {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "examples") {
                collect_json(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    entries
}
