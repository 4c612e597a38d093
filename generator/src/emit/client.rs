//! The client of one api-version module (`client.rs`): the client struct,
//! its options and constructor, and one method per operation that builds
//! the request, sends it through the pipeline and types the response.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, CollectionFormat, Operation, ParamLocation, PathSegment, SecurityScheme};
use crate::naming;

use super::docs::{doc_attrs, doc_raw, doc_summary};
use super::imports::with_imports;
use super::next_page::next_request;
use super::wire::wire_text;
use super::ModuleConfig;
use crate::rust_api::signature::{
    argument_name, arguments, final_state, group_access, group_type_name, grouped_inputs,
    has_pollers, is_borrowed_argument, method_name, option_fields, options_type_name, return_type,
    returns, success_codes, Argument, Input, Returns,
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
    let base_path = base_path(api);
    let (credential_doc, credential_param, auth, auth_policies) = match auth(module) {
        Auth::Token(scope) => (
            ", authenticated by `credential`",
            quote!(credential: Arc<dyn TokenCredential>,),
            quote! {
                let auth: Arc<dyn Policy> =
                    Arc::new(BearerTokenAuthorizationPolicy::new(credential, [#scope]));
            },
            quote!(vec![auth]),
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
    };
    let new_doc = doc_raw(&format!(
        "Creates a client for the service at `endpoint`{credential_doc}.{}",
        endpoint_doc(api)
    ));
    // azure_core 1.x's `Method` has no OPTIONS: such an operation cannot be
    // sent through the pipeline, so it gets no method, and the client's
    // docs say so.
    let (sendable, unsendable): (Vec<&Operation>, Vec<&Operation>) = api
        .operations
        .iter()
        .partition(|op| op.method != crate::ir::HttpMethod::Options);
    let methods = sendable.into_iter().map(|op| method(rust, op));
    let resume = if has_pollers(api) {
        resume_method()
    } else {
        TokenStream::new()
    };
    let unsendable = if unsendable.is_empty() {
        TokenStream::new()
    } else {
        let names: Vec<String> = unsendable.iter().map(|op| format!("`{}`", op.id)).collect();
        doc_raw(&format!(
            "\nNot available: {} (HTTP OPTIONS, which the `azure_core` pipeline cannot send).",
            names.join(", ")
        ))
    };
    let options_doc = format!(" Options for [`{client}::new`].");
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
    ];
    with_imports(
        &imports,
        quote! {

            #client_doc
            ///
            #description
            #unsendable
            #[derive(Clone, Debug)]
            pub struct #client_ident {
                endpoint: Url,
                api_version: String,
                pipeline: Pipeline,
            }

            #[doc = #options_doc]
            #[derive(Clone, Debug)]
            pub struct #options_ident {
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
                        api_version: String::from(#api_version),
                        client_options: azure_core::http::ClientOptions::default(),
                    }
                }
            }

            impl #client_ident {
                #new_doc
                pub fn new(
                    endpoint: &str,
                    #credential_param
                    options: Option<#options_ident>,
                ) -> azure_core::Result<Self> {
                    let options = options.unwrap_or_default();
                    let mut endpoint = Url::parse(endpoint)?;
                    if !endpoint.scheme().starts_with("http") {
                        return Err(azure_core::Error::with_message(
                            azure_core::error::ErrorKind::Other,
                            format!("{endpoint} must use http(s)"),
                        ));
                    }
                    endpoint.append_path(#base_path);
                    #auth
                    Ok(Self {
                        endpoint,
                        api_version: options.api_version,
                        pipeline: Pipeline::new(
                            option_env!("CARGO_PKG_NAME"),
                            option_env!("CARGO_PKG_VERSION"),
                            options.client_options,
                            Vec::new(),
                            #auth_policies,
                            None,
                        ),
                    })
                }

                /// The endpoint requests are sent to.
                pub fn endpoint(&self) -> &Url {
                    &self.endpoint
                }

                /// The api-version sent with every request.
                pub fn api_version(&self) -> &str {
                    &self.api_version
                }

                #(#methods)*

                #resume
            }
        },
    )
}

/// How a client authenticates, from the spec's `security`.
pub(crate) enum Auth {
    /// No `security`: no credential.
    None,
    /// OAuth2 (or the manifest's scope): a token credential for this scope.
    Token(String),
    /// Only an `apiKey` scheme: the key, sent in this header (or query
    /// parameter) on every request.
    Key { parameter: String, in_query: bool },
}

/// What `endpoint` is, from the spec, as a paragraph of the constructor's
/// docs: the description of its host parameter (`x-ms-parameterized-host`),
/// or the spec's fixed `host`.
fn endpoint_doc(api: &Api) -> String {
    match host_parameter(api) {
        Some(parameter) => match &parameter.description {
            Some(text) => format!(
                "\n\n`endpoint` is the spec's host parameter `{}`: {}",
                parameter.wire_name,
                super::docs::escape(text)
            ),
            None => format!(
                "\n\n`endpoint` is the spec's host parameter `{}`.",
                parameter.wire_name
            ),
        },
        None if !api.host.template.is_empty() => format!(
            "\n\nThe spec gives the service's host as `{}`.",
            api.host.template
        ),
        None => String::new(),
    }
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

/// The client's authentication: the manifest's scope, else the spec's
/// first OAuth2 scope, else its first `apiKey` scheme, else none.
pub(crate) fn auth(module: &ModuleConfig) -> Auth {
    if let Some(scope) = &module.scope {
        return Auth::Token(scope.clone());
    }
    let security = &module.api.security;
    let oauth = security.iter().find_map(|s| match s {
        SecurityScheme::OAuth2 { scopes, .. } => Some(scopes.first().cloned().unwrap_or_default()),
        _ => None,
    });
    let key = security.iter().find_map(|s| match s {
        SecurityScheme::ApiKey {
            parameter,
            location,
            ..
        } => Some(Auth::Key {
            parameter: parameter.to_ascii_lowercase(),
            in_query: location == "query",
        }),
        _ => None,
    });
    match (oauth, key) {
        (Some(scope), _) => Auth::Token(scope),
        (None, Some(key)) => key,
        // Basic only, or nothing: the pipeline sends no credential.
        (None, None) if security.is_empty() => Auth::None,
        (None, None) => Auth::Token(String::new()),
    }
}

/// What follows the endpoint parameter in the host template, plus `basePath`.
fn base_path(api: &Api) -> String {
    let mut path = api.host.template.clone();
    for param in &api.host.parameters {
        path = path.replace(&format!("{{{}}}", param.wire_name), "");
    }
    if api.host.parameters.is_empty() {
        // A fixed host: the user's endpoint replaces it entirely.
        path.clear();
    }
    path.push_str(api.host.base_path.as_deref().unwrap_or(""));
    path.trim_end_matches('/').to_owned()
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

fn method<'a>(rust: &RustApi<'a>, op: &'a Operation) -> TokenStream {
    let api = rust.api;
    let name = format_ident!("{}", method_name(op));
    let options_ident = format_ident!("{}", options_type_name(api, op));
    let args = arguments(rust, op);
    let arg_decls = args.iter().map(|a| {
        let name = format_ident!("{}", a.name);
        let ty = &a.ty;
        quote!(#name: #ty)
    });
    let returns = returns(op);
    let ret = return_type(api, op);
    let docs = method_docs(op, &args);
    let sources = Sources::of(rust, op, &args);
    let codes = success_codes(op)
        .into_iter()
        .map(proc_macro2::Literal::u16_unsuffixed)
        .collect::<Vec<_>>();
    let next_page = match &returns {
        Returns::Pager {
            next_link_name: Some(_),
            ..
        } => next_request(api, op, &sources),
        _ => None,
    };
    let build = request_statements(
        op,
        &sources,
        next_page.as_ref().map_or_else(TokenStream::new, |next| {
            let closure = &next.closure;
            quote!(let next_page = #closure;)
        }),
    );
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let method_options = format_ident!("{}", naming::METHOD_OPTIONS_FIELD);
    match returns {
        Returns::Poller { .. } => {
            let final_state = format_ident!("{}", final_state(op));
            quote! {
                #docs
                #deprecated
                pub fn #name(&self, #(#arg_decls,)* options: Option<#options_ident<'_>>) -> #ret {
                    let options = options.unwrap_or_default();
                    #build
                    Ok(crate::poller::poller(
                        self.pipeline.clone(),
                        request,
                        crate::poller::FinalState::#final_state,
                        &[#(#codes),*],
                        options.#method_options,
                    ))
                }
            }
        }
        Returns::Pager { next_link_name, .. } => {
            let pager = match (next_link_name, next_page) {
                (None, _) => quote! {
                    crate::runtime::one_page(
                        self.pipeline.clone(),
                        request,
                        &[#(#codes),*],
                        options.#method_options,
                    )
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
                Returns::Exists => quote! {
                    let response = crate::runtime::send(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                    Ok(u16::from(response.status()) != 404)
                },
                _ => quote! {
                    let response = crate::runtime::send(&self.pipeline, &options.#method_options.context, &mut request, &[#(#codes),*]).await?;
                    Ok(response.into())
                },
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
) -> TokenStream {
    let ungroup = &sources.bindings;
    let args = &sources.arguments;
    let (path_bindings, path) = path_expr(op, args);
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
    let accept = if op.produces.is_empty() {
        TokenStream::new()
    } else {
        let accept = op.produces.join(", ");
        quote!(request.insert_header("accept", #accept);)
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

fn method_docs(op: &Operation, args: &[crate::rust_api::signature::Argument<'_>]) -> TokenStream {
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
    let extra = doc_raw(&extra);
    quote!(#summary #extra)
}

/// The path: statements binding each encoded parameter to a local of the
/// same name, and a `format!` of the template with those names inline.
fn path_expr(
    op: &Operation,
    args: &[crate::rust_api::signature::Argument<'_>],
) -> (Vec<TokenStream>, TokenStream) {
    let mut template = String::new();
    let mut bindings = Vec::new();
    for segment in &op.path.segments {
        match segment {
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
                } else if matches!(p.ty, crate::ir::TypeRef::Array(_)) {
                    // Joined per its collectionFormat, then one segment.
                    let text = text_of(p, quote!(#ident));
                    quote!(&#text)
                } else {
                    let text = wire_text(&p.ty, quote!(&#ident));
                    quote!(&#text)
                };
                let helper = if p.skip_url_encoding {
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

fn constant_text(value: Option<&serde_json::Value>) -> String {
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
    let args = &sources.arguments;
    op.parameters
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
}

impl<'a> Sources<'a> {
    fn of(rust: &RustApi<'a>, op: &'a Operation, args: &[Argument<'a>]) -> Self {
        let api = rust.api;
        let mut sources = Sources {
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
            for (_, input) in grouped_inputs(api, op)
                .into_iter()
                .filter(|(g, _)| *g == group)
            {
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
fn text_of(p: &crate::ir::Parameter, value: TokenStream) -> TokenStream {
    if p.api_version {
        return quote!(#value);
    }
    match &p.ty {
        crate::ir::TypeRef::Array(item) => {
            let separator = p
                .collection_format
                .unwrap_or(CollectionFormat::Csv)
                .separator()
                .unwrap_or(",");
            if matches!(**item, crate::ir::TypeRef::Array(_)) {
                // An array of arrays (Maps Elevation's `points`): each inner
                // array as csv, Swagger's default, then the outer format.
                quote!(crate::runtime::join(
                    &#value.iter().map(|inner| crate::runtime::join(inner, ",")).collect::<Vec<_>>(),
                    #separator
                ))
            } else {
                quote!(crate::runtime::join(#value, #separator))
            }
        }
        _ if p.constant.is_some() => quote!(#value),
        ty => wire_text(ty, value),
    }
}

fn query_statements(op: &Operation, sources: &Sources<'_>) -> Vec<TokenStream> {
    let mut statements: Vec<TokenStream> = op
        .path
        .fixed_query
        .iter()
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
                quote! {
                    for item in #value.iter() {
                        query.append_pair(#key, item.to_string());
                    }
                }
            } else {
                let text = text_of(p, value);
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
            let text = text_of(p, value);
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
            let key = p.wire_name.to_ascii_lowercase();
            let text = text_of(p, value);
            quote!(request.insert_header(#key, #text);)
        },
    )
}

fn body_statements(op: &Operation, sources: &Sources<'_>) -> TokenStream {
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
    if let Some(argument) = argument {
        let ident = format_ident!("{}", argument.name);
        quote! {
            request.insert_header("content-type", #content_type);
            request.set_body(#ident);
        }
    } else if let Some(optional) = sources.optional(Input::Body(body)) {
        quote! {
            if let Some(body) = #optional {
                request.insert_header("content-type", #content_type);
                request.set_body(body);
            }
        }
    } else {
        TokenStream::new()
    }
}

/// Unused-option guard: every options field is read by the method.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_drops_the_endpoint_parameter() {
        let mut api = crate::ir::Api {
            title: String::new(),
            description: None,
            api_version: String::new(),
            host: crate::ir::HostTemplate {
                template: "{endpoint}/batch/".to_owned(),
                use_scheme_prefix: false,
                schemes: vec![],
                base_path: None,
                parameters: vec![],
            },
            security: vec![],
            consumes: vec![],
            produces: vec![],
            operations: vec![],
            models: Default::default(),
            enums: Default::default(),
        };
        assert_eq!(base_path(&api), "");
        api.host.parameters.push(crate::ir::Parameter {
            wire_name: "endpoint".to_owned(),
            name: crate::ir::RustName {
                client: "endpoint".to_owned(),
                rust: "endpoint".to_owned(),
            },
            location: ParamLocation::Path,
            required: true,
            ty: crate::ir::TypeRef::string(),
            collection_format: None,
            default: None,
            skip_url_encoding: false,
            scope: crate::ir::ParamScope::Client,
            group: None,
            client_request_id: false,
            api_version: false,
            constant: None,
            nullable: false,
            constraints: Default::default(),
            description: None,
            pointer: String::new(),
        });
        assert_eq!(base_path(&api), "/batch");
    }
}
