//! `cargo xtask diff <old> <new> [--format markdown|html|json|text] [--date D]
//! [--reference-url T]`: the API changes between two specs (manifest names
//! such as `2023-11-01.18.0` and `typespec/2024-02-01.19.0`, or file
//! paths), and `cargo xtask bench diff`.

use std::path::{Path, PathBuf};

use azure_codegen::ir::Api;
use clap::ValueEnum;

use crate::bench::median;
use crate::manifest::Manifest;
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
    let manifest = Manifest::load()?;
    let old_path = manifest.resolve_spec(ctx, &args.old)?;
    let new_path = manifest.resolve_spec(ctx, &args.new)?;
    let old = load(&old_path)?;
    let new = load(&new_path)?;
    let layout = azure_codegen::diff::Layout {
        title: azure_codegen::diff::title(Some(&new_path), &new),
        date: args.date,
        reference_url: args.reference_url,
    };
    let diff =
        azure_codegen::diff::diff_labelled(&args.old, &old, &args.new, &new).with_layout(layout);
    let out = match args.format {
        Format::Markdown => diff.to_markdown(),
        Format::Html => diff.to_html(),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&diff.to_json())
                .map_err(|e| format!("cannot write JSON: {e}"))?;
            text.push('\n');
            text
        }
        Format::Text => diff.to_text(),
    };
    print!("{out}");
    Ok(())
}

fn load(path: &Path) -> Result<Api, String> {
    azure_codegen::load_api(path).map_err(|e| e.to_string())
}

/// Prints the diff benchmark figures: one diff of two Batch api-versions
/// (loading included) and the 19 consecutive pairs of stable versions.
pub fn bench(ctx: &Context) -> Result<(), String> {
    const RUNS: usize = 5;
    const LOAD_RUNS: usize = 3;
    let manifest = Manifest::load()?;
    let path = |name: &str| manifest.resolve_spec(ctx, name);
    let (old, new) = (path("2023-11-01.18.0")?, path("2024-02-01.19.0")?);
    let mut changes = 0;
    let one = median(RUNS, || {
        let (a, b) = (load(&old)?, load(&new)?);
        changes = azure_codegen::diff::diff(&a, &b).summary().changes;
        Ok(())
    })?;
    println!(
        "diff: 2023-11-01.18.0 → 2024-02-01.19.0 ({changes} changes), load + lower both + diff: {:.1} ms (median of {RUNS})",
        one.as_secs_f64() * 1000.0
    );
    // What `cargo xtask diff` does: the same, titled and rendered in the
    // published layout (full shapes of every updated method).
    let mut bytes = 0;
    let rendered = median(RUNS, || {
        let (a, b) = (load(&old)?, load(&new)?);
        let layout = azure_codegen::diff::Layout {
            title: azure_codegen::diff::title(Some(&new), &b),
            date: None,
            reference_url: None,
        };
        bytes = azure_codegen::diff::diff(&a, &b)
            .with_layout(layout)
            .to_markdown()
            .len();
        Ok(())
    })?;
    println!(
        "diff: the same with the markdown ({} KB): {:.1} ms (median of {RUNS})",
        bytes / 1024,
        rendered.as_secs_f64() * 1000.0
    );
    let stable: Vec<PathBuf> = manifest
        .specs
        .keys()
        .filter(|name| !name.contains('/'))
        .map(|name| path(name))
        .collect::<Result<_, _>>()?;
    let apis: Vec<Api> = stable
        .iter()
        .map(|p| load(p.as_path()))
        .collect::<Result<_, _>>()?;
    let mut total = 0;
    let diff_only = median(RUNS, || {
        total = apis
            .windows(2)
            .map(|pair| {
                azure_codegen::diff::diff(&pair[0], &pair[1])
                    .summary()
                    .changes
            })
            .sum();
        Ok(())
    })?;
    let with_load = median(LOAD_RUNS, || {
        let apis: Vec<Api> = stable
            .iter()
            .map(|p| load(p.as_path()))
            .collect::<Result<_, _>>()?;
        for pair in apis.windows(2) {
            let diff = azure_codegen::diff::diff(&pair[0], &pair[1]);
            std::hint::black_box(diff.to_markdown());
        }
        Ok(())
    })?;
    println!(
        "diff: {} consecutive stable pairs ({total} changes): {:.1} ms diff only (median of {RUNS}); {:.0} ms with loading {} specs and rendering markdown (median of {LOAD_RUNS})",
        apis.len().saturating_sub(1),
        diff_only.as_secs_f64() * 1000.0,
        with_load.as_secs_f64() * 1000.0,
        apis.len()
    );
    Ok(())
}
