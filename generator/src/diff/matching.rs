//! Which old operation is which new one: wire identity.
//!
//! Two operations are the same when they have the same HTTP method and the
//! same URL path once path parameter names are erased
//! (`/pools/{poolId}` = `/pools/{pool-id}`), with the same fixed query of an
//! `x-ms-paths` key. The URL path is the one a client sends: `basePath` and
//! the path part of the host template come before the operation's path, so
//! moving every path under a new `basePath` changes every operation, while
//! folding `basePath` into the paths (the same URLs) changes none.
//! Operation ids and model names play no part, so a renamed operation is
//! matched, not removed and re-added.

use std::collections::HashMap;

use crate::ir::{Api, Operation, PathSegment};

/// The wire identity of an operation of `api`: `GET /pools/{}/nodes/{}`
/// (after the URL's path prefix, see the module's docs), plus
/// `?key=value` pairs of a fixed query, sorted.
pub fn wire_key(api: &Api, op: &Operation) -> String {
    let prefix = crate::rust_api::host::path_prefix(api);
    let mut key = format!("{} {prefix}", op.method.as_str());
    // `/api` + `/` is the URL `/api/`; `/api` + `/items` is `/api/items`.
    for segment in &op.path.segments {
        match segment {
            PathSegment::Literal(text) => key.push_str(text),
            PathSegment::Param(_) => key.push_str("{}"),
        }
    }
    let mut query: Vec<String> = op
        .path
        .fixed_query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    query.sort();
    if !query.is_empty() {
        key.push('?');
        key.push_str(&query.join("&"));
    }
    key
}

/// Operations paired by wire identity, in the documented order: every new
/// operation in new-spec order (paired with its old one, if any), then the
/// old operations no new one matched, in old-spec order.
pub fn pair_operations<'a>(
    old: &'a Api,
    new: &'a Api,
) -> Vec<(Option<&'a Operation>, Option<&'a Operation>)> {
    let mut by_key: HashMap<String, &'a Operation> = HashMap::new();
    for op in &old.operations {
        by_key.entry(wire_key(old, op)).or_insert(op);
    }
    let mut used = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for op in &new.operations {
        let key = wire_key(new, op);
        let matched = match by_key.get(&key) {
            Some(old_op) if used.insert(key) => Some(*old_op),
            _ => None,
        };
        pairs.push((matched, Some(op)));
    }
    for op in &old.operations {
        if !used.contains(&wire_key(old, op)) {
            pairs.push((Some(op), None));
        }
    }
    pairs
}

/// The names of the path parameters, in path order.
pub fn path_parameter_names(op: &Operation) -> Vec<&str> {
    op.path
        .segments
        .iter()
        .filter_map(|s| match s {
            PathSegment::Param(name) => Some(name.as_str()),
            PathSegment::Literal(_) => None,
        })
        .collect()
}
