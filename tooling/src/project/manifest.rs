//! `specs/manifest.yaml`: which specs exist under which names, and which
//! crates are generated from them. Spec paths are relative to the specs
//! root (see [`super::Project::open`]).

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;

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

/// One fixture crate: `tests/fixtures/<name>`, of one spec (`spec`) or of
/// several api-versions of one service, one module each (`api_versions`,
/// as a crate's), exactly one of the two.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureEntry {
    /// Package name; also the folder under `tests/fixtures/`.
    pub name: String,
    /// A key of [`Manifest::specs`], or a spec file relative to the
    /// repository root (a small spec written for the tests): one module
    /// named after its api-version.
    pub spec: Option<String>,
    /// The api-versions, one module and feature each, in manifest order;
    /// the last is the default feature. Each names a key of
    /// [`Manifest::specs`].
    #[serde(default)]
    pub api_versions: Vec<ApiVersionEntry>,
    /// Client struct name.
    pub client: String,
    /// Token scope, for a spec that declares none or no usable one (as
    /// [`CrateEntry::scope`]).
    #[serde(default)]
    pub scope: Option<String>,
    /// The README's usage section, hand-written, as a crate's
    /// ([`CrateEntry::usage`]).
    pub usage: Option<String>,
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
    /// How many examples passed the module's conformance test when it was
    /// last run (`cargo test -p <crate> --test conformance` prints it): the
    /// emitted test fails on fewer.
    pub conformance_passed: Option<usize>,
}

impl Manifest {
    /// Reads and checks the manifest at `path`: every api-version names a
    /// spec of `specs:`, and every fixture names one spec or api-versions.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let manifest: Manifest =
            serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for fixture in &manifest.fixtures {
            let has_versions = !fixture.api_versions.is_empty();
            if fixture.spec.is_some() == has_versions {
                return Err(format!(
                    "{}: fixture {} names neither or both of `spec` and `api_versions`",
                    path.display(),
                    fixture.name
                ));
            }
        }
        let versions = manifest
            .crates
            .iter()
            .map(|c| ("crate", &c.name, &c.api_versions))
            .chain(
                manifest
                    .fixtures
                    .iter()
                    .map(|f| ("fixture", &f.name, &f.api_versions)),
            );
        for (kind, name, versions) in versions {
            for version in versions {
                if !manifest.specs.contains_key(&version.spec) {
                    return Err(format!(
                        "{}: {kind} {name} names spec '{}', which is not under `specs:`",
                        path.display(),
                        version.spec
                    ));
                }
            }
        }
        Ok(manifest)
    }
}
