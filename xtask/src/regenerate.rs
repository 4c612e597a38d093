//! `cargo xtask regenerate` and `cargo xtask generate`.

use crate::Context;

/// Arguments of `cargo xtask regenerate`.
#[derive(clap::Args)]
pub struct RegenerateArgs {}

/// Arguments of `cargo xtask generate`.
#[derive(clap::Args)]
pub struct GenerateArgs {}

/// Runs `regenerate`.
pub fn regenerate(_ctx: &Context, _args: RegenerateArgs) -> Result<(), String> {
    Err("not built yet".to_owned())
}

/// Runs `generate`.
pub fn generate(_ctx: &Context, _args: GenerateArgs) -> Result<(), String> {
    Err("not built yet".to_owned())
}
