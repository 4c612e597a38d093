//! `cargo xtask bench`: speed figures, printed, never asserted.

use crate::Context;

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_ctx: &Context, _args: Args) -> Result<(), String> {
    Err("`cargo xtask bench` is not built yet".to_owned())
}
