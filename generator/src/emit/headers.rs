//! `headers.rs` of a module: typed response headers.
//!
//! Following the `typespec-rust` pattern, each response type gets a trait
//! (`CloudPoolHeaders` for `Response<CloudPool>`, `SignedIdentifierListHeaders`
//! for `Response<Vec<SignedIdentifier>>`) with one method per header any
//! operation returning it declares; the trait is sealed so methods can
//! be added without breaking users. An empty response with headers is a
//! marker type of its operation's own (`BatchClientCreatePoolResult`), so
//! its trait offers exactly that operation's headers.

use indexmap::IndexMap;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, ResponseHeader};
use crate::rust_api::headers::{header_encoding, header_type, trait_name, Target};
use crate::rust_api::RustApi;

use super::docs::doc_attrs;
use super::imports::with_imports;

/// The headers file of a module.
pub(crate) fn headers_file(rust: &RustApi<'_>) -> TokenStream {
    let api = rust.api;
    let mut targets: IndexMap<Target, IndexMap<String, &ResponseHeader>> = IndexMap::new();
    // Models some XML operation returns: their responses are
    // `Response<T, crate::xml::Xml>`.
    let mut xml_targets: Vec<Target> = Vec::new();
    for method in &rust.methods {
        let Some(target) = &method.headers else {
            continue;
        };
        if crate::rust_api::xml::reads_xml(method.op) && !xml_targets.contains(target) {
            xml_targets.push(target.clone());
        }
        let headers = targets.entry(target.clone()).or_default();
        for header in method
            .op
            .responses
            .iter()
            .filter(|r| !r.is_error)
            .flat_map(|r| &r.headers)
        {
            headers.entry(header.name.rust.clone()).or_insert(header);
        }
    }
    let client = &rust.client;
    let markers = rust
        .methods
        .iter()
        .filter(|m| m.sendable())
        .filter_map(|m| {
            let marker = m.marker()?;
            let ident = format_ident!("{marker}");
            let method = &m.name;
            let headers = match &m.headers {
                Some(target) => format!(
                    " its headers are read through [`{}`].",
                    trait_name(api, target)
                ),
                None => " no headers either.".to_owned(),
            };
            let doc = format!(
            " The response of [`{client}::{method}`](super::{client}::{method}): no body;{headers}"
        );
            Some(quote! {
                #[doc = #doc]
                #[derive(Clone, Copy, Debug)]
                pub struct #ident;
            })
        });
    let traits = targets
        .iter()
        .filter(|(_, headers)| !headers.is_empty())
        .map(|(target, headers)| header_trait(api, target, headers, xml_targets.contains(target)));
    let imports = [
        ("azure_core::http::AsyncResponse", "AsyncResponse"),
        ("azure_core::http::NoFormat", "NoFormat"),
        ("azure_core::http::Response", "Response"),
    ];
    with_imports(&imports, quote!(#(#markers)* #(#traits)*))
}

fn header_trait(
    api: &Api,
    target: &Target,
    headers: &IndexMap<String, &ResponseHeader>,
    xml: bool,
) -> TokenStream {
    let name = format_ident!("{}", trait_name(api, target));
    let (ty, shown) = match target {
        Target::Model(id) => {
            let model = format_ident!("{}", api.model(id).name.rust);
            (
                quote!(Response::<#model>),
                format!("Response<{}>", api.model(id).name.rust),
            )
        }
        Target::List(id) => {
            let model = format_ident!("{}", api.model(id).name.rust);
            (
                quote!(Response::<Vec<#model>>),
                format!("Response<Vec<{}>>", api.model(id).name.rust),
            )
        }
        Target::Marker(marker) => {
            let ident = format_ident!("{marker}");
            (
                quote!(Response::<#ident, NoFormat>),
                format!("Response<{marker}, NoFormat>"),
            )
        }
        Target::Stream => (quote!(AsyncResponse), "AsyncResponse".to_owned()),
    };
    let doc = format!(" Typed headers of a `{shown}`.");
    // Shared response types are sealed once, in the runtime module.
    let seal = match target {
        Target::Model(_) | Target::List(_) | Target::Marker(_) => {
            quote!(impl crate::runtime::Sealed for #ty {})
        }
        Target::Stream => TokenStream::new(),
    };
    let declarations = headers.values().map(|h| {
        let method = format_ident!("{}", h.name.rust);
        let value = accessor_type(api, h);
        let docs = doc_attrs(h.description.as_deref().or(Some(&h.wire_name)));
        quote! {
            #docs
            fn #method(&self) -> azure_core::Result<Option<#value>>;
        }
    });
    // The impl is the runtime's `header_accessors!` table: one line per
    // header, each method reading its header the same way.
    let accessors: Vec<TokenStream> = headers
        .values()
        .filter(|h| h.header_collection_prefix.is_none())
        .map(|h| {
            let method = format_ident!("{}", h.name.rust);
            let value = header_type(api, &h.ty);
            let wire = h.wire_name.to_ascii_lowercase();
            let encoding = header_encoding(api, &h.ty).map(|name| {
                let name = format_ident!("{name}");
                quote!(as #name)
            });
            quote!(#method: #wire as #value #encoding)
        })
        .collect();
    // `x-ms-header-collection-prefix` headers: a map of every header with
    // the prefix.
    let collections: Vec<TokenStream> = headers
        .values()
        .filter_map(|h| {
            let prefix = h.header_collection_prefix.as_ref()?.to_ascii_lowercase();
            let method = format_ident!("{}", h.name.rust);
            Some(quote!(#method: #prefix))
        })
        .collect();
    let collections = (!collections.is_empty()).then(|| quote!(collections { #(#collections),* }));
    // A model an XML operation returns is read as `Response<T, Xml>`, a
    // list of them as `Response<Vec<T>, XmlList<Nested>>`.
    let xml_ty = match (target, xml) {
        (Target::Model(id), true) => {
            let model = format_ident!("{}", api.model(id).name.rust);
            Some(quote!(Response::<#model, crate::xml::Xml>))
        }
        (Target::List(id), true) => {
            let model = format_ident!("{}", api.model(id).name.rust);
            let content =
                crate::rust_api::xml::content_type(api, &crate::ir::TypeRef::Model(id.clone()));
            Some(quote!(Response::<Vec<#model>, crate::xml::XmlList<#content>>))
        }
        _ => None,
    };
    let xml_impl = xml_ty.map(|ty| {
        quote! {
            impl crate::runtime::Sealed for #ty {}
            crate::runtime::header_accessors!(#ty, #name { #(#accessors),* } #collections);
        }
    });
    quote! {
        #[doc = #doc]
        pub trait #name: crate::runtime::Sealed {
            #(#declarations)*
        }

        #seal

        crate::runtime::header_accessors!(#ty, #name { #(#accessors),* } #collections);
        #xml_impl
    }
}

/// The value type of a header's accessor: a map for a header collection.
fn accessor_type(api: &Api, header: &ResponseHeader) -> TokenStream {
    match header.header_collection_prefix {
        Some(_) => quote!(std::collections::HashMap<String, String>),
        None => header_type(api, &header.ty),
    }
}
