//! Developer commands: `cargo xtask <command>`.
//!
//! Each command lives in its own module; this file only parses the command
//! line and reports errors. Every command exits 1 with a one-line message on
//! failure. `ir` and `generate` are the `azure-codegen` command's own
//! (`cli/`), which works on any spec without this checkout.

mod bench;
mod conformance;
mod corpus;
mod diff;
mod fuzz;
mod manifest;
mod regenerate;
mod spector;
mod testserver;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "xtask",
    about = "Developer commands for the Azure REST code generator"
)]
struct Cli {
    /// Root of the azure-rest-api-specs checkout (default: the manifest's
    /// `specs_root`, `../shared/specs/azure-rest-api-specs`).
    #[arg(long, global = true, env = "AZURE_SPECS_ROOT")]
    specs_root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the intermediate representation of a spec.
    Ir(azure_codegen_cli::ir::Args),
    /// Regenerate every crate of the manifest into `generated/`.
    Regenerate(regenerate::RegenerateArgs),
    /// Generate one spec into any folder.
    Generate(azure_codegen_cli::generate::Args),
    /// Diff two api-versions (or spec files) into a changelog.
    Diff(diff::Args),
    /// Prove a generated client against a spec's x-ms-examples over HTTP.
    Conformance(conformance::Args),
    /// Print benchmark figures.
    Bench(bench::Args),
    /// Generate and compile every data-plane spec of the specs checkout.
    Corpus(corpus::Args),
    /// Fuzz the generator (mutated specs) and the generated client (mutated
    /// responses).
    Fuzz(fuzz::Args),
    /// Run the generated clients against the AutoRest test server.
    Testserver(testserver::Args),
    /// Run the generated clients against Spector, its scenarios compiled
    /// to Swagger by typespec-autorest.
    Spector(spector::Args),
}

/// What every command needs besides its own arguments.
pub struct Context {
    /// The specs checkout root, after flag, environment and manifest.
    pub specs_root_override: Option<PathBuf>,
}

/// A failure of a command of `azure-codegen`, reported as every xtask
/// command reports its errors.
fn cli_failure(failure: azure_codegen_cli::Failure) -> String {
    failure.message().to_owned()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = Context {
        specs_root_override: cli.specs_root,
    };
    let result = match cli.command {
        Command::Ir(args) => azure_codegen_cli::ir::run(args).map_err(cli_failure),
        Command::Regenerate(args) => regenerate::regenerate(&ctx, args),
        Command::Generate(args) => azure_codegen_cli::generate::run(args).map_err(cli_failure),
        Command::Diff(args) => diff::run(&ctx, args),
        Command::Conformance(args) => conformance::run(&ctx, args),
        Command::Bench(args) => bench::run(&ctx, args),
        Command::Corpus(args) => corpus::run(&ctx, args),
        Command::Fuzz(args) => fuzz::run(&ctx, args),
        Command::Testserver(args) => testserver::run(&ctx, args),
        Command::Spector(args) => spector::run(&ctx, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
