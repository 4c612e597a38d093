//! `cargo xtask conformance`: proves the client generated from any spec
//! against that spec's x-ms-examples.
//!
//! The spec is lowered and emitted as a one-module crate into
//! `target/conformance/crates/<crate>` (`Project::conformance_crate`, with
//! the repository's `Cargo.lock`, so it builds with the same dependency
//! versions), whose generated conformance test is then run with the target
//! folder `target/conformance`: the same paths on every run, so cargo
//! rebuilds only what changed. The command ends with the harness's
//! `conformance: P passed, F failed, S skipped` line.

use std::path::{Path, PathBuf};
use std::process::Command;

use azure_codegen::project::Project;

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask conformance`.
#[derive(clap::Args)]
pub struct Args {
    /// The spec: a path, or a name from the manifest (`2023-05-01.17.0`).
    #[arg(long)]
    spec: String,
    /// Read example files from this folder (by file name) instead of the
    /// spec's own `examples/`.
    #[arg(long)]
    examples: Option<PathBuf>,
    /// Package name of the generated crate (default: from the spec's title).
    #[arg(long)]
    crate_name: Option<String>,
    /// Client struct name (default: from the spec's title).
    #[arg(long)]
    client: Option<String>,
    /// Token scope, when the spec's security definition has no usable one.
    #[arg(long)]
    scope: Option<String>,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let project = project(ctx)?;
    let spec = project.resolve_spec(&args.spec)?;
    let spec = spec
        .canonicalize()
        .map_err(|e| format!("cannot find {}: {e}", spec.display()))?;
    let dir = project.conformance_crate(&spec, args.crate_name, args.client, args.scope)?;
    run_test(&project, &dir, args.examples.as_deref())
}

/// Builds and runs the crate's conformance test; prints the harness report
/// and fails when a case failed or the test did not run.
fn run_test(project: &Project, dir: &Path, examples: Option<&Path>) -> Result<(), String> {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .args(["test", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .args(["--test", "conformance", "--", "--nocapture"])
        .env("CARGO_TARGET_DIR", project.target_dir().join("conformance"))
        .env("AZURE_SPECS_ROOT", project.specs_root());
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
    let report: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !is_report_line(l))
        .take_while(|l| !l.starts_with("conformance: "))
        .chain(
            stdout
                .lines()
                .filter(|l| l.starts_with("conformance: "))
                .take(1),
        )
        .collect();
    let Some(summary) = report.last().filter(|l| l.starts_with("conformance: ")) else {
        eprintln!("{stdout}{}", String::from_utf8_lossy(&output.stderr));
        return Err("the conformance test did not run to its report".to_owned());
    };
    for line in &report {
        println!("{line}");
    }
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("conformance failed ({summary})"))
    }
}

fn is_report_line(line: &str) -> bool {
    line.starts_with("FAILED ") || line.starts_with("SKIPPED ") || line.starts_with("conformance: ")
}
