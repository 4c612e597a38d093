//! Parameters (matched by position in the path, else by wire name and
//! location, else by wire name: a moved parameter), a form's fields among
//! them (as the client takes them, `rust_api::form`), and the request body.

use serde_json::json;

use super::{default_breaks, typed, Direction, Walker};
use crate::diff::change::{ChangeKind, RustEffect, Segment};
use crate::diff::matching::path_parameter_names;
use crate::diff::rust::{added_effect, removed_effect, rust_type, slot_effect, Slot};
use crate::ir::{Operation, ParamLocation, Parameter, TypeRef};
use crate::rust_api::signature::{body_input, input_params};

impl<'a> Walker<'a> {
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
        input_params(old)
            .find(|p| {
                p.location == param.location
                    && same_name(p.location, &p.wire_name, &param.wire_name)
            })
            .or_else(|| {
                input_params(old).find(|p| {
                    p.location != ParamLocation::Path
                        && p.wire_name.eq_ignore_ascii_case(&param.wire_name)
                })
            })
    }

    pub(super) fn parameters(&mut self, old: &'a Operation, new: &'a Operation) {
        let mut matched = Vec::new();
        for param in input_params(new) {
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
                        w.parameter(previous, param, &old_slot, &new_slot)
                    });
                }
            }
        }
        for param in input_params(old) {
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

    /// A matched parameter and its slots in the old and new methods.
    fn parameter(
        &mut self,
        old: &'a Parameter,
        new: &'a Parameter,
        old_slot: &Slot,
        new_slot: &Slot,
    ) {
        let rust = slot_effect(old_slot, new_slot);
        self.group(old_slot, new_slot);
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
        if old.constant != new.constant {
            // A constant is filled by the client: one that becomes a choice
            // is a new argument or options field (the slot says which), one
            // that appears or changes refuses what callers sent.
            self.push(
                ChangeKind::ConstantChanged,
                old.constant.clone(),
                new.constant.clone(),
                new.constant.is_some(),
                rust,
            );
        }
        if old.nullable != new.nullable {
            // `null` stops being accepted in a request.
            self.push(
                ChangeKind::NullableChanged,
                Some(json!(old.nullable)),
                Some(json!(new.nullable)),
                old.nullable,
                RustEffect::None,
            );
        }
        // The client fills the api-version with a value the service takes.
        if !(old.api_version && new.api_version) {
            self.constraints(Direction::Request, &old.constraints, &new.constraints);
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

    /// A parameter or body that changed parameter group: a group struct's
    /// field (by the group's Rust type) appears, goes or moves. Groups that
    /// are the options struct itself are no group here, as in the emitter.
    fn group(&mut self, old: &Slot, new: &Slot) {
        if old.group() != new.group() {
            self.push(
                ChangeKind::ParameterGroupChanged,
                old.group().map(|g| json!(g)),
                new.group().map(|g| json!(g)),
                false,
                slot_effect(old, new),
            );
        }
    }

    // ---- request body -----------------------------------------------------

    pub(super) fn body(&mut self, old: &'a Operation, new: &'a Operation) {
        let old_slot = self.old_slots.get(None);
        let new_slot = self.new_slots.get(None);
        // A form's fields are compared as parameters, above.
        let (old_body, new_body) = (body_input(old), body_input(new));
        self.at(Segment::Body, |w| match (old_body, new_body) {
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
                w.group(&old_slot, &new_slot);
                w.xml_body((&a.ty, a.xml.as_ref()), (&b.ty, b.xml.as_ref()));
                w.types(Direction::Request, &a.ty, &b.ty);
            }
        });
    }
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
