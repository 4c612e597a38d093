//! Writing an emitted crate to disk, and comparing one with a folder.
//!
//! A crate folder is only ever replaced whole: written aside, then swapped
//! in by two renames, so an error or an interrupted run never leaves a
//! half-written folder (`cargo xtask regenerate`, `generate`, and the
//! fuzzer's check that a failed write leaves the old folder untouched).

use std::path::{Path, PathBuf};

use crate::emit::Files;

/// Replaces `dir` with exactly `files`: written into a sibling folder first,
/// then swapped in, so a failure leaves the old folder as it was.
pub fn write_crate(dir: &Path, files: &Files) -> Result<(), String> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    let name = dir
        .file_name()
        .ok_or_else(|| format!("{} has no folder name", dir.display()))?
        .to_string_lossy()
        .into_owned();
    std::fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let fresh = parent.join(format!(".{name}.new-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let result = write_tree(&fresh, files).and_then(|()| {
        if dir.exists() {
            std::fs::rename(dir, &old)
                .map_err(|e| format!("cannot move {} aside: {e}", dir.display()))?;
        }
        std::fs::rename(&fresh, dir).map_err(|e| {
            // Put the previous crate back before reporting.
            let _ = std::fs::rename(&old, dir);
            format!("cannot move the new crate into {}: {e}", dir.display())
        })
    });
    let _ = std::fs::remove_dir_all(&fresh);
    let _ = std::fs::remove_dir_all(&old);
    result
}

fn write_tree(root: &Path, files: &Files) -> Result<(), String> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Files under `dir` that differ from `files`: changed, missing or extra.
pub fn compare_tree(dir: &Path, files: &Files) -> Result<Vec<PathBuf>, String> {
    let mut differing = Vec::new();
    for (rel, text) in files {
        match std::fs::read(dir.join(rel)) {
            Ok(bytes) if bytes == text.as_bytes() => {}
            _ => differing.push(rel.clone()),
        }
    }
    let mut on_disk = Vec::new();
    list_files(dir, Path::new(""), &mut on_disk)?;
    differing.extend(on_disk.into_iter().filter(|rel| !files.contains_key(rel)));
    differing.sort();
    Ok(differing)
}

fn list_files(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let dir = root.join(rel);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot list {}: {e}", dir.display())),
    };
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let child = rel.join(entry.file_name());
        if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            list_files(root, &child, out)?;
        } else {
            out.push(child);
        }
    }
    Ok(())
}
