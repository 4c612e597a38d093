//! How a value reaches a URL or header in generated code: the text it
//! becomes (its JSON encoding is [`crate::rust_api::types::encoding`]).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::TypeRef;
use crate::rust_api::types::text_encoding;

/// An expression turning `value` (a reference to a value of `ty`) into the
/// text sent in a URL or header.
///
/// A date-time, date, time, Unix time or bytes value is the text of its
/// encoding (`crate::encoding::Text`), the one its JSON string holds:
/// `date-time` as RFC 3339, `date-time-rfc1123` as RFC 1123, in headers as
/// elsewhere (a server reading an `x-ms-date-time` header as RFC 3339
/// refuses RFC 1123), bytes as base64.
pub(crate) fn wire_text(ty: &TypeRef, value: TokenStream) -> TokenStream {
    match text_encoding(ty) {
        Some(encoding) => quote!(crate::encoding::text::<#encoding, _>(#value)),
        None => quote!(ToString::to_string(#value)),
    }
}
