//! What `cargo xtask testserver` does: the generated clients against the
//! AutoRest test server (`@microsoft.azure/autorest.testserver`, installed
//! by `npm ci` in `tests/testserver`).
//!
//! A swagger file of the package is covered when an acceptance test file
//! named after it exists (`body-boolean.json` →
//! `tests/testserver/tests/body_boolean.rs`, [`covered_files`]). Each
//! covered file is generated with the library, exactly as `cargo xtask
//! generate` would, into a crate of the scratch workspace
//! `target/testserver/` (`autorest_body_boolean`), beside the acceptance
//! crate whose test targets are the committed test files
//! ([`write_workspace`]). The workspace is checked with clippy, the server
//! ([`server`]) started on a free loopback port, and each test file run in
//! turn with the server's URL in `AUTOREST_TESTSERVER_URL`; the coverage
//! reports ([`report`]) are read around each, so that every hit scenario is
//! put down to a swagger file. [`Project::testserver`] runs it all and
//! returns the figures; the command only prints them.

pub mod report;
pub mod server;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{write_if_changed, Project};
use crate::emit::{emit_crate, CrateConfig};
use crate::output::{compare_tree, write_crate};
use report::Coverage;
use server::Server;

/// One covered swagger file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Covered {
    /// The swagger file's name without `.json` (`body-boolean.quirks`).
    pub swagger: String,
    /// Its snake-case form: test file stem and test target name.
    pub snake: String,
}

impl Covered {
    /// The generated crate's package name and folder.
    pub fn crate_name(&self) -> String {
        // Prefixed: `url`, `header` or `head` alone would shadow real crates.
        format!("autorest_{}", self.snake)
    }
}

/// How to run [`Project::testserver`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only the swagger files whose name contains this (`body-`).
    pub only: Option<String>,
    /// Skip `cargo clippy -D warnings` over the generated crates and tests.
    pub no_clippy: bool,
}

/// One test file's run.
#[derive(Debug, Clone)]
pub struct Row {
    /// The swagger file's name without `.json`.
    pub swagger: String,
    /// Scenarios first hit by its tests.
    pub hit: usize,
    /// Its test binary's `test result:` summary (`ok. 3 passed; ...`).
    pub summary: String,
    /// The test binary's stdout and stderr when it failed, else `None`.
    pub failure: Option<String>,
}

/// What [`Project::testserver`] found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// One row per covered swagger file, by name.
    pub rows: Vec<Row>,
    /// The coverage after the last test file.
    pub coverage: Coverage,
}

impl Outcome {
    /// The swagger files whose tests failed.
    pub fn failed(&self) -> Vec<&str> {
        self.rows
            .iter()
            .filter(|r| r.failure.is_some())
            .map(|r| r.swagger.as_str())
            .collect()
    }
}

impl Project {
    /// The npm package folder: `tests/testserver`.
    pub fn testserver_dir(&self) -> PathBuf {
        self.root().join("tests/testserver")
    }

    /// Runs the command's work (see the module docs); `progress` is told
    /// each step before it starts.
    pub fn testserver(
        &self,
        options: &Options,
        mut progress: impl FnMut(&str),
    ) -> Result<Outcome, String> {
        let package_dir = self.testserver_dir();
        let swagger_dir = package_dir.join(server::PACKAGE).join("swagger");
        if !swagger_dir.is_dir() {
            return Err(format!(
                "{} is missing: run `npm ci` in {} (needs Node.js 18 or later and npm)",
                swagger_dir.display(),
                package_dir.display()
            ));
        }
        let tests_dir = package_dir.join("tests");
        let mut covered = covered_files(&swagger_dir, &tests_dir)?;
        if let Some(only) = &options.only {
            covered.retain(|c| c.swagger.contains(only.as_str()));
        }
        if covered.is_empty() {
            return Err("no swagger file has an acceptance test to run".to_owned());
        }

        let workspace = self.target_dir().join("testserver");
        for c in &covered {
            generate(
                &swagger_dir.join(format!("{}.json", c.swagger)),
                c,
                &workspace,
            )?;
        }
        write_workspace(
            &workspace,
            &tests_dir,
            &covered,
            &self.root().join("Cargo.lock"),
        )?;
        progress(&format!(
            "{} swagger files generated into {}",
            covered.len(),
            workspace.display()
        ));
        if !options.no_clippy {
            progress("cargo clippy -D warnings over the generated crates and tests");
            clippy(&workspace)?;
        }
        progress("building the acceptance tests");
        let binaries = build_tests(&workspace)?;

        let server = Server::start(
            &package_dir,
            &workspace.join("coverage"),
            &workspace.join("server.log"),
        )?;
        let mut before = Coverage::read(&server)?;
        let mut rows = Vec::new();
        for c in &covered {
            let binary = binaries
                .get(&c.snake)
                .ok_or_else(|| format!("cargo built no test binary for {}", c.snake))?;
            progress(&format!("running {}", c.snake));
            let output = Command::new(binary)
                .env("AUTOREST_TESTSERVER_URL", server.url())
                // A failing test's message, not pages of backtrace.
                .env("RUST_BACKTRACE", "0")
                .output()
                .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
            let stdout = String::from_utf8_lossy(&output.stdout);
            let failure = (!output.status.success())
                .then(|| format!("{stdout}{}", String::from_utf8_lossy(&output.stderr)));
            let after = Coverage::read(&server)?;
            rows.push(Row {
                swagger: c.swagger.clone(),
                hit: after.newly_hit(&before).len(),
                summary: test_summary(&stdout),
                failure,
            });
            before = after;
        }
        Ok(Outcome {
            rows,
            coverage: before,
        })
    }
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

/// The swagger files of the package that have an acceptance test file,
/// sorted by name; a test file without its swagger file is an error.
pub fn covered_files(swagger_dir: &Path, tests_dir: &Path) -> Result<Vec<Covered>, String> {
    let mut swaggers = BTreeMap::new();
    for entry in read_dir(swagger_dir)? {
        if let Some(swagger) = entry.strip_suffix(".json") {
            swaggers.insert(snake(swagger), swagger.to_owned());
        }
    }
    let mut covered = Vec::new();
    for entry in read_dir(tests_dir)? {
        let Some(stem) = entry.strip_suffix(".rs") else {
            continue;
        };
        let swagger = swaggers.get(stem).ok_or_else(|| {
            format!(
                "{} names no swagger file of the test server",
                tests_dir.join(&entry).display()
            )
        })?;
        covered.push(Covered {
            swagger: swagger.clone(),
            snake: stem.to_owned(),
        });
    }
    covered.sort_by(|a, b| a.swagger.cmp(&b.swagger));
    Ok(covered)
}

fn read_dir(dir: &Path) -> Result<Vec<String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(names)
}

/// `body-boolean.quirks` → `body_boolean_quirks`.
pub fn snake(swagger: &str) -> String {
    swagger
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// Generates one swagger file into its crate of `workspace`; files already
/// up to date are left alone, so that cargo does not rebuild them.
pub fn generate(spec: &Path, covered: &Covered, workspace: &Path) -> Result<(), String> {
    let api = crate::load_api(spec).map_err(|e| e.to_string())?;
    let config = CrateConfig::of_spec(api, spec, Some(covered.crate_name()), None, None);
    let files = emit_crate(&config).map_err(|e| format!("{}: {e}", spec.display()))?;
    let dir = workspace.join(covered.crate_name());
    if compare_tree(&dir, &files)?.is_empty() {
        return Ok(());
    }
    write_crate(&dir, &files)
}

/// Writes the workspace manifest (the covered crates and `acceptance`),
/// the acceptance crate whose test targets are the committed test files of
/// `tests_dir`, and, when the workspace has none yet, a copy of `lock` (the
/// repository's versions of azure_core and the rest). Unchanged files are
/// not rewritten.
pub fn write_workspace(
    workspace: &Path,
    tests_dir: &Path,
    covered: &[Covered],
    lock: &Path,
) -> Result<(), String> {
    let mut members: Vec<String> = covered
        .iter()
        .map(|c| format!("{:?}", c.crate_name()))
        .collect();
    members.push("\"acceptance\"".to_owned());
    std::fs::create_dir_all(workspace)
        .map_err(|e| format!("cannot create {}: {e}", workspace.display()))?;
    write_if_changed(
        &workspace.join("Cargo.toml"),
        &format!(
            "# Written by cargo xtask testserver.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )?;
    let mut toml = String::from(ACCEPTANCE_MANIFEST);
    for c in covered {
        toml.push_str(&format!(
            "{} = {{ path = \"../{}\" }}\n",
            c.crate_name(),
            c.crate_name()
        ));
    }
    for c in covered {
        toml.push_str(&format!(
            "\n[[test]]\nname = \"{}\"\npath = {:?}\n",
            c.snake,
            tests_dir
                .join(format!("{}.rs", c.snake))
                .display()
                .to_string()
        ));
    }
    let acceptance = workspace.join("acceptance");
    std::fs::create_dir_all(acceptance.join("src"))
        .map_err(|e| format!("cannot create {}: {e}", acceptance.display()))?;
    write_if_changed(&acceptance.join("Cargo.toml"), &toml)?;
    write_if_changed(
        &acceptance.join("src/lib.rs"),
        "//! Acceptance tests of the generated clients against the AutoRest test server; the tests are in `tests/testserver/tests/` of the repository.\n",
    )?;
    let workspace_lock = workspace.join("Cargo.lock");
    if !workspace_lock.exists() {
        std::fs::copy(lock, &workspace_lock)
            .map_err(|e| format!("cannot copy {}: {e}", lock.display()))?;
    }
    Ok(())
}

const ACCEPTANCE_MANIFEST: &str = r#"# Written by cargo xtask testserver.
[package]
name = "autorest_acceptance"
version = "0.0.0"
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

fn cargo(workspace: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", workspace.join("target"));
    command
}

/// `cargo clippy -D warnings` over every crate and test of the workspace.
fn clippy(workspace: &Path) -> Result<(), String> {
    cargo(workspace)
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

/// Builds the acceptance tests; test target name → its binary.
fn build_tests(workspace: &Path) -> Result<BTreeMap<String, PathBuf>, String> {
    let output = cargo(workspace)
        .args(["test", "-p", "autorest_acceptance", "--no-run", "--quiet"])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swagger_names_become_snake_case() {
        assert_eq!(snake("body-boolean.quirks"), "body_boolean_quirks");
        assert_eq!(snake("media_types"), "media_types");
        assert_eq!(
            snake("url-multi-collectionFormat"),
            "url_multi_collectionformat"
        );
    }

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
