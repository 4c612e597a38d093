//! `headers.rs` of a module: typed response headers.
//!
//! Following the `typespec-rust` pattern, each response type gets a trait
//! (`CloudPoolHeaders` for `Response<CloudPool>`) with one method per header
//! any operation returning it declares; the trait is sealed so methods can
//! be added without breaking users.

use indexmap::IndexMap;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, ResponseHeader, Scalar, TypeRef};

use super::docs::doc_attrs;
use super::imports::with_imports;
use super::signature::{returns, Returns};
use super::types::rust_type;

/// The Rust response type an operation's headers are read from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Target {
    /// `Response<Model>` (pages included).
    Model(String),
    /// `Response<(), NoFormat>`.
    Empty,
    /// `AsyncResponse`.
    Stream,
}

/// The name of the headers trait for an operation's response, if it has
/// typed headers and a response type that can carry them.
pub(crate) fn headers_trait_name(api: &Api, op: &crate::ir::Operation) -> Option<String> {
    let target = target(op)?;
    let has_headers = op
        .responses
        .iter()
        .any(|r| !r.is_error && !r.headers.is_empty());
    has_headers.then(|| trait_name(api, &target))
}

fn target(op: &crate::ir::Operation) -> Option<Target> {
    match returns(op) {
        Returns::Body(TypeRef::Model(id))
        | Returns::Pager {
            page: TypeRef::Model(id),
            ..
        } => Some(Target::Model(id)),
        Returns::Empty => Some(Target::Empty),
        Returns::Stream => Some(Target::Stream),
        _ => None,
    }
}

fn trait_name(api: &Api, target: &Target) -> String {
    match target {
        Target::Model(id) => crate::naming::suffixed(&api.model(id).name.rust, "Headers"),
        Target::Empty => "EmptyResponseHeaders".to_owned(),
        Target::Stream => "DownloadHeaders".to_owned(),
    }
}

/// The headers file of a module.
pub(crate) fn headers_file(api: &Api) -> TokenStream {
    let mut targets: IndexMap<Target, IndexMap<String, &ResponseHeader>> = IndexMap::new();
    for op in &api.operations {
        let Some(target) = target(op) else { continue };
        for header in op
            .responses
            .iter()
            .filter(|r| !r.is_error)
            .flat_map(|r| &r.headers)
        {
            targets
                .entry(target.clone())
                .or_default()
                .entry(header.name.rust.clone())
                .or_insert(header);
        }
    }
    let traits = targets
        .iter()
        .filter(|(_, headers)| !headers.is_empty())
        .map(|(target, headers)| header_trait(api, target, headers));
    let imports = [
        ("azure_core::http::AsyncResponse", "AsyncResponse"),
        ("azure_core::http::NoFormat", "NoFormat"),
        ("azure_core::http::Response", "Response"),
    ];
    with_imports(&imports, quote!(#(#traits)*))
}

fn header_trait(
    api: &Api,
    target: &Target,
    headers: &IndexMap<String, &ResponseHeader>,
) -> TokenStream {
    let name = format_ident!("{}", trait_name(api, target));
    let (ty, shown) = match target {
        Target::Model(id) => {
            let model = format_ident!("{}", api.model(id).name.rust);
            (
                quote!(Response<#model>),
                format!("Response<{}>", api.model(id).name.rust),
            )
        }
        Target::Empty => (
            quote!(Response<(), NoFormat>),
            "Response<(), NoFormat>".to_owned(),
        ),
        Target::Stream => (quote!(AsyncResponse), "AsyncResponse".to_owned()),
    };
    let doc = format!(" Typed headers of a `{shown}`.");
    // Shared response types are sealed once, in the runtime module.
    let seal =
        matches!(target, Target::Model(_)).then(|| quote!(impl crate::runtime::Sealed for #ty {}));
    let declarations = headers.values().map(|h| {
        let method = format_ident!("{}", h.name.rust);
        let value = header_type(api, &h.ty);
        let docs = doc_attrs(h.description.as_deref().or(Some(&h.wire_name)));
        quote! {
            #docs
            fn #method(&self) -> azure_core::Result<Option<#value>>;
        }
    });
    let definitions = headers.values().map(|h| {
        let method = format_ident!("{}", h.name.rust);
        let value = header_type(api, &h.ty);
        let wire = h.wire_name.to_ascii_lowercase();
        quote! {
            fn #method(&self) -> azure_core::Result<Option<#value>> {
                crate::runtime::header(self.headers(), #wire)
            }
        }
    });
    quote! {
        #[doc = #doc]
        pub trait #name: crate::runtime::Sealed {
            #(#declarations)*
        }

        #seal

        impl #name for #ty {
            #(#definitions)*
        }
    }
}

/// Header values are scalars or enums; anything else is read as text.
fn header_type(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(
            Scalar::String { .. }
            | Scalar::Int32
            | Scalar::Int64
            | Scalar::Float32
            | Scalar::Float64
            | Scalar::Boolean
            | Scalar::DateTime(_)
            | Scalar::Duration
            | Scalar::Uuid,
        )
        | TypeRef::Enum(_) => rust_type(api, ty),
        _ => quote!(String),
    }
}
