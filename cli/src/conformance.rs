//! `azure-codegen conformance SPEC`: proves the client generated from a
//! spec against the spec's x-ms-examples, over HTTP on loopback. The
//! generated crate's conformance test links the harness crate
//! `azure-conformance` (`tests/conformance` of a checkout of this
//! repository), found by `--harness`, else `AZURE_CONFORMANCE_HARNESS`,
//! else in the current folder or one above it; the run itself is the
//! tooling's ([`azure_codegen_tooling::project::conformance::run`]).

use std::path::{Path, PathBuf};

use azure_codegen_tooling::project::conformance::{self, Setup};

use crate::Failure;

/// Arguments of `conformance`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  azure-codegen conformance secrets.json
  azure-codegen conformance secrets.json --examples my-examples/ --harness ~/azure-codegen/tests/conformance

Prints the harness's report, ending with `conformance: P passed, F failed,
S skipped`; exit status 1 when a case failed.")]
pub struct Args {
    /// The spec file (Swagger 2.0 JSON).
    spec: PathBuf,
    /// Read example files from this folder (by file name) instead of the
    /// spec's own `examples/`.
    #[arg(long)]
    examples: Option<PathBuf>,
    /// The conformance harness crate (`tests/conformance` of an
    /// azure-codegen checkout); default: `AZURE_CONFORMANCE_HARNESS`, else
    /// found from the current folder up.
    #[arg(long, env = "AZURE_CONFORMANCE_HARNESS")]
    harness: Option<PathBuf>,
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

/// Runs the command; a failed case is [`Failure::Gate`]: the report says
/// which.
pub fn run(args: Args) -> Result<(), Failure> {
    let harness = match args.harness {
        Some(dir) => dir,
        None => find_harness()?,
    };
    let setup = Setup::of_harness(&harness)?;
    let options = azure_codegen::Options {
        crate_name: args.crate_name,
        client: args.client,
        scope: args.scope,
        ..Default::default()
    };
    let outcome = conformance::run(&setup, &args.spec, args.examples.as_deref(), &options)?;
    for line in &outcome.report {
        println!("{line}");
    }
    if outcome.passed {
        Ok(())
    } else {
        Err(Failure::Gate(format!(
            "conformance failed ({})",
            outcome.summary()
        )))
    }
}

/// `tests/conformance` in the current folder or the nearest one above it
/// that has it: the harness of the checkout the command runs in.
fn find_harness() -> Result<PathBuf, String> {
    let here =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    here.ancestors()
        .map(|dir| dir.join("tests/conformance"))
        .find(|dir| is_harness(dir))
        .ok_or_else(|| {
            format!(
                "no conformance harness: give --harness DIR (the tests/conformance folder of an \
                 azure-codegen checkout) or set AZURE_CONFORMANCE_HARNESS; none in {} or above",
                here.display()
            )
        })
}

fn is_harness(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("Cargo.toml"))
        .is_ok_and(|manifest| manifest.contains("name = \"azure-conformance\""))
}
