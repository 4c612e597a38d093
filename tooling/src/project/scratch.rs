//! The scratch cargo workspace of a mock-server run (`cargo xtask
//! testserver`, `cargo xtask spector`): generated crates beside an
//! acceptance crate whose test targets are committed test files; their
//! generation ([`generate`]), the workspace's writing, clippy and the build
//! of its tests ([`Run::build`]), and the run of one test binary.
//!
//! Both runs build into the one target folder of every scratch build
//! ([`target_dir`]; their dependencies' versions are the repository's
//! `Cargo.lock`), so that azure_core and the rest are compiled once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{write_if_changed, Project};
use crate::emit::{emit_crate, CrateConfig};
use crate::output::{compare_tree, write_crate};

/// The cargo target folder of every build of a workspace other than the
/// repository's own: the test-server and Spector acceptance crates, the
/// conformance crates, a user's build of a generated crate
/// (`tests/user-build`, the installed CLI's output) and the fuzzer's clippy
/// sample. They cannot build in the repository's folder, whose lock `cargo
/// test` holds while they run; sharing one folder among themselves builds
/// azure_core and the rest once, not once per kind of build: with a folder
/// each, a fresh clone's CI ran out of disk.
pub fn target_dir(project_target: &Path) -> PathBuf {
    project_target.join("scratch")
}

/// One generated crate of the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Package name and folder.
    pub crate_name: String,
    /// Cargo features the acceptance crate enables (every api-version
    /// module a test uses).
    pub features: Vec<String>,
}

/// One committed test file: a test target of the acceptance crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestFile {
    /// The test target's name.
    pub name: String,
    /// The file.
    pub path: PathBuf,
}

/// The acceptance crate of a run.
#[derive(Debug, Clone, Copy)]
pub struct Acceptance<'a> {
    /// The command that writes the workspace (`cargo xtask testserver`).
    pub command: &'a str,
    /// The acceptance crate's package name.
    pub package: &'a str,
    /// Its crate doc: what it tests and where the tests are.
    pub about: &'a str,
}

/// Emits `config` into its crate of `workspace` (the folder named after its
/// package), leaving the files alone when they are up to date so that
/// cargo does not rebuild them; errors name `spec`. The acceptance crate
/// enables `features` of it.
pub fn generate(
    workspace: &Path,
    spec: &Path,
    config: &CrateConfig,
    features: Vec<String>,
) -> Result<Member, String> {
    let files = emit_crate(config).map_err(|e| format!("{}: {e}", spec.display()))?;
    let dir = workspace.join(&config.name);
    if !compare_tree(&dir, &files)?.is_empty() {
        write_crate(&dir, &files)?;
    }
    Ok(Member {
        crate_name: config.name.clone(),
        features,
    })
}

/// How to run [`Project::testserver`] or [`Project::spector`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only the covered swagger files or scenario folders whose name
    /// contains this (`body-`, `type/`).
    pub only: Option<String>,
    /// Skip `cargo clippy -D warnings` over the generated crates and tests.
    pub no_clippy: bool,
}

/// One run's scratch workspace, from the generated crates to the test
/// binaries.
#[derive(Debug, Clone)]
pub struct Run<'a> {
    /// The workspace folder.
    pub workspace: PathBuf,
    /// Its acceptance crate.
    pub acceptance: Acceptance<'a>,
    /// The project's target folder (the build goes to its scratch
    /// [`target_dir`]).
    pub target: PathBuf,
    /// The repository's `Cargo.lock`.
    pub lock: PathBuf,
    /// Skip `cargo clippy -D warnings`.
    pub no_clippy: bool,
}

impl Project {
    /// The run of `acceptance` in the scratch workspace `workspace`, with
    /// this project's target folder and `Cargo.lock`.
    pub fn scratch_run<'a>(
        &self,
        workspace: PathBuf,
        acceptance: Acceptance<'a>,
        options: &Options,
    ) -> Run<'a> {
        Run {
            workspace,
            acceptance,
            target: self.target_dir(),
            lock: self.root().join("Cargo.lock"),
            no_clippy: options.no_clippy,
        }
    }
}

impl Run<'_> {
    /// Writes the workspace of the generated crates `members` and the
    /// acceptance tests `tests` ([`write_workspace`]), checks it with
    /// clippy, and builds the tests: test target name → its binary.
    /// `progress` is told each step before it starts.
    pub fn build(
        &self,
        members: &[Member],
        tests: &[TestFile],
        progress: &mut dyn FnMut(&str),
    ) -> Result<BTreeMap<String, PathBuf>, String> {
        write_workspace(&self.workspace, self.acceptance, members, tests, &self.lock)?;
        progress(&format!(
            "{} crates generated into {}",
            members.len(),
            self.workspace.display()
        ));
        if !self.no_clippy {
            progress("cargo clippy -D warnings over the generated crates and tests");
            clippy(&self.workspace, &self.target)?;
        }
        progress("building the acceptance tests");
        build_tests(&self.workspace, &self.target, self.acceptance.package)
    }
}

/// Writes the workspace manifest (the generated crates and `acceptance`),
/// the acceptance crate whose test targets are `tests`, and, when the
/// workspace has none yet, a copy of `lock` (the repository's versions of
/// azure_core and the rest). Unchanged files are not rewritten.
pub fn write_workspace(
    workspace: &Path,
    acceptance: Acceptance<'_>,
    members: &[Member],
    tests: &[TestFile],
    lock: &Path,
) -> Result<(), String> {
    let mut names: Vec<String> = members
        .iter()
        .map(|m| format!("{:?}", m.crate_name))
        .collect();
    names.push("\"acceptance\"".to_owned());
    std::fs::create_dir_all(workspace)
        .map_err(|e| format!("cannot create {}: {e}", workspace.display()))?;
    write_if_changed(
        &workspace.join("Cargo.toml"),
        &format!(
            "# Written by {}.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            acceptance.command,
            names.join(", ")
        ),
    )?;
    let mut toml = format!(
        "# Written by {}.\n[package]\nname = {:?}\n{ACCEPTANCE_MANIFEST}",
        acceptance.command, acceptance.package
    );
    for m in members {
        let features = if m.features.is_empty() {
            String::new()
        } else {
            format!(", features = {:?}", m.features)
        };
        toml.push_str(&format!(
            "{} = {{ path = \"../{}\"{features} }}\n",
            m.crate_name, m.crate_name
        ));
    }
    for t in tests {
        toml.push_str(&format!(
            "\n[[test]]\nname = \"{}\"\npath = {:?}\n",
            t.name,
            t.path.display().to_string()
        ));
    }
    let dir = workspace.join("acceptance");
    std::fs::create_dir_all(dir.join("src"))
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    write_if_changed(&dir.join("Cargo.toml"), &toml)?;
    write_if_changed(
        &dir.join("src/lib.rs"),
        &format!("//! {}\n", acceptance.about),
    )?;
    let workspace_lock = workspace.join("Cargo.lock");
    if !workspace_lock.exists() {
        std::fs::copy(lock, &workspace_lock)
            .map_err(|e| format!("cannot copy {}: {e}", lock.display()))?;
    }
    Ok(())
}

const ACCEPTANCE_MANIFEST: &str = r#"version = "0.0.0"
edition = "2021"
publish = false
autotests = false

[dev-dependencies]
async-trait = "0.1"
azure_core = "1.1"
futures = "0.3"
# A cookie-keeping transport: the retry scenarios tell a retry by a cookie.
reqwest = { version = "0.13", default-features = false, features = ["cookies"] }
serde = "1"
serde_json = "1"
time = { version = "0.3", features = ["macros", "parsing"] }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
"#;

/// cargo in `workspace`, building into the scratch [`target_dir`] of the
/// project's target folder `target`.
fn cargo(workspace: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target_dir(target));
    command
}

/// `cargo clippy -D warnings` over every crate and test of the workspace.
fn clippy(workspace: &Path, target: &Path) -> Result<(), String> {
    cargo(workspace, target)
        .args(["clippy", "--workspace", "--all-targets", "--quiet"])
        .args(["--", "-D", "warnings"])
        .status()
        .map_err(|e| format!("cannot run cargo clippy: {e}"))?
        .success()
        .then_some(())
        .ok_or_else(|| {
            "cargo clippy found warnings or errors in the generated crates or tests".to_owned()
        })
}

/// Builds the tests of `package`; test target name → its binary.
fn build_tests(
    workspace: &Path,
    target: &Path,
    package: &str,
) -> Result<BTreeMap<String, PathBuf>, String> {
    let output = cargo(workspace, target)
        .args(["test", "-p", package, "--no-run", "--quiet"])
        .args(["--message-format", "json"])
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    if !output.status.success() {
        return Err("the acceptance tests do not build".to_owned());
    }
    Ok(test_binaries(&String::from_utf8_lossy(&output.stdout)))
}

/// Test target name → executable, from cargo's `--message-format json`.
fn test_binaries(messages: &str) -> BTreeMap<String, PathBuf> {
    let mut binaries = BTreeMap::new();
    for line in messages.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let is_test = message["reason"] == "compiler-artifact"
            && message["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "test"));
        if let (true, Some(name), Some(exe)) = (
            is_test,
            message["target"]["name"].as_str(),
            message["executable"].as_str(),
        ) {
            binaries.insert(name.to_owned(), PathBuf::from(exe));
        }
    }
    binaries
}

/// How one test binary ran.
#[derive(Debug, Clone)]
pub struct TestRun {
    /// Its `test result:` summary (`ok. 3 passed; ...`).
    pub summary: String,
    /// Its stdout and stderr when it failed, else `None`.
    pub failure: Option<String>,
}

/// Runs the test binary `name` of `binaries` with `url` in the environment
/// variable `url_var`.
pub fn run_test(
    binaries: &BTreeMap<String, PathBuf>,
    name: &str,
    url_var: &str,
    url: &str,
) -> Result<TestRun, String> {
    let binary = binaries
        .get(name)
        .ok_or_else(|| format!("cargo built no test binary for {name}"))?;
    let output = Command::new(binary)
        .env(url_var, url)
        // A failing test's message, not pages of backtrace.
        .env("RUST_BACKTRACE", "0")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let failure = (!output.status.success())
        .then(|| format!("{stdout}{}", String::from_utf8_lossy(&output.stderr)));
    Ok(TestRun {
        summary: test_summary(&stdout),
        failure,
    })
}

/// The last `test result:` line of a test binary's stdout, without its
/// prefix; `none` when there is none.
fn test_summary(stdout: &str) -> String {
    stdout
        .lines()
        .rfind(|l| l.starts_with("test result:"))
        .unwrap_or("test result: none")
        .trim_start_matches("test result: ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_binaries_are_read_from_cargo_messages() {
        let messages = concat!(
            r#"{"reason":"compiler-artifact","target":{"name":"body_boolean","kind":["test"]},"executable":"/t/body_boolean-1"}"#,
            "\n",
            r#"{"reason":"compiler-artifact","target":{"name":"autorest_acceptance","kind":["lib"]},"executable":null}"#,
            "\nnot json\n",
            r#"{"reason":"build-finished","success":true}"#,
        );
        let binaries = test_binaries(messages);
        assert_eq!(binaries.len(), 1);
        assert_eq!(binaries["body_boolean"], PathBuf::from("/t/body_boolean-1"));
    }

    #[test]
    fn test_summary_is_the_last_result_line() {
        let stdout = "running 2 tests\ntest result: ok. 1 passed\n\ntest result: FAILED. 1 passed; 1 failed\n";
        assert_eq!(test_summary(stdout), "FAILED. 1 passed; 1 failed");
        assert_eq!(test_summary("no tests ran"), "none");
    }
}
