//! The "Changes" block of one operation in Azure's changelog layout:
//!
//! ```json
//! { "#id": "Jobs_ListJobs",
//!   "$parameters": [ { "#name": "timeOut", "Type": { "new": ..., "old": ... } } ],
//!   "$body": { "$properties": ... },
//!   "$responses": { "200": { "$headers": [ ... ], "$properties": {
//!       "value": { "$properties": { "networkConfiguration": [
//!           { "#name": "skipWithdrawFromVNet", "Required": { "new": false, "old": true } } ] } } } } } }
//! ```
//!
//! A change sits at its location with a label (`Required`, `Type`, `Added`,
//! ...; see [`ChangeKind::label`](crate::diff::ChangeKind::label)) holding
//! `{ "new", "old" }`. Array items and map values are transparent. The
//! properties of a model are an array of `{ "#name", <labels>,
//! "$properties" }` entries when any of them changed itself, else an object
//! keyed by property name holding, for each, the nested changes only: that
//! property's entries array, or `{ "$properties": { ... } }` again.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use crate::diff::{Change, OperationDiff, Segment};

/// A group of children of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Group {
    Parameters,
    Body,
    Responses,
    Headers,
    Properties,
}

#[derive(Default)]
struct Node<'c> {
    own: Vec<&'c Change>,
    children: IndexMap<(Group, String), Node<'c>>,
}

impl<'c> Node<'c> {
    fn insert(&mut self, change: &'c Change) {
        let mut node = self;
        let mut after_response = false;
        for segment in &change.location {
            let key = match segment {
                Segment::Parameter(name) => (Group::Parameters, name.clone()),
                Segment::Body if after_response => continue,
                Segment::Body => (Group::Body, String::new()),
                Segment::Response(status) => {
                    after_response = true;
                    (Group::Responses, status.to_string())
                }
                Segment::Header(name) => (Group::Headers, name.clone()),
                Segment::Property(name) => (Group::Properties, name.clone()),
                Segment::Items | Segment::Values => continue,
                Segment::AdditionalProperties => {
                    (Group::Properties, "$additionalProperties".to_owned())
                }
                Segment::Subtype(value) => (Group::Properties, format!("(kind={value})")),
                // API-level segments: never inside an operation's block.
                Segment::Security(_) | Segment::Definition(_) => continue,
            };
            node = node.children.entry(key).or_default();
        }
        node.own.push(change);
    }

    fn group(&self, group: Group) -> impl Iterator<Item = (&String, &Node<'c>)> {
        self.children
            .iter()
            .filter(move |((g, _), _)| *g == group)
            .map(|((_, name), node)| (name, node))
    }

    /// The node's own changes as `"Label": { "new", "old" }` (an array of
    /// those when a label repeats), in order of first appearance.
    fn labels(&self, out: &mut Map<String, Value>) {
        let mut by_label: IndexMap<&str, Vec<Value>> = IndexMap::new();
        for change in &self.own {
            let mut pair = Map::new();
            if let Some(new) = &change.new {
                pair.insert("new".into(), new.clone());
            }
            if let Some(old) = &change.old {
                pair.insert("old".into(), old.clone());
            }
            by_label
                .entry(change.kind.label())
                .or_default()
                .push(Value::Object(pair));
        }
        for (label, mut values) in by_label {
            let value = if values.len() == 1 {
                values.remove(0)
            } else {
                Value::Array(values)
            };
            out.insert(label.to_owned(), value);
        }
    }

    /// `[ { "#name", labels, "$properties" } ]` for a group.
    fn entries(&self, group: Group) -> Value {
        Value::Array(
            self.group(group)
                .map(|(name, child)| {
                    let mut entry = Map::new();
                    entry.insert("#name".into(), Value::String(name.clone()));
                    child.labels(&mut entry);
                    child.nested(&mut entry);
                    Value::Object(entry)
                })
                .collect(),
        )
    }

    /// The properties of this node's model (see the module docs).
    fn properties(&self) -> Value {
        if self
            .group(Group::Properties)
            .any(|(_, c)| !c.own.is_empty())
        {
            return self.entries(Group::Properties);
        }
        Value::Object(
            self.group(Group::Properties)
                .map(|(name, child)| (name.clone(), child.position()))
                .collect(),
        )
    }

    /// A property with nested changes only, under its name: the entries
    /// array of its model, or `{ "$properties": { ... } }`.
    fn position(&self) -> Value {
        match self.properties() {
            entries @ Value::Array(_) => entries,
            object => Value::Object(Map::from_iter([("$properties".to_owned(), object)])),
        }
    }

    /// Adds `$properties` when the node has changed properties.
    fn nested(&self, out: &mut Map<String, Value>) {
        if self.group(Group::Properties).next().is_some() {
            out.insert("$properties".into(), self.properties());
        }
    }
}

/// The "Changes" JSON of one operation.
pub(crate) fn changes_block(op: &OperationDiff<'_>) -> Value {
    let mut root = Node::default();
    for change in &op.changes {
        root.insert(change);
    }
    let mut out = Map::new();
    out.insert("#id".into(), Value::String(op.id().to_owned()));
    root.labels(&mut out);
    if root.group(Group::Parameters).next().is_some() {
        out.insert("$parameters".into(), root.entries(Group::Parameters));
    }
    if let Some((_, body)) = root.group(Group::Body).next() {
        let mut node = Map::new();
        body.labels(&mut node);
        body.nested(&mut node);
        out.insert("$body".into(), Value::Object(node));
    }
    let responses: Map<String, Value> = root
        .group(Group::Responses)
        .map(|(status, response)| {
            let mut node = Map::new();
            response.labels(&mut node);
            if response.group(Group::Headers).next().is_some() {
                node.insert("$headers".into(), response.entries(Group::Headers));
            }
            response.nested(&mut node);
            (status.clone(), Value::Object(node))
        })
        .collect();
    if !responses.is_empty() {
        out.insert("$responses".into(), Value::Object(responses));
    }
    Value::Object(out)
}
