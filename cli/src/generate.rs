//! `azure-codegen generate SPEC --out DIR`: the client crate of one spec
//! ([`azure_codegen::generate()`]), written aside and swapped in whole.

use std::path::PathBuf;
use std::time::Instant;

use crate::Failure;

/// Arguments of `generate`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  azure-codegen generate secrets.json --out crates/secrets
  azure-codegen generate secrets.json --out crates/secrets --crate-name azure_secrets --client SecretClient")]
pub struct Args {
    /// The spec file (Swagger 2.0 JSON); the files it references are read
    /// from where it says.
    spec: PathBuf,
    /// Folder to write the crate into (replaced whole; a failure leaves it
    /// as it was).
    #[arg(long)]
    out: PathBuf,
    /// Package name (default: from the spec's title, `Key Vault Client` →
    /// `azure_key_vault`).
    #[arg(long)]
    crate_name: Option<String>,
    /// Client struct name (default: from the spec's title).
    #[arg(long)]
    client: Option<String>,
    /// Token scope, when the spec's security definition has no usable one.
    #[arg(long)]
    scope: Option<String>,
}

/// Runs the command: prints the folder, its file count and the time.
pub fn run(args: Args) -> Result<(), Failure> {
    let started = Instant::now();
    let options = azure_codegen::Options {
        crate_name: args.crate_name,
        client: args.client,
        scope: args.scope,
        ..Default::default()
    };
    let files = azure_codegen::generate(&args.spec, &options).map_err(|e| e.to_string())?;
    azure_codegen::output::write_crate(&args.out, &files)?;
    println!(
        "{}: {} files in {:.2} s",
        args.out.display(),
        files.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
