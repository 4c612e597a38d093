//! `errors.rs` of a module: a typed view of the service's error model on
//! `azure_core::Error` (e.g. `BatchErrorExt::batch_error`).

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, TypeRef};

use super::imports::with_imports;

/// The error models: bodies of the operations' error responses.
pub(crate) fn error_models(api: &Api) -> Vec<&str> {
    let models: BTreeSet<&str> = api
        .operations
        .iter()
        .flat_map(|op| &op.responses)
        .filter(|r| r.is_error)
        .filter_map(|r| match &r.body {
            Some(TypeRef::Model(id)) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    models.into_iter().collect()
}

/// The method of an error model's extension trait (`BatchError` →
/// `batch_error`): a Rust name, keywords escaped, as every identifier is.
pub(crate) fn accessor_name(model_rust_name: &str) -> String {
    crate::naming::field_name(model_rust_name)
}

/// The extension trait of the error model whose Rust name is
/// `model_rust_name`.
pub(crate) fn trait_name(model_rust_name: &str) -> String {
    crate::naming::suffixed(model_rust_name, "Ext")
}

/// The errors file: one extension trait per error model.
pub(crate) fn errors_file(api: &Api) -> TokenStream {
    let xml_models = crate::rust_api::xml::xml_models(api);
    let traits = error_models(api).into_iter().map(|id| {
        // An XML service's error body is XML (a model shared with JSON
        // operations may come either way).
        let read = if xml_models.contains(id) {
            quote!(crate::runtime::error_body(self).or_else(|| crate::xml::error_body(self)))
        } else {
            quote!(crate::runtime::error_body(self))
        };
        let model = &api.model(id).name.rust;
        let ty = format_ident!("{model}");
        let trait_name = format_ident!("{}", trait_name(model));
        let method = format_ident!("{}", accessor_name(model));
        let trait_doc = format!(
            " Reads the service's [`{model}`] from an error returned by a client method."
        );
        let method_doc = format!(
            " The [`{model}`] the service sent, when this is an HTTP response error whose body parses as one."
        );
        quote! {
            #[doc = #trait_doc]
            pub trait #trait_name {
                #[doc = #method_doc]
                fn #method(&self) -> Option<#ty>;
            }

            impl #trait_name for azure_core::Error {
                fn #method(&self) -> Option<#ty> {
                    #read
                }
            }
        }
    });
    with_imports(&[], quote!(#(#traits)*))
}
