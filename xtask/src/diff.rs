//! `cargo xtask diff <old> <new> [--format markdown|html|json|text] [--date D]
//! [--reference-url T]`: the API changes between two specs (manifest names
//! such as `2023-11-01.18.0` and `typespec/2024-02-01.19.0`, or file
//! paths), rendered by `Project::diff`.

use azure_codegen_tooling::project::DiffFormat;
use clap::ValueEnum;

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The old spec: a name from specs/manifest.yaml or a file.
    old: String,
    /// The new spec: a name from specs/manifest.yaml or a file.
    new: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
    /// The date of the count line (markdown, html) (`2025/05/27`); without it
    /// there is none, so the same specs give the same output.
    #[arg(long)]
    date: Option<String>,
    /// The `Reference Link` of each method (markdown, html): a URL template
    /// with `{operationId}`, `{group}`, `{name}`, `{group-kebab}`,
    /// `{name-kebab}`, `{api-version}`.
    #[arg(long)]
    reference_url: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Azure's changelog layout.
    Markdown,
    /// The same as one self-contained page for reviewers: collapsible
    /// methods, breaking changes marked and filterable.
    Html,
    /// One object per change, plus a summary.
    Json,
    /// A short summary.
    Text,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let format = match args.format {
        Format::Markdown => DiffFormat::Markdown,
        Format::Html => DiffFormat::Html,
        Format::Json => DiffFormat::Json,
        Format::Text => DiffFormat::Text,
    };
    let out = project(ctx)?.diff(&args.old, &args.new, format, args.date, args.reference_url)?;
    print!("{out}");
    Ok(())
}
