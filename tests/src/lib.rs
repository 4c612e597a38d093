//! Shared helpers of the generator's integration tests: where the specs
//! checkout and the test fixtures live.

use std::path::PathBuf;

use azure_codegen_tooling::project::Project;

/// This checkout as the commands see it ([`Project::open_from_env`]).
pub fn project() -> Project {
    Project::open_from_env(&repo_root()).unwrap_or_else(|e| panic!("{e}"))
}

/// Root of the azure-rest-api-specs checkout, as the commands resolve it:
/// `AZURE_SPECS_ROOT`, else the manifest's `specs_root`.
pub fn specs_root() -> PathBuf {
    project().specs_root().to_owned()
}

/// The Batch data-plane folder of the specs checkout.
pub fn batch_data_plane() -> PathBuf {
    specs_root().join("specification/batch/data-plane")
}

/// A Microsoft.Batch stable spec by api-version (`2024-02-01.19.0`).
pub fn batch_stable(version: &str) -> PathBuf {
    batch_data_plane().join(format!(
        "Microsoft.Batch/stable/{version}/BatchService.json"
    ))
}

/// The TypeSpec-derived Azure.Batch 2024-02-01.19.0 spec.
pub fn batch_typespec() -> PathBuf {
    batch_data_plane().join("Azure.Batch/preview/2024-02-01.19.0/BatchService.json")
}

/// The TypeSpec-derived Azure.Batch 2025-06-01 spec, the service's current
/// api-version.
pub fn batch_2025_06_01() -> PathBuf {
    batch_data_plane().join("Azure.Batch/stable/2025-06-01/BatchService.json")
}

/// Every Microsoft.Batch stable api-version, oldest first.
pub fn batch_stable_versions() -> Vec<String> {
    let dir = batch_data_plane().join("Microsoft.Batch/stable");
    let mut versions: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    versions.sort();
    versions
}

/// This repository's root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fixture spec written for the tests, under `tests/specs/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("specs")
        .join(name)
}

/// Loads the fixture spec `name`, which must not load, and checks that the
/// error names its file, the JSON `pointer` and says `words`.
pub fn assert_load_error(name: &str, pointer: &str, words: &str) {
    let message = match azure_codegen::load_api(&fixture(name)) {
        Ok(_) => panic!("{name} should not load"),
        Err(e) => e.to_string(),
    };
    let file = name.rsplit('/').next().unwrap_or(name);
    assert!(message.contains(file), "names the file: {message}");
    assert!(
        message.contains(&format!(": {pointer}: ")),
        "names the pointer {pointer}: {message}"
    );
    assert!(message.contains(words), "says `{words}`: {message}");
}
