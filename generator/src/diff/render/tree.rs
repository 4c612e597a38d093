//! The "Changes" block of one operation in the nesting of Azure's published
//! changelogs:
//!
//! ```json
//! { "#id": "Pools_CreatePool",
//!   "$parameters": { "pool": { "$properties": {
//!       "virtualMachineConfiguration": [ { "securityProfile": [
//!           { "#name": "securityType", "Required": { "new": false, "old": true } } ] } ] } } },
//!   "$responses": {
//!     "200": { "$properties": { "value": { "$properties": { "networkConfiguration": [
//!         { "#name": "skipWithdrawFromVNet", "Required": { "new": false, "old": true } } ] } } } },
//!     "default": { "$properties": [
//!         { "#name": "code", "Required": { "new": false, "old": true } } ] } } }
//! ```
//!
//! A change is a label (`Required`, `Type`, `Added`, ...; see
//! [`ChangeKind::label`](crate::diff::ChangeKind::label)) holding
//! `{ "new", "old" }`, on its parameter (every parameter under
//! `$parameters` by name, the body by its parameter name), its response
//! (by status), or in a `{ "#name", <labels> }` entry of the property or
//! header (lower case, under `$headers`) it concerns. The properties of a
//! body, a response or an array's items (`$properties`) are an object keyed
//! by property name when every changed property has nested changes only,
//! else a list of entries. Below a property whose value is an object, the
//! nested changes are a list: an entry for each changed property, a one-key
//! object `{ "<name>": ... }` for each property with nested changes; below
//! an array or map, `{ "$properties": ... }` again. Keys and lists follow
//! the diff's walk order, which is the new spec's order.
//!
//! [`place`] gives each change's path in the block, which the JSON output
//! carries so that the block can be rebuilt from it.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use crate::diff::{Change, OperationDiff, Segment};

/// One step of a change's place in the block.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Parameter(String),
    Response(String),
    Header(String),
    /// A property; `collection` when the change lies inside its array
    /// items or map values.
    Property {
        name: String,
        collection: bool,
    },
}

/// The place of a change in its operation's block (see the module docs).
fn steps(op: &OperationDiff<'_>, change: &Change) -> Vec<Step> {
    let body_name = || {
        op.new
            .and_then(|o| o.body.as_ref())
            .or_else(|| op.old.and_then(|o| o.body.as_ref()))
            .map_or_else(|| "body".to_owned(), |b| b.name.client.clone())
    };
    let mut steps = Vec::new();
    let mut after_response = false;
    for segment in &change.location {
        let step = match segment {
            Segment::Parameter(name) => Step::Parameter(name.clone()),
            Segment::Body if after_response => continue,
            Segment::Body => Step::Parameter(body_name()),
            Segment::Response(status) => {
                after_response = true;
                Step::Response(status.to_string())
            }
            Segment::Header(name) => Step::Header(name.to_lowercase()),
            Segment::Property(name) => property(name.clone()),
            Segment::AdditionalProperties => property("$additionalProperties".to_owned()),
            Segment::Subtype(value) => property(format!("(kind={value})")),
            Segment::Items | Segment::Values => {
                if let Some(Step::Property { collection, .. }) = steps.last_mut() {
                    *collection = true;
                }
                continue;
            }
            // API-level segments: never inside an operation's block.
            Segment::Security(_) | Segment::Definition(_) => continue,
        };
        steps.push(step);
    }
    // A collection only matters for what lies below its items.
    if let Some(Step::Property { collection, .. }) = steps.last_mut() {
        *collection = false;
    }
    steps
}

fn property(name: String) -> Step {
    Step::Property {
        name,
        collection: false,
    }
}

/// The change's path in the published block, as the keys a reader follows:
/// `["$responses", "200", "$properties", "value", "$properties",
/// "networkConfiguration", "skipWithdrawFromVNet"]`. A property or header
/// last is the `#name` of the change's entry; a parameter or status last
/// holds the change's label itself; `[]` is the operation.
pub(crate) fn place(op: &OperationDiff<'_>, change: &Change) -> Vec<String> {
    let mut out = Vec::new();
    let mut schema_top = false;
    for step in steps(op, change) {
        match step {
            Step::Parameter(name) => {
                out.extend(["$parameters".to_owned(), name]);
                schema_top = true;
            }
            Step::Response(status) => {
                out.extend(["$responses".to_owned(), status]);
                schema_top = true;
            }
            Step::Header(name) => out.extend(["$headers".to_owned(), name]),
            Step::Property { name, collection } => {
                if schema_top {
                    out.push("$properties".to_owned());
                }
                out.push(name);
                schema_top = collection;
            }
        }
    }
    out
}

/// A group of children of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Group {
    Parameters,
    Responses,
    Headers,
    Properties,
}

#[derive(Default)]
struct Node<'c> {
    own: Vec<&'c Change>,
    /// A property whose nested changes lie in its items or values.
    collection: bool,
    children: IndexMap<(Group, String), Node<'c>>,
}

impl<'c> Node<'c> {
    fn insert(&mut self, steps: Vec<Step>, change: &'c Change) {
        let mut node = self;
        for step in steps {
            let (key, collection) = match step {
                Step::Parameter(name) => ((Group::Parameters, name), false),
                Step::Response(status) => ((Group::Responses, status), false),
                Step::Header(name) => ((Group::Headers, name), false),
                Step::Property { name, collection } => ((Group::Properties, name), collection),
            };
            node = node.children.entry(key).or_default();
            node.collection |= collection;
        }
        node.own.push(change);
    }

    fn group(&self, group: Group) -> impl Iterator<Item = (&String, &Node<'c>)> {
        self.children
            .iter()
            .filter(move |((g, _), _)| *g == group)
            .map(|((_, name), node)| (name, node))
    }

    fn has(&self, group: Group) -> bool {
        self.group(group).next().is_some()
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

    /// `{ "#name", <labels> }`.
    fn entry(name: &str, node: &Node<'_>) -> Value {
        let mut entry = Map::new();
        entry.insert("#name".into(), Value::String(name.to_owned()));
        node.labels(&mut entry);
        Value::Object(entry)
    }

    /// A parameter or response: its labels, `$headers`, `$properties`.
    fn schema(&self) -> Value {
        let mut out = Map::new();
        self.labels(&mut out);
        if self.has(Group::Headers) {
            let headers = self
                .group(Group::Headers)
                .map(|(name, header)| Self::entry(name, header))
                .collect();
            out.insert("$headers".into(), Value::Array(headers));
        }
        if self.has(Group::Properties) {
            out.insert("$properties".into(), self.properties());
        }
        Value::Object(out)
    }

    /// `$properties` of a body, a response or an array's items.
    fn properties(&self) -> Value {
        if self.group(Group::Properties).all(|(_, c)| c.own.is_empty()) {
            Value::Object(
                self.group(Group::Properties)
                    .map(|(name, child)| (name.clone(), child.nested()))
                    .collect(),
            )
        } else {
            self.list()
        }
    }

    /// The changes below an object-valued property: entries and one-key
    /// objects.
    fn list(&self) -> Value {
        let mut items = Vec::new();
        for (name, child) in self.group(Group::Properties) {
            if !child.own.is_empty() {
                items.push(Self::entry(name, child));
            }
            if child.has(Group::Properties) {
                items.push(Value::Object(Map::from_iter([(
                    name.clone(),
                    child.nested(),
                )])));
            }
        }
        Value::Array(items)
    }

    /// A property's nested changes: a list, or `{ "$properties" }` for a
    /// collection.
    fn nested(&self) -> Value {
        if self.collection {
            Value::Object(Map::from_iter([(
                "$properties".to_owned(),
                self.properties(),
            )]))
        } else {
            self.list()
        }
    }
}

/// The "Changes" JSON of one operation.
pub(crate) fn changes_block(op: &OperationDiff<'_>) -> Value {
    let mut root = Node::default();
    for change in &op.changes {
        root.insert(steps(op, change), change);
    }
    let mut out = Map::new();
    out.insert("#id".into(), Value::String(op.id().to_owned()));
    root.labels(&mut out);
    for (group, key) in [
        (Group::Parameters, "$parameters"),
        (Group::Responses, "$responses"),
    ] {
        if root.has(group) {
            let children = root
                .group(group)
                .map(|(name, child)| (name.clone(), child.schema()))
                .collect();
            out.insert(key.into(), Value::Object(children));
        }
    }
    Value::Object(out)
}
