//! What the generated Rust API looks like at a position, as far as the
//! differ needs it: the Rust spelling of a type, and where an operation's
//! parameter lands in its method (argument, options field, or filled by the
//! client).
//!
//! Everything here is read from [`crate::rust_api`], the decisions the
//! emitter renders too, so the differ and the emitter cannot disagree; this
//! module only puts them in the form the differ compares (strings, slots).

use super::RustEffect;
use crate::ir::{Api, Operation, ParamLocation, TypeRef};
use crate::rust_api::methods::Method;
use crate::rust_api::signature::{self, arguments, option_fields, Returns};
use crate::rust_api::{headers, types, RustApi};

/// The Rust type of a value of `ty` in a generated module, as a string to
/// compare: two positions with the same spelling compile the same user code.
pub(crate) fn rust_type(api: &Api, ty: &TypeRef) -> String {
    types::rust_type(api, ty).to_string()
}

/// [`rust_type`] for a model field's value, at any depth (date-times,
/// bytes and string-encoded numbers typed inside arrays and maps too).
pub(crate) fn field_rust_type(api: &Api, ty: &TypeRef) -> String {
    types::field_type(api, ty).to_string()
}

/// [`rust_type`] for a value inside an array or map, or a whole body.
pub(crate) fn nested_rust_type(api: &Api, ty: &TypeRef) -> String {
    types::body_rust_type(api, ty).to_string()
}

/// [`rust_type`] for a response header, as its trait's accessor reads it
/// (scalars and enums typed, anything else as text).
pub(crate) fn header_rust_type(api: &Api, ty: &TypeRef) -> String {
    headers::header_type(api, ty).to_string()
}

/// The type of a model's catch-all field whose values are of `ty`, to
/// compare two value types where a catch-all map holds them (its values are
/// typed as a field's, through the encoding the model's table names).
pub(crate) fn catch_all_rust_type(api: &Api, ty: &TypeRef) -> String {
    types::additional_properties_type(api, Some(ty)).to_string()
}

/// The type of a model's catch-all field for undefined properties.
pub(crate) fn additional_properties_type(api: &Api, values: Option<&TypeRef>) -> String {
    types::additional_properties_type(api, values).to_string()
}

/// Where a parameter (or the body) appears in the operation's method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Slot {
    /// A method argument: name and type.
    Argument(String, String),
    /// A field of the options struct: name and type.
    OptionField(String, String),
    /// A field of a parameter group's struct (`x-ms-parameter-grouping`).
    GroupField {
        /// The group struct's type name.
        group: String,
        /// The field's name.
        field: String,
        /// The field's type (`Option<...>` when optional).
        ty: String,
        /// Whether code that builds the struct with `..Default::default()`
        /// is untouched by the field: an optional field of a struct without
        /// required fields.
        defaulted: bool,
    },
    /// Not in the signature: api-version, constants.
    Client,
}

/// The slots of one operation's parameters and body, computed once.
pub(crate) struct Slots {
    slots: Vec<(Option<(String, ParamLocation)>, Slot)>,
    /// The method's positional arguments in order: what each fills (a
    /// parameter by location and lower-case wire name, `body`, or a
    /// group's struct) and its Rust name.
    arguments: Vec<(String, String)>,
}

impl Slots {
    /// No method: for a definition no operation reaches.
    pub(crate) fn none() -> Self {
        Self {
            slots: Vec::new(),
            arguments: Vec::new(),
        }
    }

    /// Every argument and options field of the operation's method.
    pub(crate) fn of(rust: &RustApi<'_>, op: &Operation) -> Self {
        let key = |input: &signature::Input<'_>| -> Option<(String, ParamLocation)> {
            match input {
                signature::Input::Param(p) => Some((p.wire_name.clone(), p.location)),
                signature::Input::Body(_) | signature::Input::Group(_) => None,
            }
        };
        let mut slots = Vec::new();
        let order: Vec<(String, String)> = arguments(rust, op)
            .into_iter()
            .map(|arg| {
                let identity = match arg.input {
                    signature::Input::Param(p) => {
                        format!("{:?} {}", p.location, p.wire_name.to_ascii_lowercase())
                    }
                    signature::Input::Body(_) => "body".to_owned(),
                    signature::Input::Group(g) => {
                        format!("group {}", signature::group_type_name(g))
                    }
                };
                (identity, arg.name)
            })
            .collect();
        // A group's own argument or options field is no parameter's slot:
        // its members get theirs below.
        let ungrouped = |input: &signature::Input<'_>| !matches!(input, signature::Input::Group(_));
        for arg in arguments(rust, op)
            .into_iter()
            .filter(|a| ungrouped(&a.input))
        {
            slots.push((
                key(&arg.input),
                Slot::Argument(arg.name, arg.ty.to_string()),
            ));
        }
        for field in option_fields(rust, op)
            .into_iter()
            .filter(|f| ungrouped(&f.input))
        {
            slots.push((
                key(&field.input),
                Slot::OptionField(field.name, field.ty.to_string()),
            ));
        }
        for (group, input) in signature::grouped_inputs(op) {
            let Some(structure) = rust.group(group) else {
                continue;
            };
            let name = signature::grouped_name(input);
            let Some(field) = structure.fields.iter().find(|f| f.name == name) else {
                continue;
            };
            let ty = field.ty.to_string();
            slots.push((
                key(&input),
                Slot::GroupField {
                    group: structure.type_name.clone(),
                    ty: if field.required {
                        ty
                    } else {
                        format!("Option<{ty}>")
                    },
                    field: name,
                    defaulted: !field.required && !structure.required(),
                },
            ));
        }
        Slots {
            slots,
            arguments: order,
        }
    }

    /// When the arguments that both methods have come in another order in
    /// `new` than in `self`: their Rust names in each order.
    pub(crate) fn reordered_arguments(&self, new: &Slots) -> Option<(Vec<String>, Vec<String>)> {
        // Each side's arguments that the other has too, in its own order.
        let shared = |of: &Slots, then: &Slots| -> Vec<(String, String)> {
            of.arguments
                .iter()
                .filter(|(identity, _)| then.arguments.iter().any(|(i, _)| i == identity))
                .cloned()
                .collect()
        };
        let (before, after) = (shared(self, new), shared(new, self));
        let identities = |args: &[(String, String)]| -> Vec<String> {
            args.iter().map(|(identity, _)| identity.clone()).collect()
        };
        let names = |args: Vec<(String, String)>| -> Vec<String> {
            args.into_iter().map(|(_, name)| name).collect()
        };
        (identities(&before) != identities(&after)).then(|| (names(before), names(after)))
    }

    /// The slot of the parameter with this wire name and location (`None`
    /// for the body); [`Slot::Client`] when the method has none for it.
    pub(crate) fn get(&self, param: Option<(&str, ParamLocation)>) -> Slot {
        self.slots
            .iter()
            .find(|(key, _)| key.as_ref().map(|(w, l)| (w.as_str(), *l)) == param)
            .map_or(Slot::Client, |(_, slot)| slot.clone())
    }
}

impl Slot {
    /// The parameter group struct holding the input, if any.
    pub(crate) fn group(&self) -> Option<&str> {
        match self {
            Slot::GroupField { group, .. } => Some(group),
            _ => None,
        }
    }
}

/// The Rust effect of a parameter (or body) moving from one slot to
/// another. Arguments are positional: only their type counts, not their
/// name.
pub(crate) fn slot_effect(old: &Slot, new: &Slot) -> RustEffect {
    match (old, new) {
        (Slot::Argument(_, a), Slot::Argument(_, b)) if a == b => RustEffect::None,
        (a, b) if a == b => RustEffect::None,
        (Slot::Client, Slot::OptionField(..)) => RustEffect::Additive,
        _ => RustEffect::Breaking,
    }
}

/// The Rust effect of a parameter (or body) appearing in this slot.
pub(crate) fn added_effect(slot: &Slot) -> RustEffect {
    match slot {
        Slot::Argument(..) => RustEffect::Breaking,
        Slot::OptionField(..) => RustEffect::Additive,
        Slot::GroupField { defaulted, .. } => {
            if *defaulted {
                RustEffect::Additive
            } else {
                RustEffect::Breaking
            }
        }
        Slot::Client => RustEffect::None,
    }
}

/// The Rust effect of a parameter (or body) disappearing from this slot.
pub(crate) fn removed_effect(slot: &Slot) -> RustEffect {
    match slot {
        Slot::Argument(..) | Slot::OptionField(..) | Slot::GroupField { .. } => {
            RustEffect::Breaking
        }
        Slot::Client => RustEffect::None,
    }
}

/// The kind of value the method returns (body, empty, exists, stream,
/// pager, poller), ignoring the type inside.
pub(crate) fn return_kind(method: &Method<'_>) -> &'static str {
    match method.returns {
        Returns::Body(_) => "body",
        Returns::Text => "text",
        Returns::Empty => "empty",
        Returns::Exists => "exists",
        Returns::Stream => "stream",
        Returns::Events(_) => "events",
        Returns::Pager { .. } | Returns::PolledPager { .. } => "pager",
        Returns::Poller { .. } => "poller",
    }
}
