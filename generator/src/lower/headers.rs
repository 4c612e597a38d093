//! Headers known by their names: the one walk over a spec's header
//! parameters and response headers that the name-based rules ([`super::etag`],
//! [`super::http_date`]) retype with, where a name says more about a value
//! than the spec's type does.

use crate::ir::{Api, ParamLocation, TypeRef};

/// Every header parameter named in `parameters` and every response header
/// named in `responses` (any case) whose type is `from` becomes `to`; any
/// other type is the spec's word and is kept.
pub(super) fn retype(
    api: &mut Api,
    parameters: &[&str],
    responses: &[&str],
    from: &TypeRef,
    to: &TypeRef,
) {
    let retype = |ty: &mut TypeRef| {
        if ty == from {
            *ty = to.clone();
        }
    };
    for op in &mut api.operations {
        for parameter in &mut op.parameters {
            if parameter.location == ParamLocation::Header
                && named(&parameter.wire_name, parameters)
            {
                retype(&mut parameter.ty);
            }
        }
        for response in &mut op.responses {
            for header in &mut response.headers {
                if named(&header.wire_name, responses) {
                    retype(&mut header.ty);
                }
            }
        }
    }
}

/// Whether `wire_name` is one of `names` (lower case), in any case.
pub(super) fn named(wire_name: &str, names: &[&str]) -> bool {
    names
        .iter()
        .any(|name| wire_name.eq_ignore_ascii_case(name))
}
