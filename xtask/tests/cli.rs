//! The xtask binary's contract with the shell: exit codes and messages.

use std::process::Command;

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

fn fixture(name: &str) -> String {
    format!("{}/../tests/specs/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ir_summary_prints_counts() {
    let out = xtask(&["ir", "--summary", &fixture("loader/v1/api.json")]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "operations: 3, models: 4, enums: 1\n"
    );
}

#[test]
fn a_bad_spec_exits_1_with_file_and_pointer() {
    let out = xtask(&["ir", &fixture("errors/dangling_ref.json")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(
        stderr.contains("dangling_ref.json: #/definitions/Foo/properties/bar: dangling $ref"),
        "{stderr}"
    );
}
