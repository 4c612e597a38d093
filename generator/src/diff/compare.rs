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

use serde_json::{json, Value};

use super::change::{Change, ChangeKind, RustEffect, Segment};
use super::matching::path_parameter_names;
use super::rust::{
    added_effect, is_open_enum, removed_effect, return_kind, rust_type, slot_effect, Slots,
};
use crate::ir::{
    Api, DateTimeFormat, Operation, ParamLocation, Parameter, Property, Scalar, TypeRef,
};

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
    old_api: &Api,
    new_api: &Api,
    old: &Operation,
    new: &Operation,
) -> Vec<Change> {
    let mut walker = Walker {
        old_api,
        new_api,
        changes: Vec::new(),
        location: Vec::new(),
        stack: Vec::new(),
        old_slots: Slots::of(old_api, old),
        new_slots: Slots::of(new_api, new),
    };
    walker.operation(old, new);
    walker.changes
}

struct Walker<'a> {
    old_api: &'a Api,
    new_api: &'a Api,
    changes: Vec<Change>,
    location: Vec<Segment>,
    /// Model (and subtype) pairs being compared on the current path.
    stack: Vec<(&'a str, &'a str)>,
    /// Where each parameter sits in the old and new method.
    old_slots: Slots,
    new_slots: Slots,
}

fn same_name(location: ParamLocation, a: &str, b: &str) -> bool {
    // Header names are case-insensitive on the wire.
    match location {
        ParamLocation::Header => a.eq_ignore_ascii_case(b),
        _ => a == b,
    }
}

fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Body => "body",
        ParamLocation::FormData => "formData",
    }
}

fn typed(ty: &TypeRef, required: bool) -> Value {
    json!({ "type": ty.display_name(), "required": required })
}

impl<'a> Walker<'a> {
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

    /// Runs `f` one segment deeper.
    fn at(&mut self, segment: Segment, f: impl FnOnce(&mut Self)) {
        self.location.push(segment);
        f(self);
        self.location.pop();
    }

    fn operation(&mut self, old: &'a Operation, new: &'a Operation) {
        if old.id != new.id {
            self.push(
                ChangeKind::OperationRenamed,
                Some(json!(old.id)),
                Some(json!(new.id)),
                false,
                RustEffect::Breaking,
            );
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
            let rust = if return_kind(old) == return_kind(new) {
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
        self.parameters(old, new);
        self.body(old, new);
        self.responses(old, new);
    }

    // ---- parameters -------------------------------------------------------

    /// The old parameter that `param` of `new` is: a path parameter by its
    /// position in the path, others by wire name and location, else by wire
    /// name alone (a moved parameter).
    fn counterpart(
        old: &'a Operation,
        new: &Operation,
        param: &Parameter,
    ) -> Option<&'a Parameter> {
        if param.location == ParamLocation::Path {
            let index = path_parameter_names(new)
                .iter()
                .position(|n| *n == param.wire_name)?;
            let name = *path_parameter_names(old).get(index)?;
            return old
                .parameters
                .iter()
                .find(|p| p.location == ParamLocation::Path && p.wire_name == name);
        }
        old.parameters
            .iter()
            .find(|p| {
                p.location == param.location
                    && same_name(p.location, &p.wire_name, &param.wire_name)
            })
            .or_else(|| {
                old.parameters.iter().find(|p| {
                    p.location != ParamLocation::Path
                        && p.wire_name.eq_ignore_ascii_case(&param.wire_name)
                })
            })
    }

    fn parameters(&mut self, old: &'a Operation, new: &'a Operation) {
        let mut matched = Vec::new();
        for param in &new.parameters {
            let new_slot = self.new_slots.get(Some((&param.wire_name, param.location)));
            match Self::counterpart(old, new, param) {
                None => self.at(Segment::Parameter(param.wire_name.clone()), |w| {
                    w.push(
                        ChangeKind::ParameterAdded,
                        None,
                        Some(typed(&param.ty, param.required)),
                        param.required,
                        added_effect(&new_slot),
                    )
                }),
                Some(previous) => {
                    matched.push(previous as *const Parameter);
                    let old_slot = self
                        .old_slots
                        .get(Some((&previous.wire_name, previous.location)));
                    self.at(Segment::Parameter(param.wire_name.clone()), |w| {
                        w.parameter(previous, param, slot_effect(&old_slot, &new_slot))
                    });
                }
            }
        }
        for param in &old.parameters {
            if matched.contains(&(param as *const Parameter)) {
                continue;
            }
            let old_slot = self.old_slots.get(Some((&param.wire_name, param.location)));
            self.at(Segment::Parameter(param.wire_name.clone()), |w| {
                w.push(
                    ChangeKind::ParameterRemoved,
                    Some(typed(&param.ty, param.required)),
                    None,
                    true,
                    removed_effect(&old_slot),
                )
            });
        }
    }

    /// A matched parameter; `rust` is the effect of its slot change.
    fn parameter(&mut self, old: &'a Parameter, new: &'a Parameter, rust: RustEffect) {
        if old.location != new.location {
            self.push(
                ChangeKind::ParameterMoved,
                Some(json!(location_name(old.location))),
                Some(json!(location_name(new.location))),
                true,
                RustEffect::None,
            );
        }
        if old.name.rust != new.name.rust || old.wire_name != new.wire_name {
            // Names compare case-insensitively on the wire, as Azure services
            // read them; a path parameter's name is not on the wire at all.
            let wire_renamed = !old.wire_name.eq_ignore_ascii_case(&new.wire_name)
                && new.location != ParamLocation::Path;
            let rust_renamed = old.name.rust != new.name.rust;
            // The wire names when they differ, else the client names.
            let (old_name, new_name) = if old.wire_name != new.wire_name {
                (&old.wire_name, &new.wire_name)
            } else {
                (&old.name.client, &new.name.client)
            };
            self.push(
                ChangeKind::ParameterRenamed,
                Some(json!(old_name)),
                Some(json!(new_name)),
                wire_renamed,
                if rust_renamed { rust } else { RustEffect::None },
            );
        }
        if old.required != new.required {
            self.push(
                ChangeKind::ParameterRequired,
                Some(json!(old.required)),
                Some(json!(new.required)),
                new.required,
                rust,
            );
        }
        if old.default != new.default {
            self.push(
                ChangeKind::DefaultChanged,
                old.default.clone(),
                new.default.clone(),
                default_breaks(Direction::Request, &old.default, &new.default),
                RustEffect::None,
            );
        }
        if csv_string_equivalent(old, new) {
            // `a,b` either way: the same text on the wire.
            let rust = if rust_type(self.old_api, &old.ty) == rust_type(self.new_api, &new.ty) {
                RustEffect::None
            } else {
                RustEffect::Breaking
            };
            self.push(
                ChangeKind::TypeChanged,
                Some(json!(old.ty.display_name())),
                Some(json!(new.ty.display_name())),
                false,
                rust,
            );
            return;
        }
        if old.collection_format != new.collection_format {
            self.push(
                ChangeKind::CollectionFormatChanged,
                serde_json::to_value(old.collection_format).ok(),
                serde_json::to_value(new.collection_format).ok(),
                true,
                RustEffect::None,
            );
        }
        self.types(Direction::Request, &old.ty, &new.ty);
    }

    // ---- request body -----------------------------------------------------

    fn body(&mut self, old: &'a Operation, new: &'a Operation) {
        let old_slot = self.old_slots.get(None);
        let new_slot = self.new_slots.get(None);
        self.at(Segment::Body, |w| match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(body)) => w.push(
                ChangeKind::BodyAdded,
                None,
                Some(typed(&body.ty, body.required)),
                body.required,
                added_effect(&new_slot),
            ),
            (Some(body), None) => w.push(
                ChangeKind::BodyRemoved,
                Some(typed(&body.ty, body.required)),
                None,
                true,
                removed_effect(&old_slot),
            ),
            (Some(a), Some(b)) => {
                if a.required != b.required {
                    w.push(
                        ChangeKind::BodyRequired,
                        Some(json!(a.required)),
                        Some(json!(b.required)),
                        b.required,
                        slot_effect(&old_slot, &new_slot),
                    );
                }
                w.types(Direction::Request, &a.ty, &b.ty);
            }
        });
    }

    // ---- responses --------------------------------------------------------

    fn responses(&mut self, old: &'a Operation, new: &'a Operation) {
        // A status change matters to Rust only if it changes what the
        // method returns (body, nothing, exists, stream, pager).
        let status_rust = if return_kind(old) == return_kind(new) {
            RustEffect::None
        } else {
            RustEffect::Breaking
        };
        let streams = return_kind(old) == "stream" && return_kind(new) == "stream";
        for response in &new.responses {
            let previous = old.responses.iter().find(|r| r.status == response.status);
            self.at(Segment::Response(response.status), |w| match previous {
                // A new success status is an error to an old client.
                None => w.push(
                    ChangeKind::ResponseAdded,
                    None,
                    Some(json!(response.body.as_ref().map(TypeRef::display_name))),
                    !response.is_error,
                    status_rust,
                ),
                Some(previous) => w.response(
                    previous,
                    response,
                    status_rust,
                    streams && !response.is_error,
                ),
            });
        }
        for response in &old.responses {
            if new.responses.iter().any(|r| r.status == response.status) {
                continue;
            }
            self.at(Segment::Response(response.status), |w| {
                w.push(
                    ChangeKind::ResponseRemoved,
                    Some(json!(response.body.as_ref().map(TypeRef::display_name))),
                    None,
                    !response.is_error,
                    status_rust,
                )
            });
        }
    }

    fn response(
        &mut self,
        old: &'a crate::ir::Response,
        new: &'a crate::ir::Response,
        status_rust: RustEffect,
        streams: bool,
    ) {
        // Typed header accessors exist for success responses only.
        let header_rust = |effect| {
            if new.is_error {
                RustEffect::None
            } else {
                effect
            }
        };
        for header in &new.headers {
            let previous = old
                .headers
                .iter()
                .find(|h| h.wire_name.eq_ignore_ascii_case(&header.wire_name));
            self.at(
                Segment::Header(header.wire_name.clone()),
                |w| match previous {
                    None => w.push(
                        ChangeKind::HeaderAdded,
                        None,
                        Some(json!(header.ty.display_name())),
                        false,
                        header_rust(RustEffect::Additive),
                    ),
                    Some(previous) => w.types(Direction::Response, &previous.ty, &header.ty),
                },
            );
        }
        for header in &old.headers {
            if new
                .headers
                .iter()
                .any(|h| h.wire_name.eq_ignore_ascii_case(&header.wire_name))
            {
                continue;
            }
            self.at(Segment::Header(header.wire_name.clone()), |w| {
                w.push(
                    ChangeKind::HeaderRemoved,
                    Some(json!(header.ty.display_name())),
                    None,
                    true,
                    header_rust(RustEffect::Breaking),
                )
            });
        }
        self.at(Segment::Body, |w| match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(ty)) => w.push(
                ChangeKind::ResponseBodyAdded,
                None,
                Some(json!(ty.display_name())),
                false,
                status_rust,
            ),
            (Some(ty), None) => w.push(
                ChangeKind::BodyRemoved,
                Some(json!(ty.display_name())),
                None,
                true,
                status_rust,
            ),
            // A streamed body has no type to compare: raw bytes either way
            // (hand-written specs say `type: object, format: file`, which
            // lowers to any JSON; TypeSpec says `format: binary`).
            (Some(_), Some(_)) if streams => {}
            (Some(a), Some(b)) => w.types(Direction::Response, a, b),
        });
    }

    // ---- types ------------------------------------------------------------

    fn types(&mut self, dir: Direction, old: &'a TypeRef, new: &'a TypeRef) {
        match (old, new) {
            (TypeRef::Model(a), TypeRef::Model(b)) => self.models(dir, a, b),
            (TypeRef::Array(a), TypeRef::Array(b)) => {
                self.at(Segment::Items, |w| w.types(dir, a, b))
            }
            (TypeRef::Map(a), TypeRef::Map(b)) => self.at(Segment::Values, |w| w.types(dir, a, b)),
            (TypeRef::Enum(a), TypeRef::Enum(b)) => self.enums(dir, a, b),
            (TypeRef::Scalar(a), TypeRef::Scalar(b)) if a == b => {}
            (TypeRef::Any, TypeRef::Any) => {}
            _ => self.type_change(dir, old, new),
        }
    }

    fn type_change(&mut self, dir: Direction, old: &TypeRef, new: &TypeRef) {
        let kind = match (old, new) {
            (TypeRef::Scalar(a), TypeRef::Scalar(b)) if json_type(a) == json_type(b) => {
                ChangeKind::FormatChanged
            }
            _ => ChangeKind::TypeChanged,
        };
        let rust = if rust_type(self.old_api, old) == rust_type(self.new_api, new) {
            RustEffect::None
        } else {
            RustEffect::Breaking
        };
        let compatible = self.wire_compatible(dir, old, new);
        self.push(
            kind,
            Some(json!(old.display_name())),
            Some(json!(new.display_name())),
            !compatible,
            rust,
        );
    }

    /// Whether every value of the old type is read correctly by the
    /// receiver of the new one: the same wire form (two string formats the
    /// IR keeps as annotations, RFC 1123 and RFC 7231 date-times), a
    /// widening in a request (any string format to a plain string, int32 to
    /// int64, float to double: the
    /// service reads more), a narrowing in a response (the client gets
    /// less), an enum that becomes its base scalar in a request or the
    /// reverse in a response (or an extensible enum becoming a scalar).
    fn wire_compatible(&self, dir: Direction, old: &TypeRef, new: &TypeRef) -> bool {
        use Scalar::*;
        let (sender, receiver) = match dir {
            Direction::Request => (old, new),
            Direction::Response => (new, old),
        };
        match (old, new) {
            (TypeRef::Scalar(String { .. }), TypeRef::Scalar(String { .. })) => return true,
            (
                TypeRef::Scalar(DateTime(DateTimeFormat::Rfc1123 | DateTimeFormat::Rfc7231)),
                TypeRef::Scalar(DateTime(DateTimeFormat::Rfc1123 | DateTimeFormat::Rfc7231)),
            ) => return true,
            _ => {}
        }
        let sender_api = match dir {
            Direction::Request => self.old_api,
            Direction::Response => self.new_api,
        };
        let receiver_api = match dir {
            Direction::Request => self.new_api,
            Direction::Response => self.old_api,
        };
        match (sender, receiver) {
            // A plain string accepts any string format.
            (TypeRef::Scalar(s), TypeRef::Scalar(String { format: None })) => {
                json_type(s) == "string"
            }
            (TypeRef::Scalar(Int32), TypeRef::Scalar(Int64 | Float64)) => true,
            (TypeRef::Scalar(Float32), TypeRef::Scalar(Float64)) => true,
            // The receiver accepts any value of the base: the sender's enum
            // values are all fine.
            (TypeRef::Enum(e), TypeRef::Scalar(s)) => sender_api
                .enums
                .get(e)
                .is_some_and(|e| json_type(&e.base) == json_type(s)),
            // The receiver was told to expect unknown values anyway.
            (TypeRef::Scalar(s), TypeRef::Enum(e)) => receiver_api
                .enums
                .get(e)
                .is_some_and(|e| e.extensible && json_type(&e.base) == json_type(s)),
            _ => false,
        }
    }

    // ---- models -----------------------------------------------------------

    fn models(&mut self, dir: Direction, a: &'a str, b: &'a str) {
        if self.stack.contains(&(a, b)) {
            return;
        }
        let (Some(old), Some(new)) = (self.old_api.models.get(a), self.new_api.models.get(b))
        else {
            return;
        };
        self.stack.push((a, b));
        if old.name.rust != new.name.rust {
            self.push(
                ChangeKind::ModelRenamed,
                Some(json!(old.name.client)),
                Some(json!(new.name.client)),
                false,
                RustEffect::Breaking,
            );
        }
        if old.discriminator != new.discriminator {
            self.push(
                ChangeKind::DiscriminatorChanged,
                Some(json!(old.discriminator)),
                Some(json!(new.discriminator)),
                true,
                RustEffect::None,
            );
        }
        if old.discriminator_value != new.discriminator_value {
            self.push(
                ChangeKind::DiscriminatorValueChanged,
                Some(json!(old.discriminator_value)),
                Some(json!(new.discriminator_value)),
                true,
                RustEffect::None,
            );
        }
        let old_props = self.old_api.all_properties(a);
        let new_props = self.new_api.all_properties(b);
        self.properties(dir, &old_props, &new_props);
        match (&old.additional_properties, &new.additional_properties) {
            (None, None) => {}
            (None, Some(ty)) => self.at(Segment::AdditionalProperties, |w| {
                w.push(
                    ChangeKind::AdditionalPropertiesAdded,
                    None,
                    Some(json!(ty.display_name())),
                    false,
                    RustEffect::Additive,
                )
            }),
            (Some(ty), None) => self.at(Segment::AdditionalProperties, |w| {
                w.push(
                    ChangeKind::AdditionalPropertiesRemoved,
                    Some(json!(ty.display_name())),
                    None,
                    true,
                    RustEffect::Breaking,
                )
            }),
            (Some(x), Some(y)) => self.at(Segment::AdditionalProperties, |w| w.types(dir, x, y)),
        }
        self.subtypes(dir, a, b, &old_props, &new_props);
        self.stack.pop();
    }

    /// Subtypes of a discriminated model, matched by discriminator value;
    /// of a matched pair only the properties the base does not have are
    /// compared (the base's were compared already).
    fn subtypes(
        &mut self,
        dir: Direction,
        a: &'a str,
        b: &'a str,
        base_old: &[&Property],
        base_new: &[&Property],
    ) {
        let value_of = |api: &'a Api, id: &str| -> Option<&'a str> {
            api.models.get(id)?.discriminator_value.as_deref()
        };
        let old_children = &self.old_api.model(a).children;
        let new_children = &self.new_api.model(b).children;
        for child in new_children {
            let Some(value) = value_of(self.new_api, child) else {
                continue;
            };
            let previous = old_children
                .iter()
                .find(|c| value_of(self.old_api, c) == Some(value));
            self.at(Segment::Subtype(value.to_owned()), |w| match previous {
                None => w.push(
                    ChangeKind::SubtypeAdded,
                    None,
                    Some(json!(w.new_api.model(child).name.client)),
                    dir == Direction::Response,
                    RustEffect::Additive,
                ),
                Some(previous) if !w.stack.contains(&(previous.as_str(), child.as_str())) => {
                    w.stack.push((previous, child));
                    let own = |api: &'a Api, id: &str, base: &[&Property]| -> Vec<&'a Property> {
                        api.all_properties(id)
                            .into_iter()
                            .filter(|p| !base.iter().any(|q| q.wire_name == p.wire_name))
                            .collect()
                    };
                    let old_own = own(w.old_api, previous, base_old);
                    let new_own = own(w.new_api, child, base_new);
                    w.properties(dir, &old_own, &new_own);
                    w.stack.pop();
                }
                Some(_) => {}
            });
        }
        for child in old_children {
            let Some(value) = value_of(self.old_api, child) else {
                continue;
            };
            if new_children
                .iter()
                .any(|c| value_of(self.new_api, c) == Some(value))
            {
                continue;
            }
            self.at(Segment::Subtype(value.to_owned()), |w| {
                w.push(
                    ChangeKind::SubtypeRemoved,
                    Some(json!(w.old_api.model(child).name.client)),
                    None,
                    dir == Direction::Request,
                    RustEffect::Breaking,
                )
            });
        }
    }

    fn properties(&mut self, dir: Direction, old: &[&'a Property], new: &[&'a Property]) {
        for prop in new {
            let previous = old.iter().find(|p| p.wire_name == prop.wire_name);
            self.at(
                Segment::Property(prop.wire_name.clone()),
                |w| match previous {
                    // A new required property must be sent by old clients too.
                    None => w.push(
                        ChangeKind::PropertyAdded,
                        None,
                        Some(typed(&prop.ty, prop.required)),
                        dir == Direction::Request && prop.required && !prop.read_only,
                        RustEffect::Additive,
                    ),
                    Some(previous) => w.property(dir, previous, prop),
                },
            );
        }
        for prop in old {
            if new.iter().any(|p| p.wire_name == prop.wire_name) {
                continue;
            }
            self.at(Segment::Property(prop.wire_name.clone()), |w| {
                w.push(
                    ChangeKind::PropertyRemoved,
                    Some(typed(&prop.ty, prop.required)),
                    None,
                    dir == Direction::Response || !prop.read_only,
                    RustEffect::Breaking,
                )
            });
        }
    }

    fn property(&mut self, dir: Direction, old: &'a Property, new: &'a Property) {
        let request = dir == Direction::Request;
        if old.name.rust != new.name.rust {
            self.push(
                ChangeKind::PropertyRenamed,
                Some(json!(old.name.client)),
                Some(json!(new.name.client)),
                false,
                RustEffect::Breaking,
            );
        }
        // Every model field is an `Option`: flags change docs only.
        let flag = |w: &mut Self, kind, a: bool, b: bool, breaking: bool| {
            if a != b {
                w.push(
                    kind,
                    Some(json!(a)),
                    Some(json!(b)),
                    breaking,
                    RustEffect::None,
                );
            }
        };
        let (r0, r1) = (old.required, new.required);
        let required_breaks = if request {
            !r0 && r1 && !new.read_only
        } else {
            r0 && !r1
        };
        flag(self, ChangeKind::PropertyRequired, r0, r1, required_breaks);
        let (o0, o1) = (old.read_only, new.read_only);
        flag(
            self,
            ChangeKind::ReadOnlyChanged,
            o0,
            o1,
            request && !o0 && o1,
        );
        let (n0, n1) = (old.nullable, new.nullable);
        let nullable_breaks = if request { n0 && !n1 } else { !n0 && n1 };
        flag(self, ChangeKind::NullableChanged, n0, n1, nullable_breaks);
        if old.default != new.default {
            self.push(
                ChangeKind::DefaultChanged,
                old.default.clone(),
                new.default.clone(),
                default_breaks(dir, &old.default, &new.default),
                RustEffect::None,
            );
        }
        self.types(dir, &old.ty, &new.ty);
    }

    // ---- enums ------------------------------------------------------------

    fn enums(&mut self, dir: Direction, a: &str, b: &str) {
        let (Some(old), Some(new)) = (self.old_api.enums.get(a), self.new_api.enums.get(b)) else {
            return;
        };
        let open = is_open_enum(&old.base) && is_open_enum(&new.base);
        if old.name.rust != new.name.rust && open {
            self.push(
                ChangeKind::EnumRenamed,
                Some(json!(old.name.client)),
                Some(json!(new.name.client)),
                false,
                RustEffect::Breaking,
            );
        }
        if old.base != new.base {
            self.type_change(
                dir,
                &TypeRef::Scalar(old.base.clone()),
                &TypeRef::Scalar(new.base.clone()),
            );
        }
        let variant_effect = |effect| {
            if is_open_enum(&new.base) {
                effect
            } else {
                RustEffect::None
            }
        };
        for value in &new.values {
            if !old.values.iter().any(|v| v.value == value.value) {
                // A client with a closed enum fails on a value it does not
                // know, unless the spec said the enum is extensible.
                self.push(
                    ChangeKind::EnumValueAdded,
                    None,
                    Some(value.value.clone()),
                    dir == Direction::Response && !new.extensible,
                    variant_effect(RustEffect::Additive),
                );
            }
        }
        for value in &old.values {
            if !new.values.iter().any(|v| v.value == value.value) {
                let effect = if is_open_enum(&old.base) {
                    RustEffect::Breaking
                } else {
                    RustEffect::None
                };
                self.push(
                    ChangeKind::EnumValueRemoved,
                    Some(value.value.clone()),
                    None,
                    dir == Direction::Request,
                    effect,
                );
            }
        }
    }
}

/// A changed default changes what the service does when a request omits
/// the value; a default only added or removed documents (or stops
/// documenting) what it did anyway.
fn default_breaks(dir: Direction, old: &Option<Value>, new: &Option<Value>) -> bool {
    dir == Direction::Request && old.is_some() && new.is_some()
}

/// Whether a query or header parameter went between a plain string and a
/// `csv` array of plain strings, which are written the same way.
fn csv_string_equivalent(old: &Parameter, new: &Parameter) -> bool {
    let csv_strings = |p: &Parameter| {
        matches!(&p.ty, TypeRef::Array(item) if **item == TypeRef::string())
            && p.collection_format == Some(crate::ir::CollectionFormat::Csv)
    };
    let string = |p: &Parameter| p.ty == TypeRef::string();
    in_query_or_header(new)
        && ((string(old) && csv_strings(new)) || (csv_strings(old) && string(new)))
}

fn in_query_or_header(p: &Parameter) -> bool {
    matches!(p.location, ParamLocation::Query | ParamLocation::Header)
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
