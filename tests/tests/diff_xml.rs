//! XML changes on the wire: the Storage-like spec of `tests/specs/xml` is
//! changed in one XML spelling (an element renamed, an attribute becoming
//! an element, a list unwrapped, a namespace added, a body's root renamed)
//! and the diff must report exactly that change at every XML position,
//! breaking on the wire and leaving the Rust API as it is; the same model in
//! a JSON operation (`Container_SetTagsJson`) reports nothing.

use std::path::PathBuf;

use azure_codegen::diff::{diff, ChangeKind, RustEffect};
use codegen_tests::fixture;
use serde_json::{json, Value};

/// (operation, path, kind, breaking on the wire, Rust effect, old, new).
type Row = (String, String, ChangeKind, bool, RustEffect, Value, Value);

fn base() -> Value {
    let text = std::fs::read_to_string(fixture("xml/storage.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn write(name: &str, spec: &Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-diff-xml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(spec).unwrap()).unwrap();
    path
}

/// The changes from the base spec to the base changed by `change`.
fn changes(name: &str, change: impl FnOnce(&mut Value)) -> Vec<Row> {
    let mut new = base();
    change(&mut new);
    let old = azure_codegen::load_api(&write(&format!("{name}-old"), &base())).unwrap();
    let new = azure_codegen::load_api(&write(&format!("{name}-new"), &new)).unwrap();
    diff(&old, &new)
        .changes()
        .map(|(op, c)| {
            let value = |v: &Option<Value>| v.clone().unwrap_or(Value::Null);
            (
                op.to_owned(),
                c.path(),
                c.kind,
                c.breaking_wire,
                c.rust,
                value(&c.old),
                value(&c.new),
            )
        })
        .collect()
}

fn def<'a>(spec: &'a mut Value, name: &str) -> &'a mut Value {
    &mut spec["definitions"][name]
}

/// Each row is an XML change, breaking on the wire, with no Rust effect.
fn assert_xml_only(rows: &[Row]) {
    for row in rows {
        assert_eq!(
            (row.2, row.3, row.4),
            (ChangeKind::XmlChanged, true, RustEffect::None),
            "{row:?}"
        );
    }
}

fn located(rows: &[Row]) -> Vec<(&str, &str)> {
    rows.iter().map(|r| (r.0.as_str(), r.1.as_str())).collect()
}

#[test]
fn element_renamed_in_a_list_item() {
    let rows = changes("element_renamed", |s| {
        def(s, "Tag")["properties"]["Key"]["xml"] = json!({ "name": "TagKey" });
    });
    assert_xml_only(&rows);
    // The XML get and set of tags; not their JSON twin.
    assert_eq!(
        located(&rows),
        [
            ("Container_GetTags", "/responses/200/body/TagSet/[]/Key"),
            ("Container_SetTags", "/body/TagSet/[]/Key"),
        ]
    );
    assert_eq!(rows[0].5["name"], "Key");
    assert_eq!(rows[0].6["name"], "TagKey");
    assert_eq!(rows[0].6["placement"], "element");
}

#[test]
fn attribute_becomes_an_element() {
    let rows = changes("attribute_to_element", |s| {
        def(s, "ListContainersResponse")["properties"]["ServiceEndpoint"]
            .as_object_mut()
            .unwrap()
            .remove("xml");
    });
    assert_xml_only(&rows);
    assert_eq!(
        located(&rows),
        [(
            "Service_ListContainers",
            "/responses/200/body/ServiceEndpoint"
        )]
    );
    assert_eq!(rows[0].5["placement"], "attribute");
    assert_eq!(rows[0].6["placement"], "element");
}

#[test]
fn list_unwrapped() {
    let rows = changes("unwrapped", |s| {
        def(s, "Tags")["properties"]["TagSet"]["xml"] = json!({ "name": "TagSet" });
    });
    assert_xml_only(&rows);
    assert_eq!(
        located(&rows),
        [
            ("Container_GetTags", "/responses/200/body/TagSet"),
            ("Container_SetTags", "/body/TagSet"),
        ]
    );
    assert_eq!(rows[0].5["placement"], "wrapped_list");
    assert_eq!(rows[0].6["placement"], "unwrapped_list");
}

#[test]
fn namespace_added_to_a_model() {
    let rows = changes("namespace", |s| {
        def(s, "Tags")["xml"] = json!({
            "name": "Tags",
            "namespace": "https://schemas.example.com/tags",
            "prefix": "t",
        });
    });
    assert_xml_only(&rows);
    // The model's namespace at each XML position, and the root element
    // now written with its prefix.
    assert_eq!(
        located(&rows),
        [
            ("Container_GetTags", "/responses/200/body"),
            ("Container_GetTags", "/responses/200/body"),
            ("Container_SetTags", "/body"),
            ("Container_SetTags", "/body"),
        ]
    );
    assert_eq!(rows[0].6["element"], "t:Tags");
    assert_eq!(rows[1].6["namespace"], "https://schemas.example.com/tags");
}

#[test]
fn root_element_renamed() {
    let rows = changes("root_renamed", |s| {
        def(s, "ListContainersResponse")["xml"] = json!({ "name": "Enumeration" });
    });
    assert_xml_only(&rows);
    assert_eq!(
        located(&rows),
        [("Service_ListContainers", "/responses/200/body")]
    );
    assert_eq!(rows[0].5["element"], "EnumerationResults");
    assert_eq!(rows[0].6["element"], "Enumeration");
}

#[test]
fn an_xml_object_spelling_the_default_is_no_change() {
    let rows = changes("default_spelled", |s| {
        def(s, "Tag")["properties"]["Value"]["xml"] = json!({ "name": "Value" });
    });
    assert_eq!(rows, []);
}
