//! The public shape of each operation's method: its name, arguments,
//! options struct and return type.
//!
//! These are the emitter's naming and signature decisions in one place, for
//! the client emitter and for every other emitter that writes calls to the
//! generated client (the conformance tests), so both always agree.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{
    Api, Events, HttpMethod, Operation, Parameter, RequestBody, Scalar, StatusCode, TypeRef,
};

use super::methods::Method;
use super::types::{body_rust_type, encoding_type, rust_type};
use super::RustApi;

/// The options struct's name before it was `{Client}{Method}Options`: the
/// operation id in UpperCamelCase + `Options` (`Pool_List` →
/// `PoolListOptions`). A parameter group of that name (Batch's `postfix:
/// Options`) is the options struct itself.
fn operation_options_name(op: &Operation) -> String {
    crate::naming::suffixed(&crate::naming::type_name(&op.id), "Options")
}

/// Where an argument or options field comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Input<'a> {
    /// A path, query or header parameter.
    Param(&'a Parameter),
    /// The request body.
    Body(&'a RequestBody),
    /// A parameter group's struct (`x-ms-parameter-grouping`), named by the
    /// group's name as the IR resolved it.
    Group(&'a str),
}

impl<'a> Input<'a> {
    /// The group this parameter or body is passed in, if it is not passed on
    /// its own. A group that is the method's options struct itself (Batch's
    /// `postfix: Options` gives `PoolListOptions`, the options struct's own
    /// name) is no separate struct: its members are options fields.
    pub(crate) fn group(self, op: &Operation) -> Option<&'a str> {
        let group = match self {
            Self::Param(p) => p.group.as_deref(),
            Self::Body(b) => b.group.as_deref(),
            Self::Group(_) => None,
        }?;
        (group_type_name(group) != operation_options_name(op)).then_some(group)
    }

    /// The spec's `description` of the input.
    pub(crate) fn description(self) -> Option<&'a str> {
        match self {
            Self::Param(p) => p.description.as_deref(),
            Self::Body(b) => b.description.as_deref(),
            Self::Group(_) => None,
        }
    }
}

/// The Rust type name of a parameter group (`first-parameter-group` →
/// `FirstParameterGroup`).
pub(crate) fn group_type_name(group: &str) -> String {
    crate::naming::type_name(group)
}

/// One field of a parameter group's struct: a grouped parameter or body.
#[derive(Debug, Clone)]
pub(crate) struct GroupField<'a> {
    /// The field's name (snake_case).
    pub name: String,
    /// Its owned Rust type (inside an `Option` unless [`Self::required`]).
    pub ty: TokenStream,
    /// Whether every operation that uses the group requires it: only then is
    /// the field not an `Option`.
    pub required: bool,
    /// The input it fills (in the first operation that has it).
    pub input: Input<'a>,
}

/// A parameter group's struct, shared by every operation that names it.
#[derive(Debug, Clone)]
pub(crate) struct GroupStruct<'a> {
    /// The group's name as the IR resolved it.
    pub group: &'a str,
    /// The struct's type name.
    pub type_name: String,
    /// The operations that use it, in spec order.
    pub operations: Vec<&'a Operation>,
    /// Its fields, in the order the operations first list them.
    pub fields: Vec<GroupField<'a>>,
}

impl GroupStruct<'_> {
    /// Whether the struct has a required field, and so is passed as a method
    /// argument rather than as an options field.
    pub(crate) fn required(&self) -> bool {
        self.fields.iter().any(|f| f.required)
    }
}

/// The inputs of an operation in their group, if any, in spec order
/// (parameters, then the body).
pub(crate) fn grouped_inputs<'a>(op: &'a Operation) -> Vec<(&'a str, Input<'a>)> {
    let params = input_params(op)
        .filter(|p| !is_client_filled(p))
        .map(Input::Param);
    params
        .chain(body_input(op).map(Input::Body))
        .filter_map(|input| Some((input.group(op)?, input)))
        .collect()
}

/// The name of a grouped input's field in its group's struct.
pub(crate) fn grouped_name(input: Input<'_>) -> String {
    match input {
        Input::Param(p) => p.name.rust.clone(),
        Input::Body(b) => b.name.rust.clone(),
        Input::Group(g) => crate::naming::field_name(g),
    }
}

/// Every parameter group of the API, in the order first used; computed
/// once per module as [`RustApi::groups`].
pub(crate) fn group_structs(api: &Api) -> Vec<GroupStruct<'_>> {
    let mut groups: Vec<GroupStruct<'_>> = Vec::new();
    for op in &api.operations {
        for (group, input) in grouped_inputs(op) {
            let index = match groups.iter().position(|g| g.group == group) {
                Some(index) => index,
                None => {
                    groups.push(GroupStruct {
                        group,
                        type_name: group_type_name(group),
                        operations: Vec::new(),
                        fields: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let entry = &mut groups[index];
            if !entry.operations.iter().any(|o| std::ptr::eq(*o, op)) {
                entry.operations.push(op);
            }
            let name = grouped_name(input);
            let required = match input {
                Input::Param(p) => p.required,
                Input::Body(b) => b.required,
                Input::Group(_) => false,
            };
            match entry.fields.iter_mut().find(|f| f.name == name) {
                Some(field) => field.required &= required,
                None => entry.fields.push(GroupField {
                    ty: input_type(api, op, input),
                    name,
                    required,
                    input,
                }),
            }
        }
    }
    // A field some operation of the group lacks is optional.
    for group in &mut groups {
        let operations = group.operations.clone();
        for field in &mut group.fields {
            let everywhere = operations.iter().all(|op| {
                grouped_inputs(op)
                    .iter()
                    .any(|(g, input)| *g == group.group && grouped_name(*input) == field.name)
            });
            field.required &= everywhere;
        }
    }
    groups
}

/// The owned type of an input of `op` (an options field's or a group
/// field's).
fn input_type(api: &Api, op: &Operation, input: Input<'_>) -> TokenStream {
    match input {
        Input::Param(p) => super::form::param_type(api, p),
        Input::Body(b) if is_text_body(op, b) => quote!(String),
        Input::Body(b) => body_type(api, op, &b.ty),
        Input::Group(g) => {
            let name = quote::format_ident!("{}", group_type_name(g));
            quote!(#name)
        }
    }
}

/// The groups an operation uses, each once, in the order first used.
fn groups_of<'r, 'a>(rust: &'r RustApi<'a>, op: &'a Operation) -> Vec<&'r GroupStruct<'a>> {
    let mut names: Vec<&str> = Vec::new();
    for (group, _) in grouped_inputs(op) {
        if !names.contains(&group) {
            names.push(group);
        }
    }
    names.into_iter().filter_map(|g| rust.group(g)).collect()
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
    /// `Response<String, TextFormat>`: a string the service sends as text
    /// (its operation produces no JSON media type), read as it is.
    Text,
    /// `Response<(), NoFormat>`: a status-only operation.
    Empty,
    /// `bool`: a HEAD "exists" check answering 200 or 404.
    Exists,
    /// `AsyncResponse`: a download whose body streams.
    Stream,
    /// `crate::events::EventStream<T>`: a body of items (server-sent
    /// events, JSON Lines) read one at a time as they arrive.
    Events(Events),
    /// `Poller<OperationStatus<T>>` (a plain `fn`, not `async`): a
    /// long-running operation whose result is `result` (`None`: no body).
    Poller {
        /// The type of the operation's result.
        result: Option<TypeRef>,
    },
    /// `Pager<T>` (a plain `fn`, not `async`) over the pages of a
    /// long-running operation whose result is a page: polled to its end,
    /// then followed through the `next_link_name` property (the second
    /// method of such an operation, [`super::methods::Method::pages`]).
    PolledPager {
        /// The page model.
        page: TypeRef,
        /// The property of a page holding the next page's URL.
        next_link_name: String,
    },
    /// `Pager<T>` (a plain `fn`, not `async`): pages of type `page`
    /// followed through the `next_link_name` property.
    Pager {
        /// The page model.
        page: TypeRef,
        /// The property of a page holding the next page's URL; `None`
        /// (`nextLinkName: null`): the list comes whole in one page.
        next_link_name: Option<String>,
    },
}

/// Parameters the client fills itself: the api-version, constants and host
/// parameters.
pub(crate) fn is_client_filled(param: &Parameter) -> bool {
    param.api_version || param.constant.is_some()
}

/// The operation's method arguments: required path, query and header
/// parameters in spec order, then a required body, then the parameter
/// groups with a required field.
pub(crate) fn arguments<'a>(rust: &RustApi<'a>, op: &'a Operation) -> Vec<Argument<'a>> {
    let api = rust.api;
    let params = input_params(op)
        .filter(|p| p.required && !is_client_filled(p))
        .filter(|p| Input::Param(p).group(op).is_none())
        .map(|p| Argument {
            name: argument_name(&p.name.rust),
            ty: argument_type(api, p),
            input: Input::Param(p),
        });
    let body = body_input(op)
        .filter(|b| b.required && Input::Body(b).group(op).is_none())
        .map(|b| Argument {
            name: argument_name(&b.name.rust),
            ty: if is_text_body(op, b) {
                quote!(&str)
            } else {
                body_type(api, op, &b.ty)
            },
            input: Input::Body(b),
        });
    let groups = groups_of(rust, op)
        .into_iter()
        .filter(|g| g.required())
        .map(|g| Argument {
            name: argument_name(&crate::naming::field_name(g.group)),
            ty: input_type(api, op, Input::Group(g.group)),
            input: Input::Group(g.group),
        });
    params.chain(body).chain(groups).collect()
}

/// Locals of every generated method body; an argument of the same name
/// would be shadowed by them (Maps' `query`, Purview's `request`, Anomaly
/// Detector's `options` body; a pager's `next_page` request builder).
const METHOD_LOCALS: &[&str] = &[
    "options",
    "url",
    "query",
    "request",
    "response",
    "next_page",
];

/// The argument's name: the parameter's, with `_` appended where it would
/// be shadowed by a local of the method body.
pub(crate) fn argument_name(name: &str) -> String {
    if METHOD_LOCALS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

/// The operation's options fields: optional parameters in spec order, then
/// an optional body, then the parameter groups without a required field.
pub(crate) fn option_fields<'a>(rust: &RustApi<'a>, op: &'a Operation) -> Vec<OptionField<'a>> {
    let api = rust.api;
    let params = input_params(op)
        .filter(|p| !p.required && !is_client_filled(p))
        .map(Input::Param);
    let body = body_input(op).filter(|b| !b.required).map(Input::Body);
    let ungrouped = params
        .chain(body)
        .filter(|input| input.group(op).is_none())
        .map(|input| OptionField {
            name: grouped_name(input),
            ty: input_type(api, op, input),
            input,
        });
    let groups = groups_of(rust, op)
        .into_iter()
        .filter(|g| !g.required())
        .map(|g| OptionField {
            name: crate::naming::field_name(g.group),
            ty: input_type(api, op, Input::Group(g.group)),
            input: Input::Group(g.group),
        });
    ungrouped.chain(groups).collect()
}

/// How a method reads a grouped input: the group's argument or options
/// field, and whether the group's struct declares the input's field
/// required.
pub(crate) struct GroupAccess {
    /// The group's argument or options field name.
    pub holder: String,
    /// Whether the group is a method argument (else an options field).
    pub argument: bool,
    /// The input's field in the group's struct.
    pub field: String,
    /// Whether that field is required (not an `Option`).
    pub required: bool,
}

/// Where a grouped input of `op` is read from; `None` when it is not grouped.
pub(crate) fn group_access(
    rust: &RustApi<'_>,
    op: &Operation,
    input: Input<'_>,
) -> Option<GroupAccess> {
    let group = input.group(op)?;
    let group = rust.group(group)?;
    let field = grouped_name(input);
    let required = group.fields.iter().any(|f| f.name == field && f.required);
    let argument = group.required();
    let name = crate::naming::field_name(group.group);
    Some(GroupAccess {
        holder: if argument { argument_name(&name) } else { name },
        argument,
        field,
        required,
    })
}

/// Whether an argument of this type is borrowed (`&str`, `&[T]`) rather
/// than taken by value; the method body and callers follow the same rule.
pub(crate) fn is_borrowed_argument(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Scalar(Scalar::String { .. }) | TypeRef::Array(_)
    )
}

fn argument_type(api: &Api, p: &Parameter) -> TokenStream {
    match &p.ty {
        TypeRef::Scalar(Scalar::String { .. }) => quote!(&str),
        TypeRef::Array(item) => {
            let item = super::form::item_type(api, p, item);
            quote!(&[#item])
        }
        _ => super::form::param_type(api, p),
    }
}

/// The parameters an operation takes as inputs: its own, then its form's
/// fields (each taken as a parameter is, see [`super::form`]).
pub(crate) fn input_params(op: &Operation) -> impl Iterator<Item = &Parameter> {
    op.parameters.iter().chain(super::form::form_fields(op))
}

/// The body an operation takes as an input: none for a form, whose fields
/// are the inputs.
pub(crate) fn body_input(op: &Operation) -> Option<&RequestBody> {
    op.body.as_ref().filter(|b| !super::form::is_form(b))
}

/// The type of a request body: `RequestContent<T>` (bytes for a stream),
/// or the value itself where it has an encoding (a date-time, bytes, an
/// array of them): azure_core converts no such value into a
/// `RequestContent` in its wire form (and a crate may not add the
/// conversion), so the method writes it. An XML body is taken as its
/// value too, and written as XML by the method (`RequestContent`'s own
/// conversion is JSON).
fn body_type(api: &Api, op: &Operation, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::Binary) => quote!(RequestContent<azure_core::Bytes>),
        other if is_xml_request(api, op, other) => body_rust_type(api, other),
        other if is_encoded_body(api, other) => body_rust_type(api, other),
        other => {
            let ty = body_rust_type(api, other);
            quote!(RequestContent<#ty>)
        }
    }
}

/// What the operation's method returns; read it from
/// [`Method::returns`], computed once.
pub(super) fn returns(op: &Operation) -> Returns {
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
    // A response that only streams is its stream; one that may also come
    // as a document keeps the document here and streams through a second
    // method ([`events_of`]).
    if let (None, Some(events)) = (&body, success_events(op)) {
        return Returns::Events(events.clone());
    }
    if op.long_running.is_some() {
        return Returns::Poller { result: body };
    }
    let streams = |ty: &TypeRef| match ty {
        TypeRef::Scalar(Scalar::Binary) => true,
        // A `type: file` response that some loaders see as any JSON.
        TypeRef::Any => op.produces.iter().any(|p| !p.contains("json")),
        _ => false,
    };
    match (body, &op.pageable) {
        (Some(ty), _) if streams(&ty) => Returns::Stream,
        (Some(ty), None) if is_text(&ty, &op.produces) => Returns::Text,
        // `nextLinkName: null` is a list of one page: a `Pager` still, as
        // the official crates return, so a later api-version that pages it
        // changes no Rust type. An XML page is paged by a marker
        // (Storage's `NextMarker`) or a link (`super::xml::is_pager`); one
        // with no next page returns its page as a body.
        (Some(page), Some(paging)) if !super::xml::reads_xml(op) || super::xml::is_pager(op) => {
            Returns::Pager {
                page,
                next_link_name: paging.next_link_name.clone(),
            }
        }
        (Some(ty), _) => Returns::Body(ty),
        (None, _) => Returns::Empty,
    }
}

/// The stream of items `op` answers with on success, if any.
pub(crate) fn success_events(op: &Operation) -> Option<&Events> {
    op.responses
        .iter()
        .filter(|r| !r.is_error)
        .find_map(|r| r.events.as_ref())
}

/// The stream of an operation that answers a JSON document or, asked with
/// `Accept` for it, a stream of the same status: its method returns the
/// document, and a second method (see `methods::Method::events`) the
/// stream.
/// The page and next-link property of a long-running operation whose
/// result is a JSON page with a next link (`Paging_GetMultiplePagesLRO`,
/// ARM's `LroPaging_postPagingLro`): its second method pages through it.
pub(crate) fn polled_pages_of(op: &Operation) -> Option<Returns> {
    op.long_running.as_ref()?;
    let next_link_name = op.pageable.as_ref()?.next_link_name.clone()?;
    if super::xml::reads_xml(op) {
        return None;
    }
    let page = op.success_body()?.clone();
    matches!(page, TypeRef::Model(_)).then_some(Returns::PolledPager {
        page,
        next_link_name,
    })
}

pub(crate) fn events_of(op: &Operation) -> Option<&Events> {
    op.success_body().and(success_events(op))
}

/// The `Accept` header of a method's request when it is not every media
/// type its operation produces: the stream's own, for the second method
/// of an operation that may answer a document instead.
pub(crate) fn accept(method: &Method<'_>) -> Option<&'static str> {
    match &method.returns {
        Returns::Events(events) if method.op.success_body().is_some() => {
            Some(events.framing.media_type())
        }
        _ => None,
    }
}

/// The function of `crate::events` that reads one item of type `item`:
/// `text` for a plain string (the data as it is), `json` for any other.
pub(crate) fn item_parser(item: &TypeRef) -> &'static str {
    match item {
        TypeRef::Scalar(Scalar::String { format: None }) => "text",
        _ => "json",
    }
}

/// Whether a body of type `ty` sent or read as the first of `media_types`
/// (an operation's `consumes` or `produces`) is text rather than JSON: a
/// plain string under a media type that is not JSON (`text/plain`). Its
/// bytes are the string itself, not a quoted JSON string.
pub(crate) fn is_text(ty: &TypeRef, media_types: &[String]) -> bool {
    matches!(ty, TypeRef::Scalar(Scalar::String { format: None }))
        && media_types.first().is_some_and(|m| !is_json(m))
        && !media_types.iter().any(|m| is_json(m))
}

/// Whether a media type is JSON (`application/json`, `text/json`,
/// `application/merge-patch+json`, with or without parameters): its
/// subtype is `json` or ends in `+json` (RFC 6839). JSON Lines
/// (`application/jsonl`, `application/x-ndjson`) and JSON text sequences
/// (`application/json-seq`) are not one JSON document but lines of them:
/// text.
pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.split_once('/').is_some_and(|(_, subtype)| {
        matches!(subtype, "json" | "x-json") || subtype.ends_with("+json")
    })
}

/// Whether `op`'s body is text (see [`is_text`]): taken as `&str` (or an
/// owned `String`) and sent as its bytes.
pub(crate) fn is_text_body(op: &Operation, body: &RequestBody) -> bool {
    is_text(&body.ty, &op.consumes)
}

/// The `crate::poller::FinalState` variant of a long-running operation:
/// where its result is read (`final-state-via`; a value this generator does
/// not know is the default).
pub(crate) fn final_state(op: &Operation) -> &'static str {
    let via = op
        .long_running
        .as_ref()
        .and_then(|lro| lro.final_state_via.as_deref());
    match via {
        Some("azure-async-operation") => "AzureAsyncOperation",
        Some("location") => "Location",
        Some("operation-location") => "OperationLocation",
        Some("original-uri") => "OriginalUri",
        _ => "Default",
    }
}

/// The statuses that mean success: the non-error responses, plus 404 for an
/// exists check.
pub(crate) fn success_codes(method: &Method<'_>) -> Vec<u16> {
    let op = method.op;
    let exists = method.returns == Returns::Exists;
    op.responses
        .iter()
        .filter_map(|r| match r.status {
            StatusCode::Code(code) if !r.is_error || (exists && code == 404) => Some(code),
            _ => None,
        })
        .collect()
}

/// Whether `op` sends its body of type `ty` as XML (taken as its value,
/// written through the models' `xml_object!` tables).
pub(crate) fn is_xml_request(api: &Api, op: &Operation, ty: &TypeRef) -> bool {
    super::xml::sends_xml(op) && super::xml::is_xml_body(api, ty)
}

/// Whether `op` reads its body of type `ty` as XML.
pub(crate) fn is_xml_response(api: &Api, op: &Operation, ty: &TypeRef) -> bool {
    super::xml::reads_xml(op) && super::xml::is_xml_body(api, ty)
}

/// The format argument of `op`'s response whose body is of type `ty`:
/// `crate::xml::Xml` (a list: `crate::xml::XmlList<C>`) for XML, else as
/// [`body_format`] says.
fn response_format(api: &Api, op: &Operation, ty: &TypeRef) -> Option<TokenStream> {
    if !is_xml_response(api, op, ty) {
        return body_format(api, ty);
    }
    Some(match ty {
        TypeRef::Array(item) => {
            let content = super::xml::content_type(api, item);
            quote!(, crate::xml::XmlList<#content>)
        }
        _ => quote!(, crate::xml::Xml),
    })
}

/// The method's return type, `azure_core::Result<...>` included.
pub(crate) fn return_type(api: &Api, method: &Method<'_>) -> TokenStream {
    let inner = match method.returns.clone() {
        Returns::Body(ty) => {
            let format = response_format(api, method.op, &ty);
            let ty = body_rust_type(api, &ty);
            quote!(Response<#ty #format>)
        }
        Returns::Text => quote!(Response<String, crate::TextFormat>),
        Returns::Empty => match method.marker() {
            Some(marker) => {
                let marker = quote::format_ident!("{marker}");
                quote!(Response<#marker, NoFormat>)
            }
            None => quote!(Response<(), NoFormat>),
        },
        Returns::Exists => quote!(bool),
        Returns::Stream => quote!(AsyncResponse),
        Returns::Events(events) => {
            let item = match item_parser(&events.item) {
                "text" => quote!(String),
                _ => body_rust_type(api, &events.item),
            };
            quote!(crate::events::EventStream<#item>)
        }
        Returns::Pager { page, .. } => {
            let format = is_xml_response(api, method.op, &page).then(|| quote!(, crate::xml::Xml));
            let page = rust_type(api, &page);
            quote!(Pager<#page #format>)
        }
        Returns::PolledPager { page, .. } => {
            let page = rust_type(api, &page);
            quote!(Pager<#page>)
        }
        // Spelled in full: specs name their own models `OperationStatus`.
        Returns::Poller { result: Some(ty) } => {
            let format = body_format(api, &ty);
            let ty = body_rust_type(api, &ty);
            quote!(azure_core::http::Poller<crate::poller::OperationStatus<#ty #format>>)
        }
        Returns::Poller { result: None } => {
            quote!(azure_core::http::Poller<crate::poller::OperationStatus<(), NoFormat>>)
        }
    };
    quote!(azure_core::Result<#inner>)
}

/// The format argument of a response whose body is of type `ty`
/// (`, crate::encoding::Json<E>` where the body has an encoding), none for
/// JSON read as serde reads its type.
fn body_format(api: &Api, ty: &TypeRef) -> Option<TokenStream> {
    encoding_type(api, ty).map(|encoding| quote!(, crate::encoding::Json<#encoding>))
}

/// Whether a request body of type `ty` is taken as its value and written
/// by the method in its encoding (see `body_type`), not as a
/// `RequestContent`.
pub(crate) fn is_encoded_body(api: &Api, ty: &TypeRef) -> bool {
    !matches!(ty, TypeRef::Scalar(Scalar::Binary)) && encoding_type(api, ty).is_some()
}

#[cfg(test)]
mod tests {
    use super::is_json;

    #[test]
    fn json_is_the_json_subtype_and_its_suffix_not_json_lines() {
        for json in [
            "application/json",
            "text/json; charset=utf-8",
            "application/merge-patch+json",
            "Application/Problem+JSON",
        ] {
            assert!(is_json(json), "{json}");
        }
        for not_json in [
            "application/jsonl",
            "application/x-ndjson",
            "application/json-seq",
            "text/plain",
            "json",
        ] {
            assert!(!is_json(not_json), "{not_json}");
        }
    }
}
