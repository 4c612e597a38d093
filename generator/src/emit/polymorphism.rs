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

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Model, TypeId};
use crate::naming;

use super::docs::{doc_or, doc_raw};

/// The variant that keeps a discriminator value the spec does not know.
const UNKNOWN_VARIANT: &str = "UnknownKind";

/// Whether positions of this model's type read a subtype: it has known
/// subtypes.
pub(crate) fn is_polymorphic(model: &Model) -> bool {
    !model.children.is_empty()
}

/// Names of the structs holding the own fields of polymorphic models
/// (`{Model}Base`, numbered where a type of the module has that name).
pub(crate) struct BaseNames(HashMap<TypeId, String>);

impl BaseNames {
    /// The base struct names of every polymorphic model of `api`.
    pub(crate) fn of(api: &Api) -> Self {
        let mut taken: std::collections::HashSet<String> = api
            .models
            .values()
            .map(|m| m.name.rust.clone())
            .chain(api.enums.values().map(|e| e.name.rust.clone()))
            .collect();
        let names = api
            .models
            .iter()
            .filter(|(_, m)| is_polymorphic(m))
            .map(|(id, m)| {
                let name = naming::unique(naming::suffixed(&m.name.rust, "Base"), &mut taken);
                (id.clone(), name)
            })
            .collect();
        Self(names)
    }

    /// The name of the struct for `id`'s own fields: its base struct when
    /// it is polymorphic, else its own name.
    pub(crate) fn struct_name<'a>(&'a self, api: &'a Api, id: &str) -> &'a str {
        self.0
            .get(id)
            .map_or(api.model(id).name.rust.as_str(), String::as_str)
    }
}

/// The enum of a polymorphic model, with its serde impls.
pub(crate) fn hierarchy_enum(api: &Api, id: &str, names: &BaseNames) -> TokenStream {
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
    let docs = doc_or(model.description.as_deref(), || {
        format!("The `{}` hierarchy.", model.name.client)
    });
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

/// The wire name of the discriminator property in force for `id`: its own
/// or the nearest ancestor's.
fn discriminator_of<'a>(api: &'a Api, id: &str) -> Option<&'a str> {
    let model = api.model(id);
    model.discriminator.as_deref().or_else(|| {
        model
            .parents
            .iter()
            .find_map(|parent| discriminator_of(api, parent))
    })
}

/// `id` itself, then every known subtype below it ([`Api::descendants`]).
fn kinds<'a>(api: &'a Api, id: &'a str) -> Vec<&'a str> {
    std::iter::once(id).chain(api.descendants(id)).collect()
}

/// Every model a value of polymorphic `id`'s enum can hold (its kinds),
/// for the recursion check of [`super::types::Recursion`].
pub(crate) fn variant_models<'a>(api: &'a Api, id: &'a str) -> Vec<&'a str> {
    if is_polymorphic(api.model(id)) {
        kinds(api, id)
    } else {
        Vec::new()
    }
}
