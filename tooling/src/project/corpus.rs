//! What `cargo xtask corpus` does: how far the generator reaches beyond
//! Batch.
//!
//! Every Swagger 2.0 file under `specification/*/data-plane/` of the specs
//! root ([`select`]) is loaded and generated into one crate of a scratch
//! workspace ([`generate_all`]), then the workspace is checked with `cargo
//! clippy --keep-going` ([`crate::clippy`]). The [`Report`] counts the
//! specs that load, generate, and compile without a warning, and names
//! every one that does not with its first message. It is a report, not a
//! gate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Project;
use crate::emit::{emit_crate, CrateConfig, Layout};
use crate::output::write_crate;

/// What [`Project::corpus`] found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Specs selected.
    pub specs: usize,
    /// Specs generated into a crate.
    pub generated: usize,
    /// Generated crates that compile without a warning under clippy.
    pub clean: usize,
    /// Spec path (relative to the specs root) → its first problem
    /// (`generation: ...` or clippy's first message).
    pub problems: BTreeMap<String, String>,
}

/// The generated crates of a corpus run: member folder (`spec001`) →
/// spec path relative to the specs root, and the specs that failed to
/// generate with their problem.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    /// Member folder → spec path relative to the specs root.
    pub members: BTreeMap<String, String>,
    /// Spec path relative to the specs root → `generation: <error>`.
    pub problems: BTreeMap<String, String>,
}

impl Project {
    /// Generates every selected spec (see [`select`]) into a scratch
    /// workspace under the temporary folder, checks it with clippy (target
    /// folder `<target>/corpus`, kept between runs), removes the workspace
    /// and reports.
    pub fn corpus(&self, only: Option<&str>) -> Result<Report, String> {
        let root = self.specs_root();
        let specs = select(root, only);
        let workspace =
            std::env::temp_dir().join(format!("azure-codegen-corpus-{}", std::process::id()));
        let generated = generate_all(root, &specs, &workspace);
        let members: Vec<String> = generated.members.keys().cloned().collect();
        let target = super::scratch::target_dir(&self.target_dir());
        let compile = crate::clippy::Workspace {
            dir: &workspace,
            lock: &self.root().join("Cargo.lock"),
            target: &target,
        }
        .clippy(&members);
        let _ = std::fs::remove_dir_all(&workspace);
        let compile = compile?;
        let mut problems = generated.problems;
        for (name, message) in &compile {
            problems.insert(generated.members[name].clone(), message.clone());
        }
        Ok(Report {
            specs: specs.len(),
            generated: generated.members.len(),
            clean: generated.members.len() - compile.len(),
            problems,
        })
    }
}

/// The Swagger 2.0 and OpenAPI 3 files under `specification/*/data-plane/` of `root`
/// (outside `examples`), sorted; with `only`, those whose path relative to
/// `root` contains it.
pub fn select(root: &Path, only: Option<&str>) -> Vec<PathBuf> {
    let mut specs = crate::spec::data_plane_specs(root);
    specs.retain(|spec| is_spec(spec));
    if let Some(only) = only {
        specs.retain(|spec| relative(root, spec).contains(only));
    }
    specs
}

/// Generates each of `specs` into a crate `specNNN` of `workspace`
/// (numbered in order, from 1); a spec that does not load or emit is a
/// problem, not an error.
pub fn generate_all(root: &Path, specs: &[PathBuf], workspace: &Path) -> Generated {
    let mut generated = Generated::default();
    for (index, spec) in specs.iter().enumerate() {
        let name = format!("spec{:03}", index + 1);
        let rel = relative(root, spec);
        let written = crate::load_api(spec)
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
        match written {
            Ok(()) => {
                generated.members.insert(name, rel);
            }
            Err(error) => {
                generated
                    .problems
                    .insert(rel, format!("generation: {error}"));
            }
        }
    }
    generated
}

/// Whether a JSON file is a Swagger 2.0 or OpenAPI 3 document (not a file
/// of shared definitions without a version).
fn is_spec(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice::<serde_json::Value>(text).is_ok_and(|json| {
        json.get("swagger").and_then(|v| v.as_str()) == Some("2.0")
            || json
                .get("openapi")
                .and_then(|v| v.as_str())
                .is_some_and(|v| v.starts_with("3."))
    })
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
