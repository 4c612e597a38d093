//! Developer commands: `cargo xtask <command>`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "xtask",
    about = "Developer commands for the Azure REST code generator"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the intermediate representation of a spec.
    Ir {
        /// The spec file (Swagger 2.0 JSON).
        spec: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Yaml)]
        format: Format,
        /// Print only `operations: N, models: M, enums: E`.
        #[arg(long)]
        summary: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Yaml,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Ir {
            spec,
            format,
            summary,
        } => {
            let api = azure_codegen::load_api(&spec).map_err(|e| e.to_string())?;
            if summary {
                println!(
                    "operations: {}, models: {}, enums: {}",
                    api.operations.len(),
                    api.models.len(),
                    api.enums.len()
                );
                return Ok(());
            }
            let text = match format {
                Format::Json => serde_json::to_string_pretty(&api).map_err(|e| e.to_string())?,
                Format::Yaml => serde_yaml::to_string(&api).map_err(|e| e.to_string())?,
            };
            println!("{text}");
            Ok(())
        }
    }
}
