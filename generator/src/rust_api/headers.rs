//! Typed response headers in the Rust API: the name of the trait with the
//! accessors of a response type ([`Target`], decided per method in
//! [`super::methods`]), and the Rust type each header is read as.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Scalar, TypeRef};

pub(crate) use super::methods::Target;
use super::types::{rust_type, text_encoding_name, wire_type};

/// The name of the headers trait of a response type.
pub(crate) fn trait_name(api: &Api, target: &Target) -> String {
    match target {
        Target::Model(id) => crate::naming::suffixed(&api.model(id).name.rust, "Headers"),
        Target::List(id) => crate::naming::suffixed(&api.model(id).name.rust, "ListHeaders"),
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
            | Scalar::UnixTime
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

/// The encoding a response header of `ty` is read in (its name in
/// `crate::encoding`), when its text is one of
/// [`super::types::encoding`]'s rather than its type's `FromStr`: dates,
/// times, Unix times and bytes (a closed enum of one takes its scalar's),
/// read from the text a JSON string of theirs holds. Date-times have none:
/// they are read as RFC 1123 or RFC 3339, whichever the spec names,
/// because services send HTTP date headers in both forms.
pub(crate) fn header_encoding(api: &Api, ty: &TypeRef) -> Option<&'static str> {
    match wire_type(api, ty) {
        TypeRef::Scalar(Scalar::DateTime(_)) => None,
        ty => text_encoding_name(&ty),
    }
}
