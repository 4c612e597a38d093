//! `options.rs` of a module: one options struct per operation holding its
//! optional parameters (see [`crate::rust_api::signature::option_fields`]).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::naming;
use crate::rust_api::methods::Method;
use crate::rust_api::RustApi;

use super::docs::{doc_noted, doc_raw, escape};
use super::imports::with_imports;
use crate::rust_api::signature::{group_type_name, option_fields, GroupStruct, Input, Returns};

/// The options file of a module whose client is named `client`. An
/// `OPTIONS` operation gets no method (azure_core 1.x cannot send it), so
/// no options struct either.
pub(crate) fn options_file(rust: &RustApi<'_>, client: &str) -> TokenStream {
    let structs = rust
        .methods
        .iter()
        .filter(|m| m.sendable())
        .map(|m| options_struct(rust, m, client));
    let groups = rust
        .groups
        .iter()
        .map(|group| group_struct(rust, group, client));
    let imports = [
        ("azure_core::http::pager::PagerOptions", "PagerOptions"),
        (
            "azure_core::http::ClientMethodOptions",
            "ClientMethodOptions",
        ),
        ("azure_core::http::RequestContent", "RequestContent"),
    ];
    with_imports(&imports, quote!(#(#structs)* #(#groups)*))
}

fn options_struct<'a>(rust: &RustApi<'a>, record: &Method<'a>, client: &str) -> TokenStream {
    let op = record.op;
    let name = format_ident!("{}", record.options);
    let method = &record.name;
    let doc = format!(" Options for [`{client}::{method}`](super::{client}::{method}).");
    let field = format_ident!("{}", naming::METHOD_OPTIONS_FIELD);
    let method_options = if matches!(record.returns, Returns::Pager { .. }) {
        quote! {
            /// Context and continuation of the pager.
            pub #field: PagerOptions<'a>,
        }
    } else if matches!(record.returns, Returns::Poller { .. }) {
        quote! {
            /// Context of the requests, and `frequency`: the wait between polls
            /// when the service gives none (zero is allowed).
            pub #field: azure_core::http::poller::PollerOptions<'a>,
        }
    } else {
        quote! {
            /// Allows customization of the method call.
            pub #field: ClientMethodOptions<'a>,
        }
    };
    let fields = option_fields(rust, op).into_iter().map(|field| {
        let ident = format_ident!("{}", field.name);
        let ty = &field.ty;
        let docs = input_docs(field.input, &field.name);
        quote! {
            #docs
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

/// The docs of an options or group field: the input's description and the
/// service's default; a group's field says what the group is.
fn input_docs(input: Input<'_>, name: &str) -> TokenStream {
    let (description, default) = match input {
        Input::Param(p) => (p.description.as_deref(), p.default.as_ref()),
        Input::Body(b) => (b.description.as_deref(), None),
        Input::Group(group) => {
            let text = format!("The parameters grouped as [`{}`].", group_type_name(group));
            return doc_raw(&text);
        }
    };
    let default = default
        .map(|value| format!("The service's default: {}.", escape(&value.to_string())))
        .unwrap_or_default();
    doc_noted(description, || escape(name), &default)
}

/// The struct of a parameter group (`x-ms-parameter-grouping`): a field per
/// grouped parameter, not an `Option` where every operation of the group
/// requires it. A group without required fields is `Default`.
fn group_struct(rust: &RustApi<'_>, group: &GroupStruct<'_>, client: &str) -> TokenStream {
    let name = format_ident!("{}", group.type_name);
    let methods = group
        .operations
        .iter()
        .map(|op| {
            let method = &rust.method(op).name;
            format!("[`{client}::{method}`](super::{client}::{method})")
        })
        .collect::<Vec<_>>()
        .join(", ");
    let doc = doc_raw(&format!(
        "Parameters of {methods}, grouped as the spec's `x-ms-parameter-grouping` `{}` says.",
        group.group
    ));
    let fields = group.fields.iter().map(|field| {
        let ident = format_ident!("{}", field.name);
        let ty = &field.ty;
        let ty = if field.required {
            quote!(#ty)
        } else {
            quote!(Option<#ty>)
        };
        let docs = input_docs(field.input, &field.name);
        quote! {
            #docs
            pub #ident: #ty,
        }
    });
    let derives = if group.required() {
        quote!(#[derive(Clone, Debug)])
    } else {
        quote!(#[derive(Clone, Debug, Default)])
    };
    quote! {
        #doc
        #derives
        pub struct #name {
            #(#fields)*
        }
    }
}
