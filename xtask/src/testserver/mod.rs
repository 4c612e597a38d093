//! `cargo xtask testserver`: the generated clients against the AutoRest test
//! server (`@microsoft.azure/autorest.testserver`, installed by `npm ci` in
//! `tests/testserver`).
//!
//! A swagger file of the package is covered when an acceptance test file
//! named after it exists (`body-boolean.json` →
//! `tests/testserver/tests/body_boolean.rs`). Each covered file is generated
//! with the generator's library, exactly as `cargo xtask generate` would,
//! into a crate of the scratch workspace `target/testserver/`
//! (`autorest_body_boolean`), beside the acceptance crate whose test targets
//! are the committed test files. The workspace is checked with clippy, the
//! server started on a free loopback port, and each test file run in turn
//! with the server's URL in `AUTOREST_TESTSERVER_URL`; the coverage
//! reports are read around each, so that every hit scenario is put down to
//! a swagger file. The command ends with the totals line
//! `testserver: vanilla V/631, azure A/145, optional O/43`.

mod report;
mod server;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use azure_codegen::emit::emit_crate;

use crate::manifest::repo_root;
use crate::Context;
use azure_codegen::emit::CrateConfig;
use azure_codegen::output::{compare_tree, write_crate};
use report::Coverage;
use server::Server;

/// Arguments of `cargo xtask testserver`.
#[derive(clap::Args)]
pub struct Args {
    /// Only the swagger files whose name contains this (`body-`).
    #[arg(long)]
    only: Option<String>,
    /// Skip `cargo clippy -D warnings` over the generated crates and tests.
    #[arg(long)]
    no_clippy: bool,
}

/// One covered swagger file.
struct Covered {
    /// The swagger file's name without `.json` (`body-boolean.quirks`).
    swagger: String,
    /// Its snake-case form: test file stem and test target name.
    snake: String,
}

impl Covered {
    fn crate_name(&self) -> String {
        // Prefixed: `url`, `header` or `head` alone would shadow real crates.
        format!("autorest_{}", self.snake)
    }
}

/// Runs the command.
pub fn run(_ctx: &Context, args: Args) -> Result<(), String> {
    let started = Instant::now();
    let repo = repo_root();
    let package_dir = server::package_dir(&repo);
    let swagger_dir = package_dir.join(server::PACKAGE).join("swagger");
    if !swagger_dir.is_dir() {
        return Err(format!(
            "{} is missing: run `npm ci` in {} (needs Node.js 18 or later and npm)",
            swagger_dir.display(),
            package_dir.display()
        ));
    }
    let tests_dir = package_dir.join("tests");
    let mut covered = covered_files(&swagger_dir, &tests_dir)?;
    if let Some(only) = &args.only {
        covered.retain(|c| c.swagger.contains(only.as_str()));
    }
    if covered.is_empty() {
        return Err("no swagger file has an acceptance test to run".to_owned());
    }

    let workspace = repo.join("target/testserver");
    for c in &covered {
        generate(
            &swagger_dir.join(format!("{}.json", c.swagger)),
            c,
            &workspace,
        )?;
    }
    write_workspace(&workspace, &tests_dir, &covered)?;
    eprintln!(
        "testserver: {} swagger files generated into {}",
        covered.len(),
        workspace.display()
    );

    if !args.no_clippy {
        cargo(&workspace)
            .args(["clippy", "--workspace", "--all-targets", "--quiet"])
            .args(["--", "-D", "warnings"])
            .status()
            .map_err(|e| format!("cannot run cargo clippy: {e}"))?
            .success()
            .then_some(())
            .ok_or("cargo clippy found warnings or errors in the generated crates or tests")?;
    }
    let binaries = build_tests(&workspace)?;

    let coverage_dir = workspace.join("coverage");
    let server = Server::start(&package_dir, &coverage_dir, &workspace.join("server.log"))?;
    let mut before = Coverage::read(&server)?;
    let mut failed = Vec::new();
    let mut rows = Vec::new();
    for c in &covered {
        let binary = binaries
            .get(&c.snake)
            .ok_or_else(|| format!("cargo built no test binary for {}", c.snake))?;
        let output = Command::new(binary)
            .env("AUTOREST_TESTSERVER_URL", server.url())
            // A failing test's message, not pages of backtrace.
            .env("RUST_BACKTRACE", "0")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let summary = stdout
            .lines()
            .rfind(|l| l.starts_with("test result:"))
            .unwrap_or("test result: none")
            .trim_start_matches("test result: ")
            .to_owned();
        if !output.status.success() {
            print!("{stdout}");
            eprint!("{}", String::from_utf8_lossy(&output.stderr));
            failed.push(c.snake.clone());
        }
        let after = Coverage::read(&server)?;
        let hit = after.newly_hit(&before);
        rows.push((c.swagger.clone(), hit.len(), summary));
        before = after;
    }
    drop(server);

    println!("| swagger file | scenarios hit | tests |");
    println!("|---|---|---|");
    for (swagger, hit, summary) in &rows {
        println!("| {swagger} | {hit} | {summary} |");
    }
    eprintln!(
        "testserver: {:.0} s for the whole command",
        started.elapsed().as_secs_f64()
    );
    println!("{}", before.totals_line());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("acceptance tests failed: {}", failed.join(", ")))
    }
}

/// The swagger files of the package that have an acceptance test file,
/// sorted by name; a test file without its swagger file is an error.
fn covered_files(swagger_dir: &Path, tests_dir: &Path) -> Result<Vec<Covered>, String> {
    let mut swaggers = BTreeMap::new();
    for entry in read_dir(swagger_dir)? {
        if let Some(swagger) = entry.strip_suffix(".json") {
            swaggers.insert(snake(swagger), swagger.to_owned());
        }
    }
    let mut covered = Vec::new();
    for entry in read_dir(tests_dir)? {
        let Some(stem) = entry.strip_suffix(".rs") else {
            continue;
        };
        let swagger = swaggers.get(stem).ok_or_else(|| {
            format!(
                "{} names no swagger file of the test server",
                tests_dir.join(&entry).display()
            )
        })?;
        covered.push(Covered {
            swagger: swagger.clone(),
            snake: stem.to_owned(),
        });
    }
    covered.sort_by(|a, b| a.swagger.cmp(&b.swagger));
    Ok(covered)
}

fn read_dir(dir: &Path) -> Result<Vec<String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(names)
}

/// `body-boolean.quirks` → `body_boolean_quirks`.
fn snake(swagger: &str) -> String {
    swagger
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

/// Generates one swagger file into its crate; files already up to date are
/// left alone, so that cargo does not rebuild them.
fn generate(spec: &Path, covered: &Covered, workspace: &Path) -> Result<(), String> {
    let api = azure_codegen::load_api(spec).map_err(|e| e.to_string())?;
    let config = CrateConfig::of_spec(api, spec, Some(covered.crate_name()), None, None);
    let files = emit_crate(&config).map_err(|e| format!("{}: {e}", spec.display()))?;
    let dir = workspace.join(covered.crate_name());
    if compare_tree(&dir, &files)?.is_empty() {
        return Ok(());
    }
    write_crate(&dir, &files)
}

/// The workspace manifest and the acceptance crate, whose test targets are
/// the committed test files.
fn write_workspace(workspace: &Path, tests_dir: &Path, covered: &[Covered]) -> Result<(), String> {
    let mut members: Vec<String> = covered
        .iter()
        .map(|c| format!("{:?}", c.crate_name()))
        .collect();
    members.push("\"acceptance\"".to_owned());
    write_if_changed(
        &workspace.join("Cargo.toml"),
        &format!(
            "# Written by cargo xtask testserver.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )?;
    let mut toml = String::from(ACCEPTANCE_MANIFEST);
    for c in covered {
        toml.push_str(&format!(
            "{} = {{ path = \"../{}\" }}\n",
            c.crate_name(),
            c.crate_name()
        ));
    }
    for c in covered {
        toml.push_str(&format!(
            "\n[[test]]\nname = \"{}\"\npath = {:?}\n",
            c.snake,
            tests_dir
                .join(format!("{}.rs", c.snake))
                .display()
                .to_string()
        ));
    }
    let acceptance = workspace.join("acceptance");
    std::fs::create_dir_all(acceptance.join("src"))
        .map_err(|e| format!("cannot create {}: {e}", acceptance.display()))?;
    write_if_changed(&acceptance.join("Cargo.toml"), &toml)?;
    write_if_changed(
        &acceptance.join("src/lib.rs"),
        "//! Acceptance tests of the generated clients against the AutoRest test server; the tests are in `tests/testserver/tests/` of the repository.\n",
    )?;
    let lock = workspace.join("Cargo.lock");
    if !lock.exists() {
        // The repository's versions of azure_core and the rest.
        std::fs::copy(repo_root().join("Cargo.lock"), &lock)
            .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    }
    Ok(())
}

const ACCEPTANCE_MANIFEST: &str = r#"# Written by cargo xtask testserver.
[package]
name = "autorest_acceptance"
version = "0.0.0"
edition = "2021"
publish = false
autotests = false

[dev-dependencies]
async-trait = "0.1"
azure_core = "1.1"
futures = "0.3"
# A cookie-keeping transport: the retry scenarios tell a retry by a cookie.
reqwest = { version = "0.13", default-features = false, features = ["cookies"] }
serde = "1"
serde_json = "1"
time = { version = "0.3", features = ["macros", "parsing"] }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
"#;

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn cargo(workspace: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", workspace.join("target"));
    command
}

/// Builds the acceptance tests; test target name → its binary.
fn build_tests(workspace: &Path) -> Result<BTreeMap<String, PathBuf>, String> {
    let output = cargo(workspace)
        .args(["test", "-p", "autorest_acceptance", "--no-run", "--quiet"])
        .args(["--message-format", "json"])
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    if !output.status.success() {
        return Err("the acceptance tests do not build".to_owned());
    }
    let mut binaries = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let is_test = message["reason"] == "compiler-artifact"
            && message["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "test"));
        if let (true, Some(name), Some(exe)) = (
            is_test,
            message["target"]["name"].as_str(),
            message["executable"].as_str(),
        ) {
            binaries.insert(name.to_owned(), PathBuf::from(exe));
        }
    }
    Ok(binaries)
}

#[cfg(test)]
mod tests {
    use super::snake;

    #[test]
    fn swagger_names_become_snake_case() {
        assert_eq!(snake("body-boolean.quirks"), "body_boolean_quirks");
        assert_eq!(snake("media_types"), "media_types");
        assert_eq!(
            snake("url-multi-collectionFormat"),
            "url_multi_collectionformat"
        );
    }
}
