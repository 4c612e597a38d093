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
//! position is typed `Shark`. The serde impls are the runtime's
//! `polymorphic!` macro.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::naming;
use crate::rust_api::hierarchy::{discriminator_of, kinds};
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
    let mut seen_values = BTreeSet::new();
    let mut seen_variants = std::collections::HashSet::from([UNKNOWN_VARIANT.to_owned()]);
    let variants: Vec<(
        String,
        proc_macro2::Ident,
        proc_macro2::Ident,
        TokenStream,
        TokenStream,
    )> = kinds(api, id)
        .into_iter()
        .filter_map(|kind| {
            let sub = api.model(kind);
            let value = sub.discriminator_value.clone()?;
            // A value given twice selects the first subtype, as a
            // reader of the spec would.
            seen_values.insert(value.clone()).then_some(())?;
            let variant = naming::unique(sub.name.rust.clone(), &mut seen_variants);
            let payload = format_ident!("{}", names.struct_name(api, kind));
            let docs = doc_raw(&format!("`{tag}` is `{value}`: a [`{payload}`]."));
            // The field holding the discriminator, where the spec
            // declares it as a property (it says whether it is set).
            let field = api
                .all_properties(kind)
                .into_iter()
                .find(|p| p.wire_name == tag)
                .map(|p| {
                    let field = format_ident!("{}", p.name.rust);
                    quote!(.#field)
                })
                .unwrap_or_default();
            Some((value, format_ident!("{variant}"), payload, docs, field))
        })
        .collect();
    let docs = doc_or(model.description.as_deref(), || rust.uses.describe(api, id));
    let about = doc_raw(&format!(
        "The property `{tag}` names the kind; a value this crate does not know is \
         [`{name}::{UNKNOWN_VARIANT}`], kept whole."
    ));
    let unknown_docs = doc_raw(&format!(
        "A `{tag}` this crate does not know (or none): the fields of [`{base}`], \
         the rest in its `additional_properties`."
    ));
    let enum_variants = variants.iter().map(|(_, variant, payload, docs, _)| {
        quote! {
            #docs
            #variant(#payload),
        }
    });
    let arms = variants
        .iter()
        .map(|(value, variant, payload, _, field)| quote!(#value => #variant(#payload) #field));
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
        crate::runtime::polymorphic!(#name, #tag, #unknown, #additional, { #(#arms),* });
    }
}
