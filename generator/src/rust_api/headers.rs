//! Typed response headers in the Rust API: the name of the trait with the
//! accessors of a response type ([`Target`], decided per method in
//! [`super::methods`]), and the Rust type each header is read as.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Scalar, TypeRef};

pub(crate) use super::methods::Target;
use super::types::rust_type;

/// The name of the headers trait of a response type.
pub(crate) fn trait_name(api: &Api, target: &Target) -> String {
    match target {
        Target::Model(id) => crate::naming::suffixed(&api.model(id).name.rust, "Headers"),
        Target::Marker(marker) => crate::naming::suffixed(marker, "Headers"),
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
            | Scalar::Date
            | Scalar::Time
            | Scalar::Base64
            | Scalar::Base64Url
            | Scalar::Duration
            | Scalar::Uuid
            | Scalar::ETag
            | Scalar::NumberAsString(_),
        )
        | TypeRef::Enum(_) => rust_type(api, ty),
        _ => quote!(String),
    }
}
