//! `cargo xtask bench [ir|regenerate|diff|models|all]`: prints the speed
//! figures that `azure_codegen_tooling::project::bench` measures (medians of
//! several runs after a warm-up), never asserted.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args)]
pub struct Args {
    /// What to measure.
    #[arg(value_enum, default_value_t = Target::All)]
    target: Target,
    /// Runs per figure (after one warm-up run).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Also time `cargo check` of the generated crate's modules, each with
    /// its feature alone (slow: minutes on a cold target dir).
    #[arg(long)]
    cargo_check: bool,
    /// An unpacked `azure_svc_batch` crate (AutoRust's, e.g. 0.21.0 from
    /// crates.io) to compare with at the same api-version (Batch
    /// 2024-02-01.19.0: its `package_2024_02`, our `v2024_02_01`).
    #[arg(long, value_name = "DIR")]
    autorust: Option<PathBuf>,
    /// An unpacked official `azure_security_keyvault_secrets` crate (from
    /// crates.io) to compare with the Key Vault secrets spec 7.5 generated
    /// by us (into `target/bench-keyvault/`), both with their default
    /// features; with `--cargo-check`, their `cargo check` times too.
    #[arg(long, value_name = "DIR")]
    keyvault: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Target {
    /// Load and lower every spec of the manifest.
    Ir,
    /// Regenerate every crate of the manifest (in memory, no writes).
    Regenerate,
    /// Diff Batch api-versions.
    Diff,
    /// Read and write a page of 1,000 nodes with the generated models of
    /// each crate's default api-version (`tests/model-bench`, release).
    Models,
    /// All of the above.
    All,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let project = project(ctx)?;
    let runs = args.runs;
    if matches!(args.target, Target::Ir | Target::All) {
        let ir = project.bench_ir(runs)?;
        println!(
            "ir: load + lower {} specs ({} operations, {} models, {} enums): {:.0} ms (median of {runs}, one thread)",
            ir.specs,
            ir.operations,
            ir.models,
            ir.enums,
            ms(ir.time)
        );
    }
    if matches!(args.target, Target::Regenerate | Target::All) {
        let figures = project.bench_regenerate(runs)?;
        for layout in &figures.layouts {
            println!(
                "regenerate: {} crates from {} api-versions: {:.0} ms (median of {runs}; load, lower, emit, layout: {}; no writes)",
                figures.crates,
                figures.api_versions,
                ms(layout.time),
                layout.label
            );
        }
        for module in &figures.modules {
            println!(
                "  {}::{}: {} lines of Rust",
                module.krate, module.module, module.lines
            );
        }
        if let Some(dir) = &args.autorust {
            let c = project.bench_autorust(dir, runs, args.cargo_check)?;
            println!(
                "autorust {}::{}: {} lines of Rust; ours {}::{}: {} lines ({:.2} of AutoRust's)",
                dir.display(),
                c.theirs_module,
                c.theirs_lines,
                c.ours.krate,
                c.ours.module,
                c.ours.lines,
                c.lines_ratio()
            );
            if let (Some((ours, theirs)), Some(ratio)) = (c.check, c.check_ratio()) {
                println!(
                    "  cargo check --no-default-features, CARGO_INCREMENTAL=0, dependencies built: autorust --features {}: {:.1} s; ours --features {}: {:.1} s ({ratio:.2} of AutoRust's; median of {runs})",
                    c.theirs_feature,
                    theirs.as_secs_f64(),
                    c.ours.feature,
                    ours.as_secs_f64(),
                );
            }
        }
        if let Some(dir) = &args.keyvault {
            let k = project.bench_keyvault(dir, runs, args.cargo_check)?;
            println!(
                "keyvault secrets: official {}: {} lines of Rust ({} in src/generated, {} hand-written); ours {} (spec 7.5): {} lines ({} in the api-version module, {} shared modules and lib.rs; {:.2} of the official's)",
                dir.display(),
                k.theirs_generated_lines + k.theirs_handwritten_lines,
                k.theirs_generated_lines,
                k.theirs_handwritten_lines,
                k.ours_dir.display(),
                k.ours_module_lines + k.ours_shared_lines,
                k.ours_module_lines,
                k.ours_shared_lines,
                k.lines_ratio()
            );
            if let (Some((ours, theirs)), Some(ratio)) = (k.check, k.check_ratio()) {
                println!(
                    "  cargo check, default features, CARGO_INCREMENTAL=0, dependencies built: official {:.1} s; ours {:.1} s ({ratio:.2} of the official's; median of {runs})",
                    theirs.as_secs_f64(),
                    ours.as_secs_f64(),
                );
            }
        }
        if args.autorust.is_none() && args.keyvault.is_none() && args.cargo_check {
            for check in project.bench_cargo_check(runs)? {
                println!(
                    "  cargo check -p {} --no-default-features --features {}: {:.1} s (CARGO_INCREMENTAL=0, dependencies built; median of {runs})",
                    check.krate,
                    check.feature,
                    check.time.as_secs_f64()
                );
            }
        }
    }
    if matches!(args.target, Target::Diff | Target::All) {
        let d = project.bench_diff()?;
        println!(
            "diff: 2023-11-01.18.0 → 2024-02-01.19.0 ({} changes), load + lower both + diff: {:.1} ms (median of {})",
            d.changes,
            ms(d.one),
            d.runs
        );
        println!(
            "diff: the same with the markdown ({} KB): {:.1} ms (median of {})",
            d.markdown_bytes / 1024,
            ms(d.rendered),
            d.runs
        );
        println!(
            "diff: {} consecutive stable pairs ({} changes): {:.1} ms diff only (median of {}); {:.0} ms with loading {} specs and rendering markdown (median of {})",
            d.pairs,
            d.pair_changes,
            ms(d.pairs_diff_only),
            d.runs,
            ms(d.pairs_with_load),
            d.pairs + 1,
            d.load_runs
        );
    }
    if matches!(args.target, Target::Models | Target::All) {
        project.bench_models()?;
    }
    Ok(())
}

fn ms(time: std::time::Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}
