//! Types at one position: scalars (type and format, with the wire
//! compatibility rules), arrays, maps, models (properties, additional
//! properties, discriminators, subtypes) and enums (values, renames).

use serde_json::json;

use super::{default_breaks, json_type, typed, Direction, Walker};
use crate::diff::change::{ChangeKind, RustEffect, Segment};
use crate::diff::rust::{
    additional_properties_type, catch_all_rust_type, field_rust_type, header_rust_type,
    nested_rust_type, rust_type,
};
use crate::ir::{Api, DateTimeFormat, Property, Scalar, TypeRef};
use crate::rust_api::types::is_open_enum;
use crate::rust_api::xml;

impl<'a> Walker<'a> {
    pub(super) fn types(&mut self, dir: Direction, old: &'a TypeRef, new: &'a TypeRef) {
        match (old, new) {
            (TypeRef::Model(a), TypeRef::Model(b)) => self.models(dir, a, b),
            (TypeRef::Array(a), TypeRef::Array(b)) => {
                self.at(Segment::Items, |w| w.types(dir, a, b))
            }
            (TypeRef::Map(a), TypeRef::Map(b)) => self.at(Segment::Values, |w| w.types(dir, a, b)),
            (TypeRef::Enum(a), TypeRef::Enum(b)) => self.enums(dir, a, b),
            (TypeRef::Scalar(a), TypeRef::Scalar(b)) if a == b => {}
            (TypeRef::Any, TypeRef::Any) => {}
            (TypeRef::Nullable(a), TypeRef::Nullable(b)) => self.types(dir, a, b),
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
        // Each position spells a type by the `rust_api` decision the emitter
        // renders there: a model field's value, a parameter's, a whole
        // body's and a catch-all map's are typed at any depth (the last as
        // the catch-all field's type); a header is read as its scalar or as
        // text.
        let in_field = self
            .location
            .iter()
            .rev()
            .find_map(|s| match s {
                Segment::Property(_) => Some(true),
                Segment::AdditionalProperties => Some(false),
                _ => None,
            })
            .unwrap_or(false);
        let spell = match self.location.last() {
            Some(Segment::AdditionalProperties) => catch_all_rust_type,
            Some(Segment::Header(_)) => header_rust_type,
            _ if in_field => field_rust_type,
            Some(Segment::Items | Segment::Values | Segment::Body) => nested_rust_type,
            _ => rust_type,
        };
        let rust = if spell(self.old_api, old) == spell(self.new_api, new) {
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

    pub(super) fn models(&mut self, dir: Direction, a: &'a str, b: &'a str) {
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
        // Whether users build the model: only a model that stops being sent
        // gains `#[non_exhaustive]` and breaks their struct literals.
        let (old_way, new_way) = (
            self.old_rust.directions.of_model(a),
            self.new_rust.directions.of_model(b),
        );
        if old_way.is_input() != new_way.is_input() {
            self.push(
                ChangeKind::ModelDirectionChanged,
                Some(json!(old_way)),
                Some(json!(new_way)),
                false,
                if old_way.is_input() {
                    RustEffect::Breaking
                } else {
                    RustEffect::Additive
                },
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
        let namespace = |api: &Api, id: &str| {
            let xml = api.model(id).xml.as_ref();
            json!({
                "namespace": xml.and_then(|x| x.namespace.as_deref()),
                "prefix": xml.and_then(|x| x.prefix.as_deref()),
            })
        };
        self.xml_spelling(namespace(self.old_api, a), namespace(self.new_api, b));
        let old_props = self.old_api.all_properties(a);
        let new_props = self.new_api.all_properties(b);
        self.properties(dir, (a, b), &old_props, &new_props);
        let (old_extra, new_extra) = (
            self.old_api.additional_properties(a),
            self.new_api.additional_properties(b),
        );
        // Every model keeps undefined properties in one catch-all field;
        // opening or closing a model changes Rust only where that field's
        // type changes (a typed map appears or goes).
        let catch_all = || {
            if additional_properties_type(self.old_api, old_extra)
                == additional_properties_type(self.new_api, new_extra)
            {
                RustEffect::None
            } else {
                RustEffect::Breaking
            }
        };
        match (old_extra, new_extra) {
            (None, None) => {}
            (None, Some(ty)) => {
                let rust = catch_all();
                self.at(Segment::AdditionalProperties, |w| {
                    w.push(
                        ChangeKind::AdditionalPropertiesAdded,
                        None,
                        Some(json!(ty.display_name())),
                        false,
                        rust,
                    )
                })
            }
            (Some(ty), None) => {
                let rust = catch_all();
                self.at(Segment::AdditionalProperties, |w| {
                    w.push(
                        ChangeKind::AdditionalPropertiesRemoved,
                        Some(json!(ty.display_name())),
                        None,
                        true,
                        rust,
                    )
                })
            }
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
        // Every kind below, not only direct children: the emitted enum has a
        // variant for each. A model gaining its first kind turns from a
        // struct into an enum; losing its last, back.
        let old_children = self.old_api.descendants(a);
        let new_children = self.new_api.descendants(b);
        let shape_changed = old_children.is_empty() != new_children.is_empty();
        for &child in &new_children {
            let Some(value) = value_of(self.new_api, child) else {
                continue;
            };
            let previous = old_children
                .iter()
                .copied()
                .find(|c| value_of(self.old_api, c) == Some(value));
            self.at(Segment::Subtype(value.to_owned()), |w| match previous {
                None => w.push(
                    ChangeKind::SubtypeAdded,
                    None,
                    Some(json!(w.new_api.model(child).name.client)),
                    dir == Direction::Response,
                    if shape_changed {
                        RustEffect::Breaking
                    } else {
                        RustEffect::Additive
                    },
                ),
                Some(previous) if !w.stack.contains(&(previous, child)) => {
                    w.stack.push((previous, child));
                    // A property the base has is the base's, unless a
                    // subtype declares it again (OpenAPI 3 writes the
                    // discriminator as an enum of the subtype's value):
                    // then its field is the subtype's own.
                    let redeclared: Vec<&str> = [(w.old_api, previous), (w.new_api, child)]
                        .into_iter()
                        .flat_map(|(api, id)| api.model(id).properties.iter())
                        .map(|p| p.wire_name.as_str())
                        .collect();
                    let own = |api: &'a Api, id: &str, base: &[&Property]| -> Vec<&'a Property> {
                        api.all_properties(id)
                            .into_iter()
                            .filter(|p| {
                                !base.iter().any(|q| q.wire_name == p.wire_name)
                                    || redeclared.contains(&p.wire_name.as_str())
                            })
                            .collect()
                    };
                    let old_own = own(w.old_api, previous, base_old);
                    let new_own = own(w.new_api, child, base_new);
                    w.properties(dir, (previous, child), &old_own, &new_own);
                    w.stack.pop();
                }
                Some(_) => {}
            });
        }
        for &child in &old_children {
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

    /// The properties of the structs of models `owners` (old, new).
    fn properties(
        &mut self,
        dir: Direction,
        owners: (&'a str, &'a str),
        old: &[&'a Property],
        new: &[&'a Property],
    ) {
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
                    Some(previous) => w.property(dir, owners, previous, prop),
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

    fn property(
        &mut self,
        dir: Direction,
        (old_owner, new_owner): (&'a str, &'a str),
        old: &'a Property,
        new: &'a Property,
    ) {
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
        let (f0, f1) = (
            self.old_rust.is_flattened(old_owner, old),
            self.new_rust.is_flattened(new_owner, new),
        );
        if f0 != f1 {
            // The nested model's fields join or leave the struct; the wire
            // stays nested either way.
            self.push(
                ChangeKind::PropertyFlattenChanged,
                Some(json!(f0)),
                Some(json!(f1)),
                false,
                RustEffect::Breaking,
            );
        }
        let (b0, b1) = (
            self.old_rust.is_boxed(old_owner, old),
            self.new_rust.is_boxed(new_owner, new),
        );
        if b0 != b1 {
            // The model came to contain itself through this property, or
            // stopped to: the field is `Option<Box<T>>` or no longer.
            self.push(
                ChangeKind::PropertyBoxedChanged,
                Some(json!(b0)),
                Some(json!(b1)),
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
        self.constraints(dir, &old.constraints, &new.constraints);
        self.xml_spelling(
            xml::spelling(self.old_api, old),
            xml::spelling(self.new_api, new),
        );
        self.types(dir, &old.ty, &new.ty);
    }

    pub(super) fn enums(&mut self, dir: Direction, a: &str, b: &str) {
        let (Some(old), Some(new)) = (self.old_api.enums.get(a), self.new_api.enums.get(b)) else {
            return;
        };
        let open = is_open_enum(old) && is_open_enum(new);
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
        if old.extensible != new.extensible {
            // Judged as adding a value to a closed enum is: a response of
            // an enum that turns open may carry values an old client does
            // not know; a request of one that turns closed is refused the
            // values it took before. The Rust enum is the same either way
            // (every enum keeps unknown values).
            let breaking = match dir {
                Direction::Response => new.extensible,
                Direction::Request => old.extensible,
            };
            self.push(
                ChangeKind::EnumExtensibleChanged,
                Some(json!(old.extensible)),
                Some(json!(new.extensible)),
                breaking,
                RustEffect::None,
            );
        }
        let variant_effect = |effect| {
            if is_open_enum(new) {
                effect
            } else {
                RustEffect::None
            }
        };
        for value in &new.values {
            let Some(previous) = old.values.iter().find(|v| v.value == value.value) else {
                continue;
            };
            if previous.name.rust != value.name.rust {
                // `x-ms-enum` names the variant: same wire value, another
                // Rust variant.
                self.push(
                    ChangeKind::EnumValueRenamed,
                    Some(json!(previous.name.client)),
                    Some(json!(value.name.client)),
                    false,
                    variant_effect(RustEffect::Breaking),
                );
            }
        }
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
                let effect = if is_open_enum(old) {
                    RustEffect::Breaking
                } else {
                    RustEffect::None
                };
                // Breaking both ways: a request with the value is now
                // refused, and a client that waits for or branches on the
                // value in a response never sees it again.
                self.push(
                    ChangeKind::EnumValueRemoved,
                    Some(value.value.clone()),
                    None,
                    true,
                    effect,
                );
            }
        }
    }
}
