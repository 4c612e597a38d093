//! Form bodies (Swagger's `formData` parameters, an OpenAPI 3 multipart or
//! URL-encoded request body): which encoding an operation's form is sent
//! in, and how each field is taken.
//!
//! A form is not one body argument: each field is an input of its own, as
//! a query parameter is (required fields are method arguments, optional
//! ones options fields), so a caller writes `upload(file, "name", None)`
//! rather than building the form. A file field (`type: file`, `format:
//! binary`) is a `crate::multipart::FilePart`: bytes or a stream, with the
//! part's optional file name and content type; an array of files is a
//! slice of them, each item a part of its own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, Operation, ParamLocation, Parameter, RequestBody, Scalar, TypeRef};

use super::types::rust_type;

/// How a form is encoded on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormKind {
    /// `multipart/form-data`: each field a part (`crate::multipart`).
    Multipart,
    /// `application/x-www-form-urlencoded`: `key=value` pairs
    /// (`form_urlencoded`).
    UrlEncoded,
}

/// The media type of a URL-encoded form.
pub(crate) const URL_ENCODED: &str = "application/x-www-form-urlencoded";
/// The media type of a multipart form.
pub(crate) const MULTIPART: &str = "multipart/form-data";

/// Whether `body` is a form: its fields are the inputs, not the body.
pub(crate) fn is_form(body: &RequestBody) -> bool {
    !body.form_fields.is_empty()
}

/// The form fields of `op`, empty when it sends no form.
pub(crate) fn form_fields(op: &Operation) -> &[Parameter] {
    match &op.body {
        Some(body) => &body.form_fields,
        None => &[],
    }
}

/// How `op`'s form is sent; `None` when it sends no form. Multipart when
/// the operation consumes it or a field is a file (a file has no
/// URL-encoded form); URL-encoded when only that is consumed.
pub(crate) fn form_kind(op: &Operation) -> Option<FormKind> {
    let fields = form_fields(op);
    if fields.is_empty() {
        return None;
    }
    let consumes = |media: &str| op.consumes.iter().any(|c| c.eq_ignore_ascii_case(media));
    if fields.iter().any(is_file_field) || consumes(MULTIPART) || !consumes(URL_ENCODED) {
        Some(FormKind::Multipart)
    } else {
        Some(FormKind::UrlEncoded)
    }
}

/// Whether a form field is a file, or an array of files.
pub(crate) fn is_file_field(p: &Parameter) -> bool {
    is_file(&p.ty)
}

fn is_file(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Scalar(Scalar::Binary) => true,
        TypeRef::Array(item) => matches!(**item, TypeRef::Scalar(Scalar::Binary)),
        _ => false,
    }
}

/// The owned Rust type of a parameter, a file field's as a
/// `FilePart` (in a `Vec` for an array of files).
pub(crate) fn param_type(api: &Api, p: &Parameter) -> TokenStream {
    if p.location != ParamLocation::FormData {
        return rust_type(api, &p.ty);
    }
    match &p.ty {
        TypeRef::Scalar(Scalar::Binary) => quote!(crate::multipart::FilePart),
        TypeRef::Array(_) if is_file(&p.ty) => quote!(Vec<crate::multipart::FilePart>),
        ty => rust_type(api, ty),
    }
}

/// The item type of an array argument (`&[item]`), a file's as a
/// `FilePart`.
pub(crate) fn item_type(api: &Api, p: &Parameter, item: &TypeRef) -> TokenStream {
    if p.location == ParamLocation::FormData && is_file(&p.ty) {
        quote!(crate::multipart::FilePart)
    } else {
        rust_type(api, item)
    }
}

/// Whether a form field's value (or an item's, for a `multi` array) is
/// sent as its JSON text: a model, a map or an untyped value has no text
/// of its own (OpenAI's `expires_after`), and JSON is what a service
/// reading such a part expects.
pub(crate) fn is_json(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Model(_) | TypeRef::Map(_) | TypeRef::Any => true,
        TypeRef::Nullable(inner) => is_json(inner),
        TypeRef::Array(item) => is_json(item),
        TypeRef::Scalar(_) | TypeRef::Enum(_) => false,
    }
}
