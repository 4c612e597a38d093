//! `options.rs` of a module: one options struct per operation holding its
//! optional parameters (see [`super::signature::option_fields`]).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Operation};
use crate::naming;

use super::docs::{doc_attrs, doc_raw, escape};
use super::imports::with_imports;
use super::signature::{method_name, option_fields, options_type_name, returns, Input, Returns};

/// The options file of a module whose client is named `client`.
pub(crate) fn options_file(api: &Api, client: &str) -> TokenStream {
    let structs = api
        .operations
        .iter()
        .map(|op| options_struct(api, op, client));
    let imports = [
        ("azure_core::http::pager::PagerOptions", "PagerOptions"),
        (
            "azure_core::http::ClientMethodOptions",
            "ClientMethodOptions",
        ),
        ("azure_core::http::RequestContent", "RequestContent"),
    ];
    with_imports(&imports, quote!(#(#structs)*))
}

fn options_struct(api: &Api, op: &Operation, client: &str) -> TokenStream {
    let name = format_ident!("{}", options_type_name(api, op));
    let method = method_name(op);
    let doc = format!(" Options for [`{client}::{method}`](super::{client}::{method}).");
    let field = format_ident!("{}", naming::METHOD_OPTIONS_FIELD);
    let method_options = if matches!(returns(op), Returns::Pager { .. }) {
        quote! {
            /// Context and continuation of the pager.
            pub #field: PagerOptions<'a>,
        }
    } else {
        quote! {
            /// Allows customization of the method call.
            pub #field: ClientMethodOptions<'a>,
        }
    };
    let fields = option_fields(api, op).into_iter().map(|field| {
        let ident = format_ident!("{}", field.name);
        let ty = &field.ty;
        let (description, default) = match field.input {
            Input::Param(p) => (p.description.as_deref(), p.default.as_ref()),
            Input::Body(b) => (b.description.as_deref(), None),
        };
        let docs = doc_attrs(description.or(Some(&field.name)));
        let default = default.map(|value| {
            let text = escape(&value.to_string());
            let text = doc_raw(&format!("\nThe service's default: {text}."));
            quote!(#text)
        });
        quote! {
            #docs
            #default
            pub #ident: Option<#ty>,
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, Default)]
        pub struct #name<'a> {
            #method_options
            #(#fields)*
        }
    }
}
