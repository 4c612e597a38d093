//! What the tests of the `azure-codegen` binary share: running it, scratch
//! folders, spec pairs and the `diff --fail-on rust` gate.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `binary` with `args`.
pub fn run(binary: &Path, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(binary).args(args).output().unwrap()
}

/// This repository.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// An empty folder of this test under the system's temporary folder.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("azure-codegen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The diff test specs of the repository (`tests/specs/diff`), changed.
pub fn spec_pair(dir: &Path, change: impl Fn(&mut serde_json::Value)) -> (PathBuf, PathBuf) {
    let base = repo_root().join("tests/specs/diff/base.json");
    let mut spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    let (old, new) = (dir.join("old.json"), dir.join("new.json"));
    std::fs::write(&old, spec.to_string()).unwrap();
    change(&mut spec);
    std::fs::write(&new, spec.to_string()).unwrap();
    (old, new)
}

fn fail_on_rust(binary: &Path, old: &Path, new: &Path) -> Output {
    run(
        binary,
        &[
            "diff".as_ref(),
            old.as_os_str(),
            new.as_os_str(),
            "--format".as_ref(),
            "text".as_ref(),
            "--fail-on".as_ref(),
            "rust".as_ref(),
        ],
    )
}

/// `diff --fail-on rust` of `binary`: 1 on a Rust break, 0 on an addition.
pub fn assert_rust_gate(binary: &Path, name: &str) {
    let dir = scratch(name);
    // An operationId renamed: the method's name changes.
    let (old, new) = spec_pair(&dir, |spec| {
        spec["paths"]["/pools/{poolId}"]["get"]["operationId"] = "Pools_GetPool".into();
    });
    let breaking = fail_on_rust(binary, &old, &new);
    assert_eq!(breaking.status.code(), Some(1), "{breaking:?}");
    assert!(String::from_utf8_lossy(&breaking.stderr).contains("Rust-breaking changes"));
    // A response property added: additive.
    let (old, new) = spec_pair(&dir, |spec| {
        spec["definitions"]["Job"]["properties"]["note"] = serde_json::json!({ "type": "string" });
    });
    let additive = fail_on_rust(binary, &old, &new);
    assert_eq!(additive.status.code(), Some(0), "{additive:?}");
    assert!(!additive.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}
