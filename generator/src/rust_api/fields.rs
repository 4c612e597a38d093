//! `x-ms-client-flatten` on properties: which fields a model's struct shows.
//!
//! A property marked `x-ms-client-flatten` whose type is an object model
//! (ARM's `properties` bag) is not a field of its own: the fields of that
//! model take its place, under their client names, while the wire stays
//! nested, as AutoRest clients do. The model's `json_object!` table then
//! names each nested field by its path (see [`wire_key`]), and the macro's
//! `flattened` form moves those keys in and out of their nested objects.
//!
//! The emitter, the conformance tests and the differ all take a model's
//! fields from [`fields`], so they agree on every name.

use std::collections::HashSet;

use crate::ir::{Api, Property, TypeId, TypeRef};

use super::hierarchy::is_polymorphic;
use super::types::Recursion;

/// Separates the wire keys of a nested field's path in its serde name: a
/// control character no JSON key of a spec holds.
const PATH_SEPARATOR: char = '\u{1f}';

/// One field of a model's struct.
#[derive(Debug, Clone)]
pub(crate) struct Field<'a> {
    /// The spec's property.
    pub property: &'a Property,
    /// The model whose properties (inherited ones included) hold it: the
    /// struct's own model, or the model of a flattened property.
    pub owner: &'a str,
    /// The wire keys of the flattened properties holding it, outermost
    /// first; empty for a property of the model itself.
    pub path: Vec<&'a str>,
    /// The field's Rust name: the property's, or, where that is taken, the
    /// holding property's name and its own (`properties_type`).
    pub rust: String,
}

impl Field<'_> {
    /// Whether the field comes from a flattened property.
    pub(crate) fn is_nested(&self) -> bool {
        !self.path.is_empty()
    }
}

/// The serde name of a field: the wire key, or for a nested field its path
/// and key joined by [`PATH_SEPARATOR`], which the runtime splits again.
pub(crate) fn wire_key(field: &Field<'_>) -> String {
    let mut key = String::new();
    for segment in &field.path {
        key.push_str(segment);
        key.push(PATH_SEPARATOR);
    }
    key.push_str(&field.property.wire_name);
    key
}

/// The model a property is flattened into, if it is: marked
/// `x-ms-client-flatten`, of an object model that is not a discriminated
/// hierarchy (whose kinds have different fields), and not part of a
/// recursion (a struct cannot hold its own fields).
pub(crate) fn flattened_model<'a>(
    api: &'a Api,
    owner: &str,
    property: &'a Property,
    recursion: &Recursion,
) -> Option<&'a TypeId> {
    let TypeRef::Model(target) = &property.ty else {
        return None;
    };
    (flattens(api, property) && !recursion.is_boxed(owner, &property.wire_name)).then_some(target)
}

/// Whether `x-ms-client-flatten` can take effect on a property: it is
/// marked and its type is an object model that is not a discriminated
/// hierarchy ([`flattened_model`] also leaves out recursions).
fn flattens(api: &Api, property: &Property) -> bool {
    match &property.ty {
        TypeRef::Model(target) => property.flatten && !is_polymorphic(api.model(target)),
        _ => false,
    }
}

/// The fields of the struct of model `id`: its properties (inherited ones
/// first), each flattened property replaced by the fields of its model.
pub(crate) fn fields<'a>(api: &'a Api, id: &'a str, recursion: &Recursion) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    collect(api, id, &mut Vec::new(), recursion, &mut vec![id], &mut out);
    // Nested names give way to the model's own: `type` beside
    // `properties.type` gives `type` and `properties_type`.
    let mut taken: HashSet<String> = out
        .iter()
        .filter(|f| !f.is_nested())
        .map(|f| f.rust.clone())
        .collect();
    for field in out.iter_mut().filter(|f| f.is_nested()) {
        if taken.contains(&field.rust) {
            let holder = field.path.last().copied().unwrap_or_default();
            let stem = format!("{holder}_{}", field.property.name.client);
            let mut name = crate::naming::field_name(&stem);
            let mut n = 2;
            while taken.contains(&name) {
                name = crate::naming::field_name(&format!("{stem}{n}"));
                n += 1;
            }
            field.rust = name;
        }
        taken.insert(field.rust.clone());
    }
    out
}

fn collect<'a>(
    api: &'a Api,
    id: &'a str,
    path: &mut Vec<&'a str>,
    recursion: &Recursion,
    seen: &mut Vec<&'a str>,
    out: &mut Vec<Field<'a>>,
) {
    for property in api.all_properties(id) {
        let nested = flattened_model(api, id, property, recursion)
            .filter(|target| !seen.contains(&target.as_str()));
        match nested {
            Some(target) => {
                path.push(&property.wire_name);
                seen.push(target);
                collect(api, target, path, recursion, seen, out);
                seen.pop();
                path.pop();
            }
            None => out.push(Field {
                property,
                owner: id,
                path: path.clone(),
                rust: property.name.rust.clone(),
            }),
        }
    }
}

/// Whether any field of the struct of `id` is nested, so that the struct
/// needs `json_object!`'s `flattened` form.
pub(crate) fn has_nested(fields: &[Field<'_>]) -> bool {
    fields.iter().any(Field::is_nested)
}
