//! `cargo xtask diff`.

use crate::Context;

/// Arguments of `cargo xtask diff`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_ctx: &Context, _args: Args) -> Result<(), String> {
    Err("`cargo xtask diff` is not built yet".to_owned())
}

/// Prints the diff benchmark figures.
pub fn bench(_ctx: &Context) -> Result<(), String> {
    Err("the diff benchmark is not built yet".to_owned())
}
