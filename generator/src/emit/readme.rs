//! The crate's README, which is also its crate docs: the sections of the
//! official Azure SDK for Rust READMEs (Getting started, Key concepts,
//! Examples, Troubleshooting, Next steps), written from the default
//! module's methods.
//!
//! Every item it names is an intra-doc link or code of a compiled doc test,
//! so a name that is not in the crate fails `cargo doc -D warnings` or
//! `cargo test --doc` instead of misleading a reader. Examples are chosen
//! by the shape of a method's signature (a get whose arguments are all
//! strings, a create taking a model body, a pager, a poller), never by a
//! spec's names.

use crate::ir::{Scalar, TypeRef};
use crate::rust_api::credential::Auth;
use crate::rust_api::methods::Method;
use crate::rust_api::signature::{arguments, Input, Returns};
use crate::rust_api::RustApi;

use super::{client, default_module, errors, template, CrateConfig, EmitError, ModuleConfig};

/// The README of the crate `config` describes (`rusts`: its modules' Rust
/// APIs, in the same order).
pub(super) fn readme(config: &CrateConfig, rusts: &[RustApi<'_>]) -> Result<String, EmitError> {
    let modules: String = config
        .modules
        .iter()
        .map(|m| {
            format!(
                "| `{}` | `{}` | `{}` |\n",
                m.module, m.feature, m.api.api_version
            )
        })
        .collect();
    let default = default_module(config).or(config.modules.first());
    let rust = default.and_then(|module| {
        rusts
            .iter()
            .find(|r| std::ptr::eq(r.api, &module.api))
            .map(|rust| (module, rust))
    });
    let sections = match rust {
        Some((module, rust)) if !module.api.operations.is_empty() => {
            Sections::of(config, module, rust)
        }
        // Models only (an event schema spec): no client to show.
        _ => Sections::models_only(),
    };
    template::README_MD.fill(&[
        ("name", &config.name),
        ("description", &config.description),
        ("default", default.map_or("", |m| m.feature.as_str())),
        ("modules", modules.trim_end()),
        ("install_more", &sections.install_more),
        ("prerequisites", &sections.prerequisites),
        ("authenticate", &sections.authenticate),
        ("key_concepts", &sections.key_concepts),
        ("examples", &sections.examples),
        ("troubleshooting", &sections.troubleshooting),
        ("next_steps", &sections.next_steps),
    ])
}

/// The generated text of each section.
struct Sections {
    install_more: String,
    prerequisites: String,
    authenticate: String,
    key_concepts: String,
    examples: String,
    troubleshooting: String,
    next_steps: String,
}

/// What the examples of one module are written with.
struct Writer<'r, 'a> {
    config: &'r CrateConfig,
    module: &'r ModuleConfig,
    rust: &'r RustApi<'a>,
}

impl Sections {
    fn models_only() -> Self {
        let none =
            "This crate defines models only: it has no operations, so no client.\n".to_owned();
        Sections {
            install_more: String::new(),
            prerequisites: String::new(),
            authenticate: none.clone(),
            key_concepts: none.clone(),
            examples: none.clone(),
            troubleshooting: none.clone(),
            next_steps: none,
        }
    }

    fn of(config: &CrateConfig, module: &ModuleConfig, rust: &RustApi<'_>) -> Self {
        let w = Writer {
            config,
            module,
            rust,
        };
        let token = client::auth(module).takes_token();
        let install_more = if token {
            "cargo add azure_identity\ncargo add tokio --features macros,rt-multi-thread\n"
        } else {
            "cargo add tokio --features macros,rt-multi-thread\n"
        };
        let prerequisites = match client::auth(module) {
            Auth::Token { .. } => format!(
                "* An Azure subscription, the endpoint of the service ({}), and an identity \
                 allowed to call it (`az login` is enough for `DeveloperToolsCredential`).\n",
                module.api.title
            ),
            Auth::Key { .. } => format!(
                "* The endpoint of the service ({}) and its API key.\n",
                module.api.title
            ),
            Auth::None => {
                format!("* The endpoint of the service ({}).\n", module.api.title)
            }
        };
        let mut examples = String::new();
        for example in [w.create(), w.get(), w.list(), w.long_running(), w.errors()]
            .into_iter()
            .flatten()
        {
            examples.push_str(&example);
            examples.push('\n');
        }
        if let Some(usage) = &config.usage {
            examples.push_str("### More examples\n\n");
            examples.push_str(usage.trim_end());
            examples.push_str("\n\n");
        }
        Sections {
            install_more: install_more.to_owned(),
            prerequisites,
            authenticate: w.authenticate(),
            key_concepts: w.key_concepts(),
            examples,
            troubleshooting: w.troubleshooting(),
            next_steps: w.next_steps(),
        }
    }
}

impl Writer<'_, '_> {
    /// `crate::module::Name`, for an intra-doc link.
    fn path(&self, name: &str) -> String {
        format!("crate::{}::{name}", self.module.module)
    }

    /// ``[`Name`](crate::module::Name)``.
    fn link(&self, name: &str) -> String {
        format!("[`{name}`]({})", self.path(name))
    }

    /// ``[`Client::method`](crate::module::Client::method)``.
    fn method_link(&self, method: &Method<'_>) -> String {
        let client = &self.config.client;
        format!(
            "[`{client}::{}`]({}::{})",
            method.name,
            self.path(client),
            method.name
        )
    }

    /// A compiled, not run, example: `uses` from the module, then `body`
    /// inside an async function with the client built.
    fn block(&self, uses: &[String], extra_uses: &[&str], body: &str) -> String {
        let mut names: Vec<&str> = vec![self.config.client.as_str()];
        names.extend(uses.iter().map(String::as_str));
        names.sort_unstable();
        names.dedup();
        let names = match names.as_slice() {
            [one] => (*one).to_owned(),
            _ => format!("{{{}}}", names.join(", ")),
        };
        let mut out = format!(
            "```rust,no_run\nuse {}::{}::{names};\n",
            self.config.name, self.module.module,
        );
        if client::auth(self.module).takes_token() {
            out.push_str("use azure_identity::DeveloperToolsCredential;\n");
        }
        for extra in extra_uses {
            out.push_str(&format!("use {extra};\n"));
        }
        out.push_str("\nasync fn example() -> Result<(), Box<dyn std::error::Error>> {\n");
        out.push_str(&self.construct());
        out.push('\n');
        out.push_str(body);
        out.push_str("    Ok(())\n}\n```\n");
        out
    }

    /// The client's construction: with a credential from `azure_identity`
    /// when the spec has `security`, without one otherwise; at an endpoint
    /// the spec gives as an example.
    fn construct(&self) -> String {
        let endpoint = client::example_endpoint(&self.module.api);
        let (setup, credential) = match client::auth(self.module) {
            Auth::Token {
                optional: false, ..
            } => (
                "    let credential = DeveloperToolsCredential::new(None)?;\n",
                "credential, ",
            ),
            Auth::Token { optional: true, .. } => (
                "    let credential = DeveloperToolsCredential::new(None)?;\n",
                "Some(credential), ",
            ),
            Auth::Key { .. } => (
                "    let key = azure_core::credentials::Secret::new(std::env::var(\"API_KEY\")?);\n",
                "key, ",
            ),
            Auth::None => ("", ""),
        };
        let host = &self.rust.host;
        let mut inputs = String::new();
        if host.endpoint {
            inputs.push_str(&format!("\"{endpoint}\", "));
        }
        // The template's other parameters, by their names in the spec.
        for input in &host.arguments {
            inputs.push_str(&format!("\"{}\", ", input.parameter.wire_name));
        }
        format!(
            "{setup}    let client = {}::new({inputs}{credential}None)?;\n",
            self.config.client
        )
    }

    fn authenticate(&self) -> String {
        let how = match client::auth(self.module) {
            Auth::Token {
                optional: false, ..
            } => {
                "The client takes an Entra ID token credential from `azure_identity`; \
                 `DeveloperToolsCredential` uses the Azure CLI's or Azure Developer CLI's \
                 login, `ManagedIdentityCredential` a managed identity in Azure."
            }
            Auth::Token { optional: true, .. } => {
                "The client takes an optional Entra ID token credential from `azure_identity` \
                 (`DeveloperToolsCredential` uses the Azure CLI's or Azure Developer CLI's \
                 login, `ManagedIdentityCredential` a managed identity in Azure); with `None`, \
                 requests carry no token, for an endpoint URL that holds a SAS or a public \
                 resource."
            }
            Auth::Key { .. } => "The client takes the service's API key.",
            Auth::None => "The spec declares no authentication: the client sends none.",
        };
        let client = &self.config.client;
        let path = self.path(client);
        let with_key = match client::key_alternative(self.module) {
            Some(_) => format!(
                " The spec takes the service's API key too: \
                 [`{client}::with_key`]({path}::with_key) builds one with the key instead."
            ),
            None => String::new(),
        };
        format!(
            "{how} {} is the client; [`{client}::new`]({path}::new) builds one.{with_key}\n\n{}",
            self.link(client),
            self.block(&[], &[], "")
        )
    }

    /// The arguments of a method if each is a string parameter, written as
    /// example values (`"pool-id"`); `body` stands for a model body.
    fn string_arguments(&self, method: &Method<'_>, body: Option<&str>) -> Option<Vec<String>> {
        arguments(self.rust, method.op)
            .into_iter()
            .map(|a| match a.input {
                Input::Param(p) if matches!(p.ty, TypeRef::Scalar(Scalar::String { .. })) => Some(
                    format!("\"{}\"", a.name.trim_end_matches('_').replace('_', "-")),
                ),
                Input::Body(_) => body.map(str::to_owned),
                _ => None,
            })
            .collect()
    }

    /// A model body a user can build with `Default`: a model that is not
    /// a hierarchy of kinds.
    fn body_model(&self, method: &Method<'_>) -> Option<String> {
        let body = method.op.body.as_ref().filter(|b| b.required)?;
        let TypeRef::Model(id) = &body.ty else {
            return None;
        };
        let model = self.rust.api.model(id);
        (!crate::rust_api::hierarchy::is_polymorphic(model)).then(|| id.clone())
    }

    /// The first sendable method `accept` takes, preferring one whose name
    /// starts with `prefix`.
    fn pick<'m>(
        &'m self,
        prefix: &str,
        accept: impl Fn(&Method<'_>) -> bool,
    ) -> Option<&'m Method<'m>> {
        let candidates = || {
            self.rust
                .methods
                .iter()
                .filter(|m| m.sendable() && accept(m))
        };
        candidates()
            .find(|m| m.name.starts_with(prefix))
            .or_else(|| candidates().next())
    }

    fn get_method(&self) -> Option<&Method<'_>> {
        self.pick("get_", |m| {
            matches!(m.returns, Returns::Body(TypeRef::Model(_)))
                && self
                    .string_arguments(m, None)
                    .is_some_and(|args| !args.is_empty())
        })
    }

    fn create(&self) -> Option<String> {
        let method = self.pick("create_", |m| {
            matches!(m.returns, Returns::Body(_) | Returns::Empty)
                && self.body_model(m).is_some()
                && self.string_arguments(m, Some("body")).is_some()
        })?;
        let id = self.body_model(method)?;
        let model = &self.rust.api.model(&id).name.rust;
        // Set the required text fields; the rest stay unset.
        let mut sets = String::new();
        for field in self.rust.fields(&id) {
            let text = matches!(field.property.ty, TypeRef::Scalar(Scalar::String { .. }));
            if field.property.required && text && !field.is_nested() && !field.property.read_only {
                sets.push_str(&format!(
                    "    body.{} = Some(\"{}\".into());\n",
                    field.rust,
                    field.rust.replace('_', "-")
                ));
            }
        }
        let binding = if sets.is_empty() { "let" } else { "let mut" };
        let args = self.string_arguments(method, Some("body.try_into()?"))?;
        let body = format!(
            "    // Unset fields are left out of the request.\n    \
             {binding} body = {model}::default();\n{sets}    \
             client.{}({}, None).await?;\n",
            method.name,
            args.iter()
                .map(|a| format!("{a}, "))
                .collect::<String>()
                .trim_end_matches(", ")
        );
        Some(format!(
            "### Create\n\n{} sends a [`{model}`]({}) built from `Default`.\n\n{}",
            self.method_link(method),
            self.path(model),
            self.block(std::slice::from_ref(model), &[], &body)
        ))
    }

    fn get(&self) -> Option<String> {
        let method = self.get_method()?;
        let args = self.string_arguments(method, None)?;
        let mut uses = Vec::new();
        let mut header_read = String::new();
        let mut text = format!(
            "### Get\n\n{} returns a `Response`: its headers, then its model with \
             `into_model()`.",
            self.method_link(method)
        );
        if let Some(target) = &method.headers {
            let header = method
                .op
                .responses
                .iter()
                .filter(|r| !r.is_error)
                .flat_map(|r| &r.headers)
                .next();
            if let Some(header) = header {
                let name = crate::rust_api::headers::trait_name(self.rust.api, target);
                text.push_str(&format!(
                    " Headers are read through {}, imported as `_`.",
                    self.link(&name)
                ));
                uses.push(format!("{name} as _"));
                header_read = format!(
                    "    println!(\"{}: {{:?}}\", response.{}()?);\n",
                    header.wire_name, header.name.rust
                );
            }
        }
        let body = format!(
            "    let response = client.{}({}, None).await?;\n{header_read}    \
             let model = response.into_model()?;\n    println!(\"{{model:?}}\");\n",
            method.name,
            args.join(", ")
        );
        Some(format!("{text}\n\n{}", self.block(&uses, &[], &body)))
    }

    fn list(&self) -> Option<String> {
        let method = self.pick("list_", |m| {
            matches!(m.returns, Returns::Pager { .. }) && self.string_arguments(m, None).is_some()
        })?;
        let args = self.string_arguments(method, None)?;
        let args: String = args.iter().map(|a| format!("{a}, ")).collect();
        // How the pager asks for the next page, as the method does.
        let follows = if let Some(c) = crate::rust_api::continuation::header_continuation(method.op)
        {
            format!(
                "sends each response's `{}` token back as `{}`",
                c.header, c.parameter
            )
        } else if let Some(c) = method.op.pageable.as_ref().and_then(|p| p.cursor.as_ref()) {
            format!(
                "sends each page's `{}` back as `{}` (`{}` says whether one follows)",
                c.token, c.parameter, c.more
            )
        } else if let Some(marker) = crate::rust_api::xml::marker_parameter(method.op) {
            format!(
                "sends each page's next marker back as `{}`",
                marker.wire_name
            )
        } else {
            "follows the next link".to_owned()
        };
        let body = format!(
            "    // The pager {follows} until the last page.\n    \
             let mut items = client.{}({args}None)?;\n    \
             while let Some(item) = items.try_next().await? {{\n        \
             println!(\"{{item:?}}\");\n    \
             }}\n",
            method.name
        );
        Some(format!(
            "### List\n\n{} returns an `azure_core::http::Pager`: a stream of items \
             that fetches pages as it goes.\n\n{}",
            self.method_link(method),
            self.block(&[], &["futures::TryStreamExt as _"], &body)
        ))
    }

    fn long_running(&self) -> Option<String> {
        let method = self.pick("", |m| {
            matches!(m.returns, Returns::Poller { .. })
                && (m.op.body.as_ref().is_none_or(|b| !b.required) || self.body_model(m).is_some())
                && self.string_arguments(m, Some("body")).is_some()
        })?;
        let (setup, uses) = match self.body_model(method) {
            Some(id) => {
                let model = self.rust.api.model(&id).name.rust.clone();
                (format!("    let body = {model}::default();\n"), vec![model])
            }
            None => (String::new(), Vec::new()),
        };
        let args = self.string_arguments(method, Some("body.try_into()?"))?;
        let args: String = args.iter().map(|a| format!("{a}, ")).collect();
        let body = format!(
            "{setup}    // Awaiting the poller polls until the operation ends.\n    \
             let response = client.{}({args}None)?.await?;\n    \
             println!(\"{{}}\", response.status());\n",
            method.name
        );
        Some(format!(
            "### Long-running operations\n\n{} returns an `azure_core::http::Poller`: \
             await it for the final result, or stream it for each status. \
             [`{client}::resume_poller`]({}::resume_poller) picks a saved operation up \
             again.\n\n{}",
            self.method_link(method),
            self.path(&self.config.client),
            self.block(&uses, &[], &body),
            client = self.config.client,
        ))
    }

    fn errors(&self) -> Option<String> {
        let method = self.get_method()?;
        let args = self.string_arguments(method, None)?;
        let error = errors::error_models(self.rust.api).into_iter().next();
        let (uses, read, says) = match error {
            Some(id) => {
                let model = &self.rust.api.model(id).name.rust;
                let ext = errors::trait_name(model);
                let accessor = errors::accessor_name(model);
                (
                    vec![format!("{ext} as _")],
                    format!(
                        "                if let Some(details) = error.{accessor}() {{\n                    \
                         println!(\"{{details:?}}\");\n                }}\n"
                    ),
                    format!(
                        " The service's {} is read with {}.",
                        self.link(model),
                        self.link(&ext)
                    ),
                )
            }
            None => (Vec::new(), String::new(), String::new()),
        };
        let body = format!(
            "    match client.{}({}, None).await {{\n        \
             Ok(response) => println!(\"{{:?}}\", response.into_model()?),\n        \
             Err(error) => match error.kind() {{\n            \
             ErrorKind::HttpResponse {{ status, error_code, .. }} => {{\n                \
             println!(\"HTTP {{status}}, error code {{error_code:?}}\");\n{read}            \
             }}\n            \
             _ => return Err(error.into()),\n        \
             }},\n    \
             }}\n",
            method.name,
            args.join(", ")
        );
        Some(format!(
            "### Handle errors\n\nA call the service refuses is an `azure_core::Error` of kind \
             `ErrorKind::HttpResponse`, with the status and the service's error code.{says}\n\n{}",
            self.block(&uses, &["azure_core::error::ErrorKind"], &body)
        ))
    }

    fn key_concepts(&self) -> String {
        let client = &self.config.client;
        let mut out = format!(
            "* {} has one method per operation. Each takes its required parameters as \
             arguments and an options struct for the rest, `{client}{{Method}}Options`",
            self.link(client)
        );
        match self.rust.methods.iter().find(|m| m.sendable()) {
            Some(first) => out.push_str(&format!(
                " ({} for {}), passed as `Some(options)` or `None`.\n",
                self.link(&first.options),
                self.method_link(first)
            )),
            None => out.push_str(".\n"),
        }
        out.push_str(&format!(
            "* Every call opens a distributed-tracing span named after its operation \
             (`{}`) when the client options carry a tracer provider.\n",
            self.rust
                .methods
                .first()
                .map_or(String::new(), |m| m.span.clone())
        ));
        if let Some(method) = self
            .rust
            .methods
            .iter()
            .find(|m| m.sendable() && m.marker().is_some() && m.headers.is_some())
        {
            let marker = method.marker().unwrap_or_default();
            let target = method
                .headers
                .as_ref()
                .map(|t| crate::rust_api::headers::trait_name(self.rust.api, t));
            out.push_str(&format!(
                "* A response without a body has a type of its operation's own ({} for {}), \
                 whose headers trait offers exactly that operation's headers ({}).\n",
                self.link(marker),
                self.method_link(method),
                target.map(|t| self.link(&t)).unwrap_or_default()
            ));
        }
        out.push_str(&self.streams());
        out.push_str(
            "* Models have `Option` fields and `Default`: set the fields you need. \
             Properties the spec does not define are kept in `additional_properties` and \
             sent back.\n\
             * Enums keep values this crate does not know in `UnknownValue(String)`.\n",
        );
        out
    }

    /// The key concept of streamed responses, where the crate has any: the
    /// stream type, and the pair of methods of an operation that answers a
    /// document or a stream.
    fn streams(&self) -> String {
        let sendable = || self.rust.methods.iter().filter(|m| m.sendable());
        let pair = sendable().find_map(|m| Some((m, m.events()?)));
        let only = sendable().find(|m| matches!(m.returns, Returns::Events(_)));
        if pair.is_none() && only.is_none() {
            return String::new();
        }
        let mut out = String::from(
            "* A response the service streams (server-sent events, JSON Lines) is an \
             [`EventStream`](crate::events::EventStream): a `futures::Stream` of typed items, \
             each read as it arrives",
        );
        if let Some(only) = only {
            out.push_str(&format!(" ({})", self.method_link(only)));
        }
        out.push_str(".\n");
        if let Some((document, stream)) = pair {
            out.push_str(&format!(
                "* An operation that answers one JSON document or, when the request asks for \
                 it, a stream, has two methods: {} returns the document and {} the stream \
                 (it sends `Accept` for the stream; the request still says to stream where it \
                 has a property for it, such as `stream: true`).\n",
                self.method_link(document),
                self.method_link(&stream),
            ));
        }
        out
    }

    fn troubleshooting(&self) -> String {
        "* **Errors.** Every method returns `azure_core::Result`; match the error's \
         `kind()` as in [Handle errors](#handle-errors).\n\
         * **Logging.** `azure_core` logs requests and responses through the `tracing` \
         crate: install a subscriber (`tracing-subscriber`) to see them. Headers and query \
         parameters not known to be safe are redacted.\n\
         * **Retries.** Throttled and failed requests are retried by the pipeline; tune it \
         with `client_options.retry` in the client's options.\n"
            .to_owned()
    }

    fn next_steps(&self) -> String {
        format!(
            "* The methods, models and enums of each api-version: the module docs \
             ([`{}`]({})).\n\
             * The spec this module is generated from: `{}` in \
             [azure-rest-api-specs](https://github.com/Azure/azure-rest-api-specs).\n\
             * What changed between api-versions: `CHANGELOG.md`.\n",
            self.module.module,
            format_args!("crate::{}", self.module.module),
            self.module.spec_file
        )
    }
}
