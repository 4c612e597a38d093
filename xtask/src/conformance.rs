//! `cargo xtask conformance`.

use crate::Context;

/// Arguments of `cargo xtask conformance`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_ctx: &Context, _args: Args) -> Result<(), String> {
    Err("`cargo xtask conformance` is not built yet".to_owned())
}
