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
