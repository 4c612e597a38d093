//! What `cargo xtask conformance` and `azure-codegen conformance` do:
//! prove the client generated from any spec against that spec's
//! x-ms-examples.
//!
//! The spec is lowered and emitted as a one-module crate into
//! `<target>/conformance/crates/<crate>` ([`write_crate_of`], with the
//! harness checkout's `Cargo.lock`, so it builds with the same dependency
//! versions), whose generated conformance test is then run in the scratch
//! target folder ([`super::scratch::target_dir`], [`run`]): the same paths on every run, so
//! cargo rebuilds only what changed. The harness ends its output with
//! `conformance: P passed, F failed, S skipped`; [`report`] picks that
//! report out of the test's output. [`Project::conformance`] runs it with
//! this checkout's harness and target folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{read, Project};
use crate::emit::emit_crate;
use crate::output::write_crate;

/// What [`run`] found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The harness's report: its `FAILED` and `SKIPPED` lines, then the
    /// `conformance: ...` summary.
    pub report: Vec<String>,
    /// Whether every case passed (the test succeeded).
    pub passed: bool,
}

impl Outcome {
    /// The `conformance: P passed, F failed, S skipped` line.
    pub fn summary(&self) -> &str {
        self.report.last().map_or("", String::as_str)
    }
}

/// Where a conformance run builds: the harness crate the generated test
/// links, the `Cargo.lock` its crate gets, cargo's target folder, and the
/// specs root the harness is given.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The harness crate's folder (`tests/conformance` of a checkout).
    pub harness: PathBuf,
    /// The lock file copied into the crate, when there is one.
    pub lock: Option<PathBuf>,
    /// The target folder: the crate is written under it, and cargo builds
    /// into its `conformance/`.
    pub target: PathBuf,
    /// `AZURE_SPECS_ROOT` of the test, when given.
    pub specs_root: Option<PathBuf>,
}

impl Setup {
    /// The setup of the harness at `harness`, the `tests/conformance` of a
    /// checkout: that checkout's `Cargo.lock` and target folder
    /// (`CARGO_TARGET_DIR`, else its `target/`), as `cargo xtask
    /// conformance` uses them, so both reuse one build.
    pub fn of_harness(harness: &Path) -> Result<Self, String> {
        let harness = harness
            .canonicalize()
            .map_err(|e| format!("cannot find the harness {}: {e}", harness.display()))?;
        let checkout = harness.join("../..");
        let lock = checkout.join("Cargo.lock");
        Ok(Setup {
            lock: lock.is_file().then_some(lock),
            target: std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| checkout.join("target"), PathBuf::from),
            specs_root: None,
            harness,
        })
    }
}

impl Project {
    /// This checkout's conformance setup: its harness, lock file and target
    /// folder, and the specs root in force.
    pub fn conformance_setup(&self) -> Setup {
        Setup {
            harness: self.root.join("tests/conformance"),
            lock: Some(self.root.join("Cargo.lock")),
            target: self.target_dir(),
            specs_root: Some(self.specs_root.clone()),
        }
    }

    /// [`write_crate_of`] with this checkout's setup.
    pub fn conformance_crate(
        &self,
        spec: &Path,
        crate_name: Option<String>,
        client: Option<String>,
        scope: Option<String>,
    ) -> Result<PathBuf, String> {
        write_crate_of(
            &self.conformance_setup(),
            spec,
            &azure_codegen::Options {
                crate_name,
                client,
                scope,
                ..Default::default()
            },
        )
    }

    /// [`run`] with this checkout's setup.
    pub fn conformance(
        &self,
        spec: &Path,
        examples: Option<&Path>,
        crate_name: Option<String>,
        client: Option<String>,
        scope: Option<String>,
    ) -> Result<Outcome, String> {
        run(
            &self.conformance_setup(),
            spec,
            examples,
            &azure_codegen::Options {
                crate_name,
                client,
                scope,
                ..Default::default()
            },
        )
    }
}

/// Writes the one-module crate of `spec` with its conformance test into a
/// folder of its own under the target folder (`conformance/crates/<crate>`,
/// replaced whole on each run, at the same path so cargo reuses what it
/// built), with the setup's lock file; returns the folder. A folder under
/// `target/` is outside the checkout's workspace (which excludes it), so
/// the crate is a workspace of its own without any edit of its manifest.
pub fn write_crate_of(
    setup: &Setup,
    spec: &Path,
    options: &azure_codegen::Options,
) -> Result<PathBuf, String> {
    let mut config =
        azure_codegen::generate::crate_config(spec, options).map_err(|e| e.to_string())?;
    config.description = format!("Conformance build of {}", config.description);
    config.conformance_harness = Some(setup.harness.display().to_string());
    let mut files = emit_crate(&config).map_err(|e| e.to_string())?;
    if let Some(lock) = &setup.lock {
        files.insert("Cargo.lock".into(), read(lock)?);
    }
    let dir = setup.target.join("conformance/crates").join(&config.name);
    write_crate(&dir, &files)?;
    Ok(dir)
}

/// Builds the conformance crate of `spec` (see [`write_crate_of`]) and
/// runs its conformance test, the example files read from `examples` (by
/// file name) when given instead of the spec's own `examples/`. An error
/// when the test does not run to its report; the test's output is then
/// part of the error.
pub fn run(
    setup: &Setup,
    spec: &Path,
    examples: Option<&Path>,
    options: &azure_codegen::Options,
) -> Result<Outcome, String> {
    let spec = spec
        .canonicalize()
        .map_err(|e| format!("cannot find {}: {e}", spec.display()))?;
    let dir = write_crate_of(setup, &spec, options)?;
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .args(["test", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .args(["--test", "conformance", "--", "--nocapture"])
        .env(
            "CARGO_TARGET_DIR",
            super::scratch::target_dir(&setup.target),
        );
    if let Some(root) = &setup.specs_root {
        command.env("AZURE_SPECS_ROOT", root);
    }
    if let Some(examples) = examples {
        let examples = examples
            .canonicalize()
            .map_err(|e| format!("cannot find {}: {e}", examples.display()))?;
        command.env("AZURE_CONFORMANCE_EXAMPLES", examples);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report = report(&stdout).ok_or_else(|| {
        format!(
            "the conformance test did not run to its report:\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    Ok(Outcome {
        report,
        passed: output.status.success(),
    })
}

/// The harness's report in a conformance test's stdout: the `FAILED` and
/// `SKIPPED` lines up to the first `conformance: ` summary line, then that
/// line; `None` without a summary line.
pub fn report(stdout: &str) -> Option<Vec<String>> {
    let summary = stdout.lines().find(|l| l.starts_with("conformance: "))?;
    let mut lines: Vec<String> = stdout
        .lines()
        .skip_while(|l| !is_report_line(l))
        .take_while(|l| !l.starts_with("conformance: "))
        .map(str::to_owned)
        .collect();
    lines.push(summary.to_owned());
    Some(lines)
}

fn is_report_line(line: &str) -> bool {
    line.starts_with("FAILED ") || line.starts_with("SKIPPED ") || line.starts_with("conformance: ")
}

#[cfg(test)]
mod tests {
    use super::report;

    #[test]
    fn the_report_runs_from_the_first_case_line_to_the_summary() {
        let stdout = "\nrunning 1 test\nSKIPPED Pool_Get: no response body\nFAILED Job_Add: status 400\n  expected 201\nconformance: 10 passed, 1 failed, 1 skipped\ntest conformance ... FAILED\n";
        assert_eq!(
            report(stdout).unwrap(),
            [
                "SKIPPED Pool_Get: no response body",
                "FAILED Job_Add: status 400",
                "  expected 201",
                "conformance: 10 passed, 1 failed, 1 skipped"
            ]
        );
        assert_eq!(
            report("running 1 test\nconformance: 3 passed, 0 failed, 0 skipped\n").unwrap(),
            ["conformance: 3 passed, 0 failed, 0 skipped"]
        );
        assert_eq!(report("error: could not compile\n"), None);
    }
}
