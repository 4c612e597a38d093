//! Which old operation is which new one: wire identity.
//!
//! Two operations are the same when they have the same HTTP method and the
//! same path template once path parameter names are erased
//! (`/pools/{poolId}` = `/pools/{pool-id}`), with the same fixed query of an
//! `x-ms-paths` key. Operation ids and model names play no part, so a
//! renamed operation is matched, not removed and re-added.

use std::collections::HashMap;

use crate::ir::{Api, Operation, PathSegment};

/// The wire identity of an operation: `GET /pools/{}/nodes/{}`, plus
/// `?key=value` pairs of a fixed query, sorted.
pub fn wire_key(op: &Operation) -> String {
    let mut key = format!("{} ", op.method.as_str());
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
        by_key.entry(wire_key(op)).or_insert(op);
    }
    let mut used = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for op in &new.operations {
        let key = wire_key(op);
        let matched = match by_key.get(&key) {
            Some(old_op) if used.insert(key) => Some(*old_op),
            _ => None,
        };
        pairs.push((matched, Some(op)));
    }
    for op in &old.operations {
        if !used.contains(&wire_key(op)) {
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
