//! The `azure-codegen` binary cargo builds, on specs outside this
//! repository: `diff --fail-on rust` exits 1 on a Rust-breaking pair and 0
//! on an additive one; bad input exits 2 naming its file and JSON pointer.

mod common;

use std::path::Path;

use common::{assert_rust_gate, repo_root, run};

/// The binary cargo built for these tests.
const BUILT: &str = env!("CARGO_BIN_EXE_azure-codegen");

#[test]
fn diff_fail_on_rust_exits_1_on_a_rust_break_and_0_on_an_addition() {
    assert_rust_gate(Path::new(BUILT), "gate");
}

#[test]
fn a_bad_spec_is_an_error_naming_file_and_pointer_with_status_2() {
    let spec = repo_root().join("tests/specs/errors/dangling_ref.json");
    let out = run(Path::new(BUILT), &["ir".as_ref(), spec.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("dangling_ref.json: #/definitions/Foo/properties/bar: dangling $ref"),
        "{stderr}"
    );
}
