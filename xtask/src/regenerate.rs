//! `cargo xtask regenerate` (every crate of the manifest into `generated/`)
//! and `cargo xtask generate` (one spec into any folder).
//!
//! Files are emitted in memory first; a crate folder is only ever replaced
//! whole: written aside, then swapped in by two renames, so an error or an
//! interrupted run never leaves a half-written `generated/`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use azure_codegen::emit::{emit_crate, CrateConfig, ExampleConfig, Files, Layout, ModuleConfig};
use azure_codegen::output::{compare_tree, write_crate};

use crate::manifest::{repo_root, CrateEntry, Manifest};
use crate::Context;

/// Arguments of `cargo xtask regenerate`.
#[derive(clap::Args)]
pub struct RegenerateArgs {
    /// Do not write: exit 1 and name the files that differ when
    /// `generated/` is stale.
    #[arg(long)]
    check: bool,
}

/// Arguments of `cargo xtask generate`.
#[derive(clap::Args)]
pub struct GenerateArgs {
    /// The spec file.
    spec: PathBuf,
    /// Folder to write the crate into (replaced whole).
    #[arg(long)]
    out: PathBuf,
    /// Package name (default: from the spec's title).
    #[arg(long)]
    crate_name: Option<String>,
    /// Client struct name (default: from the spec's title).
    #[arg(long)]
    client: Option<String>,
    /// Token scope, when the spec's security definition has no usable one.
    #[arg(long)]
    scope: Option<String>,
}

/// Runs `regenerate`: the manifest's crates into `generated/`, its fixture
/// crates into `tests/fixtures/`.
pub fn regenerate(ctx: &Context, args: RegenerateArgs) -> Result<(), String> {
    let manifest = Manifest::load()?;
    let mut stale = Vec::new();
    for entry in &manifest.crates {
        let started = Instant::now();
        for version in &entry.api_versions {
            // Progress on stderr: stdout keeps one summary line per crate.
            eprintln!(
                "  {}::{} <- {}",
                entry.name,
                version.module,
                manifest.specs[&version.spec].display()
            );
        }
        let files = crate_files(ctx, &manifest, entry, rustfmt_cache())?;
        let dir = repo_root().join("generated").join(&entry.name);
        let what = format!("{} api-versions", entry.api_versions.len());
        stale.extend(write_or_check(&dir, &files, args.check, &what, started)?);
    }
    for fixture in &manifest.fixtures {
        let started = Instant::now();
        let (path, shown) = manifest.fixture_spec(ctx, &fixture.spec);
        eprintln!("  {} <- {shown}", fixture.name);
        let api = azure_codegen::load_api(&path).map_err(|e| e.to_string())?;
        let config = CrateConfig {
            layout: rustfmt_cache(),
            ..CrateConfig::of_spec(
                api,
                Path::new(&shown),
                Some(fixture.name.clone()),
                Some(fixture.client.clone()),
                None,
            )
        };
        let files = emit_crate(&config).map_err(|e| format!("fixture {}: {e}", fixture.name))?;
        let dir = repo_root().join("tests/fixtures").join(&fixture.name);
        stale.extend(write_or_check(
            &dir, &files, args.check, "fixture", started,
        )?);
    }
    if stale.is_empty() {
        return Ok(());
    }
    for path in &stale {
        eprintln!("differs: {}", path.display());
    }
    Err(format!(
        "generated crates are stale: {} files differ; run `cargo xtask regenerate`",
        stale.len()
    ))
}

/// Writes a crate's files into `dir` (aside, then swapped in), or with
/// `check` compares them and returns the paths that differ; one summary
/// line on stdout either way.
fn write_or_check(
    dir: &Path,
    files: &Files,
    check: bool,
    what: &str,
    started: Instant,
) -> Result<Vec<PathBuf>, String> {
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    if check {
        let differing = compare_tree(dir, files)?;
        let status = if differing.is_empty() {
            "up to date"
        } else {
            "STALE"
        };
        println!("{name}: {status} ({} files)", files.len());
        return Ok(differing.into_iter().map(|p| dir.join(p)).collect());
    }
    write_crate(dir, files)?;
    println!(
        "{name}: {what}, {} files, {} lines in {:.2} s",
        files.len(),
        files
            .values()
            .map(|text| text.lines().count())
            .sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    Ok(Vec::new())
}

/// Runs `generate`.
pub fn generate(_ctx: &Context, args: GenerateArgs) -> Result<(), String> {
    let started = Instant::now();
    let api = azure_codegen::load_api(&args.spec).map_err(|e| e.to_string())?;
    let config = CrateConfig::of_spec(api, &args.spec, args.crate_name, args.client, args.scope);
    let files = emit_crate(&config).map_err(|e| e.to_string())?;
    write_crate(&args.out, &files)?;
    println!(
        "{}: {} files in {:.2} s",
        args.out.display(),
        files.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// rustfmt's layout, its outputs kept under `target/rustfmt-cache` so that
/// a regenerate starts rustfmt only for files whose text changed.
pub fn rustfmt_cache() -> Layout {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| repo_root().join("target"), PathBuf::from);
    Layout::RustfmtCached(target.join("rustfmt-cache"))
}

/// Emits every file of one manifest crate, in memory, laid out as `layout`
/// says. Specs are loaded in parallel: the api-versions are independent.
pub fn crate_files(
    ctx: &Context,
    manifest: &Manifest,
    entry: &CrateEntry,
    layout: Layout,
) -> Result<Files, String> {
    let specs_root = manifest.specs_root(ctx);
    let loaded: Vec<Result<ModuleConfig, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = entry
            .api_versions
            .iter()
            .map(|version| {
                let rel = &manifest.specs[&version.spec];
                let path = specs_root.join(rel);
                scope.spawn(move || {
                    let api = azure_codegen::load_api(&path).map_err(|e| e.to_string())?;
                    Ok(ModuleConfig {
                        module: version.module.clone(),
                        feature: version.feature.clone(),
                        spec_file: rel.to_string_lossy().replace('\\', "/"),
                        scope: entry.scope.clone(),
                        api,
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a spec loader thread panicked".into()))
            })
            .collect()
    });
    let modules = loaded.into_iter().collect::<Result<Vec<_>, _>>()?;
    let default_feature = match &entry.default {
        Some(default) => Some(feature_of(entry, default, "default module")?),
        None => None,
    };
    let examples = entry
        .examples
        .iter()
        .map(|example| {
            let path = repo_root()
                .join("templates/examples")
                .join(format!("{}.rs", example.name));
            Ok(ExampleConfig {
                name: example.name.clone(),
                source: std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
                feature: feature_of(entry, &example.module, "example module")?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let usage = match &entry.usage {
        Some(name) => {
            let path = repo_root()
                .join("templates/usage")
                .join(format!("{name}.md"));
            Some(
                std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            )
        }
        None => None,
    };
    let config = CrateConfig {
        name: entry.name.clone(),
        version: entry.version.clone(),
        description: entry.description.clone(),
        client: entry.client.clone(),
        modules,
        default_feature,
        // From generated/<crate>/: the committed crates run their examples
        // through the repository's harness.
        conformance_harness: Some("../../tests/conformance".to_owned()),
        examples,
        usage,
        layout,
    };
    let mut files = emit_crate(&config).map_err(|e| format!("crate {}: {e}", entry.name))?;
    // The API changes between consecutive modules, in manifest order.
    let labels: Vec<String> = entry
        .api_versions
        .iter()
        .map(|v| format!("{} ({})", v.module, v.spec))
        .collect();
    let titles: Vec<String> = config
        .modules
        .iter()
        .map(|m| azure_codegen::diff::title(Some(Path::new(&m.spec_file)), &m.api))
        .collect();
    let versions: Vec<(&str, &str, &azure_codegen::ir::Api)> = labels
        .iter()
        .zip(&titles)
        .zip(&config.modules)
        .map(|((label, title), module)| (label.as_str(), title.as_str(), &module.api))
        .collect();
    files.insert(
        "CHANGELOG.md".into(),
        azure_codegen::diff::changelog(&versions),
    );
    Ok(files)
}

/// The cargo feature of `module`, one of the crate's api-versions.
fn feature_of(entry: &CrateEntry, module: &str, what: &str) -> Result<String, String> {
    entry
        .api_versions
        .iter()
        .find(|v| v.module == module)
        .map(|v| v.feature.clone())
        .ok_or_else(|| {
            format!(
                "crate {}: {what} '{module}' is not one of its api_versions",
                entry.name
            )
        })
}
