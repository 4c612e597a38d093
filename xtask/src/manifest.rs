//! `specs/manifest.yaml`: which specs exist under which names, and which
//! crates are generated from them.
//!
//! Spec paths in the manifest are relative to the specs root, which is, in
//! order of precedence: `--specs-root`, `AZURE_SPECS_ROOT`, the manifest's
//! `specs_root` (relative to the repository root).

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;

use crate::Context;

/// The parsed manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Default specs root, relative to the repository root.
    pub specs_root: PathBuf,
    /// Spec name → path relative to the specs root.
    pub specs: IndexMap<String, PathBuf>,
    /// Crates to generate into `generated/`.
    pub crates: Vec<CrateEntry>,
    /// Crates of one spec each, generated into `tests/fixtures/` and
    /// compiled, clippy-checked and tested by the workspace.
    #[serde(default)]
    pub fixtures: Vec<FixtureEntry>,
}

/// One fixture crate: `tests/fixtures/<name>`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureEntry {
    /// Package name; also the folder under `tests/fixtures/`.
    pub name: String,
    /// A key of [`Manifest::specs`], or a spec file relative to the
    /// repository root (a small spec written for the tests).
    pub spec: String,
    /// Client struct name.
    pub client: String,
}

/// One crate of the manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateEntry {
    /// Package name; also the folder under `generated/`.
    pub name: String,
    /// Package version.
    pub version: String,
    /// One-line description.
    pub description: String,
    /// Client struct name.
    pub client: String,
    /// Token scope to use when the spec's own is not usable.
    pub scope: Option<String>,
    /// Module enabled by the default feature.
    pub default: Option<String>,
    /// The api-versions, one module each.
    pub api_versions: Vec<ApiVersionEntry>,
    /// Hand-written example programs of the crate.
    #[serde(default)]
    pub examples: Vec<ExampleEntry>,
    /// The README's usage section, hand-written: `templates/usage/<name>.md`
    /// (a compiled doc test like the rest of the README). Without it the
    /// README shows the first pager of the default api-version.
    pub usage: Option<String>,
}

/// A hand-written example program: `templates/examples/<name>.rs`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleEntry {
    /// File stem under `templates/examples/`.
    pub name: String,
    /// The module (one of the crate's api-versions) it uses.
    pub module: String,
}

/// One api-version of a crate.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiVersionEntry {
    /// A key of [`Manifest::specs`].
    pub spec: String,
    /// Rust module name.
    pub module: String,
    /// Cargo feature name.
    pub feature: String,
}

/// The repository root (the xtask crate's parent).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the repository")
        .to_path_buf()
}

impl Manifest {
    /// Reads `specs/manifest.yaml`.
    pub fn load() -> Result<Self, String> {
        let path = repo_root().join("specs/manifest.yaml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let manifest: Manifest =
            serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for krate in &manifest.crates {
            for version in &krate.api_versions {
                if !manifest.specs.contains_key(&version.spec) {
                    return Err(format!(
                        "{}: crate {} names spec '{}', which is not under `specs:`",
                        path.display(),
                        krate.name,
                        version.spec
                    ));
                }
            }
        }
        Ok(manifest)
    }

    /// The specs root in force.
    pub fn specs_root(&self, ctx: &Context) -> PathBuf {
        match &ctx.specs_root_override {
            Some(root) => root.clone(),
            None => repo_root().join(&self.specs_root),
        }
    }

    /// The file of a named spec.
    pub fn spec_path(&self, ctx: &Context, name: &str) -> Option<PathBuf> {
        self.specs
            .get(name)
            .map(|rel| self.specs_root(ctx).join(rel))
    }

    /// A fixture's spec file, and how generated docs name it (relative to
    /// the specs root or to the repository, never a machine's own path).
    pub fn fixture_spec(&self, ctx: &Context, spec: &str) -> (PathBuf, String) {
        match self.specs.get(spec) {
            Some(rel) => (
                self.specs_root(ctx).join(rel),
                rel.to_string_lossy().replace('\\', "/"),
            ),
            None => (repo_root().join(spec), spec.to_owned()),
        }
    }

    /// A spec given on the command line: a manifest name, else a file path.
    pub fn resolve_spec(&self, ctx: &Context, name_or_path: &str) -> Result<PathBuf, String> {
        if let Some(path) = self.spec_path(ctx, name_or_path) {
            return Ok(path);
        }
        let path = PathBuf::from(name_or_path);
        if path.is_file() {
            return Ok(path);
        }
        Err(format!(
            "'{name_or_path}' is neither a spec named in specs/manifest.yaml ({}) nor a file",
            self.specs.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    }
}
