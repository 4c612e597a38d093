//! What `cargo xtask conformance` does: proves the client generated from
//! any spec against that spec's x-ms-examples.
//!
//! The spec is lowered and emitted as a one-module crate into
//! `target/conformance/crates/<crate>` ([`Project::conformance_crate`],
//! with the repository's `Cargo.lock`, so it builds with the same
//! dependency versions), whose generated conformance test is then run with
//! the target folder `target/conformance` ([`Project::conformance`]): the
//! same paths on every run, so cargo rebuilds only what changed. The
//! harness ends its output with `conformance: P passed, F failed, S
//! skipped`; [`report`] picks that report out of the test's output.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{read, spec_config, Project};
use crate::emit::emit_crate;
use crate::output::write_crate;

/// What [`Project::conformance`] found.
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

impl Project {
    /// Writes the one-module crate that `cargo xtask conformance` tests for
    /// `spec` into a folder of its own under the target folder
    /// (`conformance/crates/<crate>`, replaced whole on each run, at the
    /// same path so cargo reuses what it built), with its conformance test
    /// and the repository's `Cargo.lock`; returns the folder. The crate and
    /// client are named after the spec's title unless given; the workspace
    /// excludes `target/`, so the crate is a workspace of its own without
    /// any edit of its manifest.
    pub fn conformance_crate(
        &self,
        spec: &Path,
        crate_name: Option<String>,
        client: Option<String>,
        scope: Option<String>,
    ) -> Result<PathBuf, String> {
        let mut config = spec_config(spec, spec, crate_name, client, scope)?;
        config.description = format!("Conformance build of {}", config.description);
        let harness = self.root.join("tests/conformance");
        config.conformance_harness = Some(harness.display().to_string());
        let mut files = emit_crate(&config).map_err(|e| e.to_string())?;
        files.insert("Cargo.lock".into(), read(&self.root.join("Cargo.lock"))?);
        let dir = self
            .target_dir()
            .join("conformance/crates")
            .join(&config.name);
        write_crate(&dir, &files)?;
        Ok(dir)
    }

    /// Builds the conformance crate of `spec` (see
    /// [`Self::conformance_crate`]) and runs its conformance test, the
    /// example files read from `examples` (by file name) when given instead
    /// of the spec's own `examples/`. An error when the test does not run
    /// to its report; the test's output is then part of the error.
    pub fn conformance(
        &self,
        spec: &Path,
        examples: Option<&Path>,
        crate_name: Option<String>,
        client: Option<String>,
        scope: Option<String>,
    ) -> Result<Outcome, String> {
        let spec = spec
            .canonicalize()
            .map_err(|e| format!("cannot find {}: {e}", spec.display()))?;
        let dir = self.conformance_crate(&spec, crate_name, client, scope)?;
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .args(["test", "--quiet", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
            .args(["--test", "conformance", "--", "--nocapture"])
            .env("CARGO_TARGET_DIR", self.target_dir().join("conformance"))
            .env("AZURE_SPECS_ROOT", self.specs_root());
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
