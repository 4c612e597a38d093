//! The `azure-codegen` binary: see the library root of this package.

use clap::Parser;

fn main() -> std::process::ExitCode {
    azure_codegen_cli::Cli::parse().run()
}
