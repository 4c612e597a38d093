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
    for name in [
        "pub struct HostileNamesClientN2fOptions",
        "pub struct HostileNamesClientN1PutOptions",
    ] {
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

/// Found by the fuzzer's clippy sample: a model named `Response` is
/// `Response_` (the name is azure_core's), and its hierarchy's base struct
/// was `Response_Base`, which breaks `non_camel_case_types`. Every name made
/// of a type name and a suffix drops the escape first: base structs, header
/// and error traits, options structs, the client.
#[test]
fn names_made_from_escaped_type_names_stay_upper_camel_case() {
    let object =
        |props: serde_json::Value| serde_json::json!({ "type": "object", "properties": props });
    let spec = serde_json::json!({
        "swagger": "2.0",
        "info": { "title": "Self", "version": "2024-01-01" },
        "host": "example.com",
        "paths": { "/things": { "get": { "operationId": "Self",
            "responses": {
                "200": { "description": "ok", "schema": { "$ref": "#/definitions/Response" },
                         "headers": { "x-ms-request-id": { "type": "string" } } },
                "default": { "description": "error", "schema": { "$ref": "#/definitions/Result" } } } } } },
        "definitions": {
            "Response": { "type": "object", "discriminator": "kind", "required": ["kind"],
                          "properties": { "kind": { "type": "string" } } },
            "Cat": { "allOf": [{ "$ref": "#/definitions/Response" }], "x-ms-discriminator-value": "cat",
                     "properties": { "lives": { "type": "integer" } } },
            "Result": object(serde_json::json!({ "code": { "type": "string" } }))
        }
    });
    let path = fixture("emit/in-memory-escaped-names.json");
    let bytes = serde_json::to_vec(&spec).unwrap();
    let api = azure_codegen::load_api_with(&path, &|_| Ok(bytes.clone())).unwrap();
    let files = emit_crate(&CrateConfig::of_spec(api, &path, None, None, None))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut names = Vec::new();
    for (path, text) in &files {
        if path.extension().is_some_and(|e| e == "rs") {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            names.extend(file.items.iter().filter_map(|item| match item {
                syn::Item::Struct(s) => Some(s.ident.to_string()),
                syn::Item::Enum(e) => Some(e.ident.to_string()),
                syn::Item::Trait(t) => Some(t.ident.to_string()),
                _ => None,
            }));
        }
    }
    for expected in [
        "ResponseBase",
        "SelfClientSelfOptions",
        "ResponseHeaders",
        "ResultExt",
        "SelfClient",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "no {expected} in {names:?}"
        );
    }
    let not_camel: Vec<&String> = names.iter().filter(|n| !is_camel_case(n)).collect();
    assert!(not_camel.is_empty(), "{not_camel:?}");
}

/// rustc's `non_camel_case_types` rule: a trailing `_` is allowed, an `_`
/// beside a letter is not.
fn is_camel_case(name: &str) -> bool {
    let name = name.trim_matches('_');
    let chars: Vec<char> = name.chars().collect();
    !name.starts_with(char::is_lowercase)
        && !name.contains("__")
        && !chars
            .windows(2)
            .any(|w| (w[0].is_alphabetic() && w[1] == '_') || (w[0] == '_' && w[1].is_alphabetic()))
}
