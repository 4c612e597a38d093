//! `cargo xtask conformance`: proves the client generated from any spec
//! against that spec's x-ms-examples (`Project::conformance`, documented in
//! `azure_codegen_tooling::project::conformance`); prints the harness's report,
//! ending with its `conformance: P passed, F failed, S skipped` line.

use std::path::PathBuf;

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

/// Runs the command; fails when a case failed or the test did not run.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let project = project(ctx)?;
    let spec = project.resolve_spec(&args.spec)?;
    let outcome = project.conformance(
        &spec,
        args.examples.as_deref(),
        args.crate_name,
        args.client,
        args.scope,
    )?;
    for line in &outcome.report {
        println!("{line}");
    }
    if outcome.passed {
        Ok(())
    } else {
        Err(format!("conformance failed ({})", outcome.summary()))
    }
}
