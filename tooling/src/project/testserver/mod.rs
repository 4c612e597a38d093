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
//! ([`test_files`], [`scratch::Run::build`]). The workspace is checked with clippy, the server
//! ([`server`]) started on a free loopback port, and each test file run in
//! turn with the server's URL in `AUTOREST_TESTSERVER_URL`; the coverage
//! reports ([`report`]) are read around each, so that every hit scenario is
//! put down to a swagger file. [`Project::testserver`] runs it all and
//! returns the figures; the command only prints them.

pub mod report;
pub mod server;

use super::scratch::{self, Acceptance, Member, TestFile};
use super::Project;
use crate::emit::CrateConfig;
use report::Coverage;
use server::Server;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

pub use super::scratch::Options;

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
        let mut members = Vec::new();
        for c in &covered {
            let spec = swagger_dir.join(format!("{}.json", c.swagger));
            members.push(generate(&spec, c, &workspace)?);
        }
        let run = self.scratch_run(workspace.clone(), ACCEPTANCE, options);
        let binaries = run.build(&members, &test_files(&tests_dir, &covered), &mut progress)?;

        let server = Server::start(
            &package_dir,
            &workspace.join("coverage"),
            &workspace.join("server.log"),
        )?;
        let mut before = Coverage::read(&server)?;
        let mut rows = Vec::new();
        for c in &covered {
            progress(&format!("running {}", c.snake));
            let run = scratch::run_test(
                &binaries,
                &c.snake,
                "AUTOREST_TESTSERVER_URL",
                &server.url(),
            )?;
            let after = Coverage::read(&server)?;
            rows.push(Row {
                swagger: c.swagger.clone(),
                hit: after.newly_hit(&before).len(),
                summary: run.summary,
                failure: run.failure,
            });
            before = after;
        }
        Ok(Outcome {
            rows,
            coverage: before,
        })
    }
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

/// Generates one swagger file into its crate of `workspace`
/// ([`scratch::generate`]).
pub fn generate(spec: &Path, covered: &Covered, workspace: &Path) -> Result<Member, String> {
    let api = crate::load_api(spec).map_err(|e| e.to_string())?;
    let config = CrateConfig::of_spec(api, spec, Some(covered.crate_name()), None, None);
    scratch::generate(workspace, spec, &config, Vec::new())
}

/// The acceptance crate's test targets: the committed test file of each
/// covered swagger file, in `tests_dir`.
pub fn test_files(tests_dir: &Path, covered: &[Covered]) -> Vec<TestFile> {
    covered
        .iter()
        .map(|c| TestFile {
            name: c.snake.clone(),
            path: tests_dir.join(format!("{}.rs", c.snake)),
        })
        .collect()
}

/// The acceptance crate of the run.
pub const ACCEPTANCE: Acceptance<'static> = Acceptance {
    command: "cargo xtask testserver",
    package: "autorest_acceptance",
    about: "Acceptance tests of the generated clients against the AutoRest test server; the tests are in `tests/testserver/tests/` of the repository.",
};

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
}
