//! What `cargo xtask spector` does: the generated clients against Spector,
//! the scenario suite of the TypeSpec emitters (`@typespec/http-specs`,
//! `@azure-tools/azure-http-specs`), through Azure's own TypeSpec-to-Swagger
//! path (`@azure-tools/typespec-autorest`). Everything on the Node side is
//! installed by `npm ci` in `tests/spector`, Node.js itself included.
//!
//! `tests/spector/compile.mjs` compiles every scenario folder to Swagger
//! 2.0 into `target/spector/swagger/` and lists, per folder, its Swagger
//! files, the scenarios its mock API defines and the compiler's errors
//! ([`Folder`]). A folder is covered when an acceptance test file named
//! after it exists (`type/array` → `tests/spector/tests/type_array.rs`).
//! Each covered folder is generated with the library, exactly as any spec
//! (one module per Swagger file, that is per api-version), into a crate of
//! the scratch workspace `target/spector/workspace/` beside the acceptance
//! crate ([`super::scratch`]). The workspace is checked with clippy,
//! `tsp-spector serve` started on a free loopback port (always stopped),
//! each test file run with the server's URL in `SPECTOR_URL`, and the
//! coverage the server recorded read: a scenario is hit when the server
//! says it passed. [`Project::spector`] returns the figures; the command
//! only prints them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use super::renderings::{self, Renderings};
use super::scratch::{self, Acceptance, Member, TestFile};
use super::testserver::server::{free_port, npm_installed, npm_node, Server};
use super::Project;
use crate::emit::{CrateConfig, ModuleConfig};

/// The scenario packages, as `compile.mjs` names them, in the order the
/// totals line gives them.
pub const PACKAGES: [&str; 2] = ["http-specs", "azure-http-specs"];

/// Where `npm ci` puts what the run needs besides Node.js, relative to
/// `tests/spector`.
const REQUIRED: [&str; 5] = [
    "node_modules/@typespec/compiler",
    "node_modules/@azure-tools/typespec-autorest",
    "node_modules/@typespec/http-specs/specs",
    "node_modules/@azure-tools/azure-http-specs/specs",
    "node_modules/@typespec/spector/cmd/cli.mjs",
];

/// The package name `tests/typespec-specs/compile.mjs` gives the specs
/// checkout's TypeSpec projects.
pub const PROJECTS_PACKAGE: &str = "azure-rest-api-specs";

/// What `npm ci` in `tests/typespec-specs` installs that its `compile.mjs`
/// needs (Node.js is `tests/spector`'s).
const TYPESPEC_SPECS_REQUIRED: [&str; 2] = [
    "node_modules/@typespec/compiler",
    "node_modules/@azure-tools/typespec-autorest",
];

/// One scenario folder, as `compile.mjs` lists it in `folders.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Folder {
    /// `http-specs` or `azure-http-specs`.
    pub package: String,
    /// The folder under the package's `specs/` (`type/array`).
    pub folder: String,
    /// The TypeSpec file compiled (`main.tsp` or `client.tsp`).
    pub entry: String,
    /// The folder's other top-level TypeSpec files the entry does not load,
    /// each a second client compiled on its own (resiliency/srv-driven's
    /// `old.tsp`), its files in a folder of its stem below the folder's.
    #[serde(default)]
    pub others: Vec<String>,
    /// The Swagger files written, relative to the swagger folder.
    pub swagger: Vec<String>,
    /// The scenarios its mock API defines.
    pub scenarios: Vec<String>,
    /// typespec-autorest's errors; empty when it compiled.
    pub errors: Vec<String>,
    /// The OpenAPI 3 files `@typespec/openapi3` wrote of the same program,
    /// relative to the openapi3 folder.
    #[serde(default)]
    pub openapi3: Vec<String>,
    /// `@typespec/openapi3`'s errors (a crash among them); empty when it
    /// compiled.
    #[serde(default, rename = "openapi3Errors")]
    pub openapi3_errors: Vec<String>,
}

impl Folder {
    /// Test file stem and test target name: `type/array` → `type_array`.
    pub fn snake(&self) -> String {
        self.folder
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect()
    }

    /// The folder `compile.mjs` writes this one's files to, relative to
    /// the swagger or openapi3 folder, with its trailing `/`: the package,
    /// then the scenario folder with dots for slashes
    /// (`http-specs/type.union.discriminated/`: scenario folders nest).
    pub fn output_dir(&self) -> String {
        format!("{}/{}/", self.package, self.folder.replace('/', "."))
    }

    /// The stem of the second client (one of [`Folder::others`]) whose
    /// output `file` (relative to the swagger or openapi3 folder) is, if it
    /// is one's.
    pub fn second_client_of(&self, file: &str) -> Option<&str> {
        let below = file.strip_prefix(&self.output_dir())?;
        self.others
            .iter()
            .filter_map(|other| other.strip_suffix(".tsp"))
            .find(|stem| below.starts_with(&format!("{stem}/")))
    }

    /// The generated crate's package name and folder.
    pub fn crate_name(&self) -> String {
        format!("spector_{}", self.snake())
    }
}

pub use super::scratch::Options;

/// Which rendering of the scenario folders the crates are generated from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendering {
    /// typespec-autorest's Swagger 2.0 (`cargo xtask spector`).
    Swagger,
    /// `@typespec/openapi3`'s OpenAPI 3.0, for the folders whose two
    /// renderings give the same API (`cargo xtask spector --openapi3`).
    OpenApi3,
}

/// One scenario folder's figures.
#[derive(Debug, Clone)]
pub struct Row {
    /// Its package.
    pub package: String,
    /// Its folder.
    pub folder: String,
    /// Scenarios its mock API defines.
    pub defined: usize,
    /// Of those, the ones the server says passed.
    pub hit: usize,
    /// Its test binary's `test result:` summary; `None` when the folder
    /// has no test file.
    pub summary: Option<String>,
    /// The test binary's output when it failed.
    pub failure: Option<String>,
}

/// What [`Project::spector`] found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Every scenario folder, by package and folder.
    pub rows: Vec<Row>,
    /// The folders typespec-autorest cannot compile, with its errors.
    pub uncompiled: Vec<(String, Vec<String>)>,
    /// The Swagger and OpenAPI 3 renderings of each folder, compared
    /// ([`super::renderings`]).
    pub renderings: Renderings,
}

impl Outcome {
    /// `spector: http-specs H/Ht, azure-http-specs A/At`.
    pub fn totals_line(&self) -> String {
        let parts: Vec<String> = PACKAGES
            .iter()
            .map(|package| {
                let rows = self.rows.iter().filter(|r| r.package == *package);
                let (hit, defined) = rows.fold((0, 0), |(h, d), r| (h + r.hit, d + r.defined));
                format!("{package} {hit}/{defined}")
            })
            .collect();
        format!("spector: {}", parts.join(", "))
    }

    /// The folders whose tests failed, and those whose renderings differ
    /// otherwise than `docs/openapi3.md` lists.
    pub fn failed(&self) -> Vec<&str> {
        self.rows
            .iter()
            .filter(|r| r.failure.is_some())
            .map(|r| r.folder.as_str())
            .chain(self.renderings.unlisted.iter().map(|u| u.as_str()))
            .collect()
    }
}

impl Project {
    /// The npm package folder: `tests/spector`.
    pub fn spector_dir(&self) -> PathBuf {
        self.root().join("tests/spector")
    }

    /// The npm package folder of the specs checkout's TypeSpec toolchain:
    /// `tests/typespec-specs`.
    pub fn typespec_specs_dir(&self) -> PathBuf {
        self.root().join("tests/typespec-specs")
    }

    /// Runs the command's work (see the module docs) on the crates
    /// generated from `rendering`; `progress` is told each step before it
    /// starts.
    pub fn spector(
        &self,
        options: &Options,
        rendering: Rendering,
        mut progress: impl FnMut(&str),
    ) -> Result<Outcome, String> {
        let dir = self.spector_dir();
        let node = npm_node(&dir, &REQUIRED)?;
        let work = self.target_dir().join("spector");
        let (folders, renderings) = self.compile_and_compare(&node, options, &mut progress)?;
        let tests_dir = dir.join("tests");
        let mut covered = covered_folders(&folders, &tests_dir)?;
        if let Some(only) = &options.only {
            covered.retain(|f| f.folder.contains(only.as_str()));
        }
        // A folder whose OpenAPI 3 rendering has another Rust API has a
        // test file of its own for it (`tests/openapi3/<folder>.rs`).
        let openapi3_tests = tests_dir.join("openapi3");
        let own_openapi3_test = |f: &Folder| openapi3_tests.join(format!("{}.rs", f.snake()));
        if rendering == Rendering::OpenApi3 {
            // The test files call the Swagger crate's API: they compile
            // against the OpenAPI 3 crate where the renderings give the
            // same API but for the api-version an unversioned service is
            // written with (docs/openapi3.md lists the others).
            covered.retain(|f| {
                let name = format!("{}/{}", f.package, f.folder);
                own_openapi3_test(f).exists()
                    || renderings.compared.iter().any(|c| {
                        c.folder == name && c.differences.keys().all(|k| k == "api-version")
                    })
            });
        }
        if covered.is_empty() {
            return Err("no scenario folder has an acceptance test to run".to_owned());
        }

        let (workspace, spec_dir) = match rendering {
            Rendering::Swagger => (work.join("workspace"), work.join("swagger")),
            Rendering::OpenApi3 => (work.join("workspace-openapi3"), work.join("openapi3")),
        };
        let mut members = Vec::new();
        for folder in &covered {
            let (files, version) = match rendering {
                Rendering::Swagger => (&folder.swagger, None),
                // One file each (unversioned): its module is named as the
                // Swagger crate's, which the test files import.
                Rendering::OpenApi3 => {
                    let swagger = work.join("swagger").join(&folder.swagger[0]);
                    let api = crate::load_api(&swagger).map_err(|e| e.to_string())?;
                    (&folder.openapi3, Some(api.api_version))
                }
            };
            members.push(generate(
                folder,
                files,
                &spec_dir,
                &workspace,
                version.as_deref(),
            )?);
        }
        let tests: Vec<TestFile> = covered
            .iter()
            .map(|f| TestFile {
                name: f.snake(),
                path: match rendering {
                    Rendering::OpenApi3 if own_openapi3_test(f).exists() => own_openapi3_test(f),
                    _ => tests_dir.join(format!("{}.rs", f.snake())),
                },
            })
            .collect();
        let run = self.scratch_run(workspace.clone(), ACCEPTANCE, options);
        let binaries = run.build(&members, &tests, &mut progress)?;

        let server = start_server(&node, &dir, &work)?;
        let mut runs = BTreeMap::new();
        for folder in &covered {
            progress(&format!("running {}", folder.snake()));
            let run = scratch::run_test(&binaries, &folder.snake(), "SPECTOR_URL", &server.url())?;
            runs.insert(folder.folder.clone(), run);
        }
        let passed = passed_scenarios(&server.get("/.coverage")?)?;
        drop(server);

        let mut rows = Vec::new();
        let mut uncompiled = Vec::new();
        for f in &folders {
            if !f.errors.is_empty() {
                uncompiled.push((format!("{}/{}", f.package, f.folder), f.errors.clone()));
            }
            let run = runs.remove(&f.folder);
            rows.push(Row {
                package: f.package.clone(),
                folder: f.folder.clone(),
                defined: f.scenarios.len(),
                hit: f.scenarios.iter().filter(|s| passed.contains(*s)).count(),
                summary: run.as_ref().map(|r| r.summary.clone()),
                failure: run.and_then(|r| r.failure),
            });
        }
        Ok(Outcome {
            rows,
            uncompiled,
            renderings,
        })
    }
    /// Compiles every scenario folder to both renderings and compares them
    /// ([`super::renderings`]), without building or running anything:
    /// `cargo xtask spector --renderings`.
    pub fn spector_renderings(
        &self,
        options: &Options,
        mut progress: impl FnMut(&str),
    ) -> Result<Renderings, String> {
        let node = npm_node(&self.spector_dir(), &REQUIRED)?;
        Ok(self.compile_and_compare(&node, options, &mut progress)?.1)
    }

    /// The folders `compile.mjs` lists (compiling them when needed), and
    /// their renderings compared (those `options.only` names).
    fn compile_and_compare(
        &self,
        node: &Path,
        options: &Options,
        progress: &mut impl FnMut(&str),
    ) -> Result<(Vec<Folder>, Renderings), String> {
        let dir = self.spector_dir();
        let work = self.target_dir().join("spector");
        let swagger_dir = work.join("swagger");
        let openapi3_dir = work.join("openapi3");
        progress("typespec-autorest and @typespec/openapi3: every scenario folder to Swagger 2.0 and OpenAPI 3");
        // The ARM folders' common types are the specs checkout's.
        let folders = compile(
            node,
            &dir,
            &[self.specs_root()],
            &swagger_dir,
            &openapi3_dir,
            true,
        )?;
        // The specs checkout's own TypeSpec projects, by the toolchain of
        // its date: compared as the scenario folders are, never run.
        progress("the specs checkout's TypeSpec projects to both renderings");
        let projects_dir = self.typespec_specs_dir();
        npm_installed(&projects_dir, &TYPESPEC_SPECS_REQUIRED)?;
        let projects_work = self.target_dir().join("typespec-specs");
        let projects_swagger = projects_work.join("swagger");
        let projects_openapi3 = projects_work.join("openapi3");
        // Compiled on every run (seconds): the checkout may have changed.
        let projects = compile(
            node,
            &projects_dir,
            &[self.specs_root()],
            &projects_swagger,
            &projects_openapi3,
            false,
        )?;
        progress("the two renderings of each folder: generated and diffed");
        let doc = self.root().join("docs/openapi3.md");
        let listed = renderings::listed(&super::read(&doc)?);
        let name = |f: &Folder| format!("{}/{}", f.package, f.folder);
        let mut renderings = Renderings::default();
        let sets = [
            (&folders, &PACKAGES[..], &swagger_dir, &openapi3_dir),
            (
                &projects,
                &[PROJECTS_PACKAGE][..],
                &projects_swagger,
                &projects_openapi3,
            ),
        ];
        for (set, packages, swagger, openapi3) in sets {
            let compared: Vec<Folder> = set
                .iter()
                .filter(|f| {
                    options
                        .only
                        .as_ref()
                        .is_none_or(|o| f.folder.contains(o.as_str()))
                })
                .cloned()
                .collect();
            // Each set is checked against the rows of its packages, and
            // only of the folders compared when `only` narrows them.
            let rows = listed
                .iter()
                .filter(|(k, _)| packages.iter().any(|p| k.starts_with(&format!("{p}/"))))
                .filter(|(k, _)| options.only.is_none() || compared.iter().any(|f| **k == name(f)))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            renderings.extend(renderings::check(&compared, swagger, openapi3, &rows));
        }
        Ok((folders, renderings))
    }
}

const ACCEPTANCE: Acceptance<'static> = Acceptance {
    command: "cargo xtask spector",
    package: "spector_acceptance",
    about: "Acceptance tests of the generated clients against Spector's mock server; the tests are in `tests/spector/tests/` of the repository.",
};

/// Runs `dir`'s `compile.mjs` (with `args`, then `swagger_dir` and
/// `openapi3_dir`) and reads the folders its `folders.json` lists; when
/// `cache`, not again while that list is newer than the install and the
/// script.
fn compile(
    node: &Path,
    dir: &Path,
    args: &[&Path],
    swagger_dir: &Path,
    openapi3_dir: &Path,
    cache: bool,
) -> Result<Vec<Folder>, String> {
    let list = swagger_dir.join("folders.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let inputs = [
        dir.join("compile.mjs"),
        dir.join("node_modules/.package-lock.json"),
    ];
    let fresh = cache
        && modified(&list).is_some_and(|listed| {
            inputs
                .iter()
                .all(|i| modified(i).is_some_and(|m| m <= listed))
        });
    if !fresh {
        let status = Command::new(node)
            .arg(dir.join("compile.mjs"))
            .args(args)
            .arg(swagger_dir)
            .arg(openapi3_dir)
            .current_dir(dir)
            .status()
            .map_err(|e| format!("cannot run {}: {e}", node.display()))?;
        if !status.success() {
            return Err(format!(
                "{} failed ({status})",
                dir.join("compile.mjs").display()
            ));
        }
    }
    let text = super::read(&list)?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", list.display()))
}

/// The folders that have an acceptance test file, in `folders` order; a
/// test file naming no folder, or a folder typespec-autorest cannot
/// compile, is an error.
pub fn covered_folders(folders: &[Folder], tests_dir: &Path) -> Result<Vec<Folder>, String> {
    let entries = std::fs::read_dir(tests_dir)
        .map_err(|e| format!("cannot list {}: {e}", tests_dir.display()))?;
    let mut stems = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", tests_dir.display()))?;
        if let Some(stem) = entry.file_name().to_string_lossy().strip_suffix(".rs") {
            stems.push(stem.to_owned());
        }
    }
    let mut covered = Vec::new();
    for folder in folders {
        if let Some(i) = stems.iter().position(|s| *s == folder.snake()) {
            stems.swap_remove(i);
            if !folder.errors.is_empty() {
                return Err(format!(
                    "{}/{}.rs tests a folder typespec-autorest cannot compile: {}",
                    tests_dir.display(),
                    folder.snake(),
                    folder.errors.join("; ")
                ));
            }
            covered.push(folder.clone());
        }
    }
    if let Some(stem) = stems.first() {
        return Err(format!(
            "{} names no scenario folder of Spector",
            tests_dir.join(format!("{stem}.rs")).display()
        ));
    }
    // A test file of the OpenAPI 3 rendering goes with its folder's.
    let openapi3 = tests_dir.join("openapi3");
    if let Ok(entries) = std::fs::read_dir(&openapi3) {
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", openapi3.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".rs") else {
                continue;
            };
            if !covered.iter().any(|f| f.snake() == stem) {
                return Err(format!(
                    "{} names no scenario folder with a test file of its Swagger rendering",
                    openapi3.join(&name).display()
                ));
            }
        }
    }
    Ok(covered)
}

/// Generates a folder's spec `files` (relative to `spec_dir`: its Swagger
/// or its OpenAPI 3 files) into its crate of `workspace`, one module per
/// file (an api-version each), as any spec of several api-versions; files
/// already up to date are left alone. `version`, when given, is the
/// api-version the modules are named after instead of the spec's.
pub fn generate(
    folder: &Folder,
    files: &[String],
    spec_dir: &Path,
    workspace: &Path,
    version: Option<&str>,
) -> Result<Member, String> {
    let mut modules = Vec::new();
    let mut first = None;
    for swagger in files {
        let spec = spec_dir.join(swagger);
        let mut api = crate::load_api(&spec).map_err(|e| e.to_string())?;
        if let Some(version) = version {
            version.clone_into(&mut api.api_version);
        }
        if first.is_none() {
            first = Some((api.clone(), spec.clone()));
        }
        let mut module = ModuleConfig::named_after_version(api, swagger.clone(), None);
        if let Some(stem) = folder.second_client_of(swagger) {
            // Its api-versions are the entry's too (`v1`): the module is
            // named after the client as well (`old_v1`).
            let name = format!(
                "{}_{}",
                azure_codegen::naming::field_name(stem),
                module.module
            );
            module = module.renamed(name);
        }
        modules.push(module);
    }
    let Some((api, spec)) = first else {
        return Err(format!(
            "no spec file was written for {}/{}",
            folder.package, folder.folder
        ));
    };
    let mut config = CrateConfig::of_spec(api, &spec, Some(folder.crate_name()), None, None);
    config.default_feature = modules.last().map(|m| m.feature.clone());
    let features = modules.iter().map(|m| m.feature.clone()).collect();
    config.modules = modules;
    scratch::generate(workspace, &spec, &config, features)
}

/// `tsp-spector serve` over both packages' scenarios, on a free loopback
/// port. It reads `git rev-parse HEAD` in the scenario folders, so it runs
/// inside this repository's checkout.
fn start_server(node: &Path, dir: &Path, work: &Path) -> Result<Server, String> {
    let port = free_port()?;
    let mut command = Command::new(node);
    command
        // Loopback only, and gone when xtask is.
        .arg("--require")
        .arg(dir.join("../testserver/harness.cjs"))
        .arg(dir.join("node_modules/@typespec/spector/cmd/cli.mjs"))
        .arg("serve")
        .arg(dir.join("node_modules/@typespec/http-specs/specs"))
        .arg(dir.join("node_modules/@azure-tools/azure-http-specs/specs"))
        .arg("--port")
        .arg(port.to_string())
        .arg("--coverageFile")
        .arg(work.join("coverage.json"))
        .current_dir(dir);
    Server::spawn(command, port, &work.join("server.log"), "/.admin/health")
}

/// The scenarios the server's `/.coverage` says passed: one report per
/// scenario package, each with `results`, scenario → `pass`, `fail` or
/// `not-implemented`.
pub fn passed_scenarios(coverage: &str) -> Result<std::collections::BTreeSet<String>, String> {
    #[derive(Deserialize)]
    struct Report {
        results: BTreeMap<String, String>,
    }
    let reports: Vec<Report> = serde_json::from_str(coverage)
        .map_err(|e| format!("GET /.coverage is not a list of coverage reports: {e}"))?;
    Ok(reports
        .into_iter()
        .flat_map(|r| r.results)
        .filter(|(_, status)| status == "pass")
        .map(|(scenario, _)| scenario)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(package: &str, path: &str, scenarios: &[&str]) -> Folder {
        Folder {
            package: package.into(),
            folder: path.into(),
            entry: "main.tsp".into(),
            others: Vec::new(),
            swagger: vec![format!("{package}/{path}/openapi.json")],
            scenarios: scenarios.iter().map(|s| s.to_string()).collect(),
            errors: Vec::new(),
            openapi3: Vec::new(),
            openapi3_errors: Vec::new(),
        }
    }

    #[test]
    fn folder_names_become_snake_case_crates() {
        let f = folder(
            "http-specs",
            "type/model/inheritance/enum-discriminator",
            &[],
        );
        assert_eq!(f.snake(), "type_model_inheritance_enum_discriminator");
        let f = folder("http-specs", "versioning/madeOptional", &[]);
        assert_eq!(f.crate_name(), "spector_versioning_madeoptional");
    }

    #[test]
    fn passed_scenarios_are_those_the_server_says_pass() {
        let coverage = r#"[
            {"scenariosMetadata": {"packageName": "@typespec/http-specs"},
             "results": {"A_get": "pass", "A_put": "fail", "B": "not-implemented"}},
            {"scenariosMetadata": {}, "results": {"C": "pass"}}
        ]"#;
        let passed = passed_scenarios(coverage).unwrap();
        assert_eq!(passed.into_iter().collect::<Vec<_>>(), ["A_get", "C"]);
        assert!(passed_scenarios("{}")
            .unwrap_err()
            .starts_with("GET /.coverage"));
    }

    #[test]
    fn totals_add_up_per_package() {
        let row = |package: &str, defined, hit| Row {
            package: package.into(),
            folder: "f".into(),
            defined,
            hit,
            summary: None,
            failure: None,
        };
        let outcome = Outcome {
            rows: vec![
                row("http-specs", 4, 2),
                row("http-specs", 3, 3),
                row("azure-http-specs", 5, 0),
            ],
            uncompiled: Vec::new(),
            renderings: Renderings::default(),
        };
        assert_eq!(
            outcome.totals_line(),
            "spector: http-specs 5/7, azure-http-specs 0/5"
        );
    }
}
