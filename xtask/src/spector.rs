//! `cargo xtask spector`: the generated clients against Spector's mock
//! server, the scenarios compiled to Swagger by typespec-autorest
//! (`Project::spector`, documented in `azure_codegen_tooling::project::spector`).
//! Prints per scenario folder the scenarios hit of those it defines, the
//! folders typespec-autorest cannot compile with its message, the folders
//! whose Swagger and OpenAPI 3 renderings differ (`renderings: N folders
//! same API, M differ (listed)`), and last the totals line `spector:
//! http-specs H/Ht, azure-http-specs A/At`.

use std::time::Instant;

use azure_codegen_tooling::project::renderings::Renderings;
use azure_codegen_tooling::project::spector::{Options, Rendering};

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask spector`.
#[derive(clap::Args)]
pub struct Args {
    /// Only the scenario folders whose path contains this (`type/`).
    #[arg(long)]
    only: Option<String>,
    /// Skip `cargo clippy -D warnings` over the generated crates and tests.
    #[arg(long)]
    no_clippy: bool,
    /// Only compile the folders and compare their Swagger and OpenAPI 3
    /// renderings (no build, no server, no test).
    #[arg(long)]
    renderings: bool,
    /// Run the tests against the crates generated from the OpenAPI 3
    /// rendering (`@typespec/openapi3`), for the folders whose two
    /// renderings give the same API.
    #[arg(long)]
    openapi3: bool,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let started = Instant::now();
    let options = Options {
        only: args.only,
        no_clippy: args.no_clippy,
    };
    if args.renderings {
        let renderings =
            project(ctx)?.spector_renderings(&options, |step| eprintln!("spector: {step}"))?;
        print_renderings(&renderings);
        eprintln!(
            "spector: {:.0} s for the renderings",
            started.elapsed().as_secs_f64()
        );
        println!("{}", renderings.totals_line());
        return match renderings.unlisted.len() {
            0 => Ok(()),
            n => Err(format!("{n} folders' renderings differ unlisted")),
        };
    }
    let rendering = match args.openapi3 {
        true => Rendering::OpenApi3,
        false => Rendering::Swagger,
    };
    let outcome =
        project(ctx)?.spector(&options, rendering, |step| eprintln!("spector: {step}"))?;
    for row in &outcome.rows {
        if let Some(output) = &row.failure {
            print!("{output}");
        }
    }
    println!("| package | scenario folder | scenarios hit | tests |");
    println!("|---|---|---|---|");
    for row in &outcome.rows {
        println!(
            "| {} | {} | {}/{} | {} |",
            row.package,
            row.folder,
            row.hit,
            row.defined,
            row.summary.as_deref().unwrap_or("no test file")
        );
    }
    for (folder, errors) in &outcome.uncompiled {
        println!("typespec-autorest cannot compile {folder}:");
        for error in errors {
            println!("  {error}");
        }
    }
    print_renderings(&outcome.renderings);
    eprintln!(
        "spector: {:.0} s for the whole command",
        started.elapsed().as_secs_f64()
    );
    println!("{}", outcome.renderings.totals_line());
    match rendering {
        Rendering::Swagger => println!("{}", outcome.totals_line()),
        Rendering::OpenApi3 => println!(
            "{}",
            outcome
                .totals_line()
                .replacen("spector:", "spector (openapi3):", 1)
        ),
    }
    let failed = outcome.failed();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "acceptance tests failed or renderings differ unlisted: {}",
            failed.join(", ")
        ))
    }
}

/// The folders whose renderings differ, as `docs/openapi3.md`'s rows, and
/// those that differ otherwise than their rows say.
fn print_renderings(renderings: &Renderings) {
    for c in &renderings.compared {
        if !c.differences.is_empty() {
            let kinds: Vec<String> = c.differences.keys().map(|k| format!("`{k}`")).collect();
            println!("| `{}` | {} |", c.folder, kinds.join(", "));
        }
    }
    for what in &renderings.unlisted {
        println!("renderings not as docs/openapi3.md lists: {what}");
    }
}
