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

/// The folders a data-plane spec sits in:
/// `data-plane/<namespace>/<stability>/<api-version>/<file>.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecFolder {
    /// `Azure.Batch`, `Microsoft.Batch`.
    pub namespace: String,
    /// `stable`, `preview`.
    pub stability: String,
    /// The folder's api-version, `2025-06-01`.
    pub api_version: String,
}

/// The [`SpecFolder`] of a spec path (the checkout's own layout, whatever
/// lies before `data-plane/`); `None` for a path outside that layout.
pub fn spec_folder(path: &Path) -> Option<SpecFolder> {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let at = parts.iter().rposition(|p| p == "data-plane")?;
    match &parts[at + 1..] {
        [namespace, stability, api_version, _file] => Some(SpecFolder {
            namespace: namespace.clone(),
            stability: stability.clone(),
            api_version: api_version.clone(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_folder_reads_namespace_stability_and_version() {
        let path = Path::new(
            "../shared/specs/azure-rest-api-specs/specification/batch/data-plane/Azure.Batch/stable/2025-06-01/BatchService.json",
        );
        assert_eq!(
            spec_folder(path),
            Some(SpecFolder {
                namespace: "Azure.Batch".into(),
                stability: "stable".into(),
                api_version: "2025-06-01".into(),
            })
        );
        assert_eq!(spec_folder(Path::new("/tmp/BatchService.json")), None);
        // Deeper than <namespace>/<stability>/<version>/<file>: not the layout.
        assert_eq!(
            spec_folder(Path::new("data-plane/A/stable/1/examples/x.json")),
            None
        );
    }
}
