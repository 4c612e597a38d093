//! The loader on small specs written for the purpose: BOM, cross-file refs
//! with escaped pointers, refs to refs, self-containing models, x-ms-paths,
//! and a clear error (file, JSON pointer, what is wrong) for each kind of
//! bad input.

use azure_codegen::ir::{DateTimeFormat, ParamScope, PathSegment, Scalar, TypeRef};
use codegen_tests::fixture;

fn fixture_api() -> azure_codegen::ir::Api {
    azure_codegen::load_api(&fixture("loader/v1/api.json")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn reads_a_file_with_a_byte_order_mark() {
    let bytes = std::fs::read(fixture("loader/v1/api.json")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the fixture must keep its BOM"
    );
    assert_eq!(fixture_api().title, "Loader fixture");
}

#[test]
fn follows_refs_into_other_files_with_escaped_pointers() {
    let api = fixture_api();
    let get = api.operation("Items_Get").unwrap();
    let item_id = &get.parameters[0];
    assert_eq!(item_id.wire_name, "itemId");
    assert_eq!(
        item_id.scope,
        ParamScope::Method,
        "x-ms-parameter-location from the other file"
    );
    let error = get
        .responses
        .iter()
        .find(|r| !r.status.is_success())
        .unwrap();
    let Some(TypeRef::Model(id)) = &error.body else {
        panic!("error body is a model")
    };
    assert_eq!(
        id, "Error/Response",
        "`~1` in the pointer is `/` in the name"
    );
    assert_eq!(api.model(id).origin.file, "../common/types.json");
    assert_eq!(api.model(id).name.rust, "ErrorResponse");
}

/// A spec given by a path relative to the current folder (`spec.json`, as
/// `azure-codegen generate spec.json` is run) whose reference climbs two
/// folders up reads that file, not one of the same name below.
#[test]
fn a_relative_spec_path_follows_refs_above_the_current_folder() {
    let spec = serde_json::json!({
        "swagger": "2.0",
        "info": { "title": "Widgets", "version": "2024-01-01" },
        "paths": { "/things": { "get": {
            "operationId": "Things_Get",
            "responses": { "200": {
                "description": "ok",
                "schema": { "$ref": "../../common/types.json#/definitions/Thing" }
            } }
        } } }
    });
    let common = serde_json::json!({
        "definitions": { "Thing": { "type": "object", "properties": { "a": { "type": "string" } } } }
    });
    let files = [
        (std::path::PathBuf::from("spec.json"), spec.to_string()),
        (
            std::path::PathBuf::from("../../common/types.json"),
            common.to_string(),
        ),
    ];
    let read = |path: &std::path::Path| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, text)| text.clone().into_bytes())
            .ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::NotFound, path.display().to_string())
            })
    };
    let api = azure_codegen::load_api_with(std::path::Path::new("spec.json"), &read)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(api
        .models
        .values()
        .any(|m| m.origin.file == "../../common/types.json"));
}

#[test]
fn a_self_containing_model_and_a_ref_to_a_ref_load() {
    let api = fixture_api();
    let node = api.model("Node");
    let children = node
        .properties
        .iter()
        .find(|p| p.wire_name == "children")
        .unwrap();
    assert_eq!(
        children.ty,
        TypeRef::Array(Box::new(TypeRef::Model("Node".into())))
    );
    let parent = node
        .properties
        .iter()
        .find(|p| p.wire_name == "parent")
        .unwrap();
    assert_eq!(
        parent.ty,
        TypeRef::Model("Node".into()),
        "NodeAlias is a ref to Node"
    );
    assert!(
        node.properties
            .iter()
            .find(|p| p.wire_name == "secret")
            .unwrap()
            .secret
    );
    assert!(
        node.properties
            .iter()
            .find(|p| p.wire_name == "passphrase")
            .unwrap()
            .secret,
        "TypeSpec's @secret is written as format: password"
    );
    assert!(node.properties[0].required);
}

#[test]
fn inline_schemas_get_names_from_where_they_sit() {
    let api = fixture_api();
    let node = api.model("Node");
    let settings = node
        .properties
        .iter()
        .find(|p| p.wire_name == "settings")
        .unwrap();
    assert_eq!(settings.ty, TypeRef::Model("NodeSettings".into()));
    assert!(api.model("NodeSettings").origin.anonymous);
    let tags = node
        .properties
        .iter()
        .find(|p| p.wire_name == "tags")
        .unwrap();
    assert_eq!(tags.ty, TypeRef::Map(Box::new(TypeRef::string())));
    let kind = node
        .properties
        .iter()
        .find(|p| p.wire_name == "type")
        .unwrap();
    assert_eq!(kind.name.rust, "type_", "keywords are escaped");
    assert_eq!(kind.ty, TypeRef::Enum("NodeKind".into()));
    assert!(!api.enum_("NodeKind").extensible);
}

#[test]
fn x_ms_paths_keep_their_fixed_query() {
    let api = fixture_api();
    let reset = api.operation("Items_Reset").unwrap();
    assert_eq!(reset.path.template, "/items");
    assert_eq!(
        reset.path.fixed_query,
        [("op".to_owned(), "reset".to_owned())]
    );
    let get = api.operation("Items_Get").unwrap();
    assert_eq!(
        get.path.segments,
        [
            PathSegment::Literal("/items/".into()),
            PathSegment::Param("itemId".into())
        ]
    );
}

#[test]
fn parameters_keep_their_wire_details() {
    let api = fixture_api();
    let list = api.operation("Items_List").unwrap();
    let max = list
        .parameters
        .iter()
        .find(|p| p.wire_name == "maxresults")
        .unwrap();
    assert_eq!(max.name.client, "maxResults");
    assert_eq!(max.name.rust, "max_results");
    assert_eq!(max.group.as_deref(), Some("ItemsListOptions"));
    assert_eq!(max.default, Some(serde_json::json!(1000)));
    let select = list
        .parameters
        .iter()
        .find(|p| p.wire_name == "$select")
        .unwrap();
    assert_eq!(
        select.collection_format,
        Some(azure_codegen::ir::CollectionFormat::Csv)
    );
    let version = list
        .parameters
        .iter()
        .find(|p| p.wire_name == "api-version")
        .unwrap();
    assert!(version.api_version);
    assert_eq!(version.scope, ParamScope::Client);
    let get = api.operation("Items_Get").unwrap();
    let last_modified = &get.responses[0].headers[1];
    assert_eq!(
        last_modified.ty,
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc7231))
    );
    assert_eq!(get.responses[0].headers[0].name.rust, "etag");
    assert_eq!(api.host.parameters[0].wire_name, "endpoint");
    assert!(!api.host.use_scheme_prefix);
}

/// Loads a bad fixture and returns its error message.
fn error_of(name: &str) -> String {
    match azure_codegen::load_api(&fixture(&format!("errors/{name}"))) {
        Ok(_) => panic!("{name} should not load"),
        Err(e) => e.to_string(),
    }
}

fn assert_error(name: &str, pointer: &str, words: &str) {
    codegen_tests::assert_load_error(&format!("errors/{name}"), pointer, words);
}

#[test]
fn bad_json_names_the_line() {
    assert_error(
        "bad_json.json",
        "#",
        "invalid JSON: EOF while parsing an object at line 6",
    );
}

#[test]
fn a_dangling_ref_names_where_it_is_written() {
    assert_error(
        "dangling_ref.json",
        "#/definitions/Foo/properties/bar",
        "dangling $ref '#/definitions/Missing'",
    );
}

#[test]
fn a_cycle_of_refs_is_an_error() {
    assert_error(
        "ref_cycle.json",
        "#/definitions/A",
        "$ref cycle: #/definitions/A -> #/definitions/B -> #/definitions/A",
    );
}

#[test]
fn a_missing_file_names_the_referrer() {
    assert_error(
        "missing_file.json",
        "#/definitions/Foo/properties/bar",
        "cannot read",
    );
    assert!(error_of("missing_file.json").contains("no-such-file.json"));
}

#[test]
fn an_unsupported_type_says_what_was_expected() {
    assert_error(
        "unsupported_type.json",
        "#/definitions/Foo/properties/bar",
        "unsupported schema type 'tuple': expected string, integer, number, boolean, array, object or file",
    );
}

#[test]
fn a_parameter_in_an_unknown_place_is_an_error() {
    assert_error(
        "bad_parameter.json",
        "#/paths/~1a/get/parameters/0",
        "parameter \"in\" is 'cookie'",
    );
}

#[test]
fn a_version_neither_swagger_2_nor_openapi_3_is_refused() {
    // OpenAPI 3 goes to its own front end (tests/tests/openapi3.rs).
    assert_error(
        "swagger_1_2.json",
        "#",
        "expected a Swagger 2.0 document (\"swagger\": \"2.0\"), found \"swagger\": \"1.2\"",
    );
}

// Found by `cargo xtask fuzz`: each of these overflowed the stack.

#[test]
fn models_that_extend_each_other_are_an_error() {
    assert_error(
        "allof_cycle.json",
        "#/definitions/A/allOf/0",
        "allOf cycle: 'A' extends 'B', which extends 'A'",
    );
}

#[test]
fn a_model_that_extends_itself_is_an_error() {
    assert_error(
        "allof_self.json",
        "#/definitions/A/allOf/0",
        "allOf cycle: 'A' extends 'A'",
    );
}

#[test]
fn a_schema_made_of_itself_through_arrays_and_maps_is_an_error() {
    assert_error(
        "array_of_itself.json",
        "#/definitions/Tree",
        "schema 'Tree' contains itself through arrays or maps only",
    );
}

/// `x-nullable` on map values and array items (real-world case
/// `10-nullable-map-values`): the value or item is nullable, so a `null`
/// entry is read as `None` instead of failing the whole response.
#[test]
fn nullable_map_values_and_array_items() {
    let spec = codegen_tests::repo_root().join("../shared/cases/10-nullable-map-values/spec.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let thing = api.model("Thing");
    let ty = |name: &str| {
        &thing
            .properties
            .iter()
            .find(|p| p.wire_name == name)
            .unwrap()
            .ty
    };
    let nullable = |ty: TypeRef| TypeRef::Nullable(Box::new(ty));
    assert_eq!(
        ty("labels"),
        &TypeRef::Map(Box::new(nullable(TypeRef::string())))
    );
    assert_eq!(
        ty("scores"),
        &TypeRef::Array(Box::new(nullable(TypeRef::Scalar(
            azure_codegen::ir::Scalar::Int32
        ))))
    );
    assert_eq!(ty("scores").display_name(), "int32?[]");
}

/// A spec value spelled like the variant every enum gets for unknown
/// values (real-world case `02-enum-unknownvalue-collision`) steps aside.
#[test]
fn enum_values_named_unknown_value_step_aside() {
    let spec =
        codegen_tests::repo_root().join("../shared/cases/02-enum-unknownvalue-collision/spec.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    for e in api.enums.values() {
        assert!(
            e.values.iter().all(|v| v.name.rust != "UnknownValue"),
            "{:?}",
            e.values
        );
    }
    let state = api
        .enums
        .values()
        .find(|e| e.name.rust == "ProbeState")
        .unwrap();
    let names: Vec<&str> = state.values.iter().map(|v| v.name.rust.as_str()).collect();
    assert!(names.contains(&"UnknownValue2"), "{names:?}");
}

#[test]
fn a_pageable_whose_items_are_not_where_it_says_is_a_plain_operation_and_a_warning() {
    let path = fixture("loader/nested-page.json");
    let (api, warnings) = azure_codegen::load_api_with_warnings(&path).unwrap();
    // `itemName: pets` names no property of the page (they are nested under
    // `nestedItems`): no pager could yield them.
    assert!(api.operation("Pets_List").unwrap().pageable.is_none());
    let at: Vec<&str> = warnings.iter().map(|w| w.0.pointer.as_str()).collect();
    assert_eq!(at, ["#/paths/~1pets/get/x-ms-pageable"]);
    assert!(
        warnings[0].to_string().contains("Pets_List"),
        "{}",
        warnings[0]
    );
    // One array property under another name than the default `value`
    // still holds the items.
    let cats = api
        .operation("Cats_List")
        .unwrap()
        .pageable
        .as_ref()
        .unwrap();
    assert_eq!(cats.item_name, "cats");
}
