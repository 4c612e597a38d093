//! The request of an operation: where each input comes from (an argument,
//! an options field, a field of a parameter group: [`Sources`]) and the
//! statements that encode them into the URL, headers and body. A client
//! method builds its first request this way, and a pager's next-page
//! closure the request of another operation (`next_page`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};

use crate::ir::{CollectionFormat, Operation, ParamLocation, PathSegment};
use crate::rust_api::form::{self, FormKind};
use crate::rust_api::signature::{
    argument_name, group_access, group_type_name, grouped_inputs, is_borrowed_argument,
    is_encoded_body, option_fields, Argument, Input,
};
use crate::rust_api::types::{encoding_type, wire_type};
use crate::rust_api::RustApi;

use super::wire::wire_text;

fn method_variant(op: &Operation) -> &'static str {
    use crate::ir::HttpMethod::*;
    match op.method {
        Get => "Get",
        Put => "Put",
        Post => "Post",
        Delete => "Delete",
        Options => "Options",
        Head => "Head",
        Patch => "Patch",
    }
}

/// Statements that build the operation's request into a local `request`
/// from its inputs as `sources` reads them; `after_groups` runs once the
/// groups are taken apart, before any input is encoded or moved.
pub(super) fn request_statements(
    op: &Operation,
    sources: &Sources<'_>,
    after_groups: TokenStream,
    accept: Option<&str>,
) -> TokenStream {
    let ungroup = &sources.bindings;
    let (path_bindings, path) = path_expr(op, sources);
    let query = query_statements(op, sources);
    // An operation without query parameters (not even api-version) builds
    // no query: an unused `mut` builder would warn.
    let query = if query.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            let mut query = url.query_builder();
            #(#query)*
            query.build();
        }
    };
    let raw_query = raw_query_statements(op, sources);
    let headers = header_statements(op, sources);
    let body = body_statements(op, sources);
    let method = format_ident!("{}", method_variant(op));
    // Every media type the operation produces, unless the method asks for
    // one of them (the stream of an operation that may answer a document).
    let accept = match accept {
        Some(accept) => quote!(request.insert_header("accept", #accept);),
        None if op.produces.is_empty() => TokenStream::new(),
        None => {
            let accept = op.produces.join(", ");
            quote!(request.insert_header("accept", #accept);)
        }
    };
    // A path parameter sent as given may bring its own query (a next link
    // handed to a next-page operation): the path alone would encode its `?`.
    let raw_path = op
        .parameters
        .iter()
        .any(|p| p.location == ParamLocation::Path && p.skip_url_encoding && p.constant.is_none());
    let append = if raw_path && !path_bindings.is_empty() {
        quote!(crate::runtime::append_path_and_query(&mut url, &#path);)
    } else {
        quote!(url.append_path(#path);)
    };
    let client = &sources.client;
    quote! {
        #(#ungroup)*
        #after_groups
        #(#path_bindings)*
        let mut url = #client.endpoint.clone();
        #append
        #query
        #(#raw_query)*
        let mut request = Request::new(url, Method::#method);
        #accept
        #(#headers)*
        #body
    }
}

/// The path: statements binding each encoded parameter to a local of the
/// same name, and a `format!` of the template with those names inline.
fn path_expr(op: &Operation, sources: &Sources<'_>) -> (Vec<TokenStream>, TokenStream) {
    let args = &sources.arguments;
    let mut template = String::new();
    let mut bindings = Vec::new();
    let scope = scope_parameter(op);
    for (index, segment) in op.path.segments.iter().enumerate() {
        match segment {
            // A scope brings its own `/` (none at the tenant scope).
            PathSegment::Literal(_) if index == 0 && scope.is_some() => {}
            PathSegment::Literal(text) => {
                template.push_str(&text.replace('{', "{{").replace('}', "}}"))
            }
            PathSegment::Param(wire) => {
                let param = op
                    .parameters
                    .iter()
                    .find(|p| p.location == ParamLocation::Path && &p.wire_name == wire);
                let Some(p) = param else {
                    continue;
                };
                let arg = args
                    .iter()
                    .find(|a| matches!(a.input, Input::Param(q) if std::ptr::eq(p, q)));
                let ident = format_ident!("{}", arg.map_or(&p.name.rust, |a| &a.name));
                template.push_str(&format!("{{{ident}}}"));
                let value = if p.constant.is_some() {
                    let text = constant_text(p.constant.as_ref());
                    quote!(#text)
                } else if matches!(
                    p.ty,
                    crate::ir::TypeRef::Scalar(crate::ir::Scalar::String { .. })
                ) {
                    quote!(#ident)
                } else if let Some(items) = path_items(sources.api, p, &ident) {
                    // Each item encoded, then joined per its collectionFormat
                    // (a `csv` comma kept, as a URI template's list).
                    let separator = p
                        .collection_format
                        .unwrap_or(CollectionFormat::Csv)
                        .separator()
                        .unwrap_or(",");
                    bindings.push(quote!(
                        let #ident = crate::runtime::path_segment_list(#wire, #items, #separator)?;
                    ));
                    continue;
                } else if matches!(p.ty, crate::ir::TypeRef::Array(_)) {
                    // An array of arrays, or one sent as is: joined per its
                    // collectionFormat, then one segment.
                    let text = text_of(sources.api, p, quote!(#ident));
                    quote!(&#text)
                } else {
                    let text = wire_text(&wire_type(sources.api, &p.ty), quote!(&#ident));
                    quote!(&#text)
                };
                let helper = if scope.is_some_and(|scope| std::ptr::eq(p, scope)) {
                    quote!(crate::runtime::path_scope)
                } else if p.skip_url_encoding {
                    quote!(crate::runtime::path_segment_raw)
                } else {
                    quote!(crate::runtime::path_segment)
                };
                bindings.push(quote!(let #ident = #helper(#wire, #value)?;));
            }
        }
    }
    let path = if bindings.is_empty() {
        quote!(#template)
    } else {
        quote!(format!(#template))
    };
    (bindings, path)
}

/// The path parameter that is a scope, if the path opens with one: a
/// string sent as given (`x-ms-skip-url-encoding`) filling the path's
/// whole first segment, more of the path after it (`/{resourceUri}/providers/…`,
/// `/{scope}/providers/…`). Its value is a resource ID's path, empty at
/// the tenant scope, so it may be empty and brings its own `/`
/// (`runtime::path_scope`): an empty scope leaves `/providers/…`, not
/// `//providers/…`. Any other path parameter stays one non-empty segment,
/// a raw one in the middle or at the end of a path too (a blob name, a
/// next link).
fn scope_parameter(op: &Operation) -> Option<&crate::ir::Parameter> {
    let [PathSegment::Literal(first), PathSegment::Param(wire), PathSegment::Literal(rest), ..] =
        op.path.segments.as_slice()
    else {
        return None;
    };
    if first != "/" || !rest.starts_with('/') {
        return None;
    }
    op.parameters.iter().find(|p| {
        p.location == ParamLocation::Path
            && &p.wire_name == wire
            && p.skip_url_encoding
            && p.constant.is_none()
            && matches!(
                p.ty,
                crate::ir::TypeRef::Scalar(crate::ir::Scalar::String { .. })
            )
    })
}

pub(super) fn constant_text(value: Option<&serde_json::Value>) -> String {
    match value {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// Where the value of a parameter comes from: an argument (by value or
/// reference) or an options field.
fn param_statements(
    op: &Operation,
    sources: &Sources<'_>,
    include: impl Fn(&crate::ir::Parameter) -> bool,
    emit: impl Fn(&crate::ir::Parameter, TokenStream) -> TokenStream,
) -> Vec<TokenStream> {
    statements_of(&op.parameters, sources, include, emit)
}

/// [`param_statements`] over `params` (an operation's parameters, or its
/// form's fields).
fn statements_of(
    params: &[crate::ir::Parameter],
    sources: &Sources<'_>,
    include: impl Fn(&crate::ir::Parameter) -> bool,
    emit: impl Fn(&crate::ir::Parameter, TokenStream) -> TokenStream,
) -> Vec<TokenStream> {
    let args = &sources.arguments;
    params
        .iter()
        .filter(|p| include(p))
        .filter_map(|p| {
            if p.api_version {
                let client = &sources.client;
                return Some(emit(p, quote!(&#client.api_version)));
            }
            if p.constant.is_some() {
                let text = constant_text(p.constant.as_ref());
                return Some(emit(p, quote!(#text)));
            }
            if let Some(arg) = args
                .iter()
                .find(|a| matches!(a.input, Input::Param(q) if std::ptr::eq(p, q)))
            {
                let ident = format_ident!("{}", arg.name);
                let value = if is_borrowed_argument(&p.ty) {
                    quote!(#ident)
                } else {
                    quote!(&#ident)
                };
                return Some(emit(p, value));
            }
            if let Some(optional) = sources.optional(Input::Param(p)) {
                let set = emit(p, quote!(value));
                return Some(quote! {
                    if let Some(value) = &#optional {
                        #set
                    }
                });
            }
            None
        })
        .collect()
}

/// Where a method reads each of its inputs: an argument, an options field,
/// or a field of a parameter group, which the method first moves out of
/// its group into locals of the shapes an argument or options field has.
pub(super) struct Sources<'a> {
    /// Statements taking the groups apart.
    pub(super) bindings: Vec<TokenStream>,
    /// The method's arguments, each group argument replaced by its required
    /// fields (as locals of argument types: `&str`, `&[T]`, values).
    pub(super) arguments: Vec<Argument<'a>>,
    /// Each optional input and the expression of its `Option` (an options
    /// field or a local from a group).
    pub(super) optional: Vec<(Input<'a>, TokenStream)>,
    /// The client whose endpoint and api-version the request takes: `self`,
    /// or the clone a pager's next-page closure owns.
    pub(super) client: TokenStream,
    /// The module's IR, for the wire type of each value.
    pub(super) api: &'a crate::ir::Api,
}

impl<'a> Sources<'a> {
    pub(super) fn of(rust: &RustApi<'a>, op: &'a Operation, args: &[Argument<'a>]) -> Self {
        let mut sources = Sources {
            api: rust.api,
            bindings: Vec::new(),
            arguments: args
                .iter()
                .filter(|a| !matches!(a.input, Input::Group(_)))
                .cloned()
                .collect(),
            optional: option_fields(rust, op)
                .into_iter()
                .filter(|f| !matches!(f.input, Input::Group(_)))
                .map(|f| {
                    let ident = format_ident!("{}", f.name);
                    (f.input, quote!(options.#ident))
                })
                .collect(),
            client: quote!(self),
        };
        let groups = args
            .iter()
            .map(|a| a.input)
            .chain(option_fields(rust, op).into_iter().map(|f| f.input));
        for group in groups {
            let Input::Group(group) = group else {
                continue;
            };
            let mut fields = Vec::new();
            let mut holder = None;
            for (_, input) in grouped_inputs(op).into_iter().filter(|(g, _)| *g == group) {
                let Some(access) = group_access(rust, op, input) else {
                    continue;
                };
                let field = format_ident!("{}", access.field);
                let local = format_ident!("{}", argument_name(&access.field));
                fields.push(if field == local {
                    quote!(#field)
                } else {
                    quote!(#field: #local)
                });
                if access.required {
                    if matches!(input, Input::Param(p) if is_borrowed_argument(&p.ty)) {
                        sources.bindings.push(quote!(let #local = &#local[..];));
                    }
                    sources.arguments.push(Argument {
                        name: local.to_string(),
                        ty: TokenStream::new(),
                        input,
                    });
                } else {
                    sources.optional.push((input, quote!(#local)));
                }
                holder = Some(access);
            }
            let Some(access) = holder else {
                continue;
            };
            let ty = format_ident!("{}", group_type_name(group));
            let holder = format_ident!("{}", access.holder);
            let value = if access.argument {
                quote!(#holder)
            } else {
                quote!(options.#holder.unwrap_or_default())
            };
            // The fields other operations of the group use are not read.
            let all = rust.group(group).map_or(0, |g| g.fields.len());
            let rest = (fields.len() < all).then(|| quote!(..));
            // Bindings that take the group apart come first.
            sources
                .bindings
                .insert(0, quote!(let #ty { #(#fields,)* #rest } = #value;));
        }
        sources
    }

    /// The `Option` expression of an optional input, if it has one.
    pub(super) fn optional(&self, input: Input<'_>) -> Option<&TokenStream> {
        self.optional
            .iter()
            .find(|(i, _)| same_input(*i, input))
            .map(|(_, expr)| expr)
    }
}

/// Whether two inputs are the same parameter or body of the IR.
fn same_input(a: Input<'_>, b: Input<'_>) -> bool {
    match (a, b) {
        (Input::Param(a), Input::Param(b)) => std::ptr::eq(a, b),
        (Input::Body(a), Input::Body(b)) => std::ptr::eq(a, b),
        (Input::Group(a), Input::Group(b)) => a == b,
        _ => false,
    }
}

/// A value reference of the parameter's type as text: arrays joined per
/// `collectionFormat` (`multi` is handled by the caller).
fn text_of(api: &crate::ir::Api, p: &crate::ir::Parameter, value: TokenStream) -> TokenStream {
    if p.api_version {
        return quote!(#value);
    }
    match &wire_type(api, &p.ty) {
        crate::ir::TypeRef::Array(item) => {
            let separator = p
                .collection_format
                .unwrap_or(CollectionFormat::Csv)
                .separator()
                .unwrap_or(",");
            if let crate::ir::TypeRef::Array(inner) = &**item {
                // An array of arrays (Maps Elevation's `points`): each inner
                // array as csv, Swagger's default, then the outer format.
                let inner = items_text(api, inner, quote!(inner), ",");
                quote!(crate::runtime::join(
                    &#value.iter().map(|inner| #inner).collect::<Vec<_>>(),
                    #separator
                ))
            } else {
                items_text(api, item, value, separator)
            }
        }
        _ if p.constant.is_some() => quote!(#value),
        ty => wire_text(ty, value),
    }
}

/// The items of an array path parameter, each as its wire text (a slice
/// of them, or of values that print as it), for
/// `crate::runtime::path_segment_list`; `None` for what is not such an
/// array: an array of arrays, or one sent as is (`x-ms-skip-url-encoding`).
fn path_items(
    api: &crate::ir::Api,
    p: &crate::ir::Parameter,
    ident: &proc_macro2::Ident,
) -> Option<TokenStream> {
    let crate::ir::TypeRef::Array(item) = &wire_type(api, &p.ty) else {
        return None;
    };
    if p.skip_url_encoding || matches!(**item, crate::ir::TypeRef::Array(_)) {
        return None;
    }
    Some(if encoding_type(api, item).is_some() {
        let text = wire_text(item, quote!(item));
        quote!(&{
            let mut items = Vec::new();
            for item in #ident.iter() {
                items.push(#text);
            }
            items
        })
    } else {
        quote!(#ident)
    })
}

/// The items of an array `value` as one text joined by `separator`, each
/// item as its own wire text (a date-time in its format, bytes as base64).
fn items_text(
    api: &crate::ir::Api,
    item: &crate::ir::TypeRef,
    value: TokenStream,
    separator: &str,
) -> TokenStream {
    if encoding_type(api, item).is_some() {
        let text = wire_text(item, quote!(item));
        // A loop, not `.map(|item| #text)`: where an item's text is one
        // function call, clippy calls that closure redundant.
        quote!({
            let mut items = Vec::new();
            for item in #value.iter() {
                items.push(#text);
            }
            crate::runtime::join(&items, #separator)
        })
    } else {
        quote!(crate::runtime::join(#value, #separator))
    }
}

fn query_statements(op: &Operation, sources: &Sources<'_>) -> Vec<TokenStream> {
    // A fixed pair that a required query parameter also sets (Storage's
    // `comp` in both the `x-ms-paths` key and a constant parameter) is the
    // parameter's to write: `set_pair` would only overwrite it.
    let mut statements: Vec<TokenStream> = op
        .path
        .fixed_query
        .iter()
        .filter(|(key, _)| {
            !op.parameters
                .iter()
                .any(|p| p.location == ParamLocation::Query && p.required && p.wire_name == *key)
        })
        .map(|(key, value)| quote!(query.set_pair(#key, #value);))
        .collect();
    statements.extend(param_statements(
        op,
        sources,
        |p| p.location == ParamLocation::Query && !p.skip_url_encoding,
        |p, value| {
            let key = &p.wire_name;
            if matches!(p.ty, crate::ir::TypeRef::Array(_))
                && p.collection_format == Some(CollectionFormat::Multi)
            {
                let item = match wire_type(sources.api, &p.ty) {
                    crate::ir::TypeRef::Array(item) => wire_text(&item, quote!(item)),
                    _ => quote!(item.to_string()),
                };
                quote! {
                    for item in #value.iter() {
                        query.append_pair(#key, #item);
                    }
                }
            } else {
                let text = text_of(sources.api, p, value);
                quote!(query.set_pair(#key, #text);)
            }
        },
    ));
    statements
}

/// Query parameters marked `x-ms-skip-url-encoding`: appended to the built
/// query as given (the query builder would encode them).
fn raw_query_statements(op: &Operation, sources: &Sources<'_>) -> Vec<TokenStream> {
    param_statements(
        op,
        sources,
        |p| p.location == ParamLocation::Query && p.skip_url_encoding,
        |p, value| {
            let key = &p.wire_name;
            let text = text_of(sources.api, p, value);
            quote!(crate::runtime::append_raw_query(&mut url, #key, #text);)
        },
    )
}

fn header_statements(op: &Operation, sources: &Sources<'_>) -> Vec<TokenStream> {
    param_statements(
        op,
        sources,
        |p| p.location == ParamLocation::Header,
        |p, value| {
            if let Some(prefix) = &p.header_collection_prefix {
                let prefix = prefix.to_ascii_lowercase();
                return quote! {
                    for (key, value) in #value.iter() {
                        request.insert_header(format!("{}{key}", #prefix), value.clone());
                    }
                };
            }
            let key = p.wire_name.to_ascii_lowercase();
            let text = text_of(sources.api, p, value);
            quote!(request.insert_header(#key, #text);)
        },
    )
}

/// The bytes of an XML request body `value`: a model's element, or a
/// list's wrapper around its items, named as the body schema says.
fn xml_body(
    api: &crate::ir::Api,
    body: &crate::ir::RequestBody,
    value: TokenStream,
) -> TokenStream {
    let (root, item) = crate::rust_api::xml::body_names(api, &body.ty, body.xml.as_ref());
    match (&body.ty, item) {
        (crate::ir::TypeRef::Array(ty), Some(item)) => {
            let content = crate::rust_api::xml::content_type(api, ty);
            quote!(crate::xml::list_to_body::<#content, _>(&#value, #root, #item)?)
        }
        _ => quote!(crate::xml::to_body(&#value, #root)?),
    }
}

/// The statements sending `op`'s form fields as its body, each as
/// `rust_api::form` takes it: a multipart form through
/// `crate::multipart::Form`, one part per field (per item of an array of
/// files, or of a `multi` array); a URL-encoded one through
/// `form_urlencoded`, one pair per field (or item).
fn form_statements(op: &Operation, kind: FormKind, sources: &Sources<'_>) -> TokenStream {
    let fields = statements_of(
        form::form_fields(op),
        sources,
        |_| true,
        |p, value| {
            let key = &p.wire_name;
            let add = |text: TokenStream| match kind {
                FormKind::Multipart => quote!(form.text(#key, #text);),
                FormKind::UrlEncoded => quote!(form.append_pair(#key, &#text);),
            };
            if form::is_file_field(p) {
                return if matches!(p.ty, crate::ir::TypeRef::Array(_)) {
                    quote! {
                        for item in #value.iter() {
                            form.file(#key, item.clone());
                        }
                    }
                } else {
                    quote!(form.file(#key, Clone::clone(#value));)
                };
            }
            if p.constant.is_some() {
                let text = constant_text(p.constant.as_ref());
                return match kind {
                    FormKind::Multipart => quote!(form.text(#key, #text);),
                    FormKind::UrlEncoded => quote!(form.append_pair(#key, #text);),
                };
            }
            let text = |ty: &crate::ir::TypeRef, value: TokenStream| {
                if form::is_json(ty) {
                    quote!(serde_json::to_string(#value)?)
                } else {
                    wire_text(ty, value)
                }
            };
            match wire_type(sources.api, &p.ty) {
                crate::ir::TypeRef::Array(item)
                    if p.collection_format == Some(CollectionFormat::Multi) =>
                {
                    let add = add(text(&item, quote!(item)));
                    quote! {
                        for item in #value.iter() {
                            #add
                        }
                    }
                }
                ty if form::is_json(&ty) => add(text(&ty, value)),
                _ => add(text_of(sources.api, p, value)),
            }
        },
    );
    match kind {
        FormKind::Multipart => quote! {
            let mut form = crate::multipart::Form::new();
            #(#fields)*
            request.insert_header("content-type", form.content_type());
            request.set_body(form.into_body());
        },
        FormKind::UrlEncoded => {
            let media = form::URL_ENCODED;
            quote! {
                let mut form = form_urlencoded::Serializer::new(String::new());
                #(#fields)*
                request.insert_header("content-type", #media);
                request.set_body(azure_core::Bytes::from(form.finish()));
            }
        }
    }
}

fn body_statements(op: &Operation, sources: &Sources<'_>) -> TokenStream {
    if let Some(kind) = form::form_kind(op) {
        return form_statements(op, kind, sources);
    }
    let Some(body) = &op.body else {
        return TokenStream::new();
    };
    let content_type = op
        .consumes
        .first()
        .cloned()
        .unwrap_or_else(|| "application/json".to_owned());
    let argument = sources
        .arguments
        .iter()
        .find(|a| matches!(a.input, Input::Body(b) if std::ptr::eq(b, body)));
    // Text goes as its bytes, not as a JSON string; a value with an
    // encoding (a date-time, bytes, ...) as JSON in that encoding.
    let content = |value: TokenStream| {
        if crate::rust_api::signature::is_text_body(op, body) {
            quote!(crate::runtime::text_body(#value))
        } else if crate::rust_api::signature::is_xml_request(sources.api, op, &body.ty) {
            xml_body(sources.api, body, value)
        } else if let Some(encoding) = is_encoded_body(sources.api, &body.ty)
            .then(|| encoding_type(sources.api, &body.ty))
            .flatten()
        {
            quote!(crate::encoding::body::<#encoding, _>(&#value)?)
        } else {
            value
        }
    };
    if let Some(argument) = argument {
        let content = content(format_ident!("{}", argument.name).into_token_stream());
        quote! {
            request.insert_header("content-type", #content_type);
            request.set_body(#content);
        }
    } else if let Some(optional) = sources.optional(Input::Body(body)) {
        let content = content(quote!(body));
        quote! {
            if let Some(body) = #optional {
                request.insert_header("content-type", #content_type);
                request.set_body(#content);
            }
        }
    } else {
        TokenStream::new()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::emit::{emit_crate, CrateConfig, ModuleConfig};

    /// Paths opening with a raw parameter or not, whole or followed by
    /// more of the path.
    const SPEC: &str = r#"{
      "swagger": "2.0",
      "info": {"title": "Scopes", "version": "2024-01-01"},
      "host": "example.com",
      "paths": {
        "/{scope}/providers/Contoso/things": {"get": {
          "operationId": "Things_ListByScope",
          "parameters": [{"name": "scope", "in": "path", "required": true, "type": "string",
                          "x-ms-skip-url-encoding": true}],
          "responses": {"200": {"description": "ok"}}}},
        "/{name}/providers/Contoso/others": {"get": {
          "operationId": "Others_Get",
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "ok"}}}},
        "/{resourceId}": {"get": {
          "operationId": "Resources_GetById",
          "parameters": [{"name": "resourceId", "in": "path", "required": true, "type": "string",
                          "x-ms-skip-url-encoding": true}],
          "responses": {"200": {"description": "ok"}}}},
        "/blobs/{blob}/meta": {"get": {
          "operationId": "Blobs_Meta",
          "parameters": [{"name": "blob", "in": "path", "required": true, "type": "string",
                          "x-ms-skip-url-encoding": true}],
          "responses": {"200": {"description": "ok"}}}}
      }
    }"#;

    /// The client file of the crate of [`SPEC`], without spaces.
    fn client() -> String {
        let api = crate::lower::load_api_with(Path::new("scopes.json"), &|_| {
            Ok(SPEC.as_bytes().to_vec())
        })
        .unwrap();
        let module = ModuleConfig::named_after_version(api, "scopes.json".into(), None);
        let config = CrateConfig::single_module(
            "azure_scopes".into(),
            "0.1.0".into(),
            "Scopes".into(),
            "ScopesClient".into(),
            module,
        );
        let files = emit_crate(&config).unwrap();
        let (_, client) = files
            .iter()
            .find(|(path, _)| path.ends_with("client.rs"))
            .unwrap();
        client.replace([' ', '\n'], "")
    }

    #[test]
    fn only_a_raw_parameter_opening_the_path_is_a_scope() {
        let client = client();
        // The scope brings its own `/`, none when empty (the tenant).
        assert!(client.contains(r#"path_scope("scope",scope)"#), "{client}");
        assert!(
            client.contains(r#"format!("{scope}/providers/Contoso/things")"#),
            "{client}"
        );
        // An encoded parameter, a raw one that is the whole path and one
        // in the middle stay one non-empty segment each, after their `/`.
        for (name, path) in [
            ("name", r#""/{name}/providers/Contoso/others""#),
            ("resourceId", r#""/{resource_id}""#),
            ("blob", r#""/blobs/{blob}/meta""#),
        ] {
            assert!(client.contains(path), "{name}: {client}");
            assert!(
                !client.contains(&format!(r#"path_scope("{name}""#)),
                "{client}"
            );
        }
        assert_eq!(client.matches("path_scope(").count(), 1, "{client}");
    }
}
