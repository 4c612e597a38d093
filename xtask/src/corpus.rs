//! `cargo xtask corpus`: how far the generator reaches beyond Batch
//! (`Project::corpus`, documented in `azure_codegen_tooling::project::corpus`).
//! Prints each spec that does not generate or compile cleanly with its
//! first problem, then the counts. It is a report, not a gate: it exits 1
//! only when it cannot run.

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask corpus`.
#[derive(clap::Args)]
pub struct Args {
    /// Only specs whose path (relative to the specs root) contains this.
    #[arg(long)]
    only: Option<String>,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let report = project(ctx)?.corpus(args.only.as_deref())?;
    for (spec, problem) in &report.problems {
        println!("{spec}: {problem}");
    }
    println!(
        "corpus: {} specs, {} generated, {} compile without warnings under clippy",
        report.specs, report.generated, report.clean
    );
    Ok(())
}
