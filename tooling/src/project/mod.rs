//! The repository as the generator sees it: the manifest, where the specs
//! are, and how each manifest crate and fixture is assembled (its
//! configuration, hand-written examples and usage, the CHANGELOG from the
//! diffs of its api-versions) and written or checked.
//!
//! Each command of `cargo xtask` parses its arguments, calls one function
//! of this module or its sub-modules, and prints; tests call the same
//! ones. The sub-modules own the other commands' work: [`bench`](mod@bench) the
//! measuring, [`conformance`] the build and run of a spec's
//! conformance test, [`corpus`] the run over the whole specs checkout,
//! [`testserver`] the run against the AutoRest test server, and
//! [`program`] the workspace programs run rather than linked (the model
//! benchmark, the fuzzers).

pub mod bench;
pub mod conformance;
pub mod corpus;
mod manifest;
pub mod program;
pub mod renderings;
pub mod scratch;
pub mod spector;
pub mod testserver;

pub use manifest::{ApiVersionEntry, CrateEntry, ExampleEntry, FixtureEntry, Manifest};

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::emit::{emit_crate, CrateConfig, ExampleConfig, Files, Layout, ModuleConfig};
use crate::output::{compare_tree, write_crate};

/// A checkout of this repository: its root, its manifest and the specs
/// root in force.
#[derive(Debug)]
pub struct Project {
    root: PathBuf,
    specs_root: PathBuf,
    /// `specs/manifest.yaml`.
    pub manifest: Manifest,
}

/// How [`Project::diff`] renders the changes: the library's.
pub use azure_codegen::diff::Format as DiffFormat;

/// What [`Project::regenerate`] did to one crate.
#[derive(Debug)]
pub struct CrateOutcome {
    /// The crate's folder.
    pub dir: PathBuf,
    /// `api-versions` count or `fixture`.
    pub what: String,
    /// Files of the crate.
    pub files: usize,
    /// Lines of all its files.
    pub lines: usize,
    /// Files that differ from the folder (checking), else empty.
    pub stale: Vec<PathBuf>,
    /// Seconds spent on it.
    pub seconds: f64,
}

impl Project {
    /// Opens the checkout at `root`. The specs root is `specs_root` when
    /// given (`--specs-root`, `AZURE_SPECS_ROOT`), else the manifest's,
    /// relative to `root`.
    pub fn open(root: &Path, specs_root: Option<PathBuf>) -> Result<Self, String> {
        let manifest = Manifest::load(&root.join("specs/manifest.yaml"))?;
        Ok(Self {
            specs_root: specs_root.unwrap_or_else(|| root.join(&manifest.specs_root)),
            root: root.to_owned(),
            manifest,
        })
    }

    /// Opens the checkout at `root` with the specs root of
    /// `AZURE_SPECS_ROOT` when set (what the commands' `--specs-root`
    /// defaults to), else the manifest's: how tests and harnesses, which
    /// take no flags, find the same specs as the commands.
    pub fn open_from_env(root: &Path) -> Result<Self, String> {
        Self::open(
            root,
            std::env::var_os("AZURE_SPECS_ROOT").map(PathBuf::from),
        )
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The specs root in force.
    pub fn specs_root(&self) -> &Path {
        &self.specs_root
    }

    /// The file of a named spec.
    pub fn spec_path(&self, name: &str) -> Option<PathBuf> {
        self.manifest
            .specs
            .get(name)
            .map(|rel| self.specs_root.join(rel))
    }

    /// A spec given by a user: a manifest name, else a file path.
    pub fn resolve_spec(&self, name_or_path: &str) -> Result<PathBuf, String> {
        if let Some(path) = self.spec_path(name_or_path) {
            return Ok(path);
        }
        let path = PathBuf::from(name_or_path);
        if path.is_file() {
            return Ok(path);
        }
        Err(format!(
            "'{name_or_path}' is neither a spec named in specs/manifest.yaml ({}) nor a file",
            self.manifest
                .specs
                .keys()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }

    /// What `cargo xtask diff` prints: the API changes between two specs
    /// given by a user (manifest names or files, see
    /// [`Self::resolve_spec`]), labelled with those names, titled after the
    /// new one, rendered in `format`. The count line carries `date` when
    /// given (else none, so the same specs give the same text); each method
    /// links to `reference_url` when given.
    pub fn diff(
        &self,
        old: &str,
        new: &str,
        format: DiffFormat,
        date: Option<String>,
        reference_url: Option<String>,
    ) -> Result<String, String> {
        let rendered = crate::diff::render_files(
            (old, &self.resolve_spec(old)?),
            (new, &self.resolve_spec(new)?),
            format,
            date,
            reference_url,
        )
        .map_err(|e| e.to_string())?;
        Ok(rendered.text)
    }

    /// A fixture's spec file, and how generated docs name it (relative to
    /// the specs root or to the repository, never a machine's own path).
    pub fn fixture_spec(&self, spec: &str) -> (PathBuf, String) {
        match self.manifest.specs.get(spec) {
            Some(rel) => (
                self.specs_root.join(rel),
                rel.to_string_lossy().replace('\\', "/"),
            ),
            None => (self.root.join(spec), spec.to_owned()),
        }
    }

    /// rustfmt's layout, its outputs kept under the target folder
    /// (`CARGO_TARGET_DIR`, else `target/`), so that a regenerate starts
    /// rustfmt only for files whose text changed.
    pub fn rustfmt_cache(&self) -> Layout {
        Layout::RustfmtCached(self.target_dir().join("rustfmt-cache"))
    }

    /// Emits every file of a manifest crate, in memory, laid out as
    /// `layout` says, with its CHANGELOG. Specs are loaded in parallel: the
    /// api-versions are independent.
    pub fn crate_files(&self, entry: &CrateEntry, layout: Layout) -> Result<Files, String> {
        let config = self.crate_config(entry, layout)?;
        let mut files = emit_crate(&config).map_err(|e| format!("crate {}: {e}", entry.name))?;
        files.insert("CHANGELOG.md".into(), release_history(entry, &config));
        files.insert("API-CHANGES.md".into(), changelog(entry, &config));
        Ok(files)
    }

    /// The configuration of a manifest crate: its modules loaded.
    pub fn crate_config(&self, entry: &CrateEntry, layout: Layout) -> Result<CrateConfig, String> {
        let modules = self.load_modules(&entry.api_versions, entry.scope.as_ref())?;
        let default_feature = match &entry.default {
            Some(default) => Some(feature_of(entry, default, "default module")?),
            None => None,
        };
        let examples = entry
            .examples
            .iter()
            .map(|example| {
                let path = self
                    .root
                    .join("templates/examples")
                    .join(format!("{}.rs", example.name));
                Ok(ExampleConfig {
                    name: example.name.clone(),
                    source: read(&path)?,
                    feature: feature_of(entry, &example.module, "example module")?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let usage = self.usage(entry.usage.as_deref())?;
        Ok(CrateConfig {
            name: entry.name.clone(),
            version: entry.version.clone(),
            description: entry.description.clone(),
            client: entry.client.clone(),
            modules,
            default_feature,
            // From generated/<crate>/: the committed crates run their
            // examples through the repository's harness.
            conformance_harness: Some("../../tests/conformance".to_owned()),
            examples,
            usage,
            layout,
        })
    }

    /// The modules of `versions`, their specs loaded in parallel (the
    /// api-versions are independent).
    fn load_modules(
        &self,
        versions: &[ApiVersionEntry],
        token_scope: Option<&String>,
    ) -> Result<Vec<ModuleConfig>, String> {
        let loaded: Vec<Result<ModuleConfig, String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = versions
                .iter()
                .map(|version| {
                    let rel = &self.manifest.specs[&version.spec];
                    let path = self.specs_root.join(rel);
                    scope.spawn(move || {
                        let api = crate::load_api(&path).map_err(|e| e.to_string())?;
                        Ok(ModuleConfig {
                            module: version.module.clone(),
                            feature: version.feature.clone(),
                            spec_file: rel.to_string_lossy().replace('\\', "/"),
                            scope: token_scope.cloned(),
                            api,
                            conformance_passed: version.conformance_passed,
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
        loaded.into_iter().collect()
    }

    /// The target folder: `CARGO_TARGET_DIR`, else `target/`.
    pub fn target_dir(&self) -> PathBuf {
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| self.root.join("target"), PathBuf::from)
    }

    /// Emits every file of a fixture crate, in memory: a crate of its one
    /// spec, or of its api-versions' modules (the last one the default).
    pub fn fixture_files(&self, fixture: &FixtureEntry, layout: Layout) -> Result<Files, String> {
        let mut config = match &fixture.spec {
            Some(spec) => {
                let (path, shown) = self.fixture_spec(spec);
                let options = azure_codegen::Options {
                    crate_name: Some(fixture.name.clone()),
                    client: Some(fixture.client.clone()),
                    scope: fixture.scope.clone(),
                    spec_name: Some(shown.into()),
                    layout,
                    ..Default::default()
                };
                azure_codegen::generate::crate_config(&path, &options).map_err(|e| e.to_string())?
            }
            None => {
                let modules = self.load_modules(&fixture.api_versions, fixture.scope.as_ref())?;
                let last = modules
                    .last()
                    .ok_or_else(|| format!("fixture {}: no api-version", fixture.name))?;
                CrateConfig {
                    name: fixture.name.clone(),
                    version: "0.1.0".to_owned(),
                    description: last
                        .api
                        .description
                        .clone()
                        .unwrap_or_else(|| format!("Client for {}", last.api.title)),
                    client: fixture.client.clone(),
                    default_feature: Some(last.feature.clone()),
                    modules,
                    conformance_harness: None,
                    examples: Vec::new(),
                    usage: None,
                    layout,
                }
            }
        };
        config.usage = self.usage(fixture.usage.as_deref())?;
        emit_crate(&config).map_err(|e| format!("fixture {}: {e}", fixture.name))
    }

    /// The text of a hand-written usage section, `templates/usage/<name>.md`.
    fn usage(&self, name: Option<&str>) -> Result<Option<String>, String> {
        name.map(|name| read(&self.root.join("templates/usage").join(format!("{name}.md"))))
            .transpose()
    }

    /// The specs a fixture is generated from, as `regenerate` announces
    /// them: `crate <- spec`, or `crate::module <- spec` for each module.
    fn fixture_sources(&self, fixture: &FixtureEntry) -> Vec<String> {
        match &fixture.spec {
            Some(spec) => vec![format!("{} <- {}", fixture.name, self.fixture_spec(spec).1)],
            None => self.module_sources(&fixture.name, &fixture.api_versions),
        }
    }

    /// `crate::module <- spec` for each api-version of a crate.
    fn module_sources(&self, name: &str, versions: &[ApiVersionEntry]) -> Vec<String> {
        versions
            .iter()
            .map(|v| {
                format!(
                    "{name}::{} <- {}",
                    v.module,
                    self.manifest.specs[&v.spec].display()
                )
            })
            .collect()
    }

    /// Regenerates every manifest crate into `generated/` and every fixture
    /// into `tests/fixtures/`, each folder replaced whole (written aside,
    /// then swapped in); with `check`, compares instead and writes nothing.
    /// `started` is told each crate before its work, with the specs it
    /// reads; the outcomes come in manifest order.
    pub fn regenerate(
        &self,
        check: bool,
        mut started: impl FnMut(&str, &[String]),
    ) -> Result<Vec<CrateOutcome>, String> {
        let layout = self.rustfmt_cache();
        let mut outcomes = Vec::new();
        for entry in &self.manifest.crates {
            let clock = Instant::now();
            let sources = self.module_sources(&entry.name, &entry.api_versions);
            started(&entry.name, &sources);
            let files = self.crate_files(entry, layout.clone())?;
            let dir = self.root.join("generated").join(&entry.name);
            let what = format!("{} api-versions", entry.api_versions.len());
            outcomes.push(write_or_check(dir, &files, check, what, clock)?);
        }
        for fixture in &self.manifest.fixtures {
            let clock = Instant::now();
            started(&fixture.name, &self.fixture_sources(fixture));
            let files = self.fixture_files(fixture, layout.clone())?;
            let dir = self.root.join("tests/fixtures").join(&fixture.name);
            outcomes.push(write_or_check(dir, &files, check, "fixture".into(), clock)?);
        }
        Ok(outcomes)
    }
}

/// Generates the crate of one spec into `out` (replaced whole), what
/// `cargo xtask generate` does: one module named after the spec's
/// api-version, crate and client named after its title unless given.
/// Returns the files written.
pub fn generate(
    spec: &Path,
    out: &Path,
    crate_name: Option<String>,
    client: Option<String>,
    scope: Option<String>,
) -> Result<Files, String> {
    let options = azure_codegen::Options {
        crate_name,
        client,
        scope,
        ..Default::default()
    };
    let files = azure_codegen::generate(spec, &options).map_err(|e| e.to_string())?;
    write_crate(out, &files)?;
    Ok(files)
}

/// Writes a crate's files into `dir`, or with `check` compares them.
fn write_or_check(
    dir: PathBuf,
    files: &Files,
    check: bool,
    what: String,
    clock: Instant,
) -> Result<CrateOutcome, String> {
    let stale = if check {
        compare_tree(&dir, files)?
            .into_iter()
            .map(|p| dir.join(p))
            .collect()
    } else {
        write_crate(&dir, files)?;
        Vec::new()
    };
    Ok(CrateOutcome {
        what,
        files: files.len(),
        lines: files.values().map(|text| text.lines().count()).sum(),
        stale,
        seconds: clock.elapsed().as_secs_f64(),
        dir,
    })
}

/// The crate's CHANGELOG: its release history, the Rust verdicts between
/// consecutive modules naming Rust items.
fn release_history(entry: &CrateEntry, config: &CrateConfig) -> String {
    let steps: Vec<crate::diff::release::Step<'_>> = config
        .modules
        .windows(2)
        .map(|pair| crate::diff::release::Step {
            old_module: pair[0].module.clone(),
            new_module: pair[1].module.clone(),
            new_feature: pair[1].feature.clone(),
            new_is_default: config
                .default_feature
                .as_deref()
                .is_some_and(|d| d == pair[1].feature || d == pair[1].module),
            diff: crate::diff::diff_client(
                &config.client,
                &pair[0].module,
                &pair[0].api,
                &pair[1].module,
                &pair[1].api,
            ),
        })
        .collect();
    crate::diff::release::release_history(&entry.version, &config.client, &steps)
}

/// The crate's wire-level changes (`API-CHANGES.md`): the API changes
/// between consecutive modules, in manifest order.
fn changelog(entry: &CrateEntry, config: &CrateConfig) -> String {
    let labels: Vec<String> = entry
        .api_versions
        .iter()
        .map(|v| format!("{} ({})", v.module, v.spec))
        .collect();
    let titles: Vec<String> = config
        .modules
        .iter()
        .map(|m| crate::diff::title(Some(Path::new(&m.spec_file)), &m.api))
        .collect();
    let versions: Vec<(&str, &str, &crate::ir::Api)> = labels
        .iter()
        .zip(&titles)
        .zip(&config.modules)
        .map(|((label, title), module)| (label.as_str(), title.as_str(), &module.api))
        .collect();
    crate::diff::changelog(&versions)
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

/// Writes `text` to `path` unless it already holds it, so that cargo does
/// not rebuild what did not change.
fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

pub(crate) fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}
