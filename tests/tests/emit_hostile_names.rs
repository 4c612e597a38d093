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
