//! `cargo xtask testserver`: the generated clients against the AutoRest
//! test server (`Project::testserver`, documented in
//! `azure_codegen_tooling::project::testserver`). Prints a table of scenarios hit
//! per swagger file and ends with the totals line
//! `testserver: vanilla V/631, azure A/145, optional O/43`.

use std::time::Instant;

use azure_codegen_tooling::project::testserver::Options;

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask testserver`.
#[derive(clap::Args)]
pub struct Args {
    /// Only the swagger files whose name contains this (`body-`).
    #[arg(long)]
    only: Option<String>,
    /// Skip `cargo clippy -D warnings` over the generated crates and tests.
    #[arg(long)]
    no_clippy: bool,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let started = Instant::now();
    let options = Options {
        only: args.only,
        no_clippy: args.no_clippy,
    };
    let outcome = project(ctx)?.testserver(&options, |step| eprintln!("testserver: {step}"))?;
    for row in &outcome.rows {
        if let Some(output) = &row.failure {
            print!("{output}");
        }
    }
    println!("| swagger file | scenarios hit | tests |");
    println!("|---|---|---|");
    for row in &outcome.rows {
        println!("| {} | {} | {} |", row.swagger, row.hit, row.summary);
    }
    eprintln!(
        "testserver: {:.0} s for the whole command",
        started.elapsed().as_secs_f64()
    );
    println!("{}", outcome.coverage.totals_line());
    let failed = outcome.failed();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("acceptance tests failed: {}", failed.join(", ")))
    }
}
