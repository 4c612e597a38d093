//! The generated crates as a user's build compiles them: runs the tests of
//! `tests/user-build`, a workspace of its own, so that serde_json comes
//! without the `preserve_order` feature this workspace unifies in (see its
//! `Cargo.toml`). It builds in the target folder every scratch build shares,
//! which keeps it from waiting on this build's lock; after the first run it
//! rebuilds only what changed.

use std::process::Command;

use codegen_tests::repo_root;

#[test]
fn generated_models_read_and_write_as_in_a_users_build() {
    let root = repo_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--offline", "--quiet", "--manifest-path"])
        .arg(root.join("tests/user-build/Cargo.toml"))
        .env(
            "CARGO_TARGET_DIR",
            azure_codegen_tooling::project::scratch::target_dir(&root.join("target")),
        )
        // Not this build's features or flags.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "tests/user-build failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
