//! `models.rs` of a module: one struct per IR model, every field an
//! `Option`, one catch-all map for the properties the spec does not define,
//! plus the trait impls that let models be request bodies and pages.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Model, TypeRef};
use crate::naming;

use super::docs::{doc_noted, doc_or, doc_raw};
use super::imports::with_imports;
use super::polymorphism::hierarchy_enum;
use crate::rust_api::fields::{self, Field};
use crate::rust_api::hierarchy::is_polymorphic;
use crate::rust_api::signature::Returns;
use crate::rust_api::types::encoding;
use crate::rust_api::types::{additional_properties_doc, additional_properties_type, field_type};
use crate::rust_api::uses::informative;
use crate::rust_api::xml;
use crate::rust_api::RustApi;

/// The models file: structs with their `json_object!` tables (serde and
/// the conversion to a request body) and `Page` impls for pages.
pub(crate) fn models_file(rust: &RustApi<'_>) -> TokenStream {
    let api = rust.api;
    let structs = api.models.iter().map(|(id, model)| {
        let hierarchy = is_polymorphic(model).then(|| hierarchy_enum(rust, id));
        let model = model_struct(rust, id, model, rust.bases.struct_name(api, id));
        quote!(#hierarchy #model)
    });
    let page_impls = pages(rust)
        .into_iter()
        .map(|(page, item_name)| page_impl(api, page, &item_name));
    let imports = [("azure_core::http::pager::Page", "Page")];
    with_imports(
        &imports,
        quote! {
            #(#structs)*
            #(#page_impls)*
        },
    )
}

/// Page models of pageable operations with the property holding items.
fn pages<'a>(rust: &RustApi<'a>) -> Vec<(&'a str, String)> {
    let mut seen = BTreeSet::new();
    rust.methods
        .iter()
        .flat_map(|m| m.with_second())
        .filter_map(|m| match (&m.returns, &m.op.pageable) {
            (Returns::Pager { .. } | Returns::PolledPager { .. }, Some(paging)) => {
                let op = m.op;
                let Some(TypeRef::Model(id)) = op.success_body() else {
                    return None;
                };
                seen.insert(id.as_str())
                    .then(|| (id.as_str(), paging.item_name.clone()))
            }
            _ => None,
        })
        .collect()
}

fn page_impl(api: &Api, page: &str, item_name: &str) -> TokenStream {
    let properties = api.all_properties(page);
    let Some(items) = properties.iter().find(|p| p.wire_name == item_name) else {
        return match crate::rust_api::xml::page_items(api, page) {
            Some(items) => items_page_impl(api, page, &items),
            None => TokenStream::new(),
        };
    };
    let TypeRef::Array(item) = &items.ty else {
        return TokenStream::new();
    };
    let name = format_ident!("{}", api.model(page).name.rust);
    let field = format_ident!("{}", items.name.rust);
    let item = field_type(api, item);
    quote! {
        #[async_trait::async_trait]
        impl Page for #name {
            type Item = #item;
            type IntoIter = std::vec::IntoIter<#item>;
            async fn into_items(self) -> azure_core::Result<Self::IntoIter> {
                Ok(self.#field.unwrap_or_default().into_iter())
            }
        }
    }
}

/// The `Page` impl of a page whose items `itemName` does not name
/// (Storage's lists): its one list, directly or inside its one model
/// property, or, with no single list, the page itself as the one item.
fn items_page_impl(
    api: &Api,
    page: &str,
    items: &crate::rust_api::xml::PageItems<'_>,
) -> TokenStream {
    let name = format_ident!("{}", api.model(page).name.rust);
    use crate::rust_api::xml::PageItems;
    let (item, body) = match items {
        PageItems::List { holder, list } => {
            let TypeRef::Array(item) = &list.ty else {
                return TokenStream::new();
            };
            let field = format_ident!("{}", list.name.rust);
            let body = match holder {
                None => quote!(self.#field.unwrap_or_default()),
                Some(holder) => {
                    let holder = format_ident!("{}", holder.name.rust);
                    quote!(self.#holder.and_then(|holder| holder.#field).unwrap_or_default())
                }
            };
            (field_type(api, item), body)
        }
        PageItems::Whole => (quote!(#name), quote!(vec![self])),
    };
    quote! {
        #[async_trait::async_trait]
        impl Page for #name {
            type Item = #item;
            type IntoIter = std::vec::IntoIter<#item>;
            async fn into_items(self) -> azure_core::Result<Self::IntoIter> {
                Ok(#body.into_iter())
            }
        }
    }
}

/// The struct of a model's fields (inherited ones included), named `name`:
/// the model's own name, or its base struct's for a polymorphic model.
fn model_struct(rust: &RustApi<'_>, id: &str, model: &Model, name: &str) -> TokenStream {
    let api = rust.api;
    let docs = if is_polymorphic(model) {
        doc_raw(&format!(
            "The fields of [`{}`] itself, and of a kind of it this crate does not know.",
            model.name.rust
        ))
    } else {
        doc_or(
            informative(model.description.as_deref(), &model.name.client),
            || rust.uses.describe(api, id),
        )
    };
    let fields = rust.fields(id);
    let declared = api.additional_properties(id);
    let table = json_object(api, name, &fields, declared);
    let xml = rust.xml_models.contains(id);
    let xml_table = xml.then(|| xml_object(rust, id, name, &fields));
    let xml_field = xml.then(|| {
        let additional_xml = format_ident!("{}", naming::ADDITIONAL_XML_FIELD);
        let doc = doc_raw(
            "XML attributes and elements the spec does not define, kept so that writing the model back loses nothing.",
        );
        quote! {
            #doc
            pub #additional_xml: crate::xml::AdditionalXml,
        }
    });
    let name = format_ident!("{name}");
    let catch_all = additional_properties_type(api, declared);
    let catch_all_doc = doc_raw(&additional_properties_doc(
        declared,
        fields::has_nested(&fields),
    ));
    let additional = naming::ADDITIONAL_PROPERTIES_FIELD;
    let additional = format_ident!("{additional}");
    // Only models users never build keep `#[non_exhaustive]`
    // (`rust_api::direction`).
    let non_exhaustive =
        (!rust.directions.of_model(id).is_input()).then(|| quote!(#[non_exhaustive]));
    let fields = fields.iter().map(|f| field(rust, f));
    // `SafeDebug` prints no field's value (SAS URLs, environment values and
    // undefined properties may be secrets) unless the crate's `debug`
    // feature (azure_core's) asks for them, as the official crates do.
    quote! {
        #docs
        #[derive(Clone, Default, azure_core::fmt::SafeDebug)]
        #non_exhaustive
        pub struct #name {
            #(#fields)*
            #catch_all_doc
            pub #additional: #catch_all,
            #xml_field
        }
        #table
        #xml_table
    }
}

/// The model's `xml_object!` table (`templates/src/xml.rs`): each field's
/// place in the model's element, in field order (`rust_api::xml`).
fn xml_object(rust: &RustApi<'_>, id: &str, name: &str, fields: &[Field<'_>]) -> TokenStream {
    let api = rust.api;
    let ident = format_ident!("{name}");
    let element = xml::qualified_element_name(api, id);
    let entries = fields.iter().filter_map(|f| xml::table_entry(api, f));
    let namespace = xml::namespace(api, id);
    // An open model's map takes the elements no field names.
    let open = match api.additional_properties(id) {
        Some(values) if !matches!(values, TypeRef::Any) => {
            let format = xml::content_format(api, values).unwrap_or_else(|| quote!(Plain));
            Some(quote!(, open = #format))
        }
        _ => None,
    };
    quote! {
        crate::xml::xml_object!(#ident { #(#entries),* }, element = #element #namespace #open);
    }
}

/// The model's `json_object!` table (`templates/src/object.rs`): each
/// field's JSON property, in field order, with its format where serde's
/// own is not the wire's; nested (`x-ms-client-flatten`) fields are named
/// by their path and listed for the macro's `flattened` form; the
/// catch-all map's values (`declared`, the spec's `additionalProperties`)
/// with their format, so they are read and written as a field of their
/// type is.
fn json_object(
    api: &crate::ir::Api,
    name: &str,
    fields: &[Field<'_>],
    declared: Option<&TypeRef>,
) -> TokenStream {
    let name = format_ident!("{name}");
    let entries = fields.iter().map(|f| {
        let field = format_ident!("{}", f.rust);
        let wire = fields::wire_key(f);
        let format = encoding(api, &f.property.ty).map(|format| quote!(as #format));
        quote!(#field: #wire #format)
    });
    let extra = declared
        .and_then(|values| encoding(api, values))
        .map(|format| quote!(, additional_properties = #format));
    let flattened = fields::has_nested(fields).then(|| {
        let keys = fields
            .iter()
            .filter(|f| f.is_nested())
            .map(fields::wire_key);
        quote!(, flattened = [#(#keys),*])
    });
    quote! {
        crate::object::json_object!(#name { #(#entries),* } #extra #flattened);
    }
}

fn field(rust: &RustApi<'_>, f: &Field<'_>) -> TokenStream {
    let api = rust.api;
    let p = f.property;
    let name = format_ident!("{}", f.rust);
    let mut ty = field_type(api, &p.ty);
    if rust.is_boxed(f.owner, p) {
        ty = quote!(Box<#ty>);
    }
    let place = if f.is_nested() {
        format!("{}.{}", f.path.join("."), p.wire_name)
    } else {
        p.wire_name.clone()
    };
    let mut notes = Vec::new();
    let nested_note;
    if f.is_nested() {
        nested_note = format!("On the wire: `{place}` (`x-ms-client-flatten`).");
        notes.push(nested_note.as_str());
    }
    if p.required {
        notes.push("Required.");
    }
    if p.read_only {
        notes.push("Set by the service.");
    }
    let docs = doc_noted(
        p.description.as_deref(),
        || format!("The `{place}` property."),
        &notes.join(" "),
    );
    quote! {
        #docs
        pub #name: Option<#ty>,
    }
}
