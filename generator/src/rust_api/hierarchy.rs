//! Discriminated hierarchies (`discriminator`, `x-ms-discriminator-value`)
//! in the Rust API: which models are enums of their kinds, what each enum
//! can hold, and the name of the struct holding a polymorphic model's own
//! fields (`FishBase`). The emitter renders the enums from these; the
//! recursion check and the differ ask the same questions.

use std::collections::HashMap;

use crate::ir::{Api, Model, TypeId};
use crate::naming;

/// Whether positions of this model's type read a subtype: it has known
/// subtypes.
pub(crate) fn is_polymorphic(model: &Model) -> bool {
    !model.children.is_empty()
}

/// Names of the structs holding the own fields of polymorphic models
/// (`{Model}Base`, numbered where a type of the module has that name).
pub(crate) struct BaseNames(HashMap<TypeId, String>);

impl BaseNames {
    /// The base struct names of every polymorphic model of `api`.
    pub(crate) fn of(api: &Api) -> Self {
        let mut taken: std::collections::HashSet<String> = api
            .models
            .values()
            .map(|m| m.name.rust.clone())
            .chain(api.enums.values().map(|e| e.name.rust.clone()))
            .collect();
        let names = api
            .models
            .iter()
            .filter(|(_, m)| is_polymorphic(m))
            .map(|(id, m)| {
                let name = naming::unique(naming::suffixed(&m.name.rust, "Base"), &mut taken);
                (id.clone(), name)
            })
            .collect();
        Self(names)
    }

    /// The name of the struct for `id`'s own fields: its base struct when
    /// it is polymorphic, else its own name.
    pub(crate) fn struct_name<'a>(&'a self, api: &'a Api, id: &str) -> &'a str {
        self.0
            .get(id)
            .map_or(api.model(id).name.rust.as_str(), String::as_str)
    }
}

/// The wire name of the discriminator property in force for `id`: its own
/// or the nearest ancestor's.
pub(crate) fn discriminator_of<'a>(api: &'a Api, id: &str) -> Option<&'a str> {
    let model = api.model(id);
    model.discriminator.as_deref().or_else(|| {
        model
            .parents
            .iter()
            .find_map(|parent| discriminator_of(api, parent))
    })
}

/// `id` itself, then every known subtype below it ([`Api::descendants`]).
pub(crate) fn kinds<'a>(api: &'a Api, id: &'a str) -> Vec<&'a str> {
    std::iter::once(id).chain(api.descendants(id)).collect()
}

/// Every model a value of polymorphic `id`'s enum can hold (its kinds),
/// for the recursion check of [`super::types::Recursion`].
pub(crate) fn variant_models<'a>(api: &'a Api, id: &'a str) -> Vec<&'a str> {
    if is_polymorphic(api.model(id)) {
        kinds(api, id)
    } else {
        Vec::new()
    }
}

/// One variant of a polymorphic model's enum: a kind, and the
/// discriminator values that select it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant<'a> {
    /// The kind's model.
    pub model: &'a str,
    /// `(property, value)` pairs a read value must have to be this kind,
    /// outermost first: one for a hierarchy of one discriminator; for a
    /// kind discriminated again (`Shark` by `sharktype` below `Fish` by
    /// `kind`), one per discriminator between the enum's model and it
    /// (`kind: shark`, `sharktype: goblin`).
    pub read: Vec<(&'a str, &'a str)>,
    /// The pairs a written value of this kind carries: every
    /// discriminator above it, up to the hierarchy's root, whatever enum
    /// it is written from (a `GoblinShark` is a `shark` `Fish`).
    pub write: Vec<(&'a str, &'a str)>,
}

/// The variants of polymorphic `id`'s enum, in [`kinds`] order: `id`
/// itself when its value is for its own discriminator (a `Salmon` read
/// where a `Salmon` is expected; not a `Shark` whose `shark` is a `kind`
/// while it is discriminated by `sharktype`), then each subtype with a
/// value. A selection given twice keeps the first kind, as a reader of the
/// spec would.
pub(crate) fn variants<'a>(api: &'a Api, id: &'a str) -> Vec<Variant<'a>> {
    let own_tag = discriminator_of(api, id);
    let mut seen = std::collections::HashSet::new();
    kinds(api, id)
        .into_iter()
        .filter_map(|kind| {
            let read = if kind == id {
                let value = api.model(id).discriminator_value.as_deref()?;
                let tag = value_tag(api, id)?;
                (Some(tag) == own_tag).then(|| vec![(tag, value)])?
            } else {
                pairs(api, &chain(api, kind, Some(id))?)
            };
            if read.is_empty() || !seen.insert(read.clone()) {
                return None;
            }
            let write = pairs(api, &chain(api, kind, None)?);
            Some(Variant {
                model: kind,
                read,
                write,
            })
        })
        .collect()
}

/// The discriminator property `id`'s value is for: the one in force at
/// its parents (nearest first).
fn value_tag<'a>(api: &'a Api, id: &str) -> Option<&'a str> {
    api.model(id)
        .parents
        .iter()
        .find_map(|parent| discriminator_of(api, parent))
}

/// `kind` and its ancestors up to `top` (not included), nearest first;
/// with no `top`, up to the root of the hierarchy. `None` when `top` is
/// not above `kind`.
fn chain<'a>(api: &'a Api, kind: &'a str, top: Option<&str>) -> Option<Vec<&'a str>> {
    let mut out = vec![kind];
    let mut current = kind;
    loop {
        let parents = &api.model(current).parents;
        let next = match top {
            Some(top) if parents.iter().any(|p| p == top) => return Some(out),
            // The parent on a path to `top`.
            Some(top) => parents
                .iter()
                .find(|p| api.descendants(top).contains(&p.as_str()))?,
            None => match parents.iter().find(|p| discriminator_of(api, p).is_some()) {
                Some(parent) => parent,
                None => return Some(out),
            },
        };
        if out.contains(&next.as_str()) {
            return None;
        }
        out.push(next);
        current = next;
    }
}

/// The discriminator pairs of the models of `chain` (nearest first): one
/// per property, the nearest model's value (a `SmartSalmon` is no longer
/// a `salmon`), outermost property first.
fn pairs<'a>(api: &'a Api, chain: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&'a str, &'a str)> = Vec::new();
    for model in chain {
        let Some(value) = api.model(model).discriminator_value.as_deref() else {
            continue;
        };
        let Some(tag) = value_tag(api, model) else {
            continue;
        };
        if !out.iter().any(|(t, _)| *t == tag) {
            out.push((tag, value));
        }
    }
    out.reverse();
    out
}
