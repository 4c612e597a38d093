//! `cargo xtask fuzz [ARGS]`: builds and runs the fuzzers of `tests/fuzz`
//! (release) with the manifest's specs root (`Project::fuzz`); `cargo
//! xtask fuzz --help` lists their arguments (`--target`, `--iterations`,
//! `--seed`, ...).

use std::ffi::OsString;

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask fuzz`: passed on to `azure-fuzz`.
#[derive(clap::Args)]
#[command(disable_help_flag = true)]
pub struct Args {
    /// Arguments of `azure-fuzz` (`--help` lists them).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<OsString>,
}

/// Runs the fuzzers; their exit status is the command's.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    project(ctx)?.fuzz(args.args)
}
