//! `cargo xtask bench [ir|regenerate|diff|models|all]`: speed figures, printed,
//! never asserted (a timed test would fail on a busy machine, a benchmark
//! only reports).
//!
//! Each figure is the median of several runs after one warm-up run, so file
//! caches are warm and one slow run does not decide it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use azure_codegen::emit::Layout;
use clap::ValueEnum;

use crate::manifest::{repo_root, Manifest};
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
    /// Also time `cargo check` of the generated crate with one feature
    /// (slow: minutes on a cold target dir).
    #[arg(long)]
    cargo_check: bool,
    /// An unpacked `azure_svc_batch` crate (AutoRust's, e.g. 0.21.0 from
    /// crates.io) to measure the same way, feature `package-2024-02`.
    #[arg(long, value_name = "DIR")]
    autorust: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Target {
    /// Load and lower every Batch spec of the manifest.
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
    if matches!(args.target, Target::Ir | Target::All) {
        bench_ir(ctx, args.runs)?;
    }
    if matches!(args.target, Target::Regenerate | Target::All) {
        bench_regenerate(ctx, args.runs, args.cargo_check)?;
        if let Some(dir) = &args.autorust {
            bench_autorust(dir, args.cargo_check)?;
        }
    }
    if matches!(args.target, Target::Diff | Target::All) {
        crate::diff::bench(ctx)?;
    }
    if matches!(args.target, Target::Models | Target::All) {
        bench_models(ctx)?;
    }
    Ok(())
}

/// The median of `runs` timed calls of `f`, after one untimed warm-up call.
pub fn median<T>(
    runs: usize,
    mut f: impl FnMut() -> Result<T, String>,
) -> Result<Duration, String> {
    f()?;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        f()?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn bench_ir(ctx: &Context, runs: usize) -> Result<(), String> {
    let manifest = Manifest::load()?;
    let specs: Vec<_> = manifest
        .specs
        .keys()
        .map(|name| manifest.spec_path(ctx, name).expect("a key of the map"))
        .collect();
    let mut counts = (0, 0, 0);
    let time = median(runs, || {
        counts = (0, 0, 0);
        for spec in &specs {
            let api = azure_codegen::load_api(spec).map_err(|e| e.to_string())?;
            counts.0 += api.operations.len();
            counts.1 += api.models.len();
            counts.2 += api.enums.len();
        }
        Ok(())
    })?;
    println!(
        "ir: load + lower {} Batch specs ({} operations, {} models, {} enums): {:.0} ms (median of {runs}, one thread)",
        specs.len(),
        counts.0,
        counts.1,
        counts.2,
        time.as_secs_f64() * 1000.0
    );
    Ok(())
}

fn bench_regenerate(ctx: &Context, runs: usize, cargo_check: bool) -> Result<(), String> {
    let manifest = Manifest::load()?;
    let api_versions: usize = manifest.crates.iter().map(|c| c.api_versions.len()).sum();
    let mut files = Vec::new();
    // A fresh cache folder per figure: the cold figure starts rustfmt for
    // every file, the warm one (the cache filled by its warm-up run) for
    // none, which is a regenerate after a change that leaves the emitted
    // text as it was.
    let cache = std::env::temp_dir().join(format!("codegen-bench-rustfmt-{}", std::process::id()));
    let layouts = [
        ("prettyplease only, no rustfmt", Layout::Prettyplease),
        ("rustfmt, every file", Layout::Rustfmt),
        ("rustfmt cache warm", Layout::RustfmtCached(cache.clone())),
    ];
    for (label, layout) in layouts {
        let time = median(runs, || {
            files = manifest
                .crates
                .iter()
                .map(|entry| crate::regenerate::crate_files(ctx, &manifest, entry, layout.clone()))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(())
        })?;
        println!(
            "regenerate: {} crates from {api_versions} api-versions: {:.0} ms (median of {runs}; load, lower, emit, layout: {label}; no writes)",
            manifest.crates.len(),
            time.as_secs_f64() * 1000.0
        );
    }
    let _ = std::fs::remove_dir_all(&cache);
    for (entry, files) in manifest.crates.iter().zip(&files) {
        for version in &entry.api_versions {
            let prefix = format!("src/{}/", version.module);
            let lines: usize = files
                .iter()
                .filter(|(path, _)| {
                    path.to_string_lossy()
                        .replace('\\', "/")
                        .starts_with(&prefix)
                })
                .map(|(_, text)| text.lines().count())
                .sum();
            println!(
                "  {}::{}: {lines} lines of Rust",
                entry.name, version.module
            );
        }
        if cargo_check {
            let default = entry
                .api_versions
                .iter()
                .find(|v| Some(&v.module) == entry.default.as_ref())
                .unwrap_or(&entry.api_versions[0]);
            let krate = repo_root().join("generated").join(&entry.name);
            let time = cargo_check_time(&krate, &default.feature)?;
            println!(
                "  cargo check -p {} --no-default-features --features {}: {:.1} s (dependencies already built)",
                entry.name,
                default.feature,
                time.as_secs_f64()
            );
        }
    }
    Ok(())
}

/// Runs `tests/model-bench` in release mode on the examples of the Batch
/// crate's default api-version. The models are generated code, so they are
/// measured by a program built against the crate, not inside xtask (which
/// must build even when `generated/` does not).
fn bench_models(ctx: &Context) -> Result<(), String> {
    let manifest = Manifest::load()?;
    let entry = manifest
        .crates
        .iter()
        .find(|c| c.name == "azure_batch")
        .ok_or("the manifest has no azure_batch crate")?;
    let module = entry.default.as_ref().ok_or("azure_batch has no default")?;
    let version = entry
        .api_versions
        .iter()
        .find(|v| &v.module == module)
        .ok_or_else(|| format!("azure_batch's default {module} is not one of its api-versions"))?;
    let spec = manifest
        .spec_path(ctx, &version.spec)
        .ok_or_else(|| format!("no spec named {}", version.spec))?;
    let examples = spec.with_file_name("examples");
    crate::program::run_release(
        "azure-model-bench",
        [examples],
        "the model benchmark (tests/model-bench)",
    )
}

/// The AutoRust-generated `azure_svc_batch` measured as our crate is: lines
/// of Rust of its `package_2024_02` module and `cargo check` time with that
/// feature alone.
fn bench_autorust(dir: &Path, cargo_check: bool) -> Result<(), String> {
    const MODULE: &str = "package_2024_02";
    const FEATURE: &str = "package-2024-02";
    let module = dir.join("src").join(MODULE);
    let entries =
        std::fs::read_dir(&module).map_err(|e| format!("cannot read {}: {e}", module.display()))?;
    let mut lines = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            lines += text.lines().count();
        }
    }
    println!(
        "  autorust {}::{MODULE}: {lines} lines of Rust",
        dir.display()
    );
    if cargo_check {
        let time = cargo_check_time(dir, FEATURE)?;
        println!(
            "  cargo check {} --no-default-features --features {FEATURE}: {:.1} s (dependencies already built)",
            dir.display(),
            time.as_secs_f64()
        );
    }
    Ok(())
}

/// `cargo check` of the crate in `dir` with one feature, after its
/// dependencies are built: the first run builds them, the second (after
/// touching the crate root) is timed.
fn cargo_check_time(dir: &Path, feature: &str) -> Result<Duration, String> {
    let manifest = dir.join("Cargo.toml");
    let check = || -> Result<Duration, String> {
        let started = Instant::now();
        let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
            .arg("check")
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(&manifest)
            .args(["--no-default-features", "--features", feature])
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err(format!("cargo check of {} failed", manifest.display()));
        }
        Ok(started.elapsed())
    };
    check()?;
    let lib = dir.join("src/lib.rs");
    let text = std::fs::read(&lib).map_err(|e| format!("cannot read {}: {e}", lib.display()))?;
    // Rewriting the same bytes bumps the modification time: cargo rebuilds.
    std::fs::write(&lib, text).map_err(|e| format!("cannot touch {}: {e}", lib.display()))?;
    check()
}
