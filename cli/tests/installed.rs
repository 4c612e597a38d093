//! The `azure-codegen` binary installed as a user installs it (`cargo
//! install --path cli`): it generates Key Vault secrets 7.5, copied into a
//! temporary folder, into a crate that builds clean on its own, and gates
//! diffs as the built one does. A test binary of its own, so that the
//! install, which may rebuild the CLI with its own features, never runs
//! beside the tests of the binary cargo built.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{assert_rust_gate, repo_root, run, scratch};

/// The target folder cargo built these tests in (`target`), from this
/// test binary's path (`target/debug/deps/installed-…`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_owned()
}

/// cargo as a user runs it: offline (the workspace's build has fetched
/// every dependency), without this build's flags.
fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .arg("--quiet")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    command
}

fn assert_success(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Key Vault 7.5's `secrets.json` and the `common.json` it references (its
/// examples are not in the specs checkout), copied into `dir`.
fn key_vault_secrets(dir: &Path) -> PathBuf {
    let project = azure_codegen_tooling::project::Project::open_from_env(&repo_root()).unwrap();
    let folder = project
        .specs_root()
        .join("specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.5");
    for file in ["secrets.json", "common.json"] {
        std::fs::copy(folder.join(file), dir.join(file))
            .unwrap_or_else(|e| panic!("{}: {e}", folder.join(file).display()));
    }
    dir.join("secrets.json")
}

/// `cargo install --path cli` into a temporary root, then, with the
/// installed binary: `generate` on Key Vault secrets copied outside the
/// repository writes a crate whose manifest names nothing of this
/// repository and that `cargo clippy -D warnings` passes, built against
/// azure_core and the rest from crates.io at the workspace's versions;
/// `diff --fail-on rust` gates as the built binary does.
#[test]
fn installed_binary_generates_a_crate_that_builds_clean_and_gates_diffs() {
    let dir = scratch("installed");
    let target = target_dir();
    // This run's target folder: what `cargo test` built for the CLI is
    // reused (all of it after `cargo test -p azure-codegen-cli`; a
    // workspace-wide run unifies other features into syn and the
    // templates crate, which the install then builds once its own way).
    let install = cargo()
        .args(["install", "--offline", "--locked", "--debug", "--path"])
        .arg(repo_root().join("cli"))
        .arg("--root")
        .arg(dir.join("root"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert_success("cargo install --path cli", &install);
    let binary = dir.join("root/bin/azure-codegen");

    let specs = dir.join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    let spec = key_vault_secrets(&specs);
    let out = dir.join("azure_secrets");
    let generate = run(
        &binary,
        &[
            "generate".as_ref(),
            spec.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
    );
    assert_success("azure-codegen generate", &generate);
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        !manifest.contains("path ="),
        "the generated Cargo.toml names a path:\n{manifest}"
    );
    assert!(manifest.contains("azure_core = \"1.1\""), "{manifest}");

    // The workspace's versions of azure_core and the rest, and the target
    // folder every scratch build shares (`tests/user-build` builds them
    // there as a user's build does, no feature of this workspace unified
    // in), so that they build once; the profile is the repository's
    // (`.cargo/config.toml`, this test's working folder being `cli/`).
    std::fs::copy(repo_root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    let clippy = cargo()
        .args(["clippy", "--offline", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .args(["--", "-D", "warnings"])
        .env(
            "CARGO_TARGET_DIR",
            azure_codegen_tooling::project::scratch::target_dir(&target),
        )
        .output()
        .unwrap();
    assert_success("cargo clippy -D warnings on the generated crate", &clippy);

    assert_rust_gate(&binary, "installed-gate");
    let _ = std::fs::remove_dir_all(&dir);
}
