//! `enums.rs` of a module: every IR enum as an open enum that keeps values
//! it does not know (see the crate's `open_enum!` macro).

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::ir::Enum;
use crate::rust_api::types::is_open_enum;
use crate::rust_api::RustApi;

use super::docs::doc_or;

/// The enums file of a module.
pub(crate) fn enums_file(rust: &RustApi<'_>) -> TokenStream {
    let enums = rust
        .api
        .enums
        .iter()
        .filter(|(_, e)| is_open_enum(e))
        .map(|(id, e)| open_enum(rust, id, e));
    quote! {
        #(#enums)*
    }
}

fn open_enum(rust: &RustApi<'_>, id: &str, e: &Enum) -> TokenStream {
    let name = format_ident!("{}", e.name.rust);
    let docs = doc_or(e.description.as_deref(), || {
        rust.uses.describe(rust.api, id)
    });
    let wire: Vec<String> = e
        .values
        .iter()
        .map(|v| match &v.value {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect();
    let idents: Vec<_> = e
        .values
        .iter()
        .map(|v| format_ident!("{}", v.name.rust))
        .collect();
    let variants = e
        .values
        .iter()
        .zip(&idents)
        .zip(&wire)
        .map(|((v, ident), wire)| {
            let docs = doc_or(v.description.as_deref(), || format!("`{wire}`"));
            quote!(#docs #ident,)
        });
    let wire = wire.iter().map(|w| Literal::string(w));
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the crate does not know, kept as sent.
            UnknownValue(String),
        }

        crate::runtime::open_enum!(#name { #(#idents = #wire),* });
    }
}
