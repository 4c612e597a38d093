//! The intermediate representation: what an API *is*, independent of Rust
//! syntax and of the way a spec happens to spell it.
//!
//! The IR is produced by [`crate::lower`](mod@crate::lower) from a loaded spec and consumed by
//! the Rust emitter and by the api-version differ. It owns three kinds of
//! things:
//!
//! * [`Operation`]s: one per (HTTP method, path) pair of `paths` and
//!   `x-ms-paths`, with parameters, request body, responses, paging and
//!   long-running behaviour;
//! * [`Model`]s: object schemas, named or anonymous, with their properties,
//!   inheritance (`allOf`) and discriminators;
//! * [`Enum`]s: string (or numeric) enumerations from `enum` + `x-ms-enum`.
//!
//! Every collection is an [`IndexMap`] or a `Vec` filled in spec order, so the
//! same input always gives the same IR, byte for byte once serialized.
//! Names meant for Rust ([`RustName`]) are computed here, once, so that the
//! emitter and the differ agree on them.

mod fit;
mod types;

pub use fit::Contradiction;
pub use types::{DateTimeFormat, Scalar, TypeRef};

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;

/// Identifier of a model or enum in [`Api::models`] / [`Api::enums`]: the
/// spec's own name for it (definition name or `x-ms-enum` name), made unique.
pub type TypeId = String;

/// A whole API: one spec file (plus every file it references) lowered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `info.version`: the api-version this spec describes.
    pub api_version: String,
    /// Where requests go: `host` + `basePath`, or `x-ms-parameterized-host`.
    pub host: HostTemplate,
    /// Authentication schemes accepted by the service, in spec order.
    pub security: Vec<SecurityScheme>,
    /// Default request content types (`consumes`).
    pub consumes: Vec<String>,
    /// Default response content types (`produces`).
    pub produces: Vec<String>,
    /// All operations, in spec order (`paths`, then `x-ms-paths`; methods in
    /// the order they appear under each path).
    pub operations: Vec<Operation>,
    /// All object models, keyed by [`TypeId`], in the order first reached.
    pub models: IndexMap<TypeId, Model>,
    /// All enumerations, keyed by [`TypeId`], in the order first reached.
    pub enums: IndexMap<TypeId, Enum>,
}

/// A name as it appears on the wire together with the names a client uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct RustName {
    /// The name in the spec (`x-ms-client-name` if present, else the wire name).
    pub client: String,
    /// The identifier used in Rust: snake_case for fields, functions and
    /// modules, UpperCamelCase for types and variants; keywords escaped,
    /// collisions within its scope resolved deterministically.
    pub rust: String,
}

/// Where the service lives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostTemplate {
    /// The template, e.g. `{batchUrl}` or `management.azure.com/base`.
    /// Parameters are written `{name}` and listed in [`Self::parameters`].
    pub template: String,
    /// `x-ms-parameterized-host.useSchemePrefix` (default true): whether the
    /// scheme from `schemes` is prefixed to the template.
    pub use_scheme_prefix: bool,
    /// `schemes`, in spec order.
    pub schemes: Vec<String>,
    /// `basePath`, appended to the host before every operation path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_path: Option<String>,
    /// Parameters of the host template (client-level).
    pub parameters: Vec<Parameter>,
}

/// One accepted authentication scheme (`securityDefinitions` entry named in
/// `security`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SecurityScheme {
    /// OAuth 2 / Microsoft Entra; `scopes` are what a token must be asked for.
    #[serde(rename = "oauth2")]
    OAuth2 {
        /// Name of the definition.
        name: String,
        /// Scopes required by `security` (or, if none are named there, the
        /// scopes the definition declares).
        scopes: Vec<String>,
    },
    /// A key passed in a header or query parameter.
    ApiKey {
        /// Name of the definition.
        name: String,
        /// Header or query parameter carrying the key.
        parameter: String,
        /// `header` or `query`.
        location: String,
    },
    /// HTTP basic authentication.
    Basic {
        /// Name of the definition.
        name: String,
    },
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
}

impl HttpMethod {
    /// Parses a Swagger path-item key (`get`, `put`, ...).
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "get" => Self::Get,
            "put" => Self::Put,
            "post" => Self::Post,
            "delete" => Self::Delete,
            "options" => Self::Options,
            "head" => Self::Head,
            "patch" => Self::Patch,
            _ => return None,
        })
    }

    /// The method as written on the wire (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Post => "POST",
            Self::Delete => "DELETE",
            Self::Options => "OPTIONS",
            Self::Head => "HEAD",
            Self::Patch => "PATCH",
        }
    }
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// `operationId` as written (e.g. `Pool_List`, `Batch_ListPools`).
    pub id: String,
    /// The part of the operation id before `_` (e.g. `Pool`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The part after `_` (e.g. `List`), or the whole id without a group.
    pub name: String,
    /// The Rust method name: snake_case of group + name, unique in the API.
    pub rust_name: String,
    /// HTTP method.
    pub method: HttpMethod,
    /// The path, relative to host + basePath.
    pub path: PathTemplate,
    /// Where this operation came from in its spec (JSON pointer, e.g.
    /// `#/paths/~1pools/get`).
    pub pointer: String,
    /// `summary`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `tags`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// `deprecated: true`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// All non-body parameters, path-item level first then operation level
    /// (an operation-level one overrides a path-level one of the same name
    /// and location), in spec order.
    pub parameters: Vec<Parameter>,
    /// The body parameter, if any (or the form-data parameters as one body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<RequestBody>,
    /// Request content types (`consumes`, falling back to the API's).
    pub consumes: Vec<String>,
    /// Response content types (`produces`, falling back to the API's).
    pub produces: Vec<String>,
    /// How a request body is written: XML when [`Self::consumes`] names an
    /// XML media type and no JSON one.
    #[serde(skip_serializing_if = "BodyFormat::is_json")]
    pub request_format: BodyFormat,
    /// How a response body is read: XML when [`Self::produces`] names an
    /// XML media type and no JSON one.
    #[serde(skip_serializing_if = "BodyFormat::is_json")]
    pub response_format: BodyFormat,
    /// Responses by status, in spec order (`default` included).
    pub responses: Vec<Response>,
    /// `x-ms-pageable`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pageable: Option<Pageable>,
    /// `x-ms-long-running-operation` (+ options).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long_running: Option<LongRunning>,
    /// `x-ms-request-id`: the response header that carries the request id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id_header: Option<String>,
    /// `x-ms-examples`: example title → path of the example file, relative to
    /// the spec file that declares it (as written in the `$ref`).
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    pub examples: IndexMap<String, String>,
}

/// The structured format of an operation's bodies, from its media types.
/// Text, binary and form bodies are told apart by their type and media
/// type where they are emitted; this says how a model or a list is spelled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    /// JSON (the default, and the choice when JSON is among the types).
    #[default]
    Json,
    /// XML (`application/xml`, `text/xml`, `*+xml`) and no JSON type.
    Xml,
}

impl BodyFormat {
    /// The format of bodies sent or read under `media_types` (an
    /// operation's `consumes` or `produces`).
    pub fn of(media_types: &[String]) -> Self {
        let essence = |m: &String| {
            m.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        };
        let xml = media_types
            .iter()
            .map(essence)
            .any(|m| m == "application/xml" || m == "text/xml" || m.ends_with("+xml"));
        let json = media_types.iter().map(essence).any(|m| m.contains("json"));
        if xml && !json {
            Self::Xml
        } else {
            Self::Json
        }
    }

    /// Whether this is [`BodyFormat::Json`].
    pub fn is_json(&self) -> bool {
        *self == Self::Json
    }
}

/// Swagger 2.0's `xml` object, with Azure's `x-ms-text`: how a schema or
/// property is spelled in XML. Absent keys are `None`/`false`; the default
/// name (the property's or the definition's) is the emitter's to apply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Xml {
    /// `name`: the element or attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `namespace`: the namespace URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `prefix`: the namespace prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `attribute: true`: an attribute of the enclosing element.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub attribute: bool,
    /// `wrapped: true`: an array whose items sit inside an element of
    /// their own (else each item is a child of the enclosing element).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub wrapped: bool,
    /// `x-ms-text: true`: the text content of the enclosing element.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub text: bool,
    /// For an array: the `xml` object of its items (their element name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Xml>>,
}

impl Xml {
    /// Whether the object says nothing (every key absent).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A path template split into literal and parameter segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathTemplate {
    /// The template as written, e.g. `/pools/{poolId}/nodes/{nodeId}`
    /// (for `x-ms-paths`, without the `?query` part).
    pub template: String,
    /// The template cut at `{`/`}`.
    pub segments: Vec<PathSegment>,
    /// Fixed query parameters from an `x-ms-paths` key such as
    /// `/foo?op=bar`, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixed_query: Vec<(String, String)>,
}

/// A piece of a [`PathTemplate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PathSegment {
    /// Literal text, sent as is.
    Literal(String),
    /// A `{name}` placeholder filled from the path parameter `name`.
    Param(String),
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Body,
    FormData,
}

/// Whether a parameter is set once on the client or on every call
/// (`x-ms-parameter-location`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamScope {
    /// Set on the client (the default for parameters defined globally under
    /// `#/parameters`, and always for `api-version` and host parameters).
    Client,
    /// Passed to each method call.
    Method,
}

/// `collectionFormat`: how an array is written into a query, header or path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum CollectionFormat {
    Csv,
    Ssv,
    Tsv,
    Pipes,
    Multi,
}

impl CollectionFormat {
    /// Parses a `collectionFormat` value.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "csv" => Self::Csv,
            "ssv" => Self::Ssv,
            "tsv" => Self::Tsv,
            "pipes" => Self::Pipes,
            "multi" => Self::Multi,
            _ => return None,
        })
    }

    /// The separator between items; `None` for `multi` (repeat the key).
    pub fn separator(self) -> Option<&'static str> {
        match self {
            Self::Csv => Some(","),
            Self::Ssv => Some(" "),
            Self::Tsv => Some("\t"),
            Self::Pipes => Some("|"),
            Self::Multi => None,
        }
    }
}

/// A non-body parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parameter {
    /// The name on the wire (`maxresults`, `client-request-id`).
    pub wire_name: String,
    /// Names for the client (`maxResults` / `max_results`).
    pub name: RustName,
    /// Where it goes.
    pub location: ParamLocation,
    /// `required`.
    pub required: bool,
    /// The value's type; an array for `type: array` (with
    /// [`Self::collection_format`]).
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// `collectionFormat` for arrays (`csv` when not written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collection_format: Option<CollectionFormat>,
    /// `default`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// `x-ms-skip-url-encoding`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub skip_url_encoding: bool,
    /// Client-level or method-level.
    pub scope: ParamScope,
    /// `x-ms-parameter-grouping`: the name of the group (options struct)
    /// this parameter belongs to, already resolved from `name`/`postfix`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// `x-ms-client-request-id: true`: the header that carries a
    /// caller-generated request id.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub client_request_id: bool,
    /// This is the `api-version` query parameter, filled by the client.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub api_version: bool,
    /// Constant value (a required parameter with a single-valued enum).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constant: Option<Value>,
    /// `x-nullable: true`: `null` is a legal value.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// `x-ms-header-collection-prefix` (Storage's `x-ms-meta-`): a header
    /// parameter that is a map, each entry sent as the header named by the
    /// prefix and its key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_collection_prefix: Option<String>,
    /// Validation keywords on the value.
    #[serde(skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// JSON pointer of the parameter's definition (after `$ref`s).
    pub pointer: String,
}

/// The request body of an operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestBody {
    /// The body parameter's name (`pool`, `body`).
    pub name: RustName,
    /// `required`.
    pub required: bool,
    /// What is sent: a model, a scalar, or [`Scalar::Binary`] for a stream.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For `formData` parameters: each field; empty for a `body` parameter.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub form_fields: Vec<Parameter>,
    /// `x-ms-parameter-grouping`: the group the body belongs to (see
    /// [`Parameter::group`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The body schema's `xml` object (through its `$ref`): the root
    /// element's name, and an array's items'.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xml: Option<Xml>,
}

/// A response status key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum StatusCode {
    /// A numeric status such as 200.
    Code(u16),
    /// The `default` response: every status not listed.
    #[serde(serialize_with = "serialize_default")]
    Default,
}

fn serialize_default<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("default")
}

impl StatusCode {
    /// Whether this status denotes success (2xx).
    pub fn is_success(self) -> bool {
        matches!(self, Self::Code(c) if (200..300).contains(&c))
    }
}

impl std::fmt::Display for StatusCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Code(c) => write!(f, "{c}"),
            Self::Default => f.write_str("default"),
        }
    }
}

/// One response of an operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    /// The status, or `default`.
    pub status: StatusCode,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The body's type, if the response has a schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<TypeRef>,
    /// The body schema's `xml` object (see [`RequestBody::xml`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xml: Option<Xml>,
    /// Typed response headers, in spec order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<ResponseHeader>,
    /// Whether this response is an error: `default`, non-2xx, or
    /// `x-ms-error-response: true`.
    pub is_error: bool,
    /// The body as a stream of items (`text/event-stream`, JSON Lines),
    /// beside [`Self::body`] when the response may also come as one JSON
    /// document, alone when it only streams.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Events>,
}

impl Response {
    /// The types this response carries: its document's and its stream's
    /// items', for what needs every type a response reads.
    pub fn types(&self) -> impl Iterator<Item = &TypeRef> {
        self.body
            .iter()
            .chain(self.events.as_ref().map(|e| &e.item))
    }
}

/// A response body that is a stream of items rather than one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Events {
    /// How the items are framed.
    pub framing: Framing,
    /// The type of each item (an event's `data`, a line).
    pub item: TypeRef,
}

/// How the items of a streamed body are framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    /// `text/event-stream`: server-sent events, one item per event's data.
    ServerSentEvents,
    /// `application/jsonl`, `application/x-ndjson`: one item per line.
    JsonLines,
}

impl Framing {
    /// The media type a client asks for this framing with (`Accept`).
    pub fn media_type(self) -> &'static str {
        match self {
            Self::ServerSentEvents => "text/event-stream",
            Self::JsonLines => "application/jsonl",
        }
    }

    /// The framing of a media type (parameters ignored), if it streams.
    pub fn of(media_type: &str) -> Option<Self> {
        let essence = media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match essence.as_str() {
            "text/event-stream" => Some(Self::ServerSentEvents),
            "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => {
                Some(Self::JsonLines)
            }
            _ => None,
        }
    }
}

/// A typed response header.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseHeader {
    /// Header name as written (`ETag`, `request-id`).
    pub wire_name: String,
    /// Names for the client.
    pub name: RustName,
    /// Value type (e.g. a RFC 1123 date-time for `Last-Modified`).
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// `x-nullable: true`: the header may be sent empty for `null`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// `x-ms-header-collection-prefix`: every header with this prefix,
    /// read as a map keyed by the rest of the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_collection_prefix: Option<String>,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `x-ms-pageable`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pageable {
    /// The property holding the page's items (`itemName`, default `value`).
    pub item_name: String,
    /// The property holding the next page's link (`nextLinkName`); `None`
    /// means the whole list comes in one response.
    pub next_link_name: Option<String>,
    /// `operationName` of the operation that fetches the next page, if it is
    /// not a plain GET of the next link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_operation: Option<String>,
    /// A list continued by a cursor its page holds, which no Swagger or
    /// OpenAPI form names: found by its shape (`lower::cursor`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<Cursor>,
}

/// A page's cursor: while the page's boolean `more` is true, the next page
/// is the same request with the query parameter `parameter` set to the
/// page's string `token` (OpenAI's `has_more`, `last_id` and `after`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cursor {
    /// The page's property saying there is more.
    pub more: String,
    /// The page's property holding the cursor.
    pub token: String,
    /// The optional query parameter taking it back.
    pub parameter: String,
}

/// `x-ms-long-running-operation` with `x-ms-long-running-operation-options`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LongRunning {
    /// `final-state-via` (`azure-async-operation`, `location`,
    /// `original-uri`, `operation-location`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub final_state_via: Option<String>,
}

/// An object schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Model {
    /// The type's names: `client` is the spec name, `rust` is UpperCamelCase.
    pub name: RustName,
    /// Where the model came from (named definition or inline position).
    pub origin: Origin,
    /// `description` (or `title` when there is no description).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Models this one extends through `allOf`, nearest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<TypeId>,
    /// The model's own properties (not those inherited from
    /// [`Self::parents`]), in spec order.
    pub properties: Vec<Property>,
    /// `discriminator`: the property whose value selects the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    /// `x-ms-discriminator-value` (or the definition name) when this model is
    /// a subtype in a discriminated hierarchy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discriminator_value: Option<String>,
    /// Known subtypes (models that name this one in `allOf` and carry a
    /// discriminator value), in order first reached.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<TypeId>,
    /// `additionalProperties`: the type of extra keys' values, when the model
    /// is open (`true` gives [`TypeRef::Any`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<TypeRef>,
    /// The schema's `xml` object: the element name of the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xml: Option<Xml>,
}

/// Where a model or enum was declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The spec file, relative to the root spec's directory (`""` for the
    /// root spec itself).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// JSON pointer inside that file.
    pub pointer: String,
    /// Whether the schema was inline (its name derived from context).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
}

/// `x-ms-mutability` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Mutability {
    Create,
    Read,
    Update,
}

/// A property of a [`Model`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Property {
    /// The JSON key.
    pub wire_name: String,
    /// Names for the client.
    pub name: RustName,
    /// The value's type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Listed in the model's `required`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// `readOnly`: set by the service only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    /// `x-nullable: true`: `null` is a legal value.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// `x-ms-secret` or `format: password`: never shown in logs or `Debug`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub secret: bool,
    /// `x-ms-client-flatten`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub flatten: bool,
    /// `x-ms-mutability`, when given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mutability: Vec<Mutability>,
    /// `default`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// Validation keywords on the value.
    #[serde(skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    /// The property's `xml` object, its `$ref` target's name where it
    /// gives none; for an array, its items' (`items` of [`Xml`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xml: Option<Xml>,
    /// `description` (or `title`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The validation keywords of JSON Schema that Swagger 2.0 keeps, as a spec
/// writes them on a parameter or property. The generated client does not
/// enforce them (the service does); the differ reports them tightened in
/// requests and loosened in responses, as Azure's breaking-change tools do.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub struct Constraints {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_minimum: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_maximum: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unique_items: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiple_of: Option<f64>,
}

impl Constraints {
    /// Whether no keyword is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// An enumeration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enum {
    /// The type's names: `client` from `x-ms-enum.name` (or context).
    pub name: RustName,
    /// Where it was declared.
    pub origin: Origin,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `x-ms-enum.modelAsString` (and absent `x-ms-enum`, which Azure
    /// tooling treats the same way for safety): other values may appear.
    pub extensible: bool,
    /// The underlying wire type (string, int32, ...).
    pub base: Scalar,
    /// The known values, in spec order.
    pub values: Vec<EnumValue>,
}

/// One known value of an [`Enum`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: Value,
    /// `client` from `x-ms-enum.values[].name` (else the value), `rust` the
    /// UpperCamelCase variant name, unique within the enum.
    pub name: RustName,
    /// `x-ms-enum.values[].description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Api {
    /// The model with this id. Panics if absent, which would be a bug in
    /// lowering: every [`TypeRef::Model`] points at a model of its [`Api`].
    pub fn model(&self, id: &str) -> &Model {
        &self.models[id]
    }

    /// The enum with this id (see [`Self::model`]).
    pub fn enum_(&self, id: &str) -> &Enum {
        &self.enums[id]
    }

    /// All properties of a model, inherited ones first (root ancestor first),
    /// then its own; a property redefined lower in the chain replaces the
    /// inherited one in place.
    pub fn all_properties<'a>(&'a self, id: &str) -> Vec<&'a Property> {
        let mut out: IndexMap<&str, &'a Property> = IndexMap::new();
        self.collect_properties(id, &mut out, &mut Vec::new());
        out.into_values().collect()
    }

    fn collect_properties<'a>(
        &'a self,
        id: &str,
        out: &mut IndexMap<&'a str, &'a Property>,
        seen: &mut Vec<String>,
    ) {
        if seen.iter().any(|s| s == id) {
            return;
        }
        seen.push(id.to_owned());
        let model = self.model(id);
        for parent in &model.parents {
            self.collect_properties(parent, out, seen);
        }
        for p in &model.properties {
            out.insert(p.wire_name.as_str(), p);
        }
    }

    /// The `additionalProperties` in force for a model: its own, else the
    /// first found among its ancestors, parents in order (a subtype of an
    /// open model is open too).
    pub fn additional_properties(&self, id: &str) -> Option<&TypeRef> {
        let mut seen = Vec::new();
        let mut pending = vec![id];
        while let Some(current) = pending.pop() {
            if seen.contains(&current) {
                continue;
            }
            seen.push(current);
            let model = self.model(current);
            if let Some(ty) = &model.additional_properties {
                return Some(ty);
            }
            pending.extend(model.parents.iter().rev().map(String::as_str));
        }
        None
    }

    /// Every known subtype below a model, at any depth: depth first, in
    /// the order children were reached, each once (a subtype with two
    /// discriminated parents is not a tree).
    pub fn descendants<'a>(&'a self, id: &str) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        let mut pending: Vec<&'a str> = self
            .model(id)
            .children
            .iter()
            .rev()
            .map(String::as_str)
            .collect();
        while let Some(current) = pending.pop() {
            if current == id || out.contains(&current) {
                continue;
            }
            out.push(current);
            pending.extend(
                self.model(current)
                    .children
                    .iter()
                    .rev()
                    .map(String::as_str),
            );
        }
        out
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }
}

impl Operation {
    /// The body of the first success response that has one: what the
    /// operation returns, or for a pager the type of each page.
    pub fn success_body(&self) -> Option<&TypeRef> {
        self.responses
            .iter()
            .filter(|r| !r.is_error)
            .find_map(|r| r.body.as_ref())
    }
}
