//! Names that are not identifiers, or are Rust keywords, still emit code
//! that parses: every identifier the emitter writes comes from `naming`.
//! Found by `cargo xtask fuzz` (an operation id `%2F` panicked in `quote`).

use azure_codegen::emit::{emit_crate, CrateConfig};
use codegen_tests::fixture;

#[test]
fn operation_ids_and_model_names_that_are_not_identifiers_emit_parsable_code() {
    let spec = fixture("emit/hostile_names.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let files = emit_crate(&CrateConfig::of_spec(api, &spec, None, None, None))
        .unwrap_or_else(|e| panic!("{e}"));
    for (path, text) in &files {
        if path.extension().is_some_and(|e| e == "rs") {
            syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
    let options = &files[std::path::Path::new("src/v2024_01_01/options.rs")];
    for name in ["pub struct V2fOptions", "pub struct V1PutOptions"] {
        assert!(options.contains(name), "{name} in:\n{options}");
    }
    let errors = &files[std::path::Path::new("src/v2024_01_01/errors.rs")];
    assert!(errors.contains("fn self_(&self)"), "{errors}");
}

/// Found by `cargo xtask fuzz`: an `info.version` of 42,571 characters gave
/// a module folder name the file system refused (over 255 bytes), so a crate
/// generated in memory could not be written.
#[test]
fn a_huge_api_version_gives_a_module_folder_that_can_be_written() {
    let version = "9".repeat(42_571);
    let spec = serde_json::json!({
        "swagger": "2.0",
        "info": { "title": "Huge version", "version": version },
        "paths": {},
        "definitions": { "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } }
    });
    let path = fixture("emit/in-memory-huge-version.json");
    let bytes = serde_json::to_vec(&spec).unwrap();
    let api = azure_codegen::load_api_with(&path, &|_| Ok(bytes.clone())).unwrap();
    let config = CrateConfig::of_spec(api, &path, None, None, None);
    let module = &config.modules[0].module;
    assert!(
        module.len() <= azure_codegen::emit::MAX_MODULE_NAME,
        "{}",
        module.len()
    );
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let out = std::env::temp_dir().join(format!("huge-version-{}", std::process::id()));
    let written = azure_codegen::output::write_crate(&out, &files);
    let _ = std::fs::remove_dir_all(&out);
    written.unwrap();
}
