//! The work of `cargo xtask testserver` and `corpus` through the library,
//! without the binary, node or clippy: which files they take, and the
//! scratch workspaces they write.

use std::path::{Path, PathBuf};

use azure_codegen_tooling::project::corpus;
use azure_codegen_tooling::project::scratch::{self, Member};
use azure_codegen_tooling::project::testserver::{self, Covered};
use codegen_tests::{fixture, repo_root};

/// An empty scratch folder of this test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-commands-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn touch(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn testserver_covers_the_swagger_files_that_have_a_test_file() {
    let dir = scratch("covered");
    let (swagger, tests) = (dir.join("swagger"), dir.join("tests"));
    for name in ["url.json", "body-boolean.quirks.json", "body-string.json"] {
        touch(&swagger.join(name), "{}");
    }
    touch(&tests.join("url.rs"), "");
    touch(&tests.join("body_boolean_quirks.rs"), "");
    touch(&tests.join("README.md"), "");
    let covered = testserver::covered_files(&swagger, &tests).unwrap();
    let names: Vec<(&str, &str)> = covered
        .iter()
        .map(|c| (c.swagger.as_str(), c.snake.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("body-boolean.quirks", "body_boolean_quirks"),
            ("url", "url")
        ]
    );

    touch(&tests.join("no_such_file.rs"), "");
    let error = testserver::covered_files(&swagger, &tests).unwrap_err();
    assert!(
        error.ends_with("no_such_file.rs names no swagger file of the test server"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn testserver_workspace_has_one_crate_per_swagger_file_and_the_acceptance_tests() {
    let dir = scratch("workspace");
    let workspace = dir.join("ws");
    let tests = dir.join("tests");
    let covered = [
        Covered {
            swagger: "body-boolean".into(),
            snake: "body_boolean".into(),
        },
        Covered {
            swagger: "url".into(),
            snake: "url".into(),
        },
    ];
    let lock = repo_root().join("Cargo.lock");
    let members: Vec<Member> = covered
        .iter()
        .map(|c| Member {
            crate_name: c.crate_name(),
            features: Vec::new(),
        })
        .collect();
    let test_files = testserver::test_files(&tests, &covered);
    scratch::write_workspace(
        &workspace,
        testserver::ACCEPTANCE,
        &members,
        &test_files,
        &lock,
    )
    .unwrap();

    let manifest = read(&workspace.join("Cargo.toml"));
    assert!(
        manifest.contains(r#"members = ["autorest_body_boolean", "autorest_url", "acceptance"]"#),
        "{manifest}"
    );
    let acceptance = read(&workspace.join("acceptance/Cargo.toml"));
    assert!(
        acceptance.contains("autorest_url = { path = \"../autorest_url\" }\n"),
        "{acceptance}"
    );
    let url_test = format!(
        "[[test]]\nname = \"url\"\npath = {:?}\n",
        tests.join("url.rs").display().to_string()
    );
    assert!(acceptance.contains(&url_test), "{acceptance}");
    assert_eq!(acceptance.matches("[[test]]").count(), 2, "{acceptance}");
    assert_eq!(read(&workspace.join("Cargo.lock")), read(&lock));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn testserver_generates_each_swagger_file_into_its_prefixed_crate() {
    let dir = scratch("generate");
    let covered = Covered {
        swagger: "minimal".into(),
        snake: "minimal".into(),
    };
    let member = testserver::generate(&fixture("emit/minimal.json"), &covered, &dir).unwrap();
    assert_eq!(member.crate_name, "autorest_minimal");
    assert!(member.features.is_empty());
    let manifest = read(&dir.join("autorest_minimal/Cargo.toml"));
    assert!(
        manifest.contains("name = \"autorest_minimal\""),
        "{manifest}"
    );
    assert!(dir.join("autorest_minimal/src/lib.rs").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn corpus_selects_the_swagger_2_and_openapi_3_files_of_data_plane_folders() {
    let root = scratch("select");
    let swagger2 = r#"{"swagger": "2.0", "info": {}}"#;
    let spec = |rel: &str| root.join("specification").join(rel);
    touch(&spec("a/data-plane/A/stable/1/a.json"), swagger2);
    touch(
        &spec("a/data-plane/A/stable/1/openapi.json"),
        r#"{"openapi": "3.0.0"}"#,
    );
    // Shared definitions, no document of their own.
    touch(
        &spec("a/data-plane/A/stable/1/common.json"),
        r#"{"definitions": {}}"#,
    );
    touch(&spec("a/data-plane/A/stable/1/examples/get.json"), swagger2);
    touch(&spec("b/resource-manager/B/stable/1/b.json"), swagger2);
    touch(&spec("b/data-plane/B/stable/1/b.json"), swagger2);

    let relative = |specs: Vec<PathBuf>| -> Vec<String> {
        specs
            .iter()
            .map(|p| p.strip_prefix(&root).unwrap().display().to_string())
            .collect()
    };
    assert_eq!(
        relative(corpus::select(&root, None)),
        [
            "specification/a/data-plane/A/stable/1/a.json",
            "specification/a/data-plane/A/stable/1/openapi.json",
            "specification/b/data-plane/B/stable/1/b.json"
        ]
    );
    assert_eq!(
        relative(corpus::select(&root, Some("b/data-plane"))),
        ["specification/b/data-plane/B/stable/1/b.json"]
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn corpus_generates_a_crate_per_spec_and_notes_those_that_fail() {
    let dir = scratch("corpus");
    let root = fixture("");
    let specs = [
        fixture("emit/minimal.json"),
        fixture("errors/dangling_ref.json"),
    ];
    let generated = corpus::generate_all(&root, &specs, &dir);
    let members: Vec<(&str, &str)> = generated
        .members
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(members, [("spec001", "emit/minimal.json")]);
    assert!(dir.join("spec001/Cargo.toml").is_file());
    assert!(!dir.join("spec002").exists());
    let problem = &generated.problems["errors/dangling_ref.json"];
    assert!(problem.starts_with("generation: "), "{problem}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bench_compares_autorust_with_our_module_of_the_same_api_version() {
    // AutoRust's package_2024_02 is Batch 2024-02-01.19.0: the figure
    // beside it is our v2024_02_01, not the crate's default module.
    let dir = scratch("autorust");
    touch(&dir.join("src/package_2024_02/mod.rs"), "a\nb\n");
    touch(&dir.join("src/package_2024_02/models.rs"), "c\n");
    touch(&dir.join("src/package_2025_06/mod.rs"), "d\n");
    let project = codegen_tests::project();
    let comparison = project
        .bench_autorust(&dir, 1, false)
        .unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        (
            comparison.ours.module.as_str(),
            comparison.ours.feature.as_str()
        ),
        ("v2024_02_01", "v2024-02-01")
    );
    assert_eq!(comparison.theirs_lines, 3);
    let committed: usize = walk(&repo_root().join("generated/azure_batch/src/v2024_02_01"));
    assert_eq!(comparison.ours.lines, committed);
    assert!(comparison.check.is_none());
}

/// Lines of every file under `dir`.
fn walk(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path)
            } else {
                read(&path).lines().count()
            }
        })
        .sum()
}

/// Conformance of a spec whose bodies and array parameters are values with
/// an encoding of their own (dates, date-times, bytes): the generated
/// dispatch reads the example's values and writes the client's answers
/// through the crate's own encodings, so a right client passes. Written
/// back with serde, a `time::Date` is `[2024, 360]` and bytes are numbers,
/// and both cases fail.
#[test]
fn conformance_reads_and_writes_encoded_values_as_the_crate_does() {
    let spec = repo_root().join("tests/specs/wire/values/values.json");
    let outcome = codegen_tests::project()
        .conformance(&spec, None, None, None, None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.passed, "{}", outcome.report.join("\n"));
    assert_eq!(
        outcome.summary(),
        "conformance: 2 passed, 0 failed, 0 skipped"
    );
}
