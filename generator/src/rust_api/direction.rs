//! Which way each model travels: sent in a request, received in a
//! response, or both, and what that makes of its struct.
//!
//! A model a user sends must be writable as a struct literal,
//! `Model { id: Some(..), ..Default::default() }`, so its struct is not
//! `#[non_exhaustive]`; gaining a field is then still additive by the
//! `..Default::default()` convention the Azure SDK for Rust follows. A
//! model only ever received stays `#[non_exhaustive]`: users read it and
//! never build it, and the attribute keeps every future field additive in
//! the strict sense. The emitter and the differ read [`Directions`], so a
//! model that stops being sent is a break the differ reports exactly where
//! the emitter adds the attribute.

use std::collections::HashMap;

use serde::Serialize;

use crate::ir::{Api, TypeId, TypeRef};

use super::hierarchy::variant_models;

/// The ways a model travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Direction {
    /// In a request only (a body or parameter, or inside one).
    Input,
    /// In a response only (success or error).
    Output,
    /// In requests and responses.
    Both,
    /// Reached by no operation: a definition of the spec alone.
    Unused,
}

impl Direction {
    /// Whether users build values of the model: its struct takes struct
    /// literals (not `#[non_exhaustive]`).
    pub(crate) fn is_input(self) -> bool {
        matches!(self, Direction::Input | Direction::Both)
    }

    fn with(self, other: Direction) -> Direction {
        match (self, other) {
            (Direction::Unused, d) | (d, Direction::Unused) => d,
            (a, b) if a == b => a,
            _ => Direction::Both,
        }
    }
}

/// The direction of every model of a module.
#[derive(Debug, Default)]
pub(crate) struct Directions(HashMap<TypeId, Direction>);

impl Directions {
    /// Walks every operation's request and responses, through properties,
    /// array items, map values, additional properties and the kinds a
    /// polymorphic position can hold.
    pub(crate) fn of(api: &Api) -> Self {
        let mut directions = Directions::default();
        for op in &api.operations {
            let inputs = super::signature::input_params(op)
                .map(|p| &p.ty)
                .chain(op.body.as_ref().map(|b| &b.ty));
            for ty in inputs {
                directions.reach(api, ty, Direction::Input);
            }
            for body in op.responses.iter().flat_map(|r| r.types()) {
                directions.reach(api, body, Direction::Output);
            }
        }
        directions
    }

    /// The direction of model `id`.
    pub(crate) fn of_model(&self, id: &str) -> Direction {
        self.0.get(id).copied().unwrap_or(Direction::Unused)
    }

    fn reach<'a>(&mut self, api: &'a Api, ty: &'a TypeRef, direction: Direction) {
        let mut pending: Vec<&'a str> = model_of(ty).map(String::as_str).into_iter().collect();
        while let Some(id) = pending.pop() {
            let entry = self.0.entry(id.to_owned()).or_insert(Direction::Unused);
            let merged = entry.with(direction);
            if *entry == merged {
                // Already reached this way, and so everything it holds.
                continue;
            }
            *entry = merged;
            let held = api
                .all_properties(id)
                .into_iter()
                .map(|p| &p.ty)
                .chain(api.additional_properties(id));
            pending.extend(held.filter_map(model_of).map(String::as_str));
            pending.extend(variant_models(api, id));
        }
    }
}

/// The model a type holds, through arrays, maps and nullability.
fn model_of(ty: &TypeRef) -> Option<&TypeId> {
    match ty {
        TypeRef::Model(id) => Some(id),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => model_of(inner),
        _ => None,
    }
}
