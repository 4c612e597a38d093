//! `azure-codegen ir SPEC`: a spec's intermediate representation, as YAML
//! or JSON, or its counts.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::Failure;

/// Arguments of `ir`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  azure-codegen ir secrets.json --summary
  azure-codegen ir secrets.json --format json > secrets.ir.json")]
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
pub fn run(args: Args) -> Result<(), Failure> {
    let (api, warnings) =
        azure_codegen::load_api_with_warnings(&args.spec).map_err(|e| e.to_string())?;
    for warning in warnings {
        eprintln!("{warning}");
    }
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
