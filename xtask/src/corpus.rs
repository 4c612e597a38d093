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
use std::process::Command;

use azure_codegen::emit::{emit_crate, CrateConfig};
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
                let config = CrateConfig::of_spec(api, spec, Some(name.clone()), None, None);
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
    let list: Vec<String> = members.keys().map(|m| format!("{m:?}")).collect();
    let toml = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        list.join(", ")
    );
    std::fs::write(workspace.join("Cargo.toml"), toml)
        .map_err(|e| format!("cannot write the corpus workspace: {e}"))?;
    std::fs::copy(repo_root().join("Cargo.lock"), workspace.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["clippy", "--workspace", "--all-targets", "--keep-going"])
        .args(["--message-format", "short", "--manifest-path"])
        .arg(workspace.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", repo_root().join("target/corpus"))
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut first = BTreeMap::new();
    for line in stderr.lines() {
        // `spec007/src/v1/client.rs:12:5: error[E0308]: ...`
        let Some((member, rest)) = line.split_once('/') else {
            continue;
        };
        if members.contains_key(member) && (rest.contains(": error") || rest.contains(": warning"))
        {
            first
                .entry(member.to_owned())
                .or_insert_with(|| line.to_owned());
        }
    }
    Ok(first)
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
