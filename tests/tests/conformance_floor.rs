//! The Batch crate's conformance tests hold how many cases passed when they
//! were generated (`conformance_passed` of the manifest): run with their
//! examples folder emptied, every case is skipped, and they fail instead of
//! passing green.
//!
//! Both api-versions' tests run (`--all-features`), through cargo on the
//! same target folder.

use std::process::Command;

use codegen_tests::{project, repo_root};

#[test]
fn the_batch_conformance_tests_fail_when_their_examples_are_gone() {
    let empty = std::env::temp_dir().join(format!("codegen-no-examples-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let output = Command::new(env!("CARGO"))
        .current_dir(repo_root())
        .args(["test", "--quiet", "-p", "azure_batch", "--all-features"])
        .args(["--test", "conformance", "--", "--nocapture"])
        .env("AZURE_CONFORMANCE_EXAMPLES", &empty)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir(&empty);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stdout}");
    let batch = &project().manifest.crates[0];
    assert_eq!(batch.name, "azure_batch");
    for version in &batch.api_versions {
        let passed = version
            .conformance_passed
            .unwrap_or_else(|| panic!("{}: no conformance_passed in the manifest", version.module));
        assert!(passed > 0, "{}", version.module);
        let failure = format!("0 cases passed, {passed} did when this test was generated");
        assert!(
            stdout.contains(&failure) || stderr.contains(&failure),
            "{}: no `{failure}` in\n{stdout}\n{stderr}",
            version.module
        );
    }
    // Nothing failed: every case was skipped, its example not found.
    assert!(
        stdout.contains("conformance: 0 passed, 0 failed, "),
        "{stdout}"
    );
}
