//! `azure-codegen diff OLD NEW`: the API changes between two spec files
//! ([`azure_codegen::diff::render_files`]), printed in one of four
//! formats; with `--fail-on`, a gate for CI.

use std::path::PathBuf;

use azure_codegen::diff::{Format, Gate};
use clap::ValueEnum;

use crate::Failure;

/// Arguments of `diff`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  azure-codegen diff 7.4/secrets.json 7.5/secrets.json
  azure-codegen diff old.json new.json --format html > changes.html
  azure-codegen diff old.json new.json --format text --fail-on rust   # exit 1 on a Rust break

The verdicts: `wire` counts changes that can make a client written against
OLD fail against a service implementing NEW; `rust` counts changes that can
make code using the crate generated from OLD stop compiling against NEW's.")]
pub struct Args {
    /// The old spec file.
    old: PathBuf,
    /// The new spec file.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Markdown)]
    format: FormatArg,
    /// Exit with status 1 (after printing) when there are changes that
    /// break on the wire (`wire`) or break the generated Rust API (`rust`).
    #[arg(long, value_enum)]
    fail_on: Option<GateArg>,
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

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
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

#[derive(Clone, Copy, ValueEnum)]
enum GateArg {
    /// Changes that can make an old client fail against the new service.
    Wire,
    /// Changes that can make code using the generated crate stop compiling.
    Rust,
}

/// Runs the command.
pub fn run(args: Args) -> Result<(), Failure> {
    let format = match args.format {
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Html => Format::Html,
        FormatArg::Json => Format::Json,
        FormatArg::Text => Format::Text,
    };
    let (old, new) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let rendered = azure_codegen::diff::render_files(
        (&old, &args.old),
        (&new, &args.new),
        format,
        args.date,
        args.reference_url,
    )
    .map_err(|e| e.to_string())?;
    print!("{}", rendered.text);
    let Some(gate) = args.fail_on else {
        return Ok(());
    };
    let (gate, what) = match gate {
        GateArg::Wire => (Gate::Wire, "wire-breaking"),
        GateArg::Rust => (Gate::Rust, "Rust-breaking"),
    };
    match rendered.summary.breaking(gate) {
        0 => Ok(()),
        count => Err(Failure::Gate(format!(
            "{count} {what} changes between {} and {}",
            args.old.display(),
            args.new.display()
        ))),
    }
}
