//! The api-version differ: what changed between two IRs, on the wire and in
//! the generated Rust API, as markdown (Azure's published changelog layout,
//! see [`Layout`]), an HTML page of the same for reviewers, JSON (one
//! object per change) or a short text summary.
//!
//! # How operations and models are matched
//!
//! Operations are matched by wire identity ([`matching`]): HTTP method and
//! path template with path parameter names erased. A different
//! `operationId` on the same wire identity is a rename, reported with the
//! operation's real wire changes. Models are never matched by name: the
//! walk (`compare`) compares the type found at a position of the old
//! operation with the type at the same position of the new one (the
//! request body, a response body by status, then property by wire name,
//! array items, map values, subtypes by discriminator value). A change deep
//! in a model shared by several operations is reported under each.
//!
//! # Order (deterministic)
//!
//! Operations: every operation of the new spec in spec order, then removed
//! ones in old-spec order. Inside an operation: operation-level changes,
//! parameters (new order, then removed in old order), request body,
//! responses (new order, then removed); inside a model, properties in new
//! order then removed ones in old order, each property's own changes before
//! those of its type, then `additionalProperties`, then subtypes.
//!
//! # Classification
//!
//! Every [`Change`] carries two verdicts. `breaking_wire`: can a client
//! written against the old spec fail against a service implementing the
//! new one? `rust`: what happens to code using the generated crate, which
//! follows the project's design decisions (README): every model field is an
//! `Option`, every model `#[non_exhaustive]` and keeps the properties its
//! spec does not define in one catch-all field; every string enum keeps
//! unknown values and is `#[non_exhaustive]` (other enums are their scalar);
//! one method per operation named from the `operationId`, required
//! parameters as positional arguments, optional ones as fields of a
//! per-operation `{OperationId}Options` struct with `Default` (the struct is
//! not `#[non_exhaustive]`: like the `azure_core` crates' options, it is
//! meant to be built with `..Default::default()`, so a new field counts as
//! additive); typed response headers are methods of a sealed trait.
//!
//! | change | wire breaking | Rust |
//! |---|---|---|
//! | operation added | no | additive |
//! | operation removed | yes | breaking |
//! | operation renamed (same wire identity) | no | breaking (method and options names); none when the Rust names stay (ids differing in case only: `Valid`, `valid`) |
//! | operation (un)deprecated | no | additive (`#[deprecated]`) |
//! | `x-ms-pageable` changed | yes (items or next link elsewhere) | breaking if a pager appears or disappears, else none |
//! | `x-ms-long-running-operation` added or removed, `final-state-via` changed | yes (the result is read elsewhere, or not waited for) | breaking if a poller appears or disappears, else none |
//! | parameter added | if required | required: breaking (new argument); optional: additive; api-version/constant: none |
//! | parameter removed | yes | breaking (argument or options field gone); none if client-filled |
//! | parameter moved (location) | yes | none |
//! | parameter renamed (wire or Rust name) | if the wire name changed other than in case (names compare case-insensitively, as Azure services read them; not for path parameters, whose names are not on the wire) | options field: breaking; argument: none (positional) |
//! | parameter optional → required | yes | breaking (options field → argument) |
//! | parameter required → optional | no | breaking (argument → options field) |
//! | parameter or property default changed | request: yes if both sides have one (only added or removed: documentation); response: no | none |
//! | collectionFormat changed | yes | none |
//! | parameter or body moves into, out of or between `x-ms-parameter-grouping` groups | no | breaking where its slot changes (a group struct's field instead of an argument or options field); none for a group that is the options struct itself (`postfix: Options` naming `{OperationId}Options`) |
//! | a group struct gains a field | no | additive for an optional field of a group without required fields (built with `..Default::default()`), else breaking |
//! | query/header string ↔ `csv` array of strings | no (same text) | breaking if the Rust type differs |
//! | request body added / removed / required changed | as a parameter | as a parameter |
//! | `x-ms-client-flatten` takes effect on a property or stops to | no (the wire stays nested) | breaking (the nested model's fields join or leave the struct) |
//! | a property's field becomes a `Box` (its model now contains itself through it) or stops being one | no | breaking (`Option<Box<T>>` ↔ `Option<T>`) |
//! | an operation keeps its id but its method or options struct gets another Rust name (a model named `PoolGetOptions` arrives) | no | breaking |
//! | positional arguments that both versions have come in another order (swapped, or one moved to or from the path item, whose parameters come first) | no | breaking: of one type, calls still compile and send values to the wrong places; of different types, they stop compiling |
//! | `x-ms-enum.modelAsString` flipped | closed → open in a response (values an old client does not know), open → closed in a request (values it sent are refused) | none (every enum keeps unknown values) |
//! | enum value's `x-ms-enum` name changed, same wire value | no | breaking (the Rust variant's name) |
//! | validation keyword (`minimum`, `maximum`, `exclusive*`, `minLength`, `maxLength`, `pattern`, `minItems`, `maxItems`, `uniqueItems`, `multipleOf`) changed on a parameter or property | tightened in a request, loosened in a response; a replaced pattern or multiple both ways; the api-version's own never (the client fills it) | none (the client enforces none) |
//! | `consumes` (of an operation with a body) or `produces` (of one answering a body) changed | if a media type a client used is gone | produces: breaking when the method's return kind changes (a stream turning into a model), else none |
//! | constant parameter (required single-value enum, filled by the client) appeared, changed or became a choice | if the new one is a constant (other values refused) | the parameter's new slot: a choice is a new argument or options field |
//! | `x-nullable` on a parameter / response header | parameter: nullable → not; header: not → nullable | none |
//! | OAuth2 scopes of a security scheme changed | if a scope was added (tokens for the old ones are refused) | none (the scope is inside the client) |
//! | security schemes changed | if one a client used is gone | breaking where the credential the constructor takes changes (token, key, none) |
//! | definition that no operation reaches added / removed | no | additive / breaking (a public type of the crate) |
//! | XML spelling changed where the body is XML in both versions: a property's element or attribute name, attribute ↔ element ↔ text, a list wrapped or unwrapped or its items renamed, a namespace or prefix, a body's root element (`rust_api::xml::spelling` and `body_names`, read as the `xml_object!` tables read them) | yes, both ways (a client writes or looks for the old spelling) | none (Rust names come from property and model names) |
//! | property added | request: if required (and not readOnly); response: no | additive |
//! | property removed | response: yes; request: unless readOnly | breaking |
//! | property renamed (client name) | no | breaking (field name) |
//! | property optional ↔ required | request: optional → required; response: required → optional | none (always `Option`) |
//! | readOnly changed | request: becoming readOnly | none |
//! | nullable changed | request: becoming non-nullable; response: becoming nullable | none |
//! | type changed (JSON type) | yes, unless an enum becomes its scalar in a request, or a scalar an (extensible) enum in a response | breaking if the Rust type differs |
//! | format changed (same JSON type) | no between annotation-only string formats (`uri`, `password`) and for RFC 1123 ↔ 7231; request: widening (to a plain string, int32 → int64, float → double) is fine; response: narrowing is fine; else yes | breaking if the Rust type differs |
//! | enum value added | response: yes unless the enum is extensible (`modelAsString`); request: no | string enum: additive; other: none |
//! | enum value removed | yes: a request with it is refused; a client waiting for it in a response never sees it | string enum: breaking; other: none |
//! | model renamed at a position | no | breaking (type name) |
//! | string enum renamed at a position | no | breaking |
//! | discriminator property or value changed | yes | none |
//! | subtype added (at any depth below the position's type) | response: yes; request: no | additive (a variant of a `#[non_exhaustive]` enum); breaking when it is the first: the model turns from a struct into an enum |
//! | subtype removed | request: yes; response: no | breaking |
//! | additionalProperties added | no | none for `true` (every model already keeps undefined properties in `additional_properties`, a `serde_json::Map`); breaking for a typed map (the field's type changes) |
//! | additionalProperties removed | yes | as added: none for `true`, breaking for a typed map |
//! | response status added | if a success status (an error to old clients) | breaking if the method's return kind changes, else none |
//! | response status removed | if a success status | as above |
//! | response body added / removed | removed: yes | as a status change |
//! | streamed response body (method returns a stream before and after) | not compared: bytes either way | none |
//! | response header added | no | success response: additive (sealed trait) |
//! | response header removed | yes | success response: breaking |
//!
//! The crate's semver bump ([`Semver`]) is the largest Rust effect: major
//! for any break, minor for additions, patch when only docs or wire
//! behaviour changed. (While a generated crate is `0.x`, Cargo reads the
//! minor digit as the major one: a "major" bump there is `0.1` → `0.2`.)
//!
//! A form's fields (`formData` parameters, an OpenAPI 3 multipart or
//! URL-encoded body's properties) are compared as parameters, as the
//! client takes them: a field added, removed or made required.
//!
//! Not compared: client-level host parameters
//! (`x-ms-parameterized-host`), descriptions, long-running extensions (the
//! emitter has no pollers).

mod change;
mod compare;
pub mod matching;
pub mod release;
mod render;
mod rust;
mod shape;

use std::path::Path;

pub use change::{path_string, Change, ChangeKind, RustEffect, Segment, Semver};

use crate::ir::{Api, Operation};
use crate::rust_api::RustApi;
use crate::spec::SpecError;

/// What happened to one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Only in the new spec.
    Added,
    /// Only in the old spec.
    Removed,
    /// In both, with changes.
    Updated,
    /// In both, without changes.
    Unchanged,
}

impl Status {
    /// `added`, `removed`, `updated`, `unchanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Updated => "updated",
            Status::Unchanged => "unchanged",
        }
    }
}

/// One operation of either spec with its changes.
#[derive(Debug, Clone)]
pub struct OperationDiff<'a> {
    /// The operation in the old spec, if any.
    pub old: Option<&'a Operation>,
    /// The operation in the new spec, if any.
    pub new: Option<&'a Operation>,
    /// Added, removed, updated or unchanged.
    pub status: Status,
    /// The changes, in walk order (see the module docs).
    pub changes: Vec<Change>,
}

impl OperationDiff<'_> {
    /// The operation's id: the new one, else the old one.
    pub fn id(&self) -> &str {
        match (self.new, self.old) {
            (Some(op), _) | (None, Some(op)) => &op.id,
            (None, None) => "",
        }
    }

    /// The operation as it is now (the old one if removed).
    pub fn operation(&self) -> Option<&Operation> {
        self.new.or(self.old)
    }
}

/// The diff of two APIs.
#[derive(Debug, Clone)]
pub struct Diff<'a> {
    /// Name of the old side (an api-version, a file, a module).
    pub old_label: String,
    /// Name of the new side.
    pub new_label: String,
    /// The old API.
    pub old: &'a Api,
    /// The new API.
    pub new: &'a Api,
    /// Every operation of both, in the documented order.
    pub operations: Vec<OperationDiff<'a>>,
    /// Changes to the API as a whole: security, and definitions no
    /// operation reaches.
    pub api_changes: Vec<Change>,
    /// The title, date and links of the published layout.
    pub layout: Layout,
}

/// What the published changelog layout shows beyond the changes: its
/// title, an optional date and an optional reference link per method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// `Azure.Batch (stable:2025-06-01)`: see [`title`].
    pub title: String,
    /// The date of the count line (`2025/05/27`), as given; none keeps the
    /// output the same from day to day.
    pub date: Option<String>,
    /// The `Reference Link` of each method: a template in which
    /// `{operationId}`, `{group}`, `{name}` (the operation id's parts,
    /// as written), `{group-kebab}`, `{name-kebab}` (kebab-case) and
    /// `{api-version}` are replaced.
    pub reference_url: Option<String>,
}

impl Layout {
    /// The reference link of `op`, if there is a template.
    pub fn reference_link(&self, op: &Operation, api_version: &str) -> Option<String> {
        use heck::ToKebabCase;
        let template = self.reference_url.as_ref()?;
        let group = op.group.clone().unwrap_or_default();
        Some(
            template
                .replace("{operationId}", &op.id)
                .replace("{group-kebab}", &group.to_kebab_case())
                .replace("{name-kebab}", &op.name.to_kebab_case())
                .replace("{group}", &group)
                .replace("{name}", &op.name)
                .replace("{api-version}", api_version),
        )
    }
}

/// The title of a changelog of `api`, read from `path`:
/// `<namespace> (<stability>:<api-version>)` from the folders
/// `data-plane/<namespace>/<stability>/<api-version>/` of the spec's path,
/// as Azure publishes it (`Azure.Batch (stable:2025-06-01)`); where the
/// path says nothing, `<info.title> (<info.version>)`.
pub fn title(path: Option<&Path>, api: &Api) -> String {
    match path.and_then(crate::spec::spec_folder) {
        Some(folder) => format!(
            "{} ({}:{})",
            folder.namespace, folder.stability, folder.api_version
        ),
        None => format!("{} ({})", api.title, api.api_version),
    }
}

/// Counts over a [`Diff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Operations only in the new spec.
    pub added: usize,
    /// Operations only in the old spec.
    pub removed: usize,
    /// Operations in both, with changes.
    pub updated: usize,
    /// All changes.
    pub changes: usize,
    /// Changes that break a client on the wire.
    pub breaking_wire: usize,
    /// Changes that break code using the generated crate.
    pub rust_breaking: usize,
    /// Additions to the generated crate's API.
    pub rust_additive: usize,
    /// The semver bump of the generated crate.
    pub semver: Semver,
}

impl Summary {
    /// How many changes `gate` refuses.
    pub fn breaking(&self, gate: Gate) -> usize {
        match gate {
            Gate::Wire => self.breaking_wire,
            Gate::Rust => self.rust_breaking,
        }
    }
}

/// A kind of change a CI job refuses (`azure-codegen diff --fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Changes that can make a client written against the old spec fail
    /// against a service implementing the new one (`breaking_wire`).
    Wire,
    /// Changes that can make code using the crate generated from the old
    /// spec stop compiling against the new one's ([`RustEffect::Breaking`]).
    Rust,
}

/// How [`Diff::render`] writes a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Azure's changelog layout ([`Diff::to_markdown`]).
    Markdown,
    /// The same as one self-contained page for reviewers ([`Diff::to_html`]).
    Html,
    /// One object per change, plus a summary ([`Diff::to_json`], pretty).
    Json,
    /// A short summary ([`Diff::to_text`]).
    Text,
}

/// A diff of two spec files as [`render_files`] renders it, with its counts.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The diff in the format asked for.
    pub text: String,
    /// Its counts, for a gate ([`Summary::breaking`]).
    pub summary: Summary,
}

/// Loads the specs at `old.1` and `new.1`, diffs them labelled `old.0` and
/// `new.0`, titled after the new spec's path ([`title`]), the count line
/// dated `date` and each method linked to `reference_url` when given, and
/// renders the diff in `format`: what `azure-codegen diff` and `cargo xtask
/// diff` print. Bad input is an error naming its file and JSON pointer.
///
/// ```
/// use azure_codegen::diff::{render_files, Format, Gate};
///
/// # let dir = std::env::temp_dir().join(format!("render-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// let spec = |required: &str| format!(r#"{{"swagger": "2.0",
///     "info": {{"title": "Widgets", "version": "2024-05-01"}}, "host": "example.com",
///     "paths": {{"/widgets": {{"get": {{"operationId": "Widgets_List", "parameters": [
///         {{"name": "filter", "in": "query", "type": "string", "required": {required}}}],
///         "responses": {{"204": {{"description": "none"}}}}}}}}}}}}"#);
/// let (old, new) = (dir.join("old.json"), dir.join("new.json"));
/// std::fs::write(&old, spec("false"))?;
/// std::fs::write(&new, spec("true"))?;
/// let rendered = render_files(("old", &old), ("new", &new), Format::Text, None, None)?;
/// // A query parameter turned required: a new argument of the method.
/// assert_eq!(rendered.summary.breaking(Gate::Rust), 1);
/// assert!(rendered.text.contains("Widgets_List"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_files(
    old: (&str, &Path),
    new: (&str, &Path),
    format: Format,
    date: Option<String>,
    reference_url: Option<String>,
) -> Result<Rendered, SpecError> {
    let (old_label, old_path) = old;
    let (new_label, new_path) = new;
    let (old_api, new_api) = (crate::load_api(old_path)?, crate::load_api(new_path)?);
    let layout = Layout {
        title: title(Some(new_path), &new_api),
        date,
        reference_url,
    };
    let diff = diff_labelled(old_label, &old_api, new_label, &new_api).with_layout(layout);
    Ok(Rendered {
        text: diff.render(format),
        summary: diff.summary(),
    })
}

/// Diffs two APIs, labelled by their api-versions.
pub fn diff<'a>(old: &'a Api, new: &'a Api) -> Diff<'a> {
    diff_labelled(&old.api_version, old, &new.api_version, new)
}

/// Diffs two APIs with the given labels, the client named after the new
/// spec's title.
pub fn diff_labelled<'a>(old_label: &str, old: &'a Api, new_label: &str, new: &'a Api) -> Diff<'a> {
    let client = crate::rust_api::methods::default_client(new);
    diff_client(&client, old_label, old, new_label, new)
}

/// Diffs two APIs with the given labels, for a crate whose client is named
/// `client` (the Rust names of the verdicts follow it).
pub fn diff_client<'a>(
    client: &str,
    old_label: &str,
    old: &'a Api,
    new_label: &str,
    new: &'a Api,
) -> Diff<'a> {
    let (old_rust, new_rust) = (RustApi::of(old, client), RustApi::of(new, client));
    let operations = matching::pair_operations(old, new)
        .into_iter()
        .map(|pair| match pair {
            (Some(a), Some(b)) => {
                let changes = compare::compare_operations(&old_rust, &new_rust, a, b);
                let status = if changes.is_empty() {
                    Status::Unchanged
                } else {
                    Status::Updated
                };
                OperationDiff {
                    old: Some(a),
                    new: Some(b),
                    status,
                    changes,
                }
            }
            (None, new_op) => OperationDiff {
                old: None,
                new: new_op,
                status: Status::Added,
                changes: vec![Change {
                    location: Vec::new(),
                    kind: ChangeKind::OperationAdded,
                    old: None,
                    new: new_op.map(|o| serde_json::json!(o.id)),
                    breaking_wire: false,
                    rust: RustEffect::Additive,
                }],
            },
            (old_op, None) => OperationDiff {
                old: old_op,
                new: None,
                status: Status::Removed,
                changes: vec![Change {
                    location: Vec::new(),
                    kind: ChangeKind::OperationRemoved,
                    old: old_op.map(|o| serde_json::json!(o.id)),
                    new: None,
                    breaking_wire: true,
                    rust: RustEffect::Breaking,
                }],
            },
        })
        .collect();
    Diff {
        old_label: old_label.to_owned(),
        new_label: new_label.to_owned(),
        old,
        new,
        operations,
        api_changes: compare::compare_apis(&old_rust, &new_rust),
        layout: Layout {
            title: title(None, new),
            date: None,
            reference_url: None,
        },
    }
}

impl Diff<'_> {
    /// The diff with the published layout's title, date and links.
    pub fn with_layout(mut self, layout: Layout) -> Self {
        self.layout = layout;
        self
    }

    /// Every change with the id of its operation (empty for the API's own
    /// changes, which come first), in order.
    pub fn changes(&self) -> impl Iterator<Item = (&str, &Change)> {
        let api = self.api_changes.iter().map(|c| ("", c));
        api.chain(
            self.operations
                .iter()
                .flat_map(|op| op.changes.iter().map(move |c| (op.id(), c))),
        )
    }

    /// Counts and the semver bump.
    pub fn summary(&self) -> Summary {
        let count = |status| {
            self.operations
                .iter()
                .filter(|o| o.status == status)
                .count()
        };
        let changes: Vec<&Change> = self.changes().map(|(_, c)| c).collect();
        Summary {
            added: count(Status::Added),
            removed: count(Status::Removed),
            updated: count(Status::Updated),
            changes: changes.len(),
            breaking_wire: changes.iter().filter(|c| c.breaking_wire).count(),
            rust_breaking: changes
                .iter()
                .filter(|c| c.rust == RustEffect::Breaking)
                .count(),
            rust_additive: changes
                .iter()
                .filter(|c| c.rust == RustEffect::Additive)
                .count(),
            semver: Semver::of(changes.iter().map(|c| c.rust)),
        }
    }

    /// The changelog section in Azure's layout: per-operation "Changes"
    /// blocks and request and response shapes.
    pub fn to_markdown(&self) -> String {
        render::markdown::render(self)
    }

    /// A self-contained HTML page of the same content as the markdown, for
    /// reviewers: methods collapsible, breaking changes marked and
    /// filterable, shapes beside the changes.
    pub fn to_html(&self) -> String {
        render::html::render(self)
    }

    /// The machine-readable list of changes with a summary.
    pub fn to_json(&self) -> serde_json::Value {
        render::json::render(self)
    }

    /// A short terminal summary.
    pub fn to_text(&self) -> String {
        render::text::render(self)
    }

    /// The diff in `format`; JSON is [`Self::to_json`] pretty-printed, with
    /// a final newline.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.to_markdown(),
            Format::Html => self.to_html(),
            Format::Json => format!("{:#}\n", self.to_json()),
            Format::Text => self.to_text(),
        }
    }
}

/// A changelog of consecutive versions (`(label, title, api)` oldest
/// first; the title as [`title`] gives it): a title, then the diff of each
/// consecutive pair, newest pair first, each under its new version's title.
pub fn changelog(versions: &[(&str, &str, &Api)]) -> String {
    let mut out = String::from("# API changes\n\n");
    out.push_str(
        "API changes between consecutive api-versions of this crate, newest first, \
         generated by `cargo xtask regenerate` (see `cargo xtask diff`). Each operation \
         lists its wire changes; the summary line gives the semver bump they imply for \
         the generated Rust API. The crate's release history is `CHANGELOG.md`.\n",
    );
    for pair in versions.windows(2).rev() {
        let (old_label, _, old) = pair[0];
        let (new_label, title, new) = pair[1];
        let layout = Layout {
            title: title.to_owned(),
            date: None,
            reference_url: None,
        };
        out.push('\n');
        out.push_str(
            &diff_labelled(old_label, old, new_label, new)
                .with_layout(layout)
                .to_markdown(),
        );
    }
    out
}
