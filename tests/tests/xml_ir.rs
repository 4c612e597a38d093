//! XML in the IR: Swagger 2.0's `xml` object and `x-ms-text` on schemas
//! and properties (through `$ref`s), an operation's body format from its
//! media types, and Storage's `x-ms-header-collection-prefix`, lowered
//! from `tests/specs/xml/storage.json`.

use azure_codegen::ir::{Api, BodyFormat, TypeRef, Xml};
use codegen_tests::fixture;

fn api() -> Api {
    azure_codegen::load_api(&fixture("xml/storage.json")).unwrap_or_else(|e| panic!("{e}"))
}

fn named(name: &str) -> Option<String> {
    Some(name.to_owned())
}

fn property_xml(api: &Api, model: &str, property: &str) -> Option<Xml> {
    api.model(model)
        .properties
        .iter()
        .find(|p| p.wire_name == property)
        .unwrap_or_else(|| panic!("{model}.{property}"))
        .xml
        .clone()
}

#[test]
fn a_model_has_its_element_name_and_namespace() {
    let api = api();
    assert_eq!(
        api.model("ListContainersResponse").xml,
        Some(Xml {
            name: named("EnumerationResults"),
            ..Xml::default()
        })
    );
    assert_eq!(
        api.model("BlockLookupList").xml,
        Some(Xml {
            name: named("BlockList"),
            namespace: named("https://shelves.example.com/blocks"),
            prefix: named("b"),
            ..Xml::default()
        })
    );
    // No `xml` object: nothing, the definition's name is the emitter's default.
    assert_eq!(api.model("ContainerProperties").xml, None);
}

#[test]
fn properties_are_attributes_text_and_wrapped_or_unwrapped_lists() {
    let api = api();
    assert_eq!(
        property_xml(&api, "ListContainersResponse", "ServiceEndpoint"),
        Some(Xml {
            attribute: true,
            ..Xml::default()
        })
    );
    assert_eq!(
        property_xml(&api, "BlobName", "content"),
        Some(Xml {
            text: true,
            ..Xml::default()
        })
    );
    assert_eq!(
        property_xml(&api, "BlobName", "Encoded"),
        Some(Xml {
            name: named("Encoded"),
            attribute: true,
            ..Xml::default()
        })
    );
    // A wrapped list: its own element name, its items' from the `$ref`'d
    // model.
    assert_eq!(
        property_xml(&api, "ListContainersResponse", "ContainerItems"),
        Some(Xml {
            name: named("Containers"),
            wrapped: true,
            items: Some(Box::new(Xml {
                name: named("Container"),
                ..Xml::default()
            })),
            ..Xml::default()
        })
    );
    // An unwrapped list of strings whose items are named.
    assert_eq!(
        property_xml(&api, "BlockLookupList", "Committed"),
        Some(Xml {
            items: Some(Box::new(Xml {
                name: named("Committed"),
                ..Xml::default()
            })),
            ..Xml::default()
        })
    );
    // A map property takes its element name from the `$ref`'d schema.
    assert_eq!(
        property_xml(&api, "ContainerItem", "Metadata"),
        Some(Xml {
            name: named("Metadata"),
            ..Xml::default()
        })
    );
    let metadata = api
        .model("ContainerItem")
        .properties
        .iter()
        .find(|p| p.wire_name == "Metadata")
        .unwrap();
    assert_eq!(metadata.ty, TypeRef::Map(Box::new(TypeRef::string())));
    // A property without any `xml` says nothing.
    assert_eq!(property_xml(&api, "ContainerItem", "Name"), None);
}

#[test]
fn a_body_that_is_a_wrapped_array_names_its_root_and_items() {
    let api = api();
    let op = api.operation("Container_GetAccessPolicy").unwrap();
    let ok = op.responses.iter().find(|r| !r.is_error).unwrap();
    assert_eq!(
        ok.xml,
        Some(Xml {
            name: named("SignedIdentifiers"),
            wrapped: true,
            items: Some(Box::new(Xml {
                name: named("SignedIdentifier"),
                ..Xml::default()
            })),
            ..Xml::default()
        })
    );
    let set = api.operation("Container_SetTags").unwrap();
    assert_eq!(
        set.body.as_ref().unwrap().xml,
        Some(Xml {
            name: named("Tags"),
            ..Xml::default()
        })
    );
}

#[test]
fn operations_take_their_body_format_from_their_media_types() {
    let api = api();
    let list = api.operation("Service_ListContainers").unwrap();
    assert_eq!(list.request_format, BodyFormat::Xml);
    assert_eq!(list.response_format, BodyFormat::Xml);
    // `consumes`/`produces` of the operation replace the document's.
    let json = api.operation("Container_SetTagsJson").unwrap();
    assert_eq!(json.request_format, BodyFormat::Json);
    assert_eq!(json.response_format, BodyFormat::Json);
    assert_eq!(
        BodyFormat::of(&["application/json".into(), "application/xml".into()]),
        BodyFormat::Json,
        "JSON wins where both are offered"
    );
    assert_eq!(
        BodyFormat::of(&["text/xml; charset=utf-8".into()]),
        BodyFormat::Xml
    );
    assert_eq!(
        BodyFormat::of(&["application/atom+xml".into()]),
        BodyFormat::Xml
    );
    assert_eq!(
        BodyFormat::of(&["application/octet-stream".into()]),
        BodyFormat::Json
    );
}

#[test]
fn header_collections_keep_their_prefix() {
    let api = api();
    let set = api.operation("Container_SetMetadata").unwrap();
    let meta = set
        .parameters
        .iter()
        .find(|p| p.wire_name == "x-ms-meta")
        .unwrap();
    assert_eq!(meta.header_collection_prefix.as_deref(), Some("x-ms-meta-"));
    assert_eq!(meta.ty, TypeRef::Map(Box::new(TypeRef::string())));
    let get = api.operation("Container_GetMetadata").unwrap();
    let header = &get.responses[0].headers[0];
    assert_eq!(
        header.header_collection_prefix.as_deref(),
        Some("x-ms-meta-")
    );
    assert_eq!(header.ty, TypeRef::Map(Box::new(TypeRef::string())));
}

#[test]
fn a_json_spec_has_no_xml() {
    let api = azure_codegen::load_api(&fixture("emit/minimal.json")).unwrap();
    assert!(api.models.values().all(|m| m.xml.is_none()));
    assert!(api
        .operations
        .iter()
        .all(|o| o.request_format == BodyFormat::Json && o.response_format == BodyFormat::Json));
}
