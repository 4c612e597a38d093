//! A crate's CHANGELOG as the Azure SDK for Rust keeps it: "Release
//! History", one section per release with `Features Added`, `Breaking
//! Changes`, `Bugs Fixed` and `Other Changes`, naming Rust items.
//!
//! The entries are the differ's Rust verdicts between the crate's
//! api-version modules, each said of the Rust item it touches: a method
//! (`BatchClient::get_pool`), a field of a model (`BatchPool::vm_size`),
//! a response header. A change found through several operations (a model
//! they share) is listed once. The wire-level changelog stays in
//! `API-CHANGES.md` and `cargo xtask diff`.

use std::collections::BTreeSet;

use super::change::{Change, ChangeKind, RustEffect, Segment};
use super::render::page::value_text;
use super::{Diff, OperationDiff};
use crate::ir::{Api, Operation, TypeRef};
use crate::rust_api::RustApi;

/// One api-version step of the crate: the modules and the diff between
/// them.
pub struct Step<'a> {
    /// The older module (`v2024_02_01`).
    pub old_module: String,
    /// The newer module (`v2025_06_01`).
    pub new_module: String,
    /// The newer module's cargo feature.
    pub new_feature: String,
    /// Whether the newer module is the crate's default.
    pub new_is_default: bool,
    /// The diff of the two modules' specs.
    pub diff: Diff<'a>,
}

/// The release history of a crate at `version` (unreleased) whose client
/// is `client`, from its api-version steps, oldest first.
pub fn release_history(version: &str, client: &str, steps: &[Step<'_>]) -> String {
    let mut features = Vec::new();
    let mut breaking = Vec::new();
    let mut other = Vec::new();
    for step in steps.iter().rev() {
        let upgrade = format!(
            "Upgraded to api-version `{}`: module `{}` (feature `{}`{}). Code moving from \
             `{}` meets the changes below; `{}` stays as it was.",
            step.diff.new.api_version,
            step.new_module,
            step.new_feature,
            if step.new_is_default {
                ", the default"
            } else {
                ""
            },
            step.old_module,
            step.old_module,
        );
        other.push(upgrade);
        let verdicts = Verdicts::of(client, &step.diff);
        let prefix = |line: &String| format!("`{}`: {line}", step.new_module);
        features.extend(verdicts.additive.iter().map(prefix));
        breaking.extend(verdicts.breaking.iter().map(prefix));
    }
    let mut out = String::from("# Release History\n\n");
    out.push_str(&format!("## {version} (Unreleased)\n\n"));
    for (title, lines) in [
        ("Features Added", &features),
        ("Breaking Changes", &breaking),
        ("Bugs Fixed", &Vec::new()),
        ("Other Changes", &other),
    ] {
        out.push_str(&format!("### {title}\n\n"));
        for line in lines {
            out.push_str(&format!("- {line}\n"));
        }
        if !lines.is_empty() {
            out.push('\n');
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The Rust verdicts of one diff as lines, each once, in walk order.
struct Verdicts {
    breaking: Vec<String>,
    additive: Vec<String>,
}

impl Verdicts {
    fn of(client: &str, diff: &Diff<'_>) -> Self {
        let old_rust = RustApi::of(diff.old, client);
        let new_rust = RustApi::of(diff.new, client);
        let mut seen = BTreeSet::new();
        let mut verdicts = Verdicts {
            breaking: Vec::new(),
            additive: Vec::new(),
        };
        for op in &diff.operations {
            for change in &op.changes {
                let list = match change.rust {
                    RustEffect::Breaking => &mut verdicts.breaking,
                    RustEffect::Additive => &mut verdicts.additive,
                    RustEffect::None => continue,
                };
                let line = sentence(diff, &old_rust, &new_rust, op, change);
                if seen.insert(line.clone()) {
                    list.push(line);
                }
            }
        }
        for change in &diff.api_changes {
            let list = match change.rust {
                RustEffect::Breaking => &mut verdicts.breaking,
                RustEffect::Additive => &mut verdicts.additive,
                RustEffect::None => continue,
            };
            let line = format!(
                "{} at `{}`{}",
                what(change),
                super::change::path_string(&change.location),
                values(change)
            );
            if seen.insert(line.clone()) {
                list.push(line);
            }
        }
        verdicts
    }
}

/// `Client::method` of an operation on one side.
fn method_path(rust: &RustApi<'_>, op: &Operation) -> String {
    format!("{}::{}", rust.client, rust.method(op).name)
}

/// The line of one change: the Rust item, what happened, old → new.
fn sentence(
    diff: &Diff<'_>,
    old_rust: &RustApi<'_>,
    new_rust: &RustApi<'_>,
    op: &OperationDiff<'_>,
    change: &Change,
) -> String {
    let method = match (op.new, op.old) {
        (Some(new), _) => method_path(new_rust, new),
        (None, Some(old)) => method_path(old_rust, old),
        (None, None) => op.id().to_owned(),
    };
    match change.kind {
        ChangeKind::OperationAdded => return format!("Added `{method}`."),
        ChangeKind::OperationRemoved => return format!("Removed `{method}`."),
        _ => {}
    }
    // Removals are found on the old side, the rest on the new.
    let (api, operation) = match (change.new.is_none(), op.old, op.new) {
        (true, Some(old), _) => (diff.old, old),
        (_, _, Some(new)) => (diff.new, new),
        (_, Some(old), None) => (diff.old, old),
        (_, None, None) => return format!("`{method}`: {}{}", what(change), values(change)),
    };
    let item = item(api, operation, &change.location).unwrap_or_else(|| format!("`{method}`"));
    let item = if item.starts_with('`') {
        item
    } else {
        format!("{item} of `{method}`")
    };
    format!("{item}: {}{}", what(change), values(change))
}

/// The Rust item at `location` in `op`: a model's field (`` `BatchPool::id` ``),
/// a parameter, a response header; `None` for the method itself.
fn item(api: &Api, op: &Operation, location: &[Segment]) -> Option<String> {
    let mut ty: Option<TypeRef> = None;
    let mut found: Option<String> = None;
    let mut in_response = None;
    for segment in location {
        match segment {
            Segment::Parameter(name) => {
                let param = op.parameters.iter().find(|p| &p.wire_name == name);
                found = Some(format!(
                    "parameter `{}`",
                    param.map_or_else(|| crate::naming::field_name(name), |p| p.name.rust.clone())
                ));
                ty = param.map(|p| p.ty.clone());
            }
            Segment::Body => match in_response {
                Some(status) => {
                    let response = op.responses.iter().find(|r| r.status == status);
                    ty = response.and_then(|r| r.body.clone());
                    found = Some(format!("response {status} body"));
                }
                None => {
                    ty = op.body.as_ref().map(|b| b.ty.clone());
                    found = Some("request body".to_owned());
                }
            },
            Segment::Response(status) => {
                in_response = Some(*status);
                found = Some(format!("response {status}"));
            }
            Segment::Header(name) => {
                let header = op
                    .responses
                    .iter()
                    .flat_map(|r| &r.headers)
                    .find(|h| h.wire_name.eq_ignore_ascii_case(name));
                found = Some(format!(
                    "response header `{}()`",
                    header.map_or_else(|| crate::naming::field_name(name), |h| h.name.rust.clone())
                ));
            }
            Segment::Property(name) => {
                let owner = model_of(ty.as_ref()?)?;
                let model = api.models.get(&owner)?;
                let property = api
                    .all_properties(&owner)
                    .into_iter()
                    .find(|p| &p.wire_name == name)?;
                found = Some(format!("`{}::{}`", model.name.rust, property.name.rust));
                ty = Some(property.ty.clone());
            }
            Segment::Items | Segment::Values => {
                ty = match ty? {
                    TypeRef::Array(inner) | TypeRef::Map(inner) => Some(*inner),
                    TypeRef::Nullable(inner) => match *inner {
                        TypeRef::Array(inner) | TypeRef::Map(inner) => Some(*inner),
                        other => Some(other),
                    },
                    other => Some(other),
                };
            }
            Segment::Subtype(value) => {
                let sub = api
                    .models
                    .iter()
                    .find(|(_, m)| m.discriminator_value.as_deref() == Some(value.as_str()))?;
                found = Some(format!("`{}`", sub.1.name.rust));
                ty = Some(TypeRef::Model(sub.0.clone()));
            }
            Segment::AdditionalProperties | Segment::Security(_) | Segment::Definition(_) => {
                return found;
            }
        }
    }
    found
}

/// The model a type is, through `Nullable`.
fn model_of(ty: &TypeRef) -> Option<String> {
    match ty {
        TypeRef::Model(id) => Some(id.clone()),
        TypeRef::Nullable(inner) => model_of(inner),
        _ => None,
    }
}

/// What happened, in words.
fn what(change: &Change) -> String {
    use ChangeKind::*;
    let text = match change.kind {
        OperationAdded
        | ParameterAdded
        | BodyAdded
        | ResponseBodyAdded
        | PropertyAdded
        | ResponseAdded
        | HeaderAdded
        | AdditionalPropertiesAdded
        | SubtypeAdded
        | DefinitionAdded => "added",
        OperationRemoved
        | ParameterRemoved
        | BodyRemoved
        | PropertyRemoved
        | ResponseRemoved
        | HeaderRemoved
        | AdditionalPropertiesRemoved
        | SubtypeRemoved
        | DefinitionRemoved => "removed",
        ParameterRequired | BodyRequired | PropertyRequired => "required changed",
        TypeChanged | FormatChanged => "type changed",
        EnumValueAdded => "enum value added",
        EnumValueRemoved => "enum value removed",
        MethodRenamed => "method renamed",
        OptionsRenamed => "options struct renamed",
        ModelRenamed => "model renamed",
        EnumRenamed => "enum renamed",
        ParameterRenamed | PropertyRenamed | EnumValueRenamed | OperationRenamed => "renamed",
        ParameterGroupChanged => "moved between parameter groups",
        ArgumentOrderChanged => "arguments reordered",
        PageableChanged => "paging changed",
        LongRunningChanged => "long-running changed",
        PropertyBoxedChanged => "boxing changed",
        PropertyFlattenChanged => "flattening changed",
        EnumExtensibleChanged => "enum extensibility changed",
        XmlChanged => "XML spelling changed",
        _ => return change.kind.label().to_owned(),
    };
    text.to_owned()
}

/// ` (`old` → `new`)` where the change carries values.
fn values(change: &Change) -> String {
    match (&change.old, &change.new) {
        (Some(old), Some(new)) => {
            format!(" ({} → {})", value_text(Some(old)), value_text(Some(new)))
        }
        _ => String::new(),
    }
}
