//! The client of one api-version module (`client.rs`): the client struct,
//! its options and constructor, and one method per operation that builds
//! the request, sends it through the pipeline and types the response.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Framing, PathSegment};
use crate::naming;

use super::docs::{doc_attrs, doc_raw, doc_summary};
use super::imports::with_imports;
use super::next_page::next_request;
use super::request::{constant_text, request_statements, Sources};
use super::ModuleConfig;
use crate::rust_api::continuation::HeaderContinuation;
use crate::rust_api::credential::Auth;
use crate::rust_api::methods::{namespace, Method};
use crate::rust_api::signature::{
    arguments, final_state, item_parser, return_type, success_codes, Input, Returns,
};
use crate::rust_api::RustApi;

/// `client.rs` of a module (`rust` its Rust API): the client named
/// `client`.
pub(crate) fn client_file(rust: &RustApi<'_>, module: &ModuleConfig, client: &str) -> TokenStream {
    let api = rust.api;
    let client_ident = format_ident!("{client}");
    let options_ident = format_ident!("{client}Options");
    let client_doc = doc_raw(&format!(
        "Client for {} (api-version `{}`).\n\nCreate one with [`{client}::new`]; each operation of the service is an async method.",
        super::docs::escape(&api.title),
        api.api_version
    ));
    let description = doc_attrs(api.description.as_deref());
    let api_version = &api.api_version;
    let host = &rust.host;
    let endpoint_param = host.endpoint.then(|| quote!(endpoint: &str,));
    let host_params: Vec<TokenStream> = host
        .arguments
        .iter()
        .map(|input| {
            let name = format_ident!("{}", input.name);
            quote!(#name: &str,)
        })
        .collect();
    let (host_fields, host_defaults): (Vec<TokenStream>, Vec<TokenStream>) = host
        .defaults
        .iter()
        .map(|input| {
            let name = format_ident!("{}", input.name);
            let default = constant_text(input.parameter.default.as_ref());
            let doc = doc_raw(&format!(
                "{}\n\nThe spec's host parameter `{}`; by default `{default}`.",
                input
                    .parameter
                    .description
                    .as_deref()
                    .map(super::docs::escape)
                    .unwrap_or_else(|| "A part of the service's URL.".to_owned()),
                input.parameter.wire_name
            ));
            (
                quote!(#doc pub #name: String,),
                quote!(#name: String::from(#default),),
            )
        })
        .unzip();
    let build_endpoint = match &host.template {
        None => {
            let base_path = &host.base_path;
            quote! {
                let mut endpoint = Url::parse(endpoint)?;
                if !endpoint.scheme().starts_with("http") {
                    return Err(azure_core::Error::with_message(
                        azure_core::error::ErrorKind::Other,
                        format!("{endpoint} must use http(s)"),
                    ));
                }
                endpoint.append_path(#base_path);
            }
        }
        Some(segments) => {
            let parts = segments.iter().map(|segment| match segment {
                PathSegment::Literal(text) => quote!(crate::runtime::HostPart::Text(#text)),
                PathSegment::Param(wire) => {
                    let raw = api
                        .host
                        .parameters
                        .iter()
                        .any(|p| &p.wire_name == wire && p.skip_url_encoding);
                    let value = match host.input(wire) {
                        Some(input) if input.parameter.default.is_some() => {
                            let name = format_ident!("{}", input.name);
                            quote!(&options.#name)
                        }
                        Some(input) => {
                            let name = format_ident!("{}", input.name);
                            quote!(#name)
                        }
                        None => quote!(endpoint),
                    };
                    quote!(crate::runtime::HostPart::Value { name: #wire, value: #value, raw: #raw })
                }
            });
            let scheme = match &host.scheme {
                Some(scheme) => quote!(Some(#scheme)),
                None => quote!(None),
            };
            let base_path = &host.base_path;
            quote! {
                let endpoint = crate::runtime::endpoint_url(#scheme, &[#(#parts),*], #base_path)?;
            }
        }
    };
    // azure_core 1.x's `Method` has no OPTIONS: such an operation cannot be
    // sent through the pipeline, so it gets no method, and the client's
    // docs say so.
    let (sendable, unsendable): (Vec<&Method<'_>>, Vec<&Method<'_>>) =
        rust.methods.iter().partition(|m| m.sendable());
    // An operation answering a document or a stream has a second method,
    // for the stream, right after the first; a long-running one whose
    // result is a page, one for its pages.
    let methods = sendable.into_iter().flat_map(|m| {
        m.with_second()
            .map(|m| method(rust, &m))
            .collect::<Vec<_>>()
    });
    let resume = if rust.has_pollers() {
        resume_method()
    } else {
        TokenStream::new()
    };
    let unsendable = if unsendable.is_empty() {
        TokenStream::new()
    } else {
        let names: Vec<String> = unsendable
            .iter()
            .map(|m| format!("`{}`", m.op.id))
            .collect();
        doc_raw(&format!(
            "\nNot available: {} (HTTP OPTIONS, which the `azure_core` pipeline cannot send).",
            names.join(", ")
        ))
    };
    let options_doc = format!(" Options for [`{client}::new`].");
    let namespace = namespace(client);
    // `new`, and `with_key` where the spec takes a key as well as a token:
    // the same constructor but for the credential.
    let constructor = |name: &str, auth: &Auth| {
        let (credential_doc, credential_param, auth, auth_policies) = credential_parts(auth);
        let doc = doc_raw(&format!(
            "Creates a client for the service at {}{credential_doc}.{}",
            if host.template.is_some() {
                format!("the URL `{}` spells", api.host.template)
            } else {
                "`endpoint`".to_owned()
            },
            endpoint_doc(rust)
        ));
        let name = format_ident!("{name}");
        quote! {
            #doc
            #[azure_core::tracing::new(#namespace)]
            pub fn #name(
                #endpoint_param
                #(#host_params)*
                #credential_param
                options: Option<#options_ident>,
            ) -> azure_core::Result<Self> {
                let options = options.unwrap_or_default();
                #build_endpoint
                #auth
                let endpoint_query = crate::runtime::endpoint_query(&endpoint);
                Ok(Self {
                    endpoint,
                    api_version: options.api_version,
                    pipeline: Pipeline::new(
                        option_env!("CARGO_PKG_NAME"),
                        option_env!("CARGO_PKG_VERSION"),
                        options.client_options,
                        endpoint_query.into_iter().collect(),
                        #auth_policies,
                        None,
                    ),
                })
            }
        }
    };
    let new = constructor("new", &auth(module));
    let with_key = key_alternative(module).map(|key| constructor("with_key", &key));
    let imports = [
        ("std::sync::Arc", "Arc"),
        (
            "azure_core::credentials::TokenCredential",
            "TokenCredential",
        ),
        (
            "azure_core::http::policies::auth::BearerTokenAuthorizationPolicy",
            "BearerTokenAuthorizationPolicy",
        ),
        ("azure_core::http::policies::Policy", "Policy"),
        ("azure_core::http::AsyncResponse", "AsyncResponse"),
        ("azure_core::http::Method", "Method"),
        ("azure_core::http::NoFormat", "NoFormat"),
        ("azure_core::http::Pager", "Pager"),
        ("azure_core::http::Pipeline", "Pipeline"),
        ("azure_core::http::Request", "Request"),
        ("azure_core::http::RequestContent", "RequestContent"),
        ("azure_core::http::Response", "Response"),
        ("azure_core::http::Url", "Url"),
        ("azure_core::http::UrlExt", "append_path"),
        ("azure_core::http::UrlExt", "query_builder"),
    ];
    with_imports(
        &imports,
        quote! {

            #client_doc
            ///
            #description
            #unsendable
            #[azure_core::tracing::client]
            #[derive(Clone, Debug)]
            pub struct #client_ident {
                endpoint: Url,
                api_version: String,
                pipeline: Pipeline,
            }

            #[doc = #options_doc]
            #[derive(Clone, Debug)]
            pub struct #options_ident {
                #(#host_fields)*
                /// The api-version sent with every request.
                pub api_version: String,
                /// Retries, transport, user agent, logging: the `azure_core` pipeline's options.
                // Spelled in full: a client named `Client` has options named
                // `ClientOptions` itself.
                pub client_options: azure_core::http::ClientOptions,
            }

            impl Default for #options_ident {
                fn default() -> Self {
                    Self {
                        #(#host_defaults)*
                        api_version: String::from(#api_version),
                        client_options: azure_core::http::ClientOptions::default(),
                    }
                }
            }

            impl #client_ident {
                #new

                #with_key

                /// The endpoint requests are sent to.
                pub fn endpoint(&self) -> &Url {
                    &self.endpoint
                }

                /// The api-version sent with every request.
                pub fn api_version(&self) -> &str {
                    &self.api_version
                }

                /// The `azure_core` pipeline this client sends its requests
                /// through, with its credential, retries and logging: a
                /// request for an operation this client does not have (a
                /// newer api-version's) can be sent through it.
                pub fn pipeline(&self) -> &Pipeline {
                    &self.pipeline
                }

                #(#methods)*

                #resume
            }
        },
    )
}

/// What the constructor's inputs are, from the spec, as a paragraph of its
/// docs: the descriptions of the host parameters (`x-ms-parameterized-host`)
/// it takes, or the spec's fixed `host`.
fn endpoint_doc(rust: &RustApi<'_>) -> String {
    let api = rust.api;
    let host = &rust.host;
    let described = |name: &str, parameter: &crate::ir::Parameter| match &parameter.description {
        Some(text) => format!(
            "\n\n`{name}` is the spec's host parameter `{}`: {}",
            parameter.wire_name,
            super::docs::escape(text)
        ),
        None => format!(
            "\n\n`{name}` is the spec's host parameter `{}`.",
            parameter.wire_name
        ),
    };
    let mut doc = match host.endpoint_parameter {
        Some(parameter) => described("endpoint", parameter),
        None if host.endpoint && !api.host.template.is_empty() => format!(
            "\n\nThe spec gives the service's host as `{}`.",
            api.host.template
        ),
        None => String::new(),
    };
    for input in &host.arguments {
        doc.push_str(&described(&input.name, input.parameter));
    }
    for input in &host.defaults {
        doc.push_str(&format!(
            "\n\n`options.{}` holds the spec's host parameter `{}`.",
            input.name, input.parameter.wire_name
        ));
    }
    doc
}

/// The host parameter that is the whole host template (`{endpoint}`,
/// `{vaultBaseUrl}`), if there is one.
fn host_parameter(api: &Api) -> Option<&crate::ir::Parameter> {
    api.host
        .parameters
        .iter()
        .find(|p| api.host.template == format!("{{{}}}", p.wire_name))
}

/// An endpoint URL for examples: the first URL the host parameter's
/// description gives, else the spec's fixed host, else a placeholder.
pub(crate) fn example_endpoint(api: &Api) -> String {
    let described = host_parameter(api)
        .and_then(|p| p.description.as_deref())
        .and_then(|text| {
            let start = text.find("https://")?;
            let url: String = text[start..]
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | '"' | '`' | ','))
                .collect();
            Some(url.trim_end_matches('.').to_owned())
        });
    described.unwrap_or_else(|| {
        if api.host.template.is_empty() || api.host.template.contains('{') {
            "https://example.invalid".to_owned()
        } else {
            format!("https://{}", api.host.template)
        }
    })
}

/// `resume_poller`: a long-running operation's poller rebuilt from a
/// continuation saved from one of its statuses.
fn resume_method() -> TokenStream {
    quote! {
        /// Rebuilds the poller of a long-running operation from the
        /// [`Continuation`](crate::poller::Continuation) of one of its statuses,
        /// saved in this process or another: it polls on from there. `T` is the
        /// operation's result type (`()` with `NoFormat` for none).
        pub fn resume_poller<T, F>(
            &self,
            continuation: crate::poller::Continuation,
            options: Option<azure_core::http::poller::PollerOptions<'_>>,
        ) -> azure_core::http::Poller<crate::poller::OperationStatus<T, F>>
        where
            T: Send + 'static,
            F: azure_core::http::Format + Send + 'static,
        {
            crate::poller::resume(self.pipeline.clone(), continuation, options.unwrap_or_default())
        }
    }
}

fn method<'a>(rust: &RustApi<'a>, record: &Method<'a>) -> TokenStream {
    let api = rust.api;
    let op = record.op;
    let name = format_ident!("{}", record.name);
    let options_ident = format_ident!("{}", record.options);
    let args = arguments(rust, op);
    let arg_decls = args.iter().map(|a| {
        let name = format_ident!("{}", a.name);
        let ty = &a.ty;
        quote!(#name: #ty)
    });
    let returns = record.returns.clone();
    let ret = return_type(api, record);
    let span = &record.span;
    let docs = method_docs(rust, record, &args);
    let docs = quote!(#docs #[azure_core::tracing::function(#span)]);
    let sources = Sources::of(rust, op, &args);
    let codes = success_codes(record)
        .into_iter()
        .map(proc_macro2::Literal::u16_unsuffixed)
        .collect::<Vec<_>>();
    let next_page = match &returns {
        Returns::Pager {
            next_link_name: Some(_),
            ..
        } => next_request(rust, op, &sources),
        _ => None,
    };
    let build = request_statements(
        op,
        &sources,
        next_page.as_ref().map_or_else(TokenStream::new, |next| {
            let closure = &next.closure;
            quote!(let next_page = #closure;)
        }),
        crate::rust_api::signature::accept(record),
    );
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let method_options = format_ident!("{}", naming::METHOD_OPTIONS_FIELD);
    // The poller of a long-running operation's first request, `request`.
    let poller = |request: TokenStream| {
        let final_state = format_ident!("{}", final_state(op));
        quote! {
            crate::poller::poller(
                self.pipeline.clone(),
                #request,
                crate::poller::FinalState::#final_state,
                &[#(#codes),*],
                options.#method_options,
            )
        }
    };
    match returns {
        Returns::Poller { .. } => {
            let poller = poller(quote!(request));
            quote! {
                #docs
                #deprecated
                pub fn #name(&self, #(#arg_decls,)* options: Option<#options_ident<'_>>) -> #ret {
                    let options = options.unwrap_or_default();
                    #build
                    Ok(#poller)
                }
            }
        }
        Returns::PolledPager {
            page,
            next_link_name,
        } => {
            let page = crate::rust_api::types::rust_type(api, &page);
            let poller = poller(quote!(request.clone()));
            quote! {
                #docs
                #deprecated
                pub fn #name(&self, #(#arg_decls,)* options: Option<#options_ident<'_>>) -> #ret {
                    let options = options.unwrap_or_default();
                    #build
                    let context = options.#method_options.context.clone();
                    let poller: azure_core::http::Poller<crate::poller::OperationStatus<#page>> =
                        #poller;
                    Ok(crate::runtime::pager_after(
                        self.pipeline.clone(),
                        poller,
                        request,
                        #next_link_name,
                        self.api_version.clone(),
                        azure_core::http::pager::PagerOptions {
                            context,
                            continuation: None,
                        },
                    ))
                }
            }
        }
        Returns::Pager { next_link_name, .. } => {
            let xml_next = crate::rust_api::xml::reads_xml(op)
                .then(|| crate::rust_api::xml::next_page_element(api, op))
                .flatten();
            let continuation = crate::rust_api::continuation::header_continuation(op);
            let pager = match (next_link_name, next_page) {
                (Some(_), _) if xml_next.is_some() => {
                    let next = match crate::rust_api::xml::marker_parameter(op) {
                        Some(marker) => {
                            let marker = marker.wire_name.as_str();
                            quote!(crate::xml::NextPage::Marker(#marker))
                        }
                        None => quote! {
                            crate::xml::NextPage::Link { api_version: self.api_version.clone() }
                        },
                    };
                    quote! {
                        crate::xml::pager(
                            self.pipeline.clone(),
                            request,
                            #next,
                            #xml_next,
                            &[#(#codes),*],
                            options.#method_options,
                        )
                    }
                }
                (None, _) => match continuation {
                    // Pages continued by a response header's token.
                    Some(HeaderContinuation { header, parameter }) => {
                        // azure_core's header names are lower case.
                        let header = header.to_ascii_lowercase();
                        quote! {
                            crate::runtime::header_pager(
                                self.pipeline.clone(),
                                request,
                                #parameter,
                                #header,
                                &[#(#codes),*],
                                options.#method_options,
                            )
                        }
                    }
                    None => match op.pageable.as_ref().and_then(|p| p.cursor.as_ref()) {
                        // Pages continued by a cursor in the page's body.
                        Some(cursor) => {
                            let (parameter, more, token) =
                                (&cursor.parameter, &cursor.more, &cursor.token);
                            quote! {
                                crate::runtime::cursor_pager(
                                    self.pipeline.clone(),
                                    request,
                                    #parameter,
                                    #more,
                                    #token,
                                    &[#(#codes),*],
                                    options.#method_options,
                                )
                            }
                        }
                        None => quote! {
                            crate::runtime::one_page(
                                self.pipeline.clone(),
                                request,
                                &[#(#codes),*],
                                options.#method_options,
                            )
                        },
                    },
                },
                (Some(next_link_name), Some(next)) => {
                    let success = next
                        .success
                        .into_iter()
                        .map(proc_macro2::Literal::u16_unsuffixed);
                    quote! {
                        crate::runtime::pager_through(
                            self.pipeline.clone(),
                            request,
                            #next_link_name,
                            crate::runtime::NextPage::Operation {
                                request: Box::new(next_page),
                                success: &[#(#success),*],
                            },
                            &[#(#codes),*],
                            options.#method_options,
                        )
                    }
                }
                (Some(next_link_name), None) => quote! {
                    crate::runtime::pager(
                        self.pipeline.clone(),
                        request,
                        #next_link_name,
                        self.api_version.clone(),
                        &[#(#codes),*],
                        options.#method_options,
                    )
                },
            };
            quote! {
                #docs
                #deprecated
                pub fn #name(&self, #(#arg_decls,)* options: Option<#options_ident<'_>>) -> #ret {
                    let options = options.unwrap_or_default();
                    #build
                    Ok(#pager)
                }
            }
        }
        other => {
            let send = match other {
                Returns::Stream => quote! {
                    let response = crate::runtime::stream(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                    Ok(response.into())
                },
                Returns::Events(events) => {
                    let read = format_ident!(
                        "{}",
                        match events.framing {
                            Framing::ServerSentEvents => "server_sent_events",
                            Framing::JsonLines => "json_lines",
                        }
                    );
                    let parse = format_ident!("{}", item_parser(&events.item));
                    quote! {
                        let response = crate::runtime::stream(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                        Ok(crate::events::#read(response, crate::events::#parse))
                    }
                }
                Returns::Exists => quote! {
                    let response = crate::runtime::send(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                    Ok(u16::from(response.status()) != 404)
                },
                _ => {
                    // An XML service's error body names its code.
                    let send = if crate::rust_api::xml::reads_xml(op) {
                        quote!(crate::xml::send)
                    } else {
                        quote!(crate::runtime::send)
                    };
                    quote! {
                        let response = #send(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                        Ok(response.into())
                    }
                }
            };
            quote! {
                #docs
                #deprecated
                pub async fn #name(&self, #(#arg_decls,)* options: Option<#options_ident<'_>>) -> #ret {
                    let options = options.unwrap_or_default();
                    #build
                    #send
                }
            }
        }
    }
}

fn method_docs(
    rust: &RustApi<'_>,
    record: &Method<'_>,
    args: &[crate::rust_api::signature::Argument<'_>],
) -> TokenStream {
    let op = record.op;
    let summary = doc_summary(op.summary.as_deref(), op.description.as_deref());
    let mut extra = String::from("\n# Arguments\n\n");
    for arg in args {
        let description = match arg.input {
            Input::Group(group) => format!(
                "The parameters grouped as [`{}`].",
                crate::rust_api::signature::group_type_name(group)
            ),
            input => input
                .description()
                .map(|d| super::docs::escape(d).replace('\n', " "))
                .unwrap_or_default(),
        };
        extra.push_str(&format!("* `{}` - {description}\n", arg.name));
    }
    extra.push_str("* `options` - Optional parameters for the request.");
    extra.push_str(&headers_doc(rust, record));
    let second = events_doc(record) + &pages_doc(record);
    if !second.is_empty() {
        extra.truncate(extra.trim_end().len());
        extra.push_str(&second);
    }
    let extra = doc_raw(&extra);
    quote!(#summary #extra)
}

/// How the two methods of an operation answering a document or a stream
/// point at each other, and what a stream method yields, as a docs section.
fn events_doc(record: &Method<'_>) -> String {
    let document = record.op.success_body().is_some();
    match (&record.returns, &record.events_name) {
        (Returns::Events(events), _) => {
            let (what, each) = match events.framing {
                Framing::ServerSentEvents => (
                    "server-sent events",
                    "each event's data as one item, until the body ends or sends `[DONE]`",
                ),
                Framing::JsonLines => ("JSON Lines", "each line as one item"),
            };
            let ask = if document {
                format!(
                    " This method sends `Accept: {}`; the request must also ask the \
                     service to stream where it has a property saying so (such as \
                     `stream: true`), or it answers one document, which this stream \
                     does not read.",
                    events.framing.media_type()
                )
            } else {
                String::new()
            };
            format!(
                "\n\n# Streaming\n\nThe answer comes as {what}, read as they arrive: \
                 the returned [`EventStream`](crate::events::EventStream) yields {each}.{ask}"
            )
        }
        (_, Some(name)) => format!(
            "\n\n# Streaming\n\nThe service may also answer as a stream of items: \
             [`{name}`](Self::{name}) asks for it and reads it as it arrives."
        ),
        _ => String::new(),
    }
}

/// How the two methods of a long-running operation whose result is a page
/// point at each other, as a docs section.
fn pages_doc(record: &Method<'_>) -> String {
    match (&record.returns, &record.pages_name) {
        (Returns::PolledPager { .. }, _) => {
            let first = &record.op.rust_name;
            "\n\n# Pages\n\nPolls the long-running operation to its end, as \
             [`FIRST`](Self::FIRST) does (the options' poller options set the polling); \
             its result is the first page, and each page's next link is followed after it."
                .replace("FIRST", first)
        }
        (_, Some(name)) => format!(
            "\n\n# Pages\n\nThe result is the first page of a list: \
             [`{name}`](Self::{name}) polls the operation and pages through all of it."
        ),
        _ => String::new(),
    }
}

/// The method's response headers, as a docs section: the trait that reads
/// them and each of this operation's headers, linked.
fn headers_doc(rust: &RustApi<'_>, record: &Method<'_>) -> String {
    let Some(target) = &record.headers else {
        return String::new();
    };
    let name = crate::rust_api::headers::trait_name(rust.api, target);
    let mut seen = std::collections::BTreeSet::new();
    let headers: Vec<String> = record
        .op
        .responses
        .iter()
        .filter(|r| !r.is_error)
        .flat_map(|r| &r.headers)
        .filter(|h| seen.insert(h.name.rust.clone()))
        .map(|h| {
            format!(
                "* [`{}`](super::{name}::{}) - `{}`\n",
                h.name.rust, h.name.rust, h.wire_name
            )
        })
        .collect();
    format!(
        "\n\n# Response headers\n\nRead through [`{name}`](super::{name}) \
         (`use` it as `{name} as _`):\n\n{}",
        headers.concat()
    )
}

/// The client's authentication ([`crate::rust_api::credential::auth`]),
/// with the scope the module was configured with.
pub(crate) fn auth(module: &ModuleConfig) -> Auth {
    crate::rust_api::credential::auth(&module.api, module.scope.as_deref())
}

/// The key the client's `with_key` takes, if it has one
/// ([`crate::rust_api::credential::key_alternative`]).
pub(crate) fn key_alternative(module: &ModuleConfig) -> Option<Auth> {
    crate::rust_api::credential::key_alternative(&module.api, module.scope.as_deref())
}

/// What a constructor taking `auth` adds: the end of its doc's first
/// sentence, its credential parameter, the statements building the policy
/// that sends the credential, and the pipeline's per-try policies.
fn credential_parts(auth: &Auth) -> (&'static str, TokenStream, TokenStream, TokenStream) {
    match auth {
        Auth::Token {
            scope,
            optional: false,
        } => (
            ", authenticated by `credential`",
            quote!(credential: Arc<dyn TokenCredential>,),
            quote! {
                let auth: Arc<dyn Policy> =
                    Arc::new(BearerTokenAuthorizationPolicy::new(credential, [#scope]));
            },
            quote!(vec![auth]),
        ),
        Auth::Token {
            scope,
            optional: true,
        } => (
            ", authenticated by `credential` when one is given (without, requests carry no token: a SAS in `endpoint`'s query, or anonymous access)",
            quote!(credential: Option<Arc<dyn TokenCredential>>,),
            quote! {
                let auth = credential.map(|credential| -> Arc<dyn Policy> {
                    Arc::new(BearerTokenAuthorizationPolicy::new(credential, [#scope]))
                });
            },
            quote!(auth.into_iter().collect()),
        ),
        Auth::Key {
            parameter,
            in_query,
        } => (
            ", authenticated by the API `key`",
            quote!(key: azure_core::credentials::Secret,),
            quote! {
                let auth: Arc<dyn Policy> = Arc::new(crate::runtime::KeyPolicy::new(#parameter, #in_query, key));
            },
            quote!(vec![auth]),
        ),
        // A spec without `security` (an on-premises or test service): no
        // credential to ask for, no authorization header to send.
        Auth::None => (
            "",
            TokenStream::new(),
            TokenStream::new(),
            quote!(Vec::new()),
        ),
    }
}
