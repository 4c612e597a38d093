//! The public Rust API that a module's IR becomes, as data: what each type
//! is called and how it is spelled, which fields are boxed, which models are
//! enums of their kinds, the fields of each struct (flattening included), and
//! each operation's method (name, arguments in order, options fields,
//! parameter groups, return kind).
//!
//! The emitter renders code from these decisions and the differ compares
//! them between two api-versions; neither keeps its own copy, so a change
//! the differ judges for Rust is the change the emitter makes.

pub(crate) mod fields;
pub(crate) mod headers;
pub(crate) mod hierarchy;
pub(crate) mod signature;
pub(crate) mod types;
pub(crate) mod uses;

use crate::ir::{Api, Property};

use fields::Field;
use hierarchy::BaseNames;
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
    /// Every parameter group's struct, in the order first used: the client
    /// emitter, the options, the conformance tests and the differ look
    /// groups up here instead of rebuilding them per lookup.
    pub groups: Vec<GroupStruct<'a>>,
}

impl<'a> RustApi<'a> {
    /// Computes the module-wide decisions for `api`.
    pub(crate) fn of(api: &'a Api) -> Self {
        Self {
            api,
            recursion: Recursion::of(api),
            bases: BaseNames::of(api),
            uses: Uses::of(api),
            groups: signature::group_structs(api),
        }
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
