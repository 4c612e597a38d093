//! Discriminated hierarchies (`discriminator`, `x-ms-discriminator-value`):
//! the enum that every position typed as a model with known subtypes reads
//! and writes, and the struct that holds such a model's own fields.
//!
//! For a model `Fish` with subtypes, `Fish` in the generated code is an enum
//! with one variant per known discriminator value anywhere below it
//! (`Fish::Salmon(Salmon)`, `Fish::Sawshark(Sawshark)`), a variant for its own
//! value if it has one, and `UnknownKind(FishBase)` for any other value:
//! `FishBase` holds `Fish`'s fields and, through the catch-all map, every
//! other property, so nothing is lost and the value is written back as read.
//! A subtype that has subtypes of its own (`Shark`) appears in its
//! ancestors' enums as `Shark(SharkBase)` and is an enum itself where a
//! position is typed `Shark`; when it is discriminated again by a property
//! of its own (`sharktype`), its kinds are selected by every discriminator
//! on the way (`rust_api::hierarchy::variants`). The serde impls are the
//! runtime's `polymorphic!` macro; where an XML operation reaches the
//! hierarchy, `xml_polymorphic!` (`templates/src/xml.rs`) reads and writes
//! the same kinds from XML elements.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::naming;
use crate::rust_api::hierarchy::{discriminator_of, variants, Variant};
use crate::rust_api::uses::informative;
use crate::rust_api::xml::{tag_spelling, TagSpelling};
use crate::rust_api::RustApi;

use super::docs::{doc_or, doc_raw};

/// The variant that keeps a discriminator value the spec does not know.
const UNKNOWN_VARIANT: &str = "UnknownKind";

/// The enum of a polymorphic model, with its serde impls.
pub(crate) fn hierarchy_enum(rust: &RustApi<'_>, id: &str) -> TokenStream {
    let (api, names) = (rust.api, &rust.bases);
    let model = api.model(id);
    let Some(tag) = discriminator_of(api, id) else {
        return TokenStream::new();
    };
    let name = format_ident!("{}", model.name.rust);
    let base = format_ident!("{}", names.struct_name(api, id));
    let unknown = format_ident!("{UNKNOWN_VARIANT}");
    let mut seen_variants = std::collections::HashSet::from([UNKNOWN_VARIANT.to_owned()]);
    let selected = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(tag, value)| format!("`{tag}` is `{value}`"))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let xml = rust.xml_models.contains(id);
    let variants: Vec<(
        usize,
        proc_macro2::Ident,
        proc_macro2::Ident,
        TokenStream,
        TokenStream,
        TokenStream,
    )> = variants(api, id)
        .into_iter()
        .map(|kind| {
            let sub = api.model(kind.model);
            let variant = naming::unique(sub.name.rust.clone(), &mut seen_variants);
            let payload = format_ident!("{}", names.struct_name(api, kind.model));
            let docs = doc_raw(&format!("{}: a [`{payload}`].", selected(&kind.read)));
            let properties = api.all_properties(kind.model);
            let read = kind.read.iter().map(|(tag, value)| quote!(#tag = #value));
            let write = kind.write.iter().map(|(tag, value)| {
                // The field holding the discriminator, where the spec
                // declares it as a property (it says whether it is set).
                let field = properties
                    .iter()
                    .find(|p| p.wire_name == *tag)
                    .map(|p| {
                        let field = format_ident!("{}", p.name.rust);
                        quote!(as #field)
                    })
                    .unwrap_or_default();
                quote!(#tag #field = #value)
            });
            let variant = format_ident!("{variant}");
            let arm = quote!(#variant(#payload) { #(#read),* } { #(#write),* });
            let xml_arm = if xml {
                xml_arm(api, &kind, &variant, &payload)
            } else {
                TokenStream::new()
            };
            (kind.read.len(), variant, payload, docs, arm, xml_arm)
        })
        .collect();
    let docs = doc_or(
        informative(model.description.as_deref(), &model.name.client),
        || rust.uses.describe(api, id),
    );
    let about = doc_raw(&format!(
        "The property `{tag}` names the kind; a value this crate does not know is \
         [`{name}::{UNKNOWN_VARIANT}`], kept whole."
    ));
    let unknown_docs = doc_raw(&format!(
        "A `{tag}` this crate does not know (or none): the fields of [`{base}`], \
         the rest in its `additional_properties`."
    ));
    let enum_variants = variants.iter().map(|(_, variant, payload, docs, ..)| {
        quote! {
            #docs
            #variant(#payload),
        }
    });
    // The most specific selection first: a goblin shark before a shark.
    let mut arms: Vec<&(usize, _, _, _, TokenStream, TokenStream)> = variants.iter().collect();
    arms.sort_by_key(|(depth, ..)| std::cmp::Reverse(*depth));
    // The same kinds, in the same order, read from and written to XML
    // elements where an XML operation reaches the hierarchy.
    let xml_table = xml.then(|| {
        let xml_arms = arms.iter().map(|(.., xml_arm)| xml_arm);
        quote!(crate::xml::xml_polymorphic!(#name, #unknown, { #(#xml_arms),* });)
    });
    let arms = arms.into_iter().map(|(.., arm, _)| arm);
    let additional = format_ident!("{}", naming::ADDITIONAL_PROPERTIES_FIELD);
    quote! {
        #docs
        #[doc = ""]
        #about
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        // Kinds differ in size as their models do; boxing each would make
        // every match and construction noisier to save memory only in
        // large arrays.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#enum_variants)*
            #unknown_docs
            #unknown(#base),
        }
        crate::runtime::polymorphic!(#name, #unknown, #additional, { #(#arms),* });
        #xml_table
    }
}

/// A kind's arm of `xml_polymorphic!`: its read pairs by their XML names,
/// and its write pairs each as the attribute or element it is.
fn xml_arm(
    api: &crate::ir::Api,
    kind: &Variant<'_>,
    variant: &proc_macro2::Ident,
    payload: &proc_macro2::Ident,
) -> TokenStream {
    let read = kind.read.iter().map(|(tag, value)| {
        let name = tag_spelling(api, kind.model, tag).name;
        quote!(#name = #value)
    });
    let write = kind.write.iter().map(|(tag, value)| {
        let TagSpelling {
            attribute,
            name,
            namespace,
        } = tag_spelling(api, kind.model, tag);
        match (attribute, namespace) {
            (true, Some(uri)) => quote!(Attr(#name, #uri) = #value),
            (true, None) => quote!(Attr(#name) = #value),
            (false, _) => quote!(Elem(#name) = #value),
        }
    });
    quote!(#variant(#payload) { #(#read),* } { #(#write),* })
}
