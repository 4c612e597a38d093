//! Entity tags: which string values of a spec are ETags.
//!
//! Swagger has no type for an entity tag; Azure specs spell it as a plain
//! string under well-known names. A response header `ETag`, a header
//! parameter `If-Match` or `If-None-Match` and a model property `etag`
//! (any case) typed as a plain string become [`Scalar::ETag`], so every
//! consumer of the IR sees one type for them (the Rust API makes it
//! `azure_core::http::Etag`, as the official crates do).

use crate::ir::{Api, ParamLocation, Scalar, TypeRef};

/// Names of response headers that carry an entity tag.
const HEADERS: &[&str] = &["etag"];
/// Names of header parameters that carry an entity tag.
const PARAMETERS: &[&str] = &["if-match", "if-none-match"];
/// Names of model properties that carry an entity tag.
const PROPERTIES: &[&str] = &["etag"];

/// Marks the plain-string ETags of `api` as [`Scalar::ETag`].
pub(super) fn mark(api: &mut Api) {
    for op in &mut api.operations {
        for parameter in &mut op.parameters {
            if parameter.location == ParamLocation::Header
                && named(&parameter.wire_name, PARAMETERS)
            {
                retype(&mut parameter.ty);
            }
        }
        for response in &mut op.responses {
            for header in &mut response.headers {
                if named(&header.wire_name, HEADERS) {
                    retype(&mut header.ty);
                }
            }
        }
    }
    for model in api.models.values_mut() {
        for property in &mut model.properties {
            if named(&property.wire_name, PROPERTIES) {
                retype(&mut property.ty);
            }
        }
    }
}

fn named(wire_name: &str, names: &[&str]) -> bool {
    names
        .iter()
        .any(|name| wire_name.eq_ignore_ascii_case(name))
}

/// A plain string becomes an ETag; any other type (a string with a format,
/// an enum, a number) says the spec means something else.
fn retype(ty: &mut TypeRef) {
    if *ty == TypeRef::string() {
        *ty = TypeRef::Scalar(Scalar::ETag);
    }
}
