//! `cargo xtask corpus`: how far the generator reaches beyond Batch.
//!
//! Every Swagger 2.0 file under `specification/*/data-plane/` of the specs
//! root is loaded and generated into one crate of a scratch workspace, then
//! the workspace is checked with `cargo clippy --keep-going`. The report
//! counts the specs that load, generate, and compile without a warning, and
//! names every one that does not with its first message. It is a report,
//! not a gate: it exits 1 only when it cannot run.

use std::collections::BTreeMap;
use std::path::Path;

use azure_codegen::emit::{emit_crate, CrateConfig, Layout};
use azure_codegen::output::write_crate;

use crate::manifest::{repo_root, Manifest};
use crate::Context;

/// Arguments of `cargo xtask corpus`.
#[derive(clap::Args)]
pub struct Args {
    /// Only specs whose path (relative to the specs root) contains this.
    #[arg(long)]
    only: Option<String>,
}

/// Runs the command.
pub fn run(ctx: &Context, args: Args) -> Result<(), String> {
    let root = Manifest::load()?.specs_root(ctx);
    let mut specs = azure_codegen::spec::data_plane_specs(&root);
    specs.retain(|spec| is_swagger_2(spec));
    if let Some(only) = &args.only {
        specs.retain(|spec| relative(&root, spec).contains(only.as_str()));
    }

    let workspace =
        std::env::temp_dir().join(format!("azure-codegen-corpus-{}", std::process::id()));
    let mut problems: BTreeMap<String, String> = BTreeMap::new();
    let mut members: BTreeMap<String, String> = BTreeMap::new();
    for (index, spec) in specs.iter().enumerate() {
        let name = format!("spec{:03}", index + 1);
        let rel = relative(&root, spec);
        let generated = azure_codegen::load_api(spec)
            .map_err(|e| e.to_string())
            .and_then(|api| {
                // Checked by clippy, never committed: no rustfmt pass.
                let config = CrateConfig {
                    layout: Layout::Prettyplease,
                    ..CrateConfig::of_spec(api, spec, Some(name.clone()), None, None)
                };
                emit_crate(&config).map_err(|e| e.to_string())
            })
            .and_then(|files| write_crate(&workspace.join(&name), &files));
        match generated {
            Ok(()) => {
                members.insert(name, rel);
            }
            Err(error) => {
                problems.insert(rel, format!("generation: {error}"));
            }
        }
    }
    let generated = members.len();
    let compile = check(&workspace, &members)?;
    let _ = std::fs::remove_dir_all(&workspace);
    for (name, message) in &compile {
        problems.insert(members[name].clone(), message.clone());
    }
    for (spec, problem) in &problems {
        println!("{spec}: {problem}");
    }
    println!(
        "corpus: {} specs, {generated} generated, {} compile without warnings under clippy",
        specs.len(),
        generated - compile.len()
    );
    Ok(())
}

/// Runs clippy over the generated crates; the first error or warning of
/// each crate that has one.
fn check(
    workspace: &Path,
    members: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, String> {
    let members: Vec<String> = members.keys().cloned().collect();
    azure_codegen::clippy::Workspace {
        dir: workspace,
        lock: &repo_root().join("Cargo.lock"),
        target: &repo_root().join("target/corpus"),
    }
    .clippy(&members)
}

fn is_swagger_2(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice::<serde_json::Value>(text)
        .is_ok_and(|json| json.get("swagger").and_then(|v| v.as_str()) == Some("2.0"))
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
