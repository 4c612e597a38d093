//! How a value reaches the wire in generated code: the serde helper a
//! field of a date-time or bytes type needs, and the text a value becomes in
//! a URL or header.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{DateTimeFormat, Scalar, TypeRef};

/// The `#[serde(...)]` arguments an `Option<_>` field of type `ty` needs
/// beyond `rename`/`skip_serializing_if`: the helper module for its wire
/// format (none for types serde reads as they are).
pub(crate) fn serde_helper(ty: &TypeRef) -> Option<TokenStream> {
    let module = match ty {
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc3339)) => {
            "crate::runtime::rfc3339::option"
        }
        TypeRef::Scalar(Scalar::DateTime(_)) => "azure_core::time::rfc7231::option",
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => "azure_core::base64::option",
        TypeRef::Scalar(Scalar::Base64Url) => {
            return Some(quote!(
                default,
                deserialize_with = "azure_core::base64::option::deserialize_url_safe",
                serialize_with = "azure_core::base64::option::serialize_url_safe"
            ))
        }
        _ => return None,
    };
    Some(quote!(default, with = #module))
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
