//! How a value reaches the wire in generated code: the format a model
//! field of a date-time or bytes type is written in, and the text a value
//! becomes in a URL or header.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{DateTimeFormat, Scalar, TypeRef};

/// The `crate::object` format a field of type `ty` is read and written in,
/// for types serde does not read from their JSON text as they are: none
/// for the rest.
pub(crate) fn wire_format(ty: &TypeRef) -> Option<&'static str> {
    match ty {
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc3339)) => Some("Rfc3339"),
        TypeRef::Scalar(Scalar::DateTime(_)) => Some("Rfc7231"),
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => Some("Base64"),
        TypeRef::Scalar(Scalar::Base64Url) => Some("Base64Url"),
        _ => None,
    }
}

/// An expression turning `value` (a reference to a value of `ty`) into the
/// text sent in a URL or header.
///
/// A date-time is sent in the format the spec names: `date-time` as RFC
/// 3339, `date-time-rfc1123` as RFC 1123, in headers as elsewhere (a server
/// reading an `x-ms-date-time` header as RFC 3339 refuses RFC 1123).
pub(crate) fn wire_text(ty: &TypeRef, value: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc3339)) => {
            quote!(crate::runtime::rfc3339(#value))
        }
        TypeRef::Scalar(Scalar::DateTime(_)) => quote!(crate::runtime::rfc7231(#value)),
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => {
            quote!(azure_core::base64::encode(#value))
        }
        TypeRef::Scalar(Scalar::Base64Url) => quote!(azure_core::base64::encode_url_safe(#value)),
        _ => quote!(ToString::to_string(#value)),
    }
}
