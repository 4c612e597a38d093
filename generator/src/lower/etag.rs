//! Entity tags: which string values of a spec are ETags.
//!
//! Swagger has no type for an entity tag; Azure specs spell it as a plain
//! string under well-known names. A response header `ETag`, a header
//! parameter `If-Match` or `If-None-Match` and a model property `etag`
//! (any case) typed as a plain string become [`Scalar::ETag`], so every
//! consumer of the IR sees one type for them (the Rust API makes it
//! `azure_core::http::Etag`, as the official crates do).

use super::headers;
use crate::ir::{Api, Scalar, TypeRef};

/// Names of response headers that carry an entity tag.
const HEADERS: &[&str] = &["etag"];
/// Names of header parameters that carry an entity tag.
const PARAMETERS: &[&str] = &["if-match", "if-none-match"];
/// Names of model properties that carry an entity tag.
const PROPERTIES: &[&str] = &["etag"];

/// Marks the plain-string ETags of `api` as [`Scalar::ETag`]. A plain
/// string only: any other type (a string with a format, an enum, a number)
/// says the spec means something else.
pub(super) fn mark(api: &mut Api) {
    let etag = TypeRef::Scalar(Scalar::ETag);
    headers::retype(api, PARAMETERS, HEADERS, &TypeRef::string(), &etag);
    for model in api.models.values_mut() {
        for property in &mut model.properties {
            if headers::named(&property.wire_name, PROPERTIES) && property.ty == TypeRef::string() {
                property.ty = etag.clone();
            }
        }
    }
}
