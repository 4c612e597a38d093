//! The repository's crate assembly through the library, as `cargo xtask
//! regenerate --check` and `generate` run it, without the binary.

use azure_codegen_tooling::project::DiffFormat;
use codegen_tests::{fixture, project};

#[test]
fn the_committed_crates_are_what_the_manifest_generates() {
    let mut announced = Vec::new();
    let outcomes = project()
        .regenerate(true, |name, _| announced.push(name.to_owned()))
        .unwrap_or_else(|e| panic!("{e}"));
    let project = project();
    let expected: Vec<&str> = project
        .manifest
        .crates
        .iter()
        .map(|c| c.name.as_str())
        .chain(project.manifest.fixtures.iter().map(|f| f.name.as_str()))
        .collect();
    assert_eq!(announced, expected);
    for outcome in &outcomes {
        assert!(outcome.files > 0, "{}", outcome.dir.display());
        assert!(
            outcome.stale.is_empty(),
            "{} is stale: {:?}; run `cargo xtask regenerate`",
            outcome.dir.display(),
            outcome.stale
        );
    }
}

#[test]
fn a_crate_differing_from_its_folder_is_reported_file_by_file() {
    // `generate` writes a crate; checking the manifest crate's files
    // against that folder names what differs, as `--check` does.
    let out = std::env::temp_dir().join(format!("codegen-project-{}", std::process::id()));
    let files = azure_codegen_tooling::project::generate(
        &fixture("emit/minimal.json"),
        &out,
        Some("azure_minimal".into()),
        Some("MinimalClient".into()),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(files.contains_key(std::path::Path::new("src/lib.rs")));
    std::fs::write(out.join("src/lib.rs"), "// edited by hand\n").unwrap();
    let differing = azure_codegen::output::compare_tree(&out, &files).unwrap();
    assert_eq!(differing, vec![std::path::PathBuf::from("src/lib.rs")]);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_spec_that_is_neither_named_nor_a_file_is_refused_with_the_names() {
    let error = project().resolve_spec("no-such-spec").unwrap_err();
    assert!(
        error.contains("'no-such-spec' is neither a spec named in specs/manifest.yaml"),
        "{error}"
    );
    assert!(error.contains("2025-06-01"), "{error}");
}

#[test]
fn the_diff_command_renders_the_library_diff_of_the_named_specs() {
    let project = project();
    let (old, new) = ("2023-11-01.18.0", "2024-02-01.19.0");
    let text = project
        .diff(old, new, DiffFormat::Text, None, None)
        .unwrap_or_else(|e| panic!("{e}"));
    let new_path = project.spec_path(new).unwrap();
    let a = azure_codegen::load_api(&project.spec_path(old).unwrap()).unwrap();
    let b = azure_codegen::load_api(&new_path).unwrap();
    let layout = azure_codegen::diff::Layout {
        title: azure_codegen::diff::title(Some(&new_path), &b),
        date: None,
        reference_url: None,
    };
    let expected = azure_codegen::diff::diff_labelled(old, &a, new, &b)
        .with_layout(layout)
        .to_text();
    assert_eq!(text, expected);
    let markdown = project
        .diff(
            old,
            new,
            DiffFormat::Markdown,
            Some("2025/05/27".into()),
            None,
        )
        .unwrap();
    assert!(markdown.contains("2025/05/27"), "{markdown}");
    assert!(!text.contains("2025/05/27"));
}

#[test]
fn the_blob_comparison_is_generated_as_the_manifest_fixture_is() {
    // The bench's Blob crate is the fixture the tests run, so its figures
    // are that crate's: same spec, client and scope.
    use azure_codegen_tooling::project::bench::official::OfficialCrate;
    let project = project();
    let row = OfficialCrate::BLOB;
    let fixture = project
        .manifest
        .fixtures
        .iter()
        .find(|f| f.name == row.ours)
        .expect("a manifest fixture named as the Blob row's crate");
    let spec = fixture.spec.as_ref().expect("a fixture of one spec");
    assert_eq!(
        project.manifest.specs[spec.as_str()],
        std::path::PathBuf::from(row.spec),
        "the fixture's spec"
    );
    assert_eq!(Some(fixture.client.as_str()), row.client);
    assert_eq!(fixture.scope.as_deref(), row.scope);
    assert_eq!(fixture.usage, None, "a usage section the bench leaves out");
}
