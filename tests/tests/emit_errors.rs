//! Emission refuses a spec with an error that names the spec file, the JSON
//! pointer of the item at fault and what is wrong, as loading and lowering
//! do: the fuzzer checks every error it sees for both.

use std::path::{Path, PathBuf};

use azure_codegen::emit::{emit_crate, CrateConfig, EmitError};
use serde_json::{json, Value};

/// Emits the spec made of `files` (the first is the root) held in memory.
fn emit(files: &[(&str, Value)]) -> Result<(), EmitError> {
    let dir = PathBuf::from("/in-memory/specs");
    let bytes: Vec<(PathBuf, Vec<u8>)> = files
        .iter()
        .map(|(name, value)| {
            let path = azure_codegen::spec::normalize(&dir.join(name));
            (path, serde_json::to_vec(value).unwrap())
        })
        .collect();
    let read = |path: &Path| -> std::io::Result<Vec<u8>> {
        bytes
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))
    };
    let root = &bytes[0].0;
    let api = azure_codegen::load_api_with(root, &read).unwrap_or_else(|e| panic!("{e}"));
    emit_crate(&CrateConfig::of_spec(api, root, None, None, None)).map(|_| ())
}

fn spec(paths: Value, definitions: Value) -> Value {
    json!({
        "swagger": "2.0",
        "info": { "title": "Clash", "version": "2024-01-01" },
        "host": "example.com",
        "paths": paths,
        "definitions": definitions
    })
}

fn thing() -> Value {
    json!({ "type": "object", "properties": { "id": { "type": "string" } } })
}

fn spec_error(result: Result<(), EmitError>) -> azure_codegen::SpecError {
    match result {
        Err(EmitError::Spec(error)) => error,
        other => panic!("expected a located emit error, got {other:?}"),
    }
}

#[test]
fn a_model_named_like_the_client_is_an_error_at_the_model() {
    let get = json!({ "/things": { "get": { "operationId": "Things_List",
        "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/ClashClient" } } } } } });
    let error = spec_error(emit(&[(
        "clash.json",
        spec(get, json!({ "ClashClient": thing() })),
    )]));
    assert_eq!(error.file, Path::new("/in-memory/specs/clash.json"));
    assert_eq!(error.pointer, "#/definitions/ClashClient");
    assert!(
        error.message.contains("`ClashClient`") && error.message.contains("the client"),
        "{error}"
    );
}

#[test]
fn a_model_named_like_a_headers_trait_is_an_error_at_the_operation() {
    let get = json!({ "/things": { "get": { "operationId": "Things_Get",
        "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Thing" },
            "headers": { "x-ms-request-id": { "type": "string" } } } } } } });
    let definitions = json!({
        "Thing": { "type": "object", "properties": { "headers": { "$ref": "#/definitions/ThingHeaders" } } },
        "ThingHeaders": thing()
    });
    let error = spec_error(emit(&[("clash.json", spec(get, definitions))]));
    assert_eq!(error.file, Path::new("/in-memory/specs/clash.json"));
    assert_eq!(error.pointer, "#/paths/~1things/get");
    assert!(
        error.message.contains("`ThingHeaders`")
            && error.message.contains("Things_Get")
            && error.message.contains("#/definitions/ThingHeaders"),
        "{error}"
    );
}

#[test]
fn an_error_model_in_another_file_whose_trait_takes_a_model_name_is_an_error_in_that_file() {
    let get = json!({ "/things": { "get": { "operationId": "Things_List", "responses": {
        "200": { "description": "ok", "schema": { "$ref": "#/definitions/FailureExt" } },
        "default": { "description": "error", "schema": { "$ref": "../common/types.json#/definitions/Failure" } } } } } });
    let error = spec_error(emit(&[
        ("clash.json", spec(get, json!({ "FailureExt": thing() }))),
        (
            "../common/types.json",
            json!({ "swagger": "2.0", "info": { "title": "t", "version": "1" }, "paths": {},
                    "definitions": { "Failure": thing() } }),
        ),
    ]));
    assert_eq!(error.file, Path::new("/in-memory/common/types.json"));
    assert_eq!(error.pointer, "#/definitions/Failure");
    assert!(
        error.message.contains("`FailureExt`") && error.message.contains("clash.json"),
        "{error}"
    );
}
