//! Typed response headers in the Rust API: which response type carries an
//! operation's headers (`Response<Model>`, `Response<(), NoFormat>`,
//! `AsyncResponse`), the name of the trait with its accessors, and the Rust
//! type each header is read as.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Scalar, TypeRef};

use super::signature::{returns, Returns};
use super::types::rust_type;

/// The Rust response type an operation's headers are read from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
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

/// The response type an operation's headers are read from, if its method
/// returns one that can carry them.
pub(crate) fn target(op: &crate::ir::Operation) -> Option<Target> {
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

/// The name of the headers trait of a response type.
pub(crate) fn trait_name(api: &Api, target: &Target) -> String {
    match target {
        Target::Model(id) => crate::naming::suffixed(&api.model(id).name.rust, "Headers"),
        Target::Empty => "EmptyResponseHeaders".to_owned(),
        Target::Stream => "DownloadHeaders".to_owned(),
    }
}

/// Header values are scalars or enums; anything else is read as text.
pub(crate) fn header_type(api: &Api, ty: &TypeRef) -> TokenStream {
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
