//! `cargo xtask ir`: print a spec's IR.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::Context;

/// Arguments of `cargo xtask ir`.
#[derive(clap::Args)]
pub struct Args {
    /// The spec file (Swagger 2.0 JSON).
    spec: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    format: Format,
    /// Print only `operations: N, models: M, enums: E`.
    #[arg(long)]
    summary: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Yaml,
}

/// Runs the command.
pub fn run(_ctx: &Context, args: Args) -> Result<(), String> {
    let api = azure_codegen::load_api(&args.spec).map_err(|e| e.to_string())?;
    if args.summary {
        println!(
            "operations: {}, models: {}, enums: {}",
            api.operations.len(),
            api.models.len(),
            api.enums.len()
        );
        return Ok(());
    }
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&api).map_err(|e| e.to_string())?,
        Format::Yaml => serde_yaml::to_string(&api).map_err(|e| e.to_string())?,
    };
    println!("{}", text.trim_end());
    Ok(())
}
