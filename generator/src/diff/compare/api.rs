//! What changes for the API as a whole rather than for one operation: how
//! a client authenticates (`securityDefinitions` and `security`), and the
//! definitions no operation reaches, which are still public types of the
//! generated crate.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;

use crate::diff::change::{Change, ChangeKind, RustEffect, Segment};
use crate::ir::{Api, SecurityScheme, TypeRef};
use crate::rust_api::RustApi;

/// The API-level changes from `old` to `new`.
pub(crate) fn compare_apis(old_rust: &RustApi<'_>, new_rust: &RustApi<'_>) -> Vec<Change> {
    let (old, new) = (old_rust.api, new_rust.api);
    let mut changes = Vec::new();
    security(old, new, &mut changes);
    unreached_definitions(old, new, &mut changes);
    // One present in both is still a public type whose fields can change.
    let (old_ids, new_ids) = (unreached_ids(old), unreached_ids(new));
    for (name, old_id) in &old_ids {
        if let Some(new_id) = new_ids.get(name) {
            changes.extend(super::compare_definitions(
                old_rust,
                new_rust,
                name,
                (old_id, new_id),
            ));
        }
    }
    changes
}

fn change(
    segment: Segment,
    kind: ChangeKind,
    old: Option<serde_json::Value>,
    new: Option<serde_json::Value>,
    breaking_wire: bool,
    rust: RustEffect,
) -> Change {
    Change {
        location: vec![segment],
        kind,
        old,
        new,
        breaking_wire,
        rust,
    }
}

/// What the generated client's constructor takes, as the emitter decides
/// it: a token credential (OAuth2), a key, or nothing.
fn credential_kind(api: &Api) -> &'static str {
    let any = |f: fn(&SecurityScheme) -> bool| api.security.iter().any(f);
    if any(|s| matches!(s, SecurityScheme::OAuth2 { .. })) {
        "token"
    } else if any(|s| matches!(s, SecurityScheme::ApiKey { .. })) {
        "key"
    } else if api.security.is_empty() {
        "none"
    } else {
        "token"
    }
}

fn scheme_name(scheme: &SecurityScheme) -> &str {
    match scheme {
        SecurityScheme::OAuth2 { name, .. }
        | SecurityScheme::ApiKey { name, .. }
        | SecurityScheme::Basic { name } => name,
    }
}

fn security(old: &Api, new: &Api, changes: &mut Vec<Change>) {
    for scheme in &new.security {
        let previous = old
            .security
            .iter()
            .find(|s| scheme_name(s) == scheme_name(scheme));
        if let (
            Some(SecurityScheme::OAuth2 { scopes: before, .. }),
            SecurityScheme::OAuth2 { scopes: after, .. },
        ) = (previous, scheme)
        {
            if before != after {
                // A token for a scope the service no longer names is
                // refused; the scope is inside the client, not its API.
                changes.push(change(
                    Segment::Security(scheme_name(scheme).to_owned()),
                    ChangeKind::SecurityScopesChanged,
                    Some(json!(before)),
                    Some(json!(after)),
                    after.iter().any(|s| !before.contains(s)),
                    RustEffect::None,
                ));
            }
        }
    }
    let names = |api: &Api| -> Vec<String> {
        api.security
            .iter()
            .map(|s| scheme_name(s).to_owned())
            .collect()
    };
    let (before, after) = (names(old), names(new));
    if before != after {
        // A scheme a client used that is gone breaks it; the constructor
        // changes where the kind of credential does.
        let rust = if credential_kind(old) == credential_kind(new) {
            RustEffect::None
        } else {
            RustEffect::Breaking
        };
        changes.push(change(
            Segment::Security(String::new()),
            ChangeKind::SecurityChanged,
            Some(json!(before)),
            Some(json!(after)),
            before.iter().any(|s| !after.contains(s)),
            rust,
        ));
    }
}

/// The models and enums that some operation reaches, by id: through
/// parameters, bodies, headers, properties, additional properties, and the
/// parents and kinds of every model reached.
fn reached(api: &Api) -> BTreeSet<&str> {
    let mut seen = BTreeSet::new();
    let mut types: Vec<&TypeRef> = Vec::new();
    for op in &api.operations {
        types.extend(op.parameters.iter().map(|p| &p.ty));
        types.extend(op.body.iter().map(|b| &b.ty));
        for response in &op.responses {
            types.extend(response.types());
            types.extend(response.headers.iter().map(|h| &h.ty));
        }
    }
    let mut models: Vec<&str> = Vec::new();
    loop {
        if let Some(ty) = types.pop() {
            match ty {
                TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                    types.push(inner)
                }
                TypeRef::Enum(id) => {
                    seen.insert(id.as_str());
                }
                TypeRef::Model(id) => models.push(id),
                TypeRef::Scalar(_) | TypeRef::Any => {}
            }
        } else if let Some(id) = models.pop() {
            let Some((id, model)) = api.models.get_key_value(id) else {
                continue;
            };
            if !seen.insert(id.as_str()) {
                continue;
            }
            types.extend(model.properties.iter().map(|p| &p.ty));
            types.extend(model.additional_properties.iter());
            models.extend(
                model
                    .parents
                    .iter()
                    .chain(&model.children)
                    .map(String::as_str),
            );
        } else {
            break;
        }
    }
    seen
}

/// Rust names of the named definitions no operation reaches.
fn unreached(api: &Api) -> BTreeSet<String> {
    unreached_ids(api).into_keys().collect()
}

/// The named definitions no operation reaches: Rust name → id.
fn unreached_ids(api: &Api) -> BTreeMap<String, &str> {
    let reached = reached(api);
    let models = api
        .models
        .iter()
        .filter(|(id, m)| !m.origin.anonymous && !reached.contains(id.as_str()))
        .map(|(id, m)| (m.name.rust.clone(), id.as_str()));
    let enums = api
        .enums
        .iter()
        .filter(|(id, e)| !e.origin.anonymous && !reached.contains(id.as_str()))
        .map(|(id, e)| (e.name.rust.clone(), id.as_str()));
    models.chain(enums).collect()
}

/// Every Rust type name of the API's models and enums.
fn type_names(api: &Api) -> BTreeSet<String> {
    let models = api.models.values().map(|m| m.name.rust.clone());
    models
        .chain(api.enums.values().map(|e| e.name.rust.clone()))
        .collect()
}

/// Definitions no operation reaches, added or removed: nothing changes on
/// the wire, but each is a public type of the crate.
fn unreached_definitions(old: &Api, new: &Api, changes: &mut Vec<Change>) {
    let (old_types, new_types) = (type_names(old), type_names(new));
    for name in unreached(new)
        .into_iter()
        .filter(|n| !old_types.contains(n))
    {
        changes.push(change(
            Segment::Definition(name.clone()),
            ChangeKind::DefinitionAdded,
            None,
            Some(json!(name)),
            false,
            RustEffect::Additive,
        ));
    }
    for name in unreached(old)
        .into_iter()
        .filter(|n| !new_types.contains(n))
    {
        changes.push(change(
            Segment::Definition(name.clone()),
            ChangeKind::DefinitionRemoved,
            Some(json!(name)),
            None,
            false,
            RustEffect::Breaking,
        ));
    }
}
