//! `cargo xtask conformance`: proves the client generated from any spec
//! against that spec's x-ms-examples.
//!
//! The spec is lowered and emitted as a one-module crate into a temporary
//! folder (with the repository's `Cargo.lock`, so it builds with the same
//! dependency versions), whose generated conformance test is then run with
//! the target folder `target/conformance` shared between runs, so that
//! `azure_core` and the harness compile once. The command ends with the
//! harness's `conformance: P passed, F failed, S skipped` line.

use std::path::{Path, PathBuf};
use std::process::Command;

use azure_codegen::emit::{emit_crate, CrateConfig, Files, ModuleConfig};
use azure_codegen::output::write_crate;

use crate::manifest::{project, repo_root};
use crate::Context;
use azure_codegen::project::Project;

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
    /// Package name of the generated crate.
    #[arg(long, default_value = "azure_batch_conformance")]
    crate_name: String,
    /// Client struct name.
    #[arg(long, default_value = "BatchClient")]
    client: String,
    /// Token scope.
    #[arg(long, default_value = "https://batch.core.windows.net//.default")]
    scope: String,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let project = project(ctx)?;
    let spec = project.resolve_spec(&args.spec)?;
    let spec = spec
        .canonicalize()
        .map_err(|e| format!("cannot find {}: {e}", spec.display()))?;
    let api = azure_codegen::load_api(&spec).map_err(|e| e.to_string())?;
    let description = format!("Conformance build of {}", api.title);
    let module =
        ModuleConfig::named_after_version(api, spec.display().to_string(), Some(args.scope));
    let module_name = module.module.clone();
    let mut config = CrateConfig::single_module(
        args.crate_name.clone(),
        "0.1.0".to_owned(),
        description,
        args.client,
        module,
    );
    let harness = repo_root().join("tests/conformance");
    config.conformance_harness = Some(harness.display().to_string());
    let mut files = emit_crate(&config).map_err(|e| e.to_string())?;
    standalone(&mut files)?;
    let dir = std::env::temp_dir().join(format!(
        "{}-{module_name}-{}",
        args.crate_name,
        std::process::id()
    ));
    write_crate(&dir, &files)?;
    let result = run_test(&project, &dir, args.examples.as_deref());
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Makes the emitted crate build outside the repository: its own workspace
/// and the repository's lock file (the harness is named by absolute path).
fn standalone(files: &mut Files) -> Result<(), String> {
    let cargo_toml = files
        .get_mut(Path::new("Cargo.toml"))
        .ok_or("the emitted crate has no Cargo.toml")?;
    cargo_toml.push_str("\n[workspace]\n");
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    files.insert("Cargo.lock".into(), lock);
    Ok(())
}

/// Builds and runs the crate's conformance test; prints the harness report
/// and fails when a case failed or the test did not run.
fn run_test(project: &Project, dir: &Path, examples: Option<&Path>) -> Result<(), String> {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .args(["test", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .args(["--test", "conformance", "--", "--nocapture"])
        .env("CARGO_TARGET_DIR", repo_root().join("target/conformance"))
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
