//! The public shape of each operation's method: its name, arguments,
//! options struct and return type.
//!
//! These are the emitter's naming and signature decisions in one place, for
//! the client emitter and for every other emitter that writes calls to the
//! generated client (the conformance tests), so both always agree.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, HttpMethod, Operation, Parameter, RequestBody, Scalar, StatusCode, TypeRef};

use super::types::{body_rust_type, rust_type};

/// The method's name on the client: [`Operation::rust_name`].
pub(crate) fn method_name(op: &Operation) -> &str {
    &op.rust_name
}

/// The options struct's name: the operation id in UpperCamelCase +
/// `Options` (`Pool_Get` → `PoolGetOptions`), or `MethodOptions` where a
/// model or enum of the spec has that name already (Communication SMS has
/// a model `SmsSendOptions` and an operation `Sms_Send`).
pub(crate) fn options_type_name(api: &Api, op: &Operation) -> String {
    let stem = crate::naming::type_name(&op.id);
    let name = format!("{stem}Options");
    let taken = api.models.values().any(|m| m.name.rust == name)
        || api.enums.values().any(|e| e.name.rust == name);
    if taken {
        format!("{stem}MethodOptions")
    } else {
        name
    }
}

/// Where an argument or options field comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Input<'a> {
    /// A path, query or header parameter.
    Param(&'a Parameter),
    /// The request body.
    Body(&'a RequestBody),
}

/// A required input, passed as a method argument (in this order, after
/// `&self` and before `options`).
#[derive(Debug, Clone)]
pub(crate) struct Argument<'a> {
    /// The argument's name (snake_case).
    pub name: String,
    /// Its Rust type: `&str` for strings, `&[T]` for arrays,
    /// `RequestContent<M>` for a body, the value type otherwise.
    pub ty: TokenStream,
    /// The parameter or body it fills.
    pub input: Input<'a>,
}

/// An optional input: a field `name: Option<ty>` of the options struct.
#[derive(Debug, Clone)]
pub(crate) struct OptionField<'a> {
    /// The field's name (snake_case).
    pub name: String,
    /// The type inside the `Option` (owned: `String`, `Vec<T>`,
    /// `RequestContent<M>`, ...).
    pub ty: TokenStream,
    /// The parameter or body it fills.
    pub input: Input<'a>,
}

/// What a method gives back (inside `azure_core::Result`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Returns {
    /// `Response<T>`: a deserializable body of this type.
    Body(TypeRef),
    /// `Response<(), NoFormat>`: a status-only operation.
    Empty,
    /// `bool`: a HEAD "exists" check answering 200 or 404.
    Exists,
    /// `AsyncResponse`: a download whose body streams.
    Stream,
    /// `Pager<T>` (a plain `fn`, not `async`): pages of type `page`
    /// followed through the `next_link_name` property.
    Pager {
        /// The page model.
        page: TypeRef,
        /// The property of a page holding the next page's URL.
        next_link_name: String,
    },
}

/// Parameters the client fills itself: the api-version, constants and host
/// parameters.
pub(crate) fn is_client_filled(param: &Parameter) -> bool {
    param.api_version || param.constant.is_some()
}

/// The operation's method arguments: required path, query and header
/// parameters in spec order, then a required body.
pub(crate) fn arguments<'a>(api: &Api, op: &'a Operation) -> Vec<Argument<'a>> {
    let params = op
        .parameters
        .iter()
        .filter(|p| p.required && !is_client_filled(p))
        .map(|p| Argument {
            name: argument_name(&p.name.rust),
            ty: argument_type(api, &p.ty),
            input: Input::Param(p),
        });
    let body = op.body.iter().filter(|b| b.required).map(|b| Argument {
        name: argument_name(&b.name.rust),
        ty: body_type(api, &b.ty),
        input: Input::Body(b),
    });
    params.chain(body).collect()
}

/// Locals of every generated method body; an argument of the same name
/// would be shadowed by them (Maps' `query`, Purview's `request`, Anomaly
/// Detector's `options` body).
const METHOD_LOCALS: &[&str] = &["options", "url", "query", "request", "response"];

/// The argument's name: the parameter's, with `_` appended where it would
/// be shadowed by a local of the method body.
fn argument_name(name: &str) -> String {
    if METHOD_LOCALS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// The operation's options fields: optional parameters in spec order, then
/// an optional body.
pub(crate) fn option_fields<'a>(api: &Api, op: &'a Operation) -> Vec<OptionField<'a>> {
    let params = op
        .parameters
        .iter()
        .filter(|p| !p.required && !is_client_filled(p))
        .map(|p| OptionField {
            name: p.name.rust.clone(),
            ty: rust_type(api, &p.ty),
            input: Input::Param(p),
        });
    let body = op.body.iter().filter(|b| !b.required).map(|b| OptionField {
        name: b.name.rust.clone(),
        ty: body_type(api, &b.ty),
        input: Input::Body(b),
    });
    params.chain(body).collect()
}

fn argument_type(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::String { .. }) => quote!(&str),
        TypeRef::Array(item) => {
            let item = rust_type(api, item);
            quote!(&[#item])
        }
        other => rust_type(api, other),
    }
}

/// The type of a request body: `RequestContent<T>` (bytes for a stream).
fn body_type(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::Binary) => quote!(RequestContent<azure_core::Bytes>),
        other => {
            let ty = body_rust_type(api, other);
            quote!(RequestContent<#ty>)
        }
    }
}

/// What the operation's method returns.
pub(crate) fn returns(op: &Operation) -> Returns {
    let has = |code: u16| {
        op.responses
            .iter()
            .any(|r| r.status == StatusCode::Code(code))
    };
    // A HEAD whose 404 is expected asks whether something exists, whatever
    // its success status (200, or 204 without a body).
    let succeeds = op.responses.iter().any(
        |r| matches!(r.status, StatusCode::Code(code) if (200..300).contains(&code) && !r.is_error),
    );
    if op.method == HttpMethod::Head && succeeds && has(404) {
        return Returns::Exists;
    }
    let body = op.success_body().cloned();
    let streams = |ty: &TypeRef| match ty {
        TypeRef::Scalar(Scalar::Binary) => true,
        // A `type: file` response that some loaders see as any JSON.
        TypeRef::Any => op.produces.iter().any(|p| !p.contains("json")),
        _ => false,
    };
    match (body, &op.pageable) {
        (Some(ty), _) if streams(&ty) => Returns::Stream,
        (Some(page), Some(paging)) if paging.next_link_name.is_some() => Returns::Pager {
            page,
            next_link_name: paging.next_link_name.clone().unwrap_or_default(),
        },
        (Some(ty), _) => Returns::Body(ty),
        (None, _) => Returns::Empty,
    }
}

/// The statuses that mean success: the non-error responses, plus 404 for an
/// exists check.
pub(crate) fn success_codes(op: &Operation) -> Vec<u16> {
    let exists = returns(op) == Returns::Exists;
    op.responses
        .iter()
        .filter_map(|r| match r.status {
            StatusCode::Code(code) if !r.is_error || (exists && code == 404) => Some(code),
            _ => None,
        })
        .collect()
}

/// The method's return type, `azure_core::Result<...>` included.
pub(crate) fn return_type(api: &Api, op: &Operation) -> TokenStream {
    let inner = match returns(op) {
        Returns::Body(ty) => {
            let ty = body_rust_type(api, &ty);
            quote!(Response<#ty>)
        }
        Returns::Empty => quote!(Response<(), NoFormat>),
        Returns::Exists => quote!(bool),
        Returns::Stream => quote!(AsyncResponse),
        Returns::Pager { page, .. } => {
            let page = rust_type(api, &page);
            quote!(Pager<#page>)
        }
    };
    quote!(azure_core::Result<#inner>)
}
