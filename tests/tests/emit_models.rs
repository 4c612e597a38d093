//! Names the emitter adds itself, and what steps aside from them. Emitted
//! models keep every JSON property: the spec's own, the catch-all
//! `additional_properties` for what it does not define (typed where the
//! spec declares `additionalProperties`), and a spec property named like
//! the catch-all steps aside rather than clash.

use azure_codegen::emit::{emit_crate, CrateConfig, ModuleConfig};
use codegen_tests::fixture;
use quote::ToTokens;

/// Field name → type (as tokens) of each field of the struct `name` in the
/// emitted `models.rs`.
fn fields_of(name: &str) -> Vec<(String, String)> {
    let spec = fixture("emit/catch_all.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let module = ModuleConfig::named_after_version(api, spec.display().to_string(), None);
    let config = CrateConfig::single_module(
        "azure_catalog".into(),
        "0.1.0".into(),
        "Catalog".into(),
        "CatalogClient".into(),
        module,
    );
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let (_, models) = files
        .iter()
        .find(|(path, _)| path.ends_with("models.rs"))
        .expect("a models file");
    let file = syn::parse_file(models).expect("models.rs parses");
    let item = file
        .items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no struct {name}"));
    item.fields
        .iter()
        .map(|f| {
            (
                f.ident.as_ref().expect("named fields").to_string(),
                f.ty.to_token_stream().to_string().replace(' ', ""),
            )
        })
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, ty)| ty.as_str())
        .unwrap_or_else(|| panic!("no field {name} in {fields:?}"))
}

const JSON_MAP: &str = "serde_json::Map<String,serde_json::Value>";

#[test]
fn a_closed_model_keeps_undefined_properties_and_its_own_namesake() {
    let fields = fields_of("Settings");
    assert_eq!(field(&fields, "additional_properties"), JSON_MAP);
    assert_eq!(field(&fields, "additional_properties2"), "Option<String>");
    assert_eq!(fields.len(), 3, "{fields:?}");
}

#[test]
fn an_open_model_and_its_subtype_keep_the_typed_map() {
    let typed = "std::collections::HashMap<String,String>";
    assert_eq!(field(&fields_of("Labels"), "additional_properties"), typed);
    let subtype = fields_of("ColourLabels");
    assert_eq!(field(&subtype, "additional_properties"), typed);
    assert_eq!(field(&subtype, "kind"), "Option<String>");
    assert_eq!(field(&subtype, "colour"), "Option<String>");
}

#[test]
fn additional_properties_true_is_the_same_catch_all() {
    assert_eq!(field(&fields_of("Bag"), "additional_properties"), JSON_MAP);
}

/// A parameter named like the options struct's own `method_options` field
/// steps aside instead of clashing with it.
#[test]
fn a_parameter_named_like_the_options_field_steps_aside() {
    let spec = fixture("emit/method_options.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let parameter = &api.operations[0].parameters[0];
    assert_eq!(parameter.name.rust, "method_options2");
    let config = CrateConfig::single_module(
        "azure_widgets".into(),
        "0.1.0".into(),
        "Widgets".into(),
        "WidgetsClient".into(),
        ModuleConfig::named_after_version(api, "method_options.json".into(), None),
    );
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let (_, options) = files
        .iter()
        .find(|(path, _)| path.ends_with("options.rs"))
        .expect("an options file");
    syn::parse_file(options).expect("options.rs parses");
    assert!(
        options.contains("pub method_options: ClientMethodOptions<'a>"),
        "{options}"
    );
    assert!(
        options.contains("pub method_options2: Option<String>"),
        "{options}"
    );
}

#[test]
fn a_type_the_spec_leaves_undescribed_is_documented_by_its_first_use() {
    // `/// Widget` would only repeat the name: the docs say where the type
    // comes from instead.
    let spec = fixture("emit/undescribed.json");
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let module = ModuleConfig::named_after_version(api, spec.display().to_string(), None);
    let config = CrateConfig::single_module(
        "azure_workshop".into(),
        "0.1.0".into(),
        "Workshop".into(),
        "WorkshopClient".into(),
        module,
    );
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let text: String = files
        .iter()
        .filter(|(path, _)| path.ends_with("models.rs") || path.ends_with("enums.rs"))
        .map(|(_, text)| text.as_str())
        .collect();
    for (docs, item) in [
        (
            "/// The response body of `Widgets_Get`.",
            "pub struct Widget {",
        ),
        ("/// The type of `Widget.part`.", "pub struct Part {"),
        ("/// The type of `Widget.shape`.", "pub enum Shape {"),
        ("/// The type of `Widget.pet`.", "pub enum Animal {"),
        ("/// The kind `cat` of `Animal`.", "pub struct Cat {"),
        (
            "/// `Orphan` of the spec, which no operation uses.",
            "pub struct Orphan {",
        ),
    ] {
        let at = text
            .find(item)
            .unwrap_or_else(|| panic!("no `{item}` in\n{text}"));
        let before = &text[..at];
        assert!(
            before
                .trim_end()
                .lines()
                .rev()
                .take(8)
                .any(|l| l.trim() == docs),
            "`{item}` is not documented as {docs:?}:\n{}",
            &before[before.len().saturating_sub(400)..]
        );
    }
}
