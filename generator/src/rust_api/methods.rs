//! Each operation's method as one record, decided once per module: its
//! name, its options struct, what it returns, the marker type and headers
//! trait of its response, and the name of its tracing span.
//!
//! The client and options emitters, the headers file, the conformance
//! emitter, the README and the differ all read these records
//! ([`super::RustApi::method`]) instead of asking for each decision again.
//! Names follow the official Azure SDK for Rust crates: options are
//! `{Client}{Method}Options` (`SecretClientGetSecretOptions`), an empty
//! response is `Response<{Client}{Method}Result, NoFormat>`
//! (`BlobContainerClientAcquireLeaseResult`), a span is
//! `{Namespace}.{method}` (`KeyVault.getSecret`).

use heck::ToLowerCamelCase;

use crate::ir::{Api, HttpMethod, Operation};

use super::signature::{returns, Returns};

/// The Rust response type an operation's headers are read from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// `Response<Model>` (pages included): shared by every operation
    /// returning the model.
    Model(String),
    /// `Response<Vec<Model>>` (`XmlList` for XML): a list body, shared by
    /// every operation returning a list of the model. Storage's lists come
    /// with headers worth reading (Get Container ACL's public access level
    /// is a header beside its list of policies).
    List(String),
    /// `Response<Marker, NoFormat>`: an empty body whose headers are this
    /// operation's own, on its marker type ([`Method::marker`]).
    Marker(String),
    /// `AsyncResponse`: a download.
    Stream,
}

/// One operation's method.
#[derive(Debug, Clone)]
pub(crate) struct Method<'a> {
    /// The operation.
    pub op: &'a Operation,
    /// The method's name on the client (snake_case).
    pub name: String,
    /// The options struct's name.
    pub options: String,
    /// What the method gives back.
    pub returns: Returns,
    /// The marker type of an empty response (`BatchClientCreatePoolResult`),
    /// headers or not: a header the service adds later adds a trait, and
    /// changes no return type.
    pub marker: Option<String>,
    /// The response type its typed headers are read from, if it has any.
    pub headers: Option<Target>,
    /// The name of the span the method opens (`#[tracing::function]`).
    pub span: String,
    /// The name of the second method of an operation that answers a JSON
    /// document or a stream of items (`create_chat_completion_stream`
    /// beside `create_chat_completion`): it asks for the stream (`Accept`)
    /// and returns it ([`Self::events`]).
    pub events_name: Option<String>,
    /// The name of the second method of a long-running operation whose
    /// result is a page (`get_multiple_pages_lro_pages` beside
    /// `get_multiple_pages_lro`): it polls the operation to its end and
    /// returns a `Pager` over that page and the ones after it
    /// ([`Self::pages`]).
    pub pages_name: Option<String>,
}

impl<'a> Method<'a> {
    /// The second method of an operation answering a document or a stream
    /// ([`Self::events_name`]): the same arguments and options struct,
    /// returning the stream. Its headers are read from the stream's
    /// response, so it has no typed headers trait.
    pub(crate) fn events(&self) -> Option<Method<'a>> {
        let events = super::signature::events_of(self.op)?;
        Some(self.second(self.events_name.clone()?, Returns::Events(events.clone())))
    }

    /// The second method of a long-running operation whose result is a
    /// page ([`Self::pages_name`]): the same arguments and options struct
    /// (its poller options set the polling), returning a `Pager`.
    pub(crate) fn pages(&self) -> Option<Method<'a>> {
        let returns = super::signature::polled_pages_of(self.op)?;
        Some(self.second(self.pages_name.clone()?, returns))
    }

    /// A second method of this one's operation, named `name`: the same
    /// arguments, options struct and span namespace, no typed headers.
    fn second(&self, name: String, returns: Returns) -> Method<'a> {
        let namespace = self.span.split('.').next().unwrap_or_default();
        Method {
            op: self.op,
            span: format!("{namespace}.{}", name.to_lower_camel_case()),
            name,
            options: self.options.clone(),
            returns,
            marker: None,
            headers: None,
            events_name: None,
            pages_name: None,
        }
    }

    /// The method itself and its second one, where it has one (a stream, or
    /// the pages of a long-running operation).
    pub(crate) fn with_second(&self) -> impl Iterator<Item = Method<'a>> {
        std::iter::once(self.clone())
            .chain(self.events())
            .chain(self.pages())
    }

    /// The marker type of an empty response (`BatchClientCreatePoolResult`).
    pub(crate) fn marker(&self) -> Option<&str> {
        self.marker.as_deref()
    }

    /// Whether the client has a method for it: azure_core 1.x's `Method`
    /// has no OPTIONS.
    pub(crate) fn sendable(&self) -> bool {
        self.op.method != HttpMethod::Options
    }
}

/// The namespace of a client's spans (`#[tracing::new]`): its name without
/// `Client` (`BatchClient` → `Batch`, as Key Vault's `SecretClient` traces
/// under `KeyVault`).
pub(crate) fn namespace(client: &str) -> &str {
    match client.strip_suffix("Client") {
        Some(stem) if !stem.is_empty() => stem,
        _ => client,
    }
}

/// The client a spec's title names when no configuration does (`Key Vault
/// Client` → `KeyVaultClient`).
pub(crate) fn default_client(api: &Api) -> String {
    let title = crate::naming::type_name(&api.title);
    crate::naming::suffixed(title.trim_end_matches("Client"), "Client")
}

/// The methods of every operation of `api`, in spec order, for the client
/// named `client`.
pub(crate) fn methods<'a>(api: &'a Api, client: &str) -> Vec<Method<'a>> {
    api.operations
        .iter()
        .map(|op| {
            let name = op.rust_name.clone();
            let stem = format!("{client}{}", crate::naming::type_name(&name));
            let returns = returns(op);
            let has_headers = op
                .responses
                .iter()
                .any(|r| !r.is_error && !r.headers.is_empty());
            // An operation the client cannot send (OPTIONS) has no response
            // to mark: a marker would be named in header impls but never
            // defined.
            let sendable = op.method != HttpMethod::Options;
            let marker =
                (returns == Returns::Empty && sendable).then(|| free_name(api, &stem, "Result"));
            let headers = match &returns {
                _ if !has_headers => None,
                Returns::Body(crate::ir::TypeRef::Model(id))
                | Returns::Pager {
                    page: crate::ir::TypeRef::Model(id),
                    ..
                } => Some(Target::Model(id.clone())),
                Returns::Body(crate::ir::TypeRef::Array(item)) => match item.as_ref() {
                    crate::ir::TypeRef::Model(id) => Some(Target::List(id.clone())),
                    _ => None,
                },
                Returns::Empty => marker.clone().map(Target::Marker),
                Returns::Stream => Some(Target::Stream),
                _ => None,
            };
            let events_name = super::signature::events_of(op).map(|_| {
                // `_stream`, as the official crates' `stream_*` methods
                // return a stream; `_events` where an operation of that
                // name exists already.
                let name = format!("{name}_stream");
                if api.operations.iter().any(|o| o.rust_name == name) {
                    format!("{name}_events")
                } else {
                    name
                }
            });
            let pages_name = super::signature::polled_pages_of(op).map(|_| {
                let name = format!("{name}_pages");
                if api.operations.iter().any(|o| o.rust_name == name) {
                    format!("{name}_pager")
                } else {
                    name
                }
            });
            Method {
                op,
                events_name,
                pages_name,
                options: free_name(api, &stem, "Options"),
                span: format!("{}.{}", namespace(client), name.to_lower_camel_case()),
                name,
                returns,
                marker,
                headers,
            }
        })
        .collect()
}

/// `stem` + `suffix`, or `stem` + `Method` + `suffix` where a model or enum
/// of the spec has that name already.
fn free_name(api: &Api, stem: &str, suffix: &str) -> String {
    let name = crate::naming::suffixed(stem, suffix);
    let taken = api.models.values().any(|m| m.name.rust == name)
        || api.enums.values().any(|e| e.name.rust == name);
    if taken {
        crate::naming::suffixed(stem, &format!("Method{suffix}"))
    } else {
        name
    }
}
