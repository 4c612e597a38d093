//! `azure-fuzz`, run by `cargo xtask fuzz`: runs the fuzzers and prints
//! their reports, each target's summary line last; exits 1 when a mutant
//! broke a property.
//!
//! A program of its own, not part of xtask: the client fuzzer is built
//! against the generated crate, and xtask must build (and regenerate) even
//! when `generated/` does not compile.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use azure_fuzz::{client, generator, Report};
use clap::Parser;

/// Arguments of `cargo xtask fuzz`.
#[derive(Parser)]
#[command(
    name = "azure-fuzz",
    about = "Fuzz the generator and the generated client"
)]
struct Args {
    /// Root of the azure-rest-api-specs checkout (xtask passes the
    /// manifest's).
    #[arg(long)]
    specs_root: PathBuf,
    /// The target to fuzz (default: both).
    #[arg(long, value_enum)]
    target: Option<Target>,
    /// Generator: mutate these spec files (repeatable) instead of every
    /// data-plane spec of the checkout: the OpenAPI 3 specs of
    /// `tests/specs/openapi3`, say.
    #[arg(long = "spec", value_name = "FILE")]
    specs: Vec<PathBuf>,
    /// Mutants per target.
    #[arg(long, default_value_t = 10_000)]
    iterations: u64,
    /// Number of the first mutant: `--start 25250 --iterations 1` replays
    /// mutant 25250 of a run (each mutant has its own random stream).
    #[arg(long, default_value_t = 0)]
    start: u64,
    /// Seed of the run (default: from the clock, printed).
    #[arg(long)]
    seed: Option<u64>,
    /// Time limit of one mutant, in seconds: longer is a hang.
    #[arg(long, default_value_t = 20)]
    time_limit: u64,
    /// Generator: the first K accepted mutants' crates are written to a
    /// scratch workspace (target/fuzz-clippy) and checked with clippy at the
    /// end; an error or a warning is a failure of its mutant.
    #[arg(long, value_name = "K", default_value_t = 0)]
    clippy_sample: u64,
    /// Print each mutant before it runs (to name one that aborts the
    /// process, as a stack overflow does).
    #[arg(long)]
    trace: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Target {
    Generator,
    Client,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let specs_root = args.specs_root;
    let time_limit = Duration::from_secs(args.time_limit);
    let targets = match args.target {
        Some(target) => vec![target],
        None => vec![Target::Generator, Target::Client],
    };
    let mut reports: Vec<Report> = Vec::new();
    for target in targets {
        eprintln!("fuzzing the {} with seed {seed}...", name(target));
        let report = match target {
            Target::Generator => generator::run(&generator::Config {
                specs_root: specs_root.clone(),
                specs: args.specs.clone(),
                start: args.start,
                iterations: args.iterations,
                seed,
                time_limit,
                write_every: 50,
                clippy_sample: args.clippy_sample,
                trace: args.trace,
            })?,
            Target::Client => client::run(&client::Config {
                specs_root: specs_root.clone(),
                start: args.start,
                iterations: args.iterations,
                seed,
                time_limit,
            })?,
        };
        print!("{report}");
        reports.push(report);
    }
    for report in &reports {
        println!("{}", report.summary());
    }
    let failed: u64 = reports.iter().map(|r| r.failures_total).sum();
    if failed > 0 {
        return Err(format!(
            "{failed} mutants broke a property; replay with --seed {seed}"
        ));
    }
    Ok(())
}

fn name(target: Target) -> &'static str {
    match target {
        Target::Generator => "generator",
        Target::Client => "generated client",
    }
}
