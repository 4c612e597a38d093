//! The next page of a pager whose pages after the first come from another
//! operation (`x-ms-pageable.operationName`): which inputs of that
//! operation come from where, and the closure that builds its request from
//! a page's next link.
//!
//! The next operation's inputs are filled as AutoRest's generators fill
//! them: a parameter the first operation also has (same wire name, place
//! and type) carries the caller's value over; the next-link parameter gets
//! the link as the page sent it (often a path fragment, `next?page=2`,
//! meaningless as a URL of its own); the api-version and constants are the
//! client's; an optional parameter the first operation lacks is not sent.
//! A next operation that needs anything else (a required body, a required
//! parameter the first operation does not have) cannot be called by the
//! pager, which then follows the link with GET as for any other pager.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, HttpMethod, Operation, ParamLocation, Parameter, Scalar, TypeRef};
use crate::rust_api::signature::{
    is_borrowed_argument, is_client_filled, success_codes, Argument, Input,
};

use super::request::{request_statements, Sources};
use crate::rust_api::RustApi;

/// How the pager of `op` requests its next pages through another operation.
pub(super) struct NextRequest {
    /// A block whose value is the closure `Fn(&str) ->
    /// azure_core::Result<Request>`, placed where the first request's
    /// groups are taken apart but no input is encoded or moved yet: it
    /// owns copies of the values it carries over.
    pub closure: TokenStream,
    /// The statuses the next operation declares successful.
    pub success: Vec<u16>,
}

/// The operation `x-ms-pageable.operationName` of `op` names.
pub(crate) fn next_operation<'a>(api: &'a Api, op: &Operation) -> Option<&'a Operation> {
    let name = op.pageable.as_ref()?.next_operation.as_deref()?;
    api.operations.iter().find(|o| o.id == name)
}

/// The next-page request of `op`, whose inputs `first` reads; `None` when
/// `op` names no next operation or the pager cannot call it.
pub(super) fn next_request(
    rust: &RustApi<'_>,
    op: &Operation,
    first: &Sources<'_>,
) -> Option<NextRequest> {
    let api = rust.api;
    let next = next_operation(api, op)?;
    // azure_core cannot send OPTIONS; a body would have to come from nowhere.
    if next.method == HttpMethod::Options || next.body.as_ref().is_some_and(|b| b.required) {
        return None;
    }
    let link = link_parameter(op, next);
    let mut captures = Vec::new();
    let mut rebinds = Vec::new();
    let mut sources = Sources {
        api,
        bindings: Vec::new(),
        arguments: Vec::new(),
        optional: Vec::new(),
        client: quote!(client),
    };
    for p in next.parameters.iter().filter(|p| !is_client_filled(p)) {
        if link.is_some_and(|link| std::ptr::eq(link, p)) {
            sources.arguments.push(Argument {
                name: "next_link".to_owned(),
                ty: TokenStream::new(),
                input: Input::Param(p),
            });
            continue;
        }
        // Prefixed: a parameter named `link` must not meet the closure's
        // `next_link`, nor one named `url` the request's locals.
        let local = format_ident!("carried_{}", p.name.rust);
        match (carried(op, first, p), p.required) {
            (Some(Carried::Argument { name, borrowed }), true) => {
                captures.push(quote!(let #local = #name.to_owned();));
                if borrowed {
                    rebinds.push(quote!(let #local = &#local[..];));
                }
                sources.arguments.push(Argument {
                    name: local.to_string(),
                    ty: TokenStream::new(),
                    input: Input::Param(p),
                });
            }
            (Some(Carried::Argument { name, .. }), false) => {
                captures.push(quote!(let #local = Some(#name.to_owned());));
                sources.optional.push((Input::Param(p), quote!(#local)));
            }
            // A required path segment must have a value; an optional value
            // of the first operation may be none.
            (Some(Carried::Optional(_)), true) if p.location == ParamLocation::Path => return None,
            (Some(Carried::Optional(expr)), _) => {
                captures.push(quote!(let #local = #expr.clone();));
                sources.optional.push((Input::Param(p), quote!(#local)));
            }
            (None, true) => return None,
            (None, false) => {}
        }
    }
    let build = request_statements(next, &sources, TokenStream::new(), None);
    let link = if link.is_some() {
        quote!(next_link)
    } else {
        // The next operation takes no link (the test server's
        // `nextOperationWithQueryParams`): the link only says there is more.
        quote!(_)
    };
    let closure = quote! {
        {
            let client = self.clone();
            #(#captures)*
            move |#link: &str| -> azure_core::Result<Request> {
                #(#rebinds)*
                #build
                Ok(request)
            }
        }
    };
    Some(NextRequest {
        closure,
        success: success_codes(rust.method(next)),
    })
}

/// Where the first operation holds the value of a parameter of the next.
enum Carried {
    /// A required argument (or required field of a group argument), a local
    /// of argument type named so.
    Argument {
        name: proc_macro2::Ident,
        borrowed: bool,
    },
    /// An optional input: this expression of its `Option`.
    Optional(TokenStream),
}

/// The value of the next operation's parameter `p` in the first operation
/// `op`: its parameter of the same wire name, place and type.
fn carried(op: &Operation, first: &Sources<'_>, p: &Parameter) -> Option<Carried> {
    let q = op.parameters.iter().find(|q| {
        !is_client_filled(q)
            && q.wire_name == p.wire_name
            && q.location == p.location
            && q.ty == p.ty
    })?;
    let argument = first
        .arguments
        .iter()
        .find(|a| matches!(a.input, Input::Param(x) if std::ptr::eq(x, q)));
    match argument {
        Some(a) => Some(Carried::Argument {
            name: format_ident!("{}", a.name),
            borrowed: is_borrowed_argument(&q.ty),
        }),
        None => first
            .optional(Input::Param(q))
            .cloned()
            .map(Carried::Optional),
    }
}

/// The parameter of `next` that takes the next link: the one required
/// string parameter in the path or query that the first operation lacks,
/// else (an operation that is its own next operation has them all) the one
/// named for the next link (`nextLink`, `next_link`).
fn link_parameter<'a>(op: &Operation, next: &'a Operation) -> Option<&'a Parameter> {
    let candidates: Vec<&Parameter> = next
        .parameters
        .iter()
        .filter(|p| {
            p.required
                && !is_client_filled(p)
                && matches!(p.location, ParamLocation::Path | ParamLocation::Query)
                && matches!(p.ty, TypeRef::Scalar(Scalar::String { .. }))
        })
        .collect();
    let unmatched: Vec<&Parameter> = candidates
        .iter()
        .copied()
        .filter(|p| {
            !op.parameters
                .iter()
                .any(|q| q.wire_name == p.wire_name && q.location == p.location)
        })
        .collect();
    if let [only] = unmatched[..] {
        return Some(only);
    }
    let named = |p: &&Parameter| {
        let name: String = p
            .wire_name
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        name.eq_ignore_ascii_case("nextlink")
    };
    let mut named = candidates.into_iter().filter(named);
    match (named.next(), named.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}
