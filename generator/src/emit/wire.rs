//! How a value reaches a URL or header in generated code: the text it
//! becomes (its JSON encoding is [`crate::rust_api::types::encoding`]).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{DateTimeFormat, Scalar, TypeRef};

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
        TypeRef::Scalar(Scalar::UnixTime) => quote!(crate::encoding::unix_time_text(#value)),
        TypeRef::Scalar(Scalar::Date) => quote!(crate::encoding::date_text(#value)),
        TypeRef::Scalar(Scalar::Time) => quote!(crate::encoding::time_text(#value)),
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => {
            quote!(azure_core::base64::encode(#value))
        }
        TypeRef::Scalar(Scalar::Base64Url) => quote!(azure_core::base64::encode_url_safe(#value)),
        _ => quote!(ToString::to_string(#value)),
    }
}
