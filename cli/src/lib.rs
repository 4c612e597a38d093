//! `azure-codegen`: the generator as a command for anyone, on any spec
//! path (no manifest, no specs checkout beside it). Each subcommand lives in
//! its own module, whose `Args` and `run` `cargo xtask` reuses for the same
//! commands; this root parses the command line and reports errors.
//!
//! Exit status as diff(1) and grep(1) have it: 0 done; 1 a gate tripped
//! (`diff --fail-on` found changes of the gated kind, a conformance case
//! failed); 2 trouble: a one-line `error: ...` (naming the file and JSON
//! pointer of bad input), or a usage error from clap, which exits 2 as well.

pub mod conformance;
pub mod diff;
pub mod generate;
pub mod ir;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The command line.
#[derive(Parser)]
#[command(
    name = "azure-codegen",
    version,
    about = "Rust clients and API changelogs from Azure REST API specs (Swagger 2.0 + x-ms-*)",
    after_help = "Examples:
  azure-codegen generate specs/secrets.json --out crates/secrets
  azure-codegen diff old/secrets.json new/secrets.json --format markdown
  azure-codegen diff old.json new.json --format text --fail-on rust   # a CI gate
  azure-codegen ir specs/secrets.json --summary
  azure-codegen conformance specs/secrets.json --examples my-examples/

Exit status: 0 done; 1 a gate tripped (diff --fail-on, a failed conformance
case); 2 an error (bad spec: the message names its file and JSON pointer) or
bad usage."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the Rust client crate of a spec into a folder.
    Generate(generate::Args),
    /// The API changes between two specs, as a changelog; with `--fail-on`,
    /// a gate for CI.
    Diff(diff::Args),
    /// Print a spec's intermediate representation.
    Ir(ir::Args),
    /// Prove the client generated from a spec against the spec's
    /// x-ms-examples over HTTP on loopback.
    Conformance(conformance::Args),
}

/// How a command ends when it does not succeed.
#[derive(Debug)]
pub enum Failure {
    /// A gate tripped (the diff or report is printed): this line on
    /// stderr, exit status 1.
    Gate(String),
    /// An error: printed as `error: ...`, exit status 2.
    Error(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Error(message)
    }
}

impl Failure {
    /// The message, whichever the kind.
    pub fn message(&self) -> &str {
        match self {
            Failure::Gate(message) | Failure::Error(message) => message,
        }
    }
}

impl Cli {
    /// Runs the command; the exit status it ends with, its message printed.
    pub fn run(self) -> ExitCode {
        let result = match self.command {
            Command::Generate(args) => generate::run(args),
            Command::Diff(args) => diff::run(args),
            Command::Ir(args) => ir::run(args),
            Command::Conformance(args) => conformance::run(args),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure::Gate(message)) => {
                eprintln!("{message}");
                ExitCode::from(1)
            }
            Err(Failure::Error(message)) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        }
    }
}
