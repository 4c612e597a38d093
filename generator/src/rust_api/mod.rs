//! The public Rust API that a module's IR becomes, as data: what each type
//! is called and how it is spelled, which fields are boxed, which models are
//! enums of their kinds, the fields of each struct (flattening included), and
//! each operation's method (name, arguments in order, options fields,
//! parameter groups, return kind).
//!
//! The emitter renders code from these decisions and the differ compares
//! them between two api-versions; neither keeps its own copy, so a change
//! the differ judges for Rust is the change the emitter makes.

pub(crate) mod continuation;
pub(crate) mod credential;
pub(crate) mod direction;
pub(crate) mod fields;
pub(crate) mod form;
pub(crate) mod headers;
pub(crate) mod hierarchy;
pub(crate) mod host;
pub(crate) mod methods;
pub(crate) mod signature;
pub(crate) mod types;
pub(crate) mod uses;
pub(crate) mod xml;

use crate::ir::{Api, Operation, Property};

use direction::Directions;
use fields::Field;
use hierarchy::BaseNames;
use host::Host;
use methods::Method;
use signature::GroupStruct;
use types::Recursion;
use uses::Uses;

/// The decisions about a module's Rust API that need the whole API at once
/// (which fields are boxed, the base struct of each hierarchy), computed
/// once per module and shared by everything that renders or compares it.
pub(crate) struct RustApi<'a> {
    /// The module's IR.
    pub api: &'a Api,
    /// The fields boxed to break recursion.
    pub recursion: Recursion,
    /// The structs holding polymorphic models' own fields.
    pub bases: BaseNames,
    /// Where each type is first used, for docs the spec does not give.
    pub uses: Uses,
    /// Which models are sent, received or both: whether users build them.
    pub directions: Directions,
    /// Every parameter group's struct, in the order first used: the client
    /// emitter, the options, the conformance tests and the differ look
    /// groups up here instead of rebuilding them per lookup.
    pub groups: Vec<GroupStruct<'a>>,
    /// The client's name (`BatchClient`).
    pub client: String,
    /// Every operation's method, in spec order.
    pub methods: Vec<Method<'a>>,
    /// Where the client sends requests: its constructor's inputs and the
    /// URL they spell.
    pub host: Host<'a>,
    /// The models read or written as XML (`xml::xml_models`).
    pub xml_models: std::collections::BTreeSet<crate::ir::TypeId>,
}

impl<'a> RustApi<'a> {
    /// Computes the module-wide decisions for `api`, whose client is named
    /// `client`.
    pub(crate) fn of(api: &'a Api, client: &str) -> Self {
        Self {
            client: client.to_owned(),
            methods: methods::methods(api, client),
            api,
            recursion: Recursion::of(api),
            bases: BaseNames::of(api),
            uses: Uses::of(api),
            directions: Directions::of(api),
            groups: signature::group_structs(api),
            host: Host::of(api),
            xml_models: xml::xml_models(api),
        }
    }

    /// The method of operation `op` (one of [`Self::api`]'s).
    pub(crate) fn method(&self, op: &Operation) -> &Method<'a> {
        self.methods
            .iter()
            .find(|m| std::ptr::eq(m.op, op))
            .or_else(|| self.methods.iter().find(|m| m.op.id == op.id))
            .expect("an operation of this module")
    }

    /// Whether any method is long-running: the crate gets the poller module
    /// and the client `resume_poller`.
    pub(crate) fn has_pollers(&self) -> bool {
        self.methods
            .iter()
            .any(|m| m.sendable() && matches!(m.returns, signature::Returns::Poller { .. }))
    }

    /// Whether any model is read or written as XML: the crate gets the
    /// `xml` module and quick-xml.
    pub(crate) fn has_xml(&self) -> bool {
        self.api
            .operations
            .iter()
            .any(|op| xml::sends_xml(op) || xml::reads_xml(op))
    }

    /// Whether any method returns a stream of items (server-sent events,
    /// JSON Lines), alone or beside a JSON document: the crate gets the
    /// `events` module and its parser.
    pub(crate) fn has_events(&self) -> bool {
        self.methods.iter().any(|m| {
            m.sendable()
                && (matches!(m.returns, signature::Returns::Events(_)) || m.events_name.is_some())
        })
    }

    /// Whether any operation sends a multipart form: the crate gets the
    /// `multipart` module and its encoder.
    pub(crate) fn has_multipart(&self) -> bool {
        self.api
            .operations
            .iter()
            .any(|op| form::form_kind(op) == Some(form::FormKind::Multipart))
    }

    /// Whether any operation sends a URL-encoded form: the crate gets
    /// `form_urlencoded`.
    pub(crate) fn has_url_encoded(&self) -> bool {
        self.api
            .operations
            .iter()
            .any(|op| form::form_kind(op) == Some(form::FormKind::UrlEncoded))
    }

    /// The struct of parameter group `group`.
    pub(crate) fn group(&self, group: &str) -> Option<&GroupStruct<'a>> {
        self.groups.iter().find(|g| g.group == group)
    }

    /// The fields of model `id`'s struct, flattened properties replaced by
    /// their model's fields.
    pub(crate) fn fields(&self, id: &'a str) -> Vec<Field<'a>> {
        fields::fields(self.api, id, &self.recursion)
    }

    /// Whether the field of `model`'s property `property` is a `Box`.
    pub(crate) fn is_boxed(&self, model: &str, property: &Property) -> bool {
        self.recursion.is_boxed(model, &property.wire_name)
    }

    /// Whether `model`'s property `property` is flattened into its struct:
    /// its model's fields stand in its place.
    pub(crate) fn is_flattened(&self, model: &str, property: &'a Property) -> bool {
        fields::flattened_model(self.api, model, property, &self.recursion).is_some()
    }
}
