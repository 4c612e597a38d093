//! `cargo xtask regenerate` (every crate of the manifest into `generated/`)
//! and `cargo xtask generate` (one spec into any folder).
//!
//! Files are emitted in memory first; a crate folder is only ever replaced
//! whole: written aside, then swapped in by two renames, so an error or an
//! interrupted run never leaves a half-written `generated/`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use azure_codegen::emit::{emit_crate, CrateConfig, ExampleConfig, Files, ModuleConfig};

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

/// Runs `regenerate`.
pub fn regenerate(ctx: &Context, args: RegenerateArgs) -> Result<(), String> {
    let manifest = Manifest::load()?;
    let generated = repo_root().join("generated");
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
        let files = crate_files(ctx, &manifest, entry)?;
        let dir = generated.join(&entry.name);
        if args.check {
            let differing = compare_tree(&dir, &files)?;
            let status = if differing.is_empty() {
                "up to date"
            } else {
                "STALE"
            };
            println!("{}: {status} ({} files)", entry.name, files.len());
            stale.extend(differing.into_iter().map(|p| dir.join(p)));
        } else {
            write_crate(&dir, &files)?;
            println!(
                "{}: {} api-versions, {} files, {} lines in {:.2} s",
                entry.name,
                entry.api_versions.len(),
                files.len(),
                files
                    .values()
                    .map(|text| text.lines().count())
                    .sum::<usize>(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    if stale.is_empty() {
        return Ok(());
    }
    for path in &stale {
        eprintln!("differs: {}", path.display());
    }
    Err(format!(
        "generated/ is stale: {} files differ; run `cargo xtask regenerate`",
        stale.len()
    ))
}

/// Runs `generate`.
pub fn generate(_ctx: &Context, args: GenerateArgs) -> Result<(), String> {
    let started = Instant::now();
    let api = azure_codegen::load_api(&args.spec).map_err(|e| e.to_string())?;
    let config = spec_crate(api, &args.spec, args.crate_name, args.client, args.scope);
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

/// The crate `cargo xtask generate` makes of one spec: one module named
/// after its api-version; crate and client named after the spec's title
/// unless given (`Key Vault Client` → `azure_key_vault`, `KeyVaultClient`).
pub fn spec_crate(
    api: azure_codegen::ir::Api,
    spec: &Path,
    crate_name: Option<String>,
    client: Option<String>,
    scope: Option<String>,
) -> CrateConfig {
    let title = azure_codegen::naming::type_name(&api.title);
    let title = title.trim_end_matches("Client").to_owned();
    let description = api
        .description
        .clone()
        .unwrap_or_else(|| format!("Client for {}", api.title));
    let module = ModuleConfig::named_after_version(api, spec.display().to_string(), scope);
    CrateConfig::single_module(
        crate_name
            .unwrap_or_else(|| format!("azure_{}", azure_codegen::naming::field_name(&title))),
        "0.1.0".to_owned(),
        description,
        client.unwrap_or_else(|| format!("{title}Client")),
        module,
    )
}

/// Emits every file of one manifest crate, in memory. Specs are loaded in
/// parallel: loading dominates and the api-versions are independent.
pub fn crate_files(
    ctx: &Context,
    manifest: &Manifest,
    entry: &CrateEntry,
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
    };
    let mut files = emit_crate(&config).map_err(|e| format!("crate {}: {e}", entry.name))?;
    // The API changes between consecutive modules, in manifest order.
    let labels: Vec<String> = entry
        .api_versions
        .iter()
        .map(|v| format!("{} ({})", v.module, v.spec))
        .collect();
    let versions: Vec<(&str, &azure_codegen::ir::Api)> = labels
        .iter()
        .zip(&config.modules)
        .map(|(label, module)| (label.as_str(), &module.api))
        .collect();
    files.insert(
        "CHANGELOG.md".into(),
        azure_codegen::diff::changelog(&versions),
    );
    Ok(files)
}

/// Replaces `dir` with exactly `files`: written into a sibling folder first,
/// then swapped in, so a failure leaves the old folder as it was.
pub fn write_crate(dir: &Path, files: &Files) -> Result<(), String> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    let name = dir
        .file_name()
        .ok_or_else(|| format!("{} has no folder name", dir.display()))?
        .to_string_lossy()
        .into_owned();
    std::fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let fresh = parent.join(format!(".{name}.new-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let result = write_tree(&fresh, files).and_then(|()| {
        if dir.exists() {
            std::fs::rename(dir, &old)
                .map_err(|e| format!("cannot move {} aside: {e}", dir.display()))?;
        }
        std::fs::rename(&fresh, dir).map_err(|e| {
            // Put the previous crate back before reporting.
            let _ = std::fs::rename(&old, dir);
            format!("cannot move the new crate into {}: {e}", dir.display())
        })
    });
    let _ = std::fs::remove_dir_all(&fresh);
    let _ = std::fs::remove_dir_all(&old);
    result
}

fn write_tree(root: &Path, files: &Files) -> Result<(), String> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Files under `dir` that differ from `files`: changed, missing or extra.
pub(crate) fn compare_tree(dir: &Path, files: &Files) -> Result<Vec<PathBuf>, String> {
    let mut differing = Vec::new();
    for (rel, text) in files {
        match std::fs::read(dir.join(rel)) {
            Ok(bytes) if bytes == text.as_bytes() => {}
            _ => differing.push(rel.clone()),
        }
    }
    let mut on_disk = Vec::new();
    list_files(dir, Path::new(""), &mut on_disk)?;
    differing.extend(on_disk.into_iter().filter(|rel| !files.contains_key(rel)));
    differing.sort();
    Ok(differing)
}

fn list_files(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let dir = root.join(rel);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot list {}: {e}", dir.display())),
    };
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let child = rel.join(entry.file_name());
        if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            list_files(root, &child, out)?;
        } else {
            out.push(child);
        }
    }
    Ok(())
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
