//! The OpenAPI 3 front end: specs written in OpenAPI 3.0 (JSON) and 3.1
//! (YAML) lower to the IR of the same API written in Swagger 2.0, what the
//! IR cannot hold is a located warning, and bad input a located error.

use azure_codegen::ir::{CollectionFormat, Events, Framing, SecurityScheme, TypeRef};
use codegen_tests::fixture;
use serde_json::Value;

/// The IR as JSON without where each piece was written: pointers and
/// files differ between the formats (`#/definitions/Pet` is
/// `#/components/schemas/Pet`), everything else must not.
fn ir_without_locations(spec: &str) -> Value {
    let api = azure_codegen::load_api(&fixture(spec)).unwrap_or_else(|e| panic!("{e}"));
    let mut json = serde_json::to_value(&api).unwrap();
    strip(&mut json);
    json
}

fn strip(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("pointer");
            map.remove("file");
            map.values_mut().for_each(strip);
        }
        Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

fn assert_same_ir(openapi3: &str) {
    let twin = ir_without_locations("openapi3/swagger.json");
    let lowered = ir_without_locations(openapi3);
    // Compared as text, so a failure shows the lines that differ.
    assert_eq!(
        serde_json::to_string_pretty(&lowered).unwrap(),
        serde_json::to_string_pretty(&twin).unwrap(),
        "{openapi3} lowers to another IR than its Swagger twin"
    );
}

#[test]
fn openapi30_json_lowers_to_the_ir_of_its_swagger_twin() {
    assert_same_ir("openapi3/openapi30.json");
}

#[test]
fn openapi31_yaml_lowers_to_the_ir_of_its_swagger_twin() {
    assert_same_ir("openapi3/openapi31.yaml");
}

/// The twins are not trivially alike: the comparison sees the features the
/// spec is there to exercise.
#[test]
fn the_twin_exercises_what_the_front_end_maps() {
    let api = azure_codegen::load_api(&fixture("openapi3/openapi31.yaml")).unwrap();
    let pet = api.model("Pet");
    let property = |name: &str| pet.properties.iter().find(|p| p.wire_name == name).unwrap();
    assert!(property("nickname").nullable, "type: [string, null]");
    assert!(property("owner").nullable, "anyOf with a null member");
    assert!(property("id").read_only);
    assert_eq!(property("secretCode").mutability.len(), 2, "writeOnly");
    assert!(property("weight").constraints.exclusive_minimum);
    assert!(
        matches!(property("schemaVersion").ty, TypeRef::Enum(_)),
        "const"
    );
    assert_eq!(pet.discriminator.as_deref(), Some("kind"));
    assert_eq!(api.model("Cat").discriminator_value.as_deref(), Some("cat"));
    assert_eq!(api.model("Dog").discriminator_value.as_deref(), Some("Dog"));
    let list = api.operation("Pets_List").unwrap();
    assert_eq!(
        list.parameters[1].collection_format,
        Some(CollectionFormat::Csv)
    );
    assert_eq!(
        list.parameters[2].collection_format,
        Some(CollectionFormat::Multi)
    );
    let upload = api.operation("Pets_UploadPhoto").unwrap();
    let form = upload.body.as_ref().unwrap();
    assert_eq!(form.form_fields.len(), 2);
    assert_eq!(upload.consumes, ["multipart/form-data"]);
    assert_eq!(api.host.template, "{endpoint}/pets/v1");
    assert!(api.host.parameters[0].skip_url_encoding);
    assert!(api
        .operation("Pets_CreateOrReplace")
        .unwrap()
        .long_running
        .is_some());
    assert_eq!(api.model("ErrorResponse").name.client, "ServiceError");
}

#[test]
fn openapi3_hierarchies_servers_and_bearer_tokens() {
    let api = azure_codegen::load_api(&fixture("openapi3/hierarchy.yaml")).unwrap();
    // A oneOf hierarchy: the members become subtypes, valued by the mapping
    // or by their name.
    assert_eq!(api.model("Shape").children, ["Circle", "Square"]);
    assert_eq!(
        api.model("Circle").discriminator_value.as_deref(),
        Some("circle")
    );
    assert_eq!(
        api.model("Square").discriminator_value.as_deref(),
        Some("Square")
    );
    assert_eq!(api.model("Square").parents, ["Shape"]);
    assert!(
        !api.models.contains_key("Label"),
        "a oneOf of scalars is untyped"
    );
    // `https://{region}.shapes.example.com/v2`: scheme, host, base path.
    assert_eq!(api.host.schemes, ["https"]);
    assert_eq!(api.host.template, "{region}.shapes.example.com");
    assert_eq!(api.host.base_path.as_deref(), Some("/v2"));
    assert_eq!(api.host.parameters[0].default, Some("westus".into()));
    assert!(matches!(&api.security[..], [SecurityScheme::OAuth2 { name, .. }] if name == "Bearer"));
    let get = api.operation("Shapes_Get").unwrap();
    assert_eq!(
        get.parameters[1].collection_format,
        Some(CollectionFormat::Pipes)
    );
    // JSON is the body's type; the stream, its items' (a second method).
    assert_eq!(get.produces, ["text/event-stream", "application/json"]);
    assert_eq!(get.responses[0].body, Some(TypeRef::Model("Shape".into())));
    assert_eq!(
        get.responses[0].events,
        Some(Events {
            framing: Framing::ServerSentEvents,
            item: TypeRef::Model("Shape".into()),
        })
    );
    assert_eq!(get.responses[1].events, None);
    // A response that only streams has no document body.
    let export = api.operation("Shapes_Export").unwrap();
    assert_eq!(export.responses[0].body, None);
    assert_eq!(
        export.responses[0].events,
        Some(Events {
            framing: Framing::JsonLines,
            item: TypeRef::Model("Shape".into()),
        })
    );
}

#[test]
fn what_the_ir_cannot_hold_is_a_located_warning() {
    let path = fixture("openapi3/warnings.yaml");
    let (api, warnings) = azure_codegen::load_api_with_warnings(&path).unwrap();
    let at: Vec<String> = warnings.iter().map(|w| w.0.pointer.clone()).collect();
    assert_eq!(
        at,
        [
            "#/webhooks",
            "#/servers/1",
            "#/paths/~1pets/trace",
            "#/paths/~1pets/get/callbacks",
            "#/paths/~1pets/get/parameters/0",
            "#/paths/~1pets/get/responses/200/links",
            "#/paths/~1pets/get/responses/4XX",
            "#/paths/~1pets/post/requestBody/content/multipart~1form-data/encoding/photos",
        ]
    );
    for warning in &warnings {
        let text = warning.to_string();
        assert!(text.contains("warnings.yaml"), "names the file: {text}");
        assert!(text.contains(": warning: "), "{text}");
    }
    // The rest lowers.
    let list = api.operation("ListPets").unwrap();
    assert_eq!(list.parameters.len(), 1);
    assert_eq!(list.responses.len(), 1);
    assert_eq!(api.host.template, "pets.example.com");
    assert_eq!(api.host.base_path.as_deref(), Some("/api"));
    // A JSON-encoded array is one part; another array a part per item.
    let add = api.operation("AddPets").unwrap();
    let fields = &add.body.as_ref().unwrap().form_fields;
    let format = |wire: &str| {
        fields
            .iter()
            .find(|f| f.wire_name == wire)
            .unwrap()
            .collection_format
    };
    assert_eq!(format("tags"), None);
    assert_eq!(
        format("photos"),
        Some(azure_codegen::ir::CollectionFormat::Multi)
    );
}

fn assert_error(name: &str, pointer: &str, words: &str) {
    codegen_tests::assert_load_error(&format!("openapi3/errors/{name}"), pointer, words);
}

#[test]
fn errors_name_the_file_and_pointer() {
    assert_error(
        "bad_version.json",
        "#/openapi",
        "expected an OpenAPI 3.0 or 3.1 document",
    );
    assert_error(
        "bad_style.yaml",
        "#/paths/~1things/get/parameters/0/style",
        "parameter style 'deepObject' is not supported",
    );
    assert_error(
        "dangling_mapping.json",
        "#/components/schemas/Base/discriminator/mapping/a",
        "dangling $ref '#/components/schemas/Missing'",
    );
    assert_error("bad_yaml.yaml", "#", "invalid YAML");
    assert_error(
        "dangling_response.yaml",
        "#/paths/~1things/get/responses/200",
        "dangling $ref '#/components/responses/Nowhere'",
    );
}

/// What `@typespec/openapi3` writes where typespec-autorest writes Swagger's
/// forms: a union of a scalar with some of its values is an open enum (an
/// `x-ms-enum` with `modelAsString: true`), a union of enums a closed one,
/// a plain `enum` closed; its format names (`http-date`, `base64`,
/// `decimal128`, `eTag`) are Swagger's scalars.
#[test]
fn typespec_unions_and_formats_read_as_their_swagger_renderings() {
    use azure_codegen::ir::{DateTimeFormat, Scalar};
    let api = azure_codegen::load_api(&fixture("openapi3/typespec-unions.json")).unwrap();
    let thing = api.model("Thing");
    let ty = |name: &str| {
        thing
            .properties
            .iter()
            .find(|p| p.wire_name == name)
            .unwrap()
            .ty
            .clone()
    };
    let values = |id: &str| -> Vec<String> {
        api.enum_(id)
            .values
            .iter()
            .map(|v| v.value.as_str().unwrap().to_owned())
            .collect()
    };
    let TypeRef::Enum(color) = ty("color") else {
        panic!("an open union is an enum: {:?}", ty("color"));
    };
    assert!(api.enum_(&color).extensible);
    assert_eq!(values(&color), ["red", "blue"]);
    let TypeRef::Enum(direction) = ty("direction") else {
        panic!("a union of enums is an enum: {:?}", ty("direction"));
    };
    assert!(!api.enum_(&direction).extensible);
    assert_eq!(values(&direction), ["left", "right", "up", "down"]);
    let TypeRef::Enum(closed) = ty("closed") else {
        panic!("an enum");
    };
    assert!(
        !api.enum_(&closed).extensible,
        "a plain enum lists every value"
    );
    assert_eq!(ty("either"), TypeRef::Any, "a union of two scalar types");
    assert_eq!(
        ty("when"),
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc7231))
    );
    assert_eq!(ty("data"), TypeRef::Scalar(Scalar::Base64));
    assert_eq!(ty("tag"), TypeRef::Scalar(Scalar::ETag));
    assert_eq!(ty("amount"), TypeRef::Scalar(Scalar::Decimal));
}

/// The committed list of the differences between the Swagger and the
/// OpenAPI 3 renderings of Spector's folders and the specs checkout's
/// TypeSpec projects (docs/openapi3.md, checked by `cargo xtask
/// spector`): every row names a folder of a scenario package or of the
/// checkout, and kinds the check can report.
#[test]
fn the_renderings_list_names_folders_and_known_kinds() {
    use azure_codegen_tooling::project::{renderings, spector};
    let doc = std::fs::read_to_string(codegen_tests::repo_root().join("docs/openapi3.md")).unwrap();
    let listed = renderings::listed(&doc);
    assert!(listed.len() > 10, "{listed:?}");
    for (folder, kinds) in &listed {
        assert!(
            spector::PACKAGES
                .iter()
                .chain([&spector::PROJECTS_PACKAGE])
                .any(|p| folder.starts_with(&format!("{p}/"))),
            "{folder}"
        );
        assert!(!kinds.is_empty(), "{folder} lists no difference");
        for kind in kinds {
            let known = kind.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                || [
                    "openapi3-uncompiled",
                    "openapi3-unloadable",
                    "swagger-unloadable",
                    "openapi3-ungenerated",
                    "swagger-ungenerated",
                    "files",
                    "title",
                    "api-version",
                ]
                .contains(&kind.as_str());
            assert!(known, "{folder}: {kind}");
        }
    }
}
