//! The structural walk: two matched operations compared position by
//! position, recursively through parameters, the request body, each
//! response's headers and body, and every model reachable from them.
//!
//! Models are never matched by name: the model at a position in the old
//! operation is compared with the model at the same position in the new
//! one, property by wire name. A model reached at several positions is
//! reported at each of them; a model pair already being compared higher up
//! the same path is not entered again (recursive models terminate).
//!
//! Each change is classified where it is found, by the rules of the table
//! in [`super`]: the wire verdict depends on the direction (request or
//! response) of the position.

mod api;
mod constraints;
mod parameters;
mod responses;
mod types;

pub(crate) use api::compare_apis;

use serde_json::{json, Value};

use super::change::{Change, ChangeKind, RustEffect, Segment};
use super::rust::{return_kind, Slots};
use crate::ir::{Api, Operation, Scalar, TypeRef, Xml};
use crate::rust_api::{xml, RustApi};

/// Which way the data at a position travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// Client → service: parameters and the request body.
    Request,
    /// Service → client: response headers and bodies.
    Response,
}

/// The changes between two operations with the same wire identity, in walk
/// order: operation-level, parameters (new order, then removed ones in old
/// order), request body, responses (new order, then removed ones); inside a
/// model, properties in new order then removed ones in old order, each
/// property's own changes before those of its type.
pub(crate) fn compare_operations(
    old_rust: &RustApi<'_>,
    new_rust: &RustApi<'_>,
    old: &Operation,
    new: &Operation,
) -> Vec<Change> {
    let slots = (Slots::of(old_rust, old), Slots::of(new_rust, new));
    let mut walker = Walker::new(old_rust, new_rust, slots);
    walker.operation(old, new);
    walker.changes
}

/// The changes inside a definition no operation reaches, present in both
/// versions under one Rust name (`old` and `new` are its ids): its fields
/// and values as a response's would be compared, none of it on the wire.
pub(crate) fn compare_definitions(
    old_rust: &RustApi<'_>,
    new_rust: &RustApi<'_>,
    name: &str,
    (old, new): (&str, &str),
) -> Vec<Change> {
    let (old_api, new_api) = (old_rust.api, new_rust.api);
    let mut walker = Walker::new(old_rust, new_rust, (Slots::none(), Slots::none()));
    walker.at(Segment::Definition(name.to_owned()), |w| {
        match (
            old_api.models.contains_key(old),
            new_api.models.contains_key(new),
        ) {
            (true, true) => w.models(Direction::Response, old, new),
            (false, false) => w.enums(Direction::Response, old, new),
            // A model became an enum of the same name, or the reverse.
            _ => w.push(
                ChangeKind::TypeChanged,
                Some(json!(old)),
                Some(json!(new)),
                false,
                RustEffect::Breaking,
            ),
        }
    });
    let mut changes = walker.changes;
    for change in &mut changes {
        change.breaking_wire = false;
    }
    changes
}

struct Walker<'a> {
    old_api: &'a Api,
    new_api: &'a Api,
    /// The module-wide Rust decisions of each side (boxing, flattening).
    old_rust: &'a RustApi<'a>,
    new_rust: &'a RustApi<'a>,
    changes: Vec<Change>,
    location: Vec<Segment>,
    /// Model (and subtype) pairs being compared on the current path.
    stack: Vec<(&'a str, &'a str)>,
    /// Where each parameter sits in the old and new method.
    old_slots: Slots,
    new_slots: Slots,
    /// Whether the body being walked is XML in both versions: only then is
    /// a change of XML spelling a change on the wire.
    xml: bool,
}

fn typed(ty: &TypeRef, required: bool) -> Value {
    json!({ "type": ty.display_name(), "required": required })
}

impl<'a> Walker<'a> {
    fn new(
        old_rust: &'a RustApi<'a>,
        new_rust: &'a RustApi<'a>,
        (old_slots, new_slots): (Slots, Slots),
    ) -> Self {
        Self {
            old_api: old_rust.api,
            new_api: new_rust.api,
            old_rust,
            new_rust,
            changes: Vec::new(),
            location: Vec::new(),
            stack: Vec::new(),
            old_slots,
            new_slots,
            xml: false,
        }
    }

    fn push(
        &mut self,
        kind: ChangeKind,
        old: Option<Value>,
        new: Option<Value>,
        breaking_wire: bool,
        rust: RustEffect,
    ) {
        self.changes.push(Change {
            location: self.location.clone(),
            kind,
            old,
            new,
            breaking_wire,
            rust,
        });
    }

    /// Runs `f` with the body read or written as XML (`xml`) or not.
    fn in_format(&mut self, xml: bool, f: impl FnOnce(&mut Self)) {
        let outer = std::mem::replace(&mut self.xml, xml);
        f(self);
        self.xml = outer;
    }

    /// A change of XML spelling, where the body is XML: breaking on the
    /// wire either way (a client writes or looks for the old spelling);
    /// Rust names come from the spec's property and model names, never
    /// from XML ones, so the Rust API stays.
    fn xml_spelling<T: PartialEq + serde::Serialize>(&mut self, old: T, new: T) {
        if self.xml && old != new {
            self.push(
                ChangeKind::XmlChanged,
                Some(json!(old)),
                Some(json!(new)),
                true,
                RustEffect::None,
            );
        }
    }

    /// The XML spelling of a body of type `ty` (its root element, a list's
    /// item element), when the body is XML.
    fn xml_body(
        &mut self,
        (old, old_xml): (&TypeRef, Option<&Xml>),
        (new, new_xml): (&TypeRef, Option<&Xml>),
    ) {
        if !self.xml {
            return;
        }
        let spell = |api: &Api, ty: &TypeRef, xml: Option<&Xml>| {
            let (element, item) = xml::body_names(api, ty, xml);
            json!({ "element": element, "item": item })
        };
        let (a, b) = (
            spell(self.old_api, old, old_xml),
            spell(self.new_api, new, new_xml),
        );
        self.xml_spelling(a, b);
    }

    /// Runs `f` one segment deeper.
    fn at(&mut self, segment: Segment, f: impl FnOnce(&mut Self)) {
        self.location.push(segment);
        f(self);
        self.location.pop();
    }

    fn operation(&mut self, old: &'a Operation, new: &'a Operation) {
        let names = |rust: &RustApi<'_>, op: &Operation| {
            let method = rust.method(op);
            (
                method.name.clone(),
                method.options.clone(),
                method.marker.clone(),
            )
        };
        let (before, after) = (names(self.old_rust, old), names(self.new_rust, new));
        if old.id != new.id {
            // Another id can give the same Rust names: `Valid` and `valid`
            // (typespec-autorest's and @typespec/openapi3's ids of one
            // TypeSpec operation) both make the method `valid`, its
            // `ValidOptions` and its marker type.
            let rust = if before == after {
                RustEffect::None
            } else {
                RustEffect::Breaking
            };
            self.push(
                ChangeKind::OperationRenamed,
                Some(json!(old.id)),
                Some(json!(new.id)),
                false,
                rust,
            );
        } else {
            // The same operation id can still give other Rust names: a name
            // taken by a model or enum of the new version moves the options
            // struct aside (`...MethodOptions`).
            if before.0 != after.0 {
                self.push(
                    ChangeKind::MethodRenamed,
                    Some(json!(before.0)),
                    Some(json!(after.0)),
                    false,
                    RustEffect::Breaking,
                );
            }
            if before.1 != after.1 {
                self.push(
                    ChangeKind::OptionsRenamed,
                    Some(json!(before.1)),
                    Some(json!(after.1)),
                    false,
                    RustEffect::Breaking,
                );
            }
        }
        if old.deprecated != new.deprecated {
            // `#[deprecated]` on the method: a warning, not an error.
            self.push(
                ChangeKind::OperationDeprecated,
                Some(json!(old.deprecated)),
                Some(json!(new.deprecated)),
                false,
                RustEffect::Additive,
            );
        }
        if old.pageable != new.pageable {
            // An old client looks for the items or the next page where they
            // no longer are; in Rust a pager appears or disappears.
            let rust = if return_kind(self.old_rust.method(old))
                == return_kind(self.new_rust.method(new))
            {
                RustEffect::None
            } else {
                RustEffect::Breaking
            };
            self.push(
                ChangeKind::PageableChanged,
                serde_json::to_value(&old.pageable).ok(),
                serde_json::to_value(&new.pageable).ok(),
                true,
                rust,
            );
        }
        if let Some((old_order, new_order)) = self.old_slots.reordered_arguments(&self.new_slots) {
            // Arguments of one type that swap places still compile and
            // send each value where the other belongs; of different types,
            // callers stop compiling. Either way a break, never on the wire.
            self.push(
                ChangeKind::ArgumentOrderChanged,
                Some(json!(old_order)),
                Some(json!(new_order)),
                false,
                RustEffect::Breaking,
            );
        }
        self.media_types(old, new);
        if old.long_running != new.long_running {
            // An old client takes the first response for the result (or
            // polls one that has none, or reads the result elsewhere); in
            // Rust a poller appears or disappears, while `final-state-via`
            // alone keeps the method's type.
            let rust = if return_kind(self.old_rust.method(old))
                == return_kind(self.new_rust.method(new))
            {
                RustEffect::None
            } else {
                RustEffect::Breaking
            };
            self.push(
                ChangeKind::LongRunningChanged,
                serde_json::to_value(&old.long_running).ok(),
                serde_json::to_value(&new.long_running).ok(),
                true,
                rust,
            );
        }
        self.parameters(old, new);
        let (sends, reads) = (xml::sends_xml, xml::reads_xml);
        self.in_format(sends(old) && sends(new), |w| w.body(old, new));
        self.in_format(reads(old) && reads(new), |w| w.responses(old, new));
    }

    /// `consumes` and `produces`: a media type a client used that the
    /// operation no longer lists breaks it on the wire; in Rust only the
    /// kind of return value counts (a stream turning into a JSON model).
    fn media_types(&mut self, old: &'a Operation, new: &'a Operation) {
        let dropped = |a: &[String], b: &[String]| a.iter().any(|t| !b.contains(t));
        let same = |a: &[String], b: &[String]| !dropped(a, b) && !dropped(b, a);
        // Only an operation with a body sends what it consumes.
        if old.body.is_some() && new.body.is_some() && !same(&old.consumes, &new.consumes) {
            self.push(
                ChangeKind::ConsumesChanged,
                Some(json!(old.consumes)),
                Some(json!(new.consumes)),
                dropped(&old.consumes, &new.consumes),
                RustEffect::None,
            );
        }
        // Only an operation answering a body reads what it produces: the
        // `Accept` of one without is no request the service can refuse
        // (a Swagger operation inherits the document's `produces`, an
        // OpenAPI 3 one without content lists none).
        let answers = |op: &Operation| op.responses.iter().any(|r| r.body.is_some());
        if (answers(old) || answers(new)) && !same(&old.produces, &new.produces) {
            let rust = if return_kind(self.old_rust.method(old))
                == return_kind(self.new_rust.method(new))
            {
                RustEffect::None
            } else {
                RustEffect::Breaking
            };
            self.push(
                ChangeKind::ProducesChanged,
                Some(json!(old.produces)),
                Some(json!(new.produces)),
                dropped(&old.produces, &new.produces),
                rust,
            );
        }
    }
}

/// A changed default changes what the service does when a request omits
/// the value; a default only added or removed documents (or stops
/// documenting) what it did anyway.
fn default_breaks(dir: Direction, old: &Option<Value>, new: &Option<Value>) -> bool {
    dir == Direction::Request && old.is_some() && new.is_some()
}

/// The JSON type of a scalar: `string`, `integer`, `number`, `boolean`.
pub(crate) fn json_type(s: &Scalar) -> &'static str {
    match s {
        Scalar::Int32 | Scalar::Int64 | Scalar::UnixTime => "integer",
        Scalar::Float32 | Scalar::Float64 => "number",
        Scalar::Boolean => "boolean",
        Scalar::Decimal => "number",
        _ => "string",
    }
}
