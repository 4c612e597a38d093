//! The conformance test of each api-version module
//! (`tests/conformance/<module>.rs`, gathered by `tests/conformance.rs`):
//! every `x-ms-example` of the module's
//! spec, run by the `azure-conformance` harness against the generated client
//! over HTTPS on loopback.
//!
//! Everything operation-specific in the test is generated from the IR here:
//! the wire shape the harness checks requests against (`OPERATIONS`) and the
//! dispatch that turns an example's `parameters` (keyed by wire name, or by
//! the body parameter's name) into the method's arguments and options
//! struct, calls the method and hands its result to the harness. The method
//! names and signatures come from [`super::signature`], so the test calls
//! exactly what the client emitter wrote.

use crate::rust_api::credential::Auth;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{
    Api, CollectionFormat, DateTimeFormat, Operation, ParamLocation, Parameter, PathSegment,
    RequestBody, Scalar, TypeRef,
};

use super::{errors, CrateConfig, ModuleConfig};
use crate::naming;
use crate::rust_api::methods::Method;
use crate::rust_api::signature::{self, arguments, is_client_filled, option_fields, Input};
use crate::rust_api::types::{body_rust_type, encoding_type, rust_type};
use crate::rust_api::RustApi;

/// The conformance test target's root, relative to the crate root.
pub(crate) const TEST_ROOT: &str = "tests/conformance.rs";

/// The path of a module's conformance test, relative to the crate root.
pub(crate) fn test_path(module: &ModuleConfig) -> String {
    format!("tests/conformance/{}.rs", module.module)
}

/// The test target gathering every module's conformance test (one binary,
/// so the harness and client link once).
pub(crate) fn test_root(config: &CrateConfig) -> TokenStream {
    let doc = format!(
        " Conformance of `{}` to the x-ms-examples of its specs, one module per api-version.",
        config.name
    );
    let mut modules: Vec<&ModuleConfig> = config.modules.iter().collect();
    modules.sort_by(|a, b| a.module.cmp(&b.module));
    let modules = modules.into_iter().map(|m| {
        let ident = format_ident!("{}", m.module);
        let path = format!("conformance/{}.rs", m.module);
        quote! {
            #[path = #path]
            mod #ident;
        }
    });
    quote! {
        #![doc = #doc]
        #(#modules)*
    }
}

/// The conformance test of `module` in the crate `config`.
pub(crate) fn test_file(
    config: &CrateConfig,
    module: &ModuleConfig,
    rust: &RustApi<'_>,
) -> TokenStream {
    let api = rust.api;
    let krate = format_ident!("{}", config.name.replace('-', "_"));
    let module_ident = format_ident!("{}", module.module);
    let feature = &module.feature;
    let spec_file = &module.spec_file;
    let test_name = format_ident!("every_example_of_{}", module.module);
    let client = format_ident!("{}", config.client);
    let client_options = format_ident!("{}Options", config.client);
    let doc = format!(
        " Conformance of `{}::{}` to every x-ms-example of `{spec_file}`.",
        config.name, module.module
    );
    let error_codes = error_code_functions(api);
    // A client without `security` takes no credential; the harness's is unused.
    let auth = super::client::auth(module);
    let credential = match &auth {
        Auth::Token {
            optional: false, ..
        } => quote!(call.credential,),
        // Given, so that the examples' requests carry the token a bearer
        // client sends.
        Auth::Token { optional: true, .. } => quote!(Some(call.credential),),
        Auth::Key { .. } => {
            quote!(azure_core::credentials::Secret::new("conformance-key"),)
        }
        Auth::None => quote!(),
    };
    // Only a bearer credential sends `Authorization: Bearer`.
    let without_token = (!auth.takes_token()).then(|| quote!(.without_token()));
    let (shapes, arms): (Vec<_>, Vec<_>) = rust
        .methods
        .iter()
        // A streamed answer's example is no JSON document to compare item
        // by item: streams are proven by loopback tests instead.
        .filter(|m| {
            !m.op.examples.is_empty() && !matches!(m.returns, signature::Returns::Events(_))
        })
        .map(|m| (shape(api, m), dispatch_arm(rust, m)))
        .unzip();
    let call_operation = if arms.is_empty() {
        // A spec without examples (Batch before 2017) still gets its test,
        // which reports no cases; a dispatch without arms would leave the
        // client, the parameters and the error-code reader unused.
        quote! {
            async fn call_operation(call: Call) -> ::core::result::Result<Outcome, String> {
                Ok(Outcome::Unsupported(format!("no dispatch for `{}`", call.operation)))
            }
        }
    } else {
        let host = &rust.host;
        // The harness gives the URL the endpoint parameter (or fixed host)
        // names as `call.endpoint`; the template's other parameters are
        // the example's, by name, or the spec's default.
        let endpoint = host.endpoint.then(|| quote!(call.endpoint.as_str(),));
        let host_arguments = host.arguments.iter().map(|input| {
            let wire = &input.parameter.wire_name;
            quote!(&p.required::<String>(#wire)?,)
        });
        let host_defaults = host.defaults.iter().map(|input| {
            let name = format_ident!("{}", input.name);
            let wire = &input.parameter.wire_name;
            quote!(#name: p.optional::<String>(#wire)?.unwrap_or(defaults.#name),)
        });
        let defaults =
            (!host.defaults.is_empty()).then(|| quote!(let defaults = #client_options::default();));
        quote! {
            async fn call_operation(call: Call) -> ::core::result::Result<Outcome, String> {
                let p = &call.params;
                #defaults
                let client = #client::new(
                    #endpoint
                    #(#host_arguments)*
                    #credential
                    Some(#client_options {
                        #(#host_defaults)*
                        client_options: call.client_options,
                        ..Default::default()
                    }),
                )
                .map_err(|e| e.to_string())?;
                Ok(match call.operation {
                    #(#arms)*
                    other => Outcome::Unsupported(format!("no dispatch for `{other}`")),
                })
            }

            #error_codes
        }
    };
    // The floor of passed cases, when the crate was generated with one.
    let (passed_const, floor) = match module.conformance_passed {
        Some(passed) => {
            let passed = proc_macro2::Literal::usize_unsuffixed(passed);
            (
                quote! {
                    /// Cases that passed when this test was generated: fewer fail it, so
                    /// examples that go missing are not a green run of skipped cases.
                    const PASSED: usize = #passed;
                },
                quote! {
                    assert!(
                        report.passed() >= PASSED,
                        "{} cases passed, {} did when this test was generated: have examples gone missing?\n{}",
                        report.passed(),
                        PASSED,
                        report
                    );
                },
            )
        }
        None => (TokenStream::new(), TokenStream::new()),
    };
    let tokens = quote! {
        #![doc = #doc]
        #![cfg(feature = #feature)]
        // Generated per operation: long, but each arm reads on its own. An
        // arm may set every options field (a poller's interval included),
        // leaving `..Default::default()` with nothing to fill.
        #![allow(clippy::too_many_lines, clippy::needless_update, unused_imports)]
        // Deprecated operations keep their examples and are proven too.
        #![allow(deprecated)]

        use azure_conformance::shape::{
            FinalState, Location, OperationShape, ParamShape, PathPart, Returns,
        };
        use azure_conformance::{returned, Call, Outcome};
        use #krate::#module_ident::*;

        const SPEC: &str = #spec_file;

        static OPERATIONS: &[OperationShape] = &[#(#shapes),*];

        #passed_const

        #[tokio::test]
        async fn #test_name() {
            let report = azure_conformance::Suite::for_spec(SPEC)
                #without_token
                .run(OPERATIONS, dispatch)
                .await;
            println!("{SPEC}\n{report}");
            assert_eq!(report.failed(), 0, "{report}");
            #floor
        }

        fn dispatch(call: Call) -> std::pin::Pin<Box<dyn std::future::Future<Output = Outcome>>> {
            Box::pin(async move {
                call_operation(call)
                    .await
                    .unwrap_or_else(Outcome::BadParameters)
            })
        }

        #call_operation
    };
    crate_paths(tokens, &config.name)
}

/// Type paths from [`rust_type`] name the generated crate as `crate`; in a
/// test target they must name it by its package name.
fn crate_paths(tokens: TokenStream, crate_name: &str) -> TokenStream {
    let krate = proc_macro2::Ident::new(
        &crate_name.replace('-', "_"),
        proc_macro2::Span::call_site(),
    );
    tokens
        .into_iter()
        .map(|tt| match tt {
            proc_macro2::TokenTree::Ident(ident) if ident == "crate" => {
                proc_macro2::TokenTree::Ident(krate.clone())
            }
            proc_macro2::TokenTree::Group(group) => {
                let mut inner = proc_macro2::Group::new(
                    group.delimiter(),
                    crate_paths(group.stream(), crate_name),
                );
                inner.set_span(group.span());
                proc_macro2::TokenTree::Group(inner)
            }
            other => other,
        })
        .collect()
}

/// The operation's `OperationShape` literal.
fn shape(api: &Api, record: &Method<'_>) -> TokenStream {
    let op = record.op;
    let id = &op.id;
    let method = op.method.as_str();
    // The URL before the operation's path (host template, `basePath`) is
    // read from the spec by the harness itself.
    let _ = api;
    let mut path: Vec<TokenStream> = Vec::new();
    for segment in &op.path.segments {
        path.push(match segment {
            PathSegment::Literal(text) => quote!(PathPart::Literal(#text)),
            PathSegment::Param(name) => {
                let param = op
                    .parameters
                    .iter()
                    .find(|p| p.location == ParamLocation::Path && &p.wire_name == name);
                match param {
                    Some(p) if matches!(p.ty, TypeRef::Array(_)) => {
                        let separator = p
                            .collection_format
                            .unwrap_or(CollectionFormat::Csv)
                            .separator()
                            .unwrap_or(",");
                        quote!(PathPart::List { name: #name, separator: #separator })
                    }
                    _ => {
                        let raw = param.is_some_and(|p| p.skip_url_encoding);
                        quote!(PathPart::Param { name: #name, raw: #raw })
                    }
                }
            }
        });
    }
    let fixed_query = op.path.fixed_query.iter().map(|(k, v)| quote!((#k, #v)));
    let parameters = op
        .parameters
        .iter()
        .filter_map(|p| {
            let location = match p.location {
                ParamLocation::Query => quote!(Location::Query),
                ParamLocation::Header => quote!(Location::Header),
                _ => return None,
            };
            let name = &p.wire_name;
            let separator = match p.collection_format.unwrap_or(CollectionFormat::Csv).separator() {
                Some(s) => quote!(Some(#s)),
                None => quote!(None),
            };
            let client_filled = is_client_filled(p);
            Some(quote! {
                ParamShape { name: #name, location: #location, separator: #separator, client_filled: #client_filled }
            })
        });
    let body = match &op.body {
        Some(body) => {
            let name = &body.name.client;
            quote!(Some(#name))
        }
        None => quote!(None),
    };
    let content_type = match (&op.body, op.consumes.first()) {
        (Some(_), Some(media)) => quote!(Some(#media)),
        _ => quote!(None),
    };
    let returns = match &record.returns {
        signature::Returns::Body(_) | signature::Returns::Text => quote!(Returns::Json),
        signature::Returns::Empty => quote!(Returns::Nothing),
        signature::Returns::Exists => quote!(Returns::Exists),
        signature::Returns::Stream | signature::Returns::Events(_) => quote!(Returns::Bytes),
        signature::Returns::Pager { next_link_name, .. } => pages(op, next_link_name.as_deref()),
        signature::Returns::PolledPager { next_link_name, .. } => pages(op, Some(next_link_name)),
        signature::Returns::Poller { result: Some(_) } => quote!(Returns::Json),
        signature::Returns::Poller { result: None } => quote!(Returns::Nothing),
    };
    let long_running = if op.long_running.is_some() {
        let state = format_ident!("{}", signature::final_state(op));
        quote!(Some(FinalState::#state))
    } else {
        quote!(None)
    };
    let examples = op
        .examples
        .iter()
        .map(|(title, file)| quote!((#title, #file)));
    quote! {
        OperationShape {
            id: #id,
            method: #method,
            path: &[#(#path),*],
            fixed_query: &[#(#fixed_query),*],
            parameters: &[#(#parameters),*],
            body: #body,
            content_type: #content_type,
            returns: #returns,
            long_running: #long_running,
            examples: &[#(#examples),*],
        }
    }
}

/// The match arm calling `op`: arguments, options, the call, the outcome.
fn dispatch_arm<'a>(rust: &RustApi<'a>, record: &Method<'a>) -> TokenStream {
    let api = rust.api;
    let op = record.op;
    let id = &op.id;
    if let Some(reason) = unsupported(api, op) {
        return quote!(#id => Outcome::Unsupported(String::from(#reason)),);
    }
    let method = format_ident!("{}", record.name);
    let options_type = format_ident!("{}", record.options);
    let mut reads = Vec::new();
    let mut passed = Vec::new();
    for arg in arguments(rust, op) {
        let ident = format_ident!("{}", arg.name);
        match arg.input {
            Input::Param(p) => {
                let read = read_param(api, p, true);
                reads.push(quote!(let #ident = #read;));
                passed.push(if signature::is_borrowed_argument(&p.ty) {
                    quote!(&#ident)
                } else {
                    quote!(#ident)
                });
            }
            Input::Body(b) if signature::is_text_body(op, b) => {
                let name = &b.name.client;
                reads.push(quote!(let #ident: String = p.required(#name)?;));
                passed.push(quote!(&#ident));
            }
            Input::Body(b) => {
                if let Some(read) = encoded_body(api, b, true) {
                    reads.push(quote!(let #ident = #read;));
                } else {
                    let ty = body_rust_type(api, &b.ty);
                    let name = &b.name.client;
                    reads.push(quote! {
                        let #ident: #ty = p.required(#name)?;
                        let #ident = returned::content(&#ident)?;
                    });
                }
                passed.push(quote!(#ident));
            }
            Input::Group(group) => {
                let value = read_group(rust, op, group);
                reads.push(quote!(let #ident = #value;));
                passed.push(quote!(#ident));
            }
        }
    }
    let fields = option_fields(rust, op).into_iter().map(|field| {
        let ident = format_ident!("{}", field.name);
        let read = read_input(rust, op, field.input, false);
        quote!(#ident: #read,)
    });
    // A poller polls again at once: the harness's statuses ask no wait.
    let poll_now = matches!(
        record.returns,
        signature::Returns::Poller { .. } | signature::Returns::PolledPager { .. }
    )
    .then(|| {
        let field = format_ident!("{}", naming::METHOD_OPTIONS_FIELD);
        quote!(#field: returned::poll_now(),)
    });
    let code = format_ident!("{}", error_code_function(api, op));
    let call = quote!(client.#method(#(#passed,)* Some(options)));
    let outcome = match &record.returns {
        signature::Returns::Body(ty) if encoding_type(api, ty).is_some() => {
            let encoding = encoding_type(api, ty);
            let rust = body_rust_type(api, ty);
            quote! {
                returned::encoded(#call.await, #code, |value| {
                    <#encoding as crate::encoding::Encoding<#rust>>::write(
                        value,
                        serde_json::value::Serializer,
                    )
                })
            }
        }
        signature::Returns::Body(_) | signature::Returns::Text => {
            quote!(returned::model(#call.await, #code))
        }
        signature::Returns::Empty => quote!(returned::status(#call.await, #code)),
        signature::Returns::Exists => quote!(returned::exists(#call.await, #code)),
        signature::Returns::Stream => quote!(returned::bytes(#call.await, #code).await),
        signature::Returns::Pager { .. } | signature::Returns::PolledPager { .. } => {
            quote!(returned::items(#call, #code).await)
        }
        signature::Returns::Events(_) => quote!(returned::items(#call.await, #code).await),
        signature::Returns::Poller { result: Some(_) } => {
            quote!(returned::polled(#call, #code).await)
        }
        signature::Returns::Poller { result: None } => {
            quote!(returned::polled_status(#call, #code).await)
        }
    };
    quote! {
        #id => {
            #(#reads)*
            let options = #options_type {
                #(#fields)*
                #poll_now
                ..Default::default()
            };
            #outcome
        }
    }
}

/// The expression reading an input from an example's parameters: an
/// `Option` unless `required`.
fn read_input(rust: &RustApi<'_>, op: &Operation, input: Input<'_>, required: bool) -> TokenStream {
    let api = rust.api;
    match input {
        Input::Param(p) => read_param(api, p, required),
        Input::Body(b) if signature::is_text_body(op, b) => {
            let name = &b.name.client;
            if required {
                quote!(p.required::<String>(#name)?)
            } else {
                quote!(p.optional::<String>(#name)?)
            }
        }
        Input::Body(b) => {
            if let Some(read) = encoded_body(api, b, required) {
                return read;
            }
            let ty = body_rust_type(api, &b.ty);
            let name = &b.name.client;
            if required {
                quote!(returned::content(&p.required::<#ty>(#name)?)?)
            } else {
                quote! {
                    p.optional::<#ty>(#name)?
                        .map(|body| returned::content(&body))
                        .transpose()?
                }
            }
        }
        Input::Group(group) => {
            let value = read_group(rust, op, group);
            if required {
                value
            } else {
                quote!(Some(#value))
            }
        }
    }
}

/// A parameter group's struct filled from an example's parameters; the
/// fields that `op` does not use stay `None`.
fn read_group(rust: &RustApi<'_>, op: &Operation, group: &str) -> TokenStream {
    let Some(structure) = rust.group(group) else {
        return TokenStream::new();
    };
    let ty = format_ident!("{}", structure.type_name);
    let fields = structure.fields.iter().map(|field| {
        let ident = format_ident!("{}", field.name);
        let own = signature::grouped_inputs(op)
            .into_iter()
            .find(|(g, input)| *g == group && signature::grouped_name(*input) == field.name);
        match own {
            Some((_, input)) => {
                let read = read_input(rust, op, input, field.required);
                quote!(#ident: #read,)
            }
            None => quote!(#ident: None,),
        }
    });
    quote!(#ty { #(#fields)* })
}

/// Why the dispatch cannot call `op` from an example, if it cannot.
fn unsupported(api: &Api, op: &Operation) -> Option<String> {
    let _ = api;
    if crate::rust_api::form::form_kind(op).is_some() {
        return Some(format!(
            "`{}` sends a form, whose files examples cannot describe",
            op.id
        ));
    }
    op.body
        .as_ref()
        .filter(|b| matches!(b.ty, TypeRef::Scalar(Scalar::Binary)))
        .map(|_| {
            format!(
                "`{}` uploads a byte stream, which examples cannot describe",
                op.id
            )
        })
}

/// An expression reading parameter `p` from the example (`p`), with `?`:
/// the value for a required argument, an `Option` for an options field.
fn read_param(api: &Api, param: &Parameter, required: bool) -> TokenStream {
    let name = &param.wire_name;
    if let TypeRef::Scalar(Scalar::DateTime(format)) = &param.ty {
        let reader = match (format, required) {
            (DateTimeFormat::Rfc3339, true) => "required_rfc3339",
            (DateTimeFormat::Rfc3339, false) => "optional_rfc3339",
            (_, true) => "required_rfc7231",
            (_, false) => "optional_rfc7231",
        };
        let reader = format_ident!("{reader}");
        return quote!(p.#reader(#name)?);
    }
    let ty = rust_type(api, &param.ty);
    if matches!(
        param.ty,
        TypeRef::Scalar(Scalar::Uuid | Scalar::NumberAsString(_))
    ) {
        // azure_core's Uuid has no serde support, and a string-encoded
        // number is JSON text: read either from its text.
        return if required {
            quote!(p.required_parsed::<#ty>(#name)?)
        } else {
            quote!(p.optional_parsed::<#ty>(#name)?)
        };
    }
    encoded_read(api, &param.ty, name, required).unwrap_or_else(|| {
        if required {
            quote!(p.required::<#ty>(#name)?)
        } else {
            quote!(p.optional::<#ty>(#name)?)
        }
    })
}

/// The read of a request body the method takes as its value, written in
/// its encoding (see `signature::is_encoded_body`); none for a body taken
/// as a `RequestContent`.
fn encoded_body(api: &Api, body: &RequestBody, required: bool) -> Option<TokenStream> {
    signature::is_encoded_body(api, &body.ty)
        .then(|| encoded_read(api, &body.ty, &body.name.client, required))
        .flatten()
}

/// An expression reading a value of type `ty` named `name` through the
/// crate's own encoding of it (a date, bytes, a list of them), the one its
/// models and bodies use, where serde's form of the Rust type is not the
/// wire's; none for the rest.
fn encoded_read(api: &Api, ty: &TypeRef, name: &str, required: bool) -> Option<TokenStream> {
    let encoding = encoding_type(api, ty)?;
    let rust = body_rust_type(api, ty);
    let read = quote!(|value| <#encoding as crate::encoding::Encoding<#rust>>::read(value));
    Some(if required {
        quote!(p.required_encoded(#name, #read)?)
    } else {
        quote!(p.optional_encoded(#name, #read)?)
    })
}

/// The name of the function reading an error code for `op`'s errors: the
/// typed accessor of its error model, or azure_core's own code.
fn error_code_function(api: &Api, op: &Operation) -> String {
    op.responses
        .iter()
        .filter(|r| r.is_error)
        .find_map(|r| match &r.body {
            Some(TypeRef::Model(id)) if code_property(api, id).is_some() => Some(format!(
                "{}_code",
                errors::accessor_name(&api.model(id).name.rust)
            )),
            _ => None,
        })
        .unwrap_or_else(|| "http_error_code".to_owned())
}

/// The Rust name of an error model's `code` property.
fn code_property(api: &Api, id: &str) -> Option<String> {
    api.all_properties(id)
        .into_iter()
        .find(|p| p.wire_name == "code" && matches!(p.ty, TypeRef::Scalar(Scalar::String { .. })))
        .map(|p| p.name.rust.clone())
}

/// One `<model>_code` function per error model (through the client's typed
/// accessor), plus `http_error_code`.
fn error_code_functions(api: &Api) -> TokenStream {
    let functions = errors::error_models(api).into_iter().filter_map(|id| {
        let field = format_ident!("{}", code_property(api, id)?);
        let model = &api.model(id).name.rust;
        let function = format_ident!("{}_code", errors::accessor_name(model));
        let accessor = format_ident!("{}", errors::accessor_name(model));
        let doc =
            format!(" The service error code, read by the client's typed `{model}` accessor.");
        Some(quote! {
            #[doc = #doc]
            fn #function(error: &azure_core::Error) -> Option<String> {
                error.#accessor().and_then(|body| body.#field)
            }
        })
    });
    quote! {
        #(#functions)*

        /// The error code `azure_core` read from the response by itself.
        #[allow(dead_code)]
        fn http_error_code(error: &azure_core::Error) -> Option<String> {
            returned::http_error_code(error)
        }
    }
}

/// The harness's `Returns::Pages` of a pageable operation: its items'
/// property and where its next link is.
fn pages(op: &Operation, next_link_name: Option<&str>) -> TokenStream {
    let item_name = op
        .pageable
        .as_ref()
        .map_or("value", |p| p.item_name.as_str());
    let next_link_name = match next_link_name {
        Some(name) => quote!(Some(#name)),
        None => quote!(None),
    };
    quote!(Returns::Pages { item_name: #item_name, next_link_name: #next_link_name })
}
