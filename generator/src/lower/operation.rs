//! What operations have in common whatever the spec's format: their names
//! (`operationId` → group, name, Rust method), paths, parameter groups and
//! the `x-ms-*` extensions that make them pagers, long-running operations or
//! examples.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;
use indexmap::IndexMap;

use serde_json::Value;

use crate::ir::{
    BodyFormat, CollectionFormat, Constraints, Events, Framing, HttpMethod, LongRunning, Operation,
    Pageable, ParamLocation, ParamScope, Parameter, PathSegment, PathTemplate, RequestBody,
    Response, RustName, TypeRef,
};
use crate::lower::schema::description;
use crate::lower::Lowerer;
use crate::naming;
use crate::spec::{Node, Result};

/// `operationId` and its parts: the group before `_` and the name after.
pub(super) fn operation_id(
    node: &Node<'_>,
    method: HttpMethod,
    path: &PathTemplate,
) -> Result<(String, Option<String>, String)> {
    let id = match node.str("operationId")? {
        Some(id) => id.to_owned(),
        // Rare, but legal Swagger: name it after the method and path.
        None => format!("{}{}", method.as_str().to_lowercase(), path.template)
            .replace(['/', '{', '}', '-', '.'], "_"),
    };
    let (group, name) = match id.split_once('_') {
        Some((g, n)) if !g.is_empty() && !n.is_empty() => (Some(g.to_owned()), n.to_owned()),
        _ => (None, id.clone()),
    };
    Ok((id, group, name))
}

/// What a front end reads its own way from an operation object: its
/// identity, parameters, bodies and media types.
pub(super) struct OperationParts {
    pub(super) id: String,
    pub(super) group: Option<String>,
    pub(super) name: String,
    pub(super) method: HttpMethod,
    pub(super) path: PathTemplate,
    pub(super) parameters: Vec<Parameter>,
    pub(super) body: Option<RequestBody>,
    pub(super) consumes: Vec<String>,
    pub(super) produces: Vec<String>,
    pub(super) responses: Vec<Response>,
}

/// The [`Operation`] of `node` from the front end's `parts` and what an
/// operation object says alike in Swagger 2.0 and OpenAPI 3: its
/// documentation and the `x-ms-*` extensions that make it a pager, a
/// long-running operation or a set of examples.
pub(super) fn assemble(node: &Node<'_>, parts: OperationParts) -> Result<Operation> {
    let pageable = match node.get("x-ms-pageable") {
        None => None,
        Some(p) => Some(Pageable {
            item_name: p.str("itemName")?.unwrap_or("value").to_owned(),
            next_link_name: p.str("nextLinkName")?.map(str::to_owned),
            next_operation: p.str("operationName")?.map(str::to_owned),
            cursor: None,
        }),
    };
    let long_running = match node.bool("x-ms-long-running-operation")? {
        Some(true) => Some(LongRunning {
            final_state_via: match node.get("x-ms-long-running-operation-options") {
                Some(o) => o.str("final-state-via")?.map(str::to_owned),
                None => None,
            },
        }),
        _ => None,
    };
    let mut examples = IndexMap::new();
    for (title, example) in node.entries_of("x-ms-examples")? {
        if let Some(r) = example.reference()? {
            examples.insert(title.to_owned(), r.to_owned());
        }
    }
    let OperationParts {
        id,
        group,
        name,
        method,
        path,
        parameters,
        body,
        consumes,
        produces,
        responses,
    } = parts;
    let request_format = BodyFormat::of(&consumes);
    let response_format = BodyFormat::of(&produces);
    let responses = streamed_bodies(responses, &produces);
    Ok(Operation {
        rust_name: String::new(),
        id,
        group,
        name,
        method,
        path,
        pointer: node.pointer.clone(),
        summary: node.str("summary")?.map(str::to_owned),
        description: node.str("description")?.map(str::to_owned),
        tags: node.strings("tags")?,
        deprecated: node.bool("deprecated")?.unwrap_or(false),
        parameters,
        body,
        consumes,
        produces,
        request_format,
        response_format,
        responses,
        pageable,
        long_running,
        request_id_header: node.str("x-ms-request-id")?.map(str::to_owned),
        examples,
    })
}

/// What a parameter object says alike in Swagger 2.0 and OpenAPI 3: its
/// wire name, location, client name and documentation. Each front end
/// types it its own way and [`finish`](Self::finish)es it.
pub(super) struct ParameterHead<'a> {
    /// The parameter object, `$ref` resolved.
    pub(super) node: Node<'a>,
    /// Whether it was a `$ref` to a document-wide parameter.
    pub(super) is_global: bool,
    pub(super) wire_name: String,
    pub(super) location: ParamLocation,
    /// `x-ms-client-name`, else the wire name.
    pub(super) client: String,
}

/// What a front end reads its own way from a parameter object.
pub(super) struct ParameterType {
    pub(super) ty: TypeRef,
    pub(super) required: bool,
    pub(super) collection_format: Option<CollectionFormat>,
    pub(super) default: Option<Value>,
    pub(super) skip_url_encoding: bool,
    pub(super) scope: ParamScope,
    pub(super) api_version: bool,
    pub(super) constant: Option<Value>,
    pub(super) nullable: bool,
    pub(super) constraints: Constraints,
}

impl<'a> ParameterHead<'a> {
    /// Reads `node`; `locations` are the `in` values the dialect allows.
    pub(super) fn read(
        lowerer: &Lowerer<'a>,
        node: &Node<'a>,
        locations: &[(&str, ParamLocation)],
    ) -> Result<Self> {
        let is_global = node.reference()?.is_some();
        let p = lowerer.specs.resolve(node.clone())?;
        let wire_name = p
            .str("name")?
            .ok_or_else(|| p.error("parameter without \"name\""))?
            .to_owned();
        let location = p.str("in")?;
        let Some(&(_, location)) = locations.iter().find(|(name, _)| Some(*name) == location)
        else {
            let names: Vec<&str> = locations.iter().map(|(name, _)| *name).collect();
            let expected = match names.split_last() {
                Some((last, [])) => (*last).to_owned(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => "nothing".to_owned(),
            };
            return Err(p.error(format!(
                "parameter \"in\" is {}: expected {expected}",
                location.map_or("missing".to_owned(), |o| format!("'{o}'")),
            )));
        };
        let client = p.str("x-ms-client-name")?.unwrap_or(&wire_name).to_owned();
        Ok(ParameterHead {
            node: p,
            is_global,
            wire_name,
            location,
            client,
        })
    }

    /// The name of an anonymous type in its schema: the operation's type
    /// name, then the parameter's.
    pub(super) fn type_context(&self, operation: &str) -> String {
        format!("{operation}{}", self.client.to_upper_camel_case())
    }

    /// The IR parameter, typed by the front end.
    pub(super) fn finish(self, typed: ParameterType) -> Result<Parameter> {
        let p = self.node;
        let header_collection_prefix = match self.location {
            ParamLocation::Header => p.str("x-ms-header-collection-prefix")?.map(str::to_owned),
            _ => None,
        };
        // A header collection sends each entry as a header of its own.
        let ty = match header_collection_prefix {
            Some(_) => TypeRef::Map(Box::new(typed.ty)),
            None => typed.ty,
        };
        Ok(Parameter {
            name: RustName {
                rust: naming::field_name(&self.client),
                client: self.client,
            },
            wire_name: self.wire_name,
            location: self.location,
            required: typed.required,
            ty,
            collection_format: typed.collection_format,
            default: typed.default,
            skip_url_encoding: typed.skip_url_encoding,
            scope: typed.scope,
            group: None,
            client_request_id: p.bool("x-ms-client-request-id")?.unwrap_or(false),
            api_version: typed.api_version,
            constant: typed.constant,
            nullable: typed.nullable,
            header_collection_prefix,
            constraints: typed.constraints,
            description: description(&p)?,
            pointer: p.pointer.clone(),
        })
    }
}

/// A request body sent as form fields (Swagger's `formData` parameters,
/// an OpenAPI 3 multipart or URL-encoded schema's properties): required
/// when any field is.
pub(super) fn form_body(form_fields: Vec<Parameter>, group: Option<String>) -> RequestBody {
    RequestBody {
        name: RustName {
            client: "form".to_owned(),
            rust: "form".to_owned(),
        },
        required: form_fields.iter().any(|f| f.required),
        ty: TypeRef::Any,
        description: None,
        form_fields,
        group,
        xml: None,
    }
}

/// `x-ms-parameter-grouping` of a parameter: the group's `name`, else the
/// operation's name followed by `postfix` (default `Parameters`), as
/// AutoRest names it.
pub(super) fn parameter_group(p: &Node<'_>, type_context: &str) -> Result<Option<String>> {
    let Some(grouping) = p.get("x-ms-parameter-grouping") else {
        return Ok(None);
    };
    Ok(Some(match grouping.str("name")? {
        Some(name) => name.to_owned(),
        None => format!(
            "{type_context}{}",
            grouping
                .str("postfix")?
                .unwrap_or("Parameters")
                .to_upper_camel_case()
        ),
    }))
}

impl<'a> Lowerer<'a> {
    /// The parameters of an operation: those of its path item (`shared`),
    /// then its own, an own one replacing a shared one of the same name and
    /// location, in that place.
    pub(super) fn merged_parameters(
        &self,
        shared: &[Node<'a>],
        operation: &Node<'a>,
    ) -> Result<IndexMap<(String, String), Node<'a>>> {
        let mut merged: IndexMap<(String, String), Node<'a>> = IndexMap::new();
        for p in shared
            .iter()
            .cloned()
            .chain(operation.items_of("parameters")?)
        {
            let resolved = self.specs.resolve(p.clone())?;
            let key = (
                resolved.str("name")?.unwrap_or_default().to_owned(),
                resolved.str("in")?.unwrap_or_default().to_owned(),
            );
            merged.insert(key, p);
        }
        Ok(merged)
    }
}

/// Whether a parameter is the client's `api-version`, and whether it is set
/// on the client or per call (`x-ms-parameter-location`). Host parameters
/// are always the client's; `global` ones (defined once for the whole spec,
/// reached by `$ref`) are unless they say otherwise.
pub(super) fn parameter_scope(
    p: &Node<'_>,
    wire_name: &str,
    location: ParamLocation,
    host: bool,
    global: bool,
) -> Result<(bool, ParamScope)> {
    // `x-ms-api-version: false` marks an `api-version` query parameter
    // that is the method's own (Azure special properties' local "2.0"),
    // not the client's.
    let api_version = p
        .bool("x-ms-api-version")?
        .unwrap_or(wire_name == "api-version" && location == ParamLocation::Query);
    let scope = match p.str("x-ms-parameter-location")? {
        _ if host || api_version => ParamScope::Client,
        Some("client") => ParamScope::Client,
        Some("method") => ParamScope::Method,
        Some(other) => {
            return Err(p.error(format!(
                "x-ms-parameter-location is '{other}': expected client or method"
            )))
        }
        None if global => ParamScope::Client,
        None => ParamScope::Method,
    };
    Ok((api_version, scope))
}

/// Names the methods: snake_case of the `operationId`, without its group
/// where the group says nothing the rest does not: when every operation
/// shares one group (TypeSpec's `Batch_ListPools`, `Batch_GetPool`), or when
/// the group is a collection whose resource some of its operations name
/// (`Nodes_ListNodes` → `list_nodes`, `Pools_ListPoolNodeCounts` →
/// `list_pool_node_counts`). Siblings in such a group drop it too
/// (`Pools_RemoveNodes` → `remove_nodes` beside `resize_pool`), unless
/// the rest is one bare word (`Pools_Get` stays `pools_get`: `get` alone says
/// nothing of what it gets). A singular group (`Pool_Get`) keeps it. A
/// shortened name that two operations would share is not shortened.
pub(super) fn name_methods(operations: &mut [Operation]) {
    let first_group = operations.first().and_then(|o| o.group.clone());
    let one_group = operations.len() > 1 && operations.iter().all(|o| o.group == first_group);
    let dropping: HashSet<String> = operations
        .iter()
        .filter_map(|op| {
            let group = op.group.as_ref()?;
            names_resource(&op.name, group).then(|| group.clone())
        })
        .collect();
    let short = |op: &Operation| match &op.group {
        Some(group)
            if one_group
                || names_resource(&op.name, group)
                || (dropping.contains(group) && !is_one_word(&op.name)) =>
        {
            naming::field_name(&op.name)
        }
        _ => naming::field_name(&op.id),
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for op in operations.iter() {
        *counts.entry(short(op)).or_default() += 1;
    }
    let mut taken = HashSet::new();
    for op in operations.iter_mut() {
        let base = short(op);
        let base = if counts[&base] > 1 {
            naming::field_name(&op.id)
        } else {
            base
        };
        op.rust_name = naming::unique(base, &mut taken);
    }
}

/// Whether an operation name is a single word (`Get`, `list`).
fn is_one_word(name: &str) -> bool {
    !naming::field_name(name).contains('_')
}

/// Whether an operation name (`ListPoolNodeCounts`) holds the resource of
/// its group, a plural (`Pools`), in the singular (`Pool`) as a whole word.
/// A singular group (hand-written `Job_ListFromJobSchedule`) names no
/// collection to drop.
fn names_resource(name: &str, group: &str) -> bool {
    let Some(singular) = group
        .strip_suffix('s')
        .filter(|s| !s.is_empty() && !s.ends_with('s'))
    else {
        return false;
    };
    name.match_indices(singular).any(|(at, _)| {
        let end = at + singular.len();
        let starts_word =
            at == 0 || name[..at].ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit());
        let ends_word = name[end..]
            .chars()
            .next()
            .is_none_or(|c| c.is_ascii_uppercase() || c == 's' || c.is_ascii_digit());
        starts_word && ends_word
    })
}

/// Splits `/pools/{poolId}/nodes` into segments; an `x-ms-paths` key's
/// `?a=b&c` part becomes fixed query parameters.
pub(super) fn parse_path(item: &Node<'_>, key: &str) -> Result<PathTemplate> {
    let (template, query) = match key.split_once('?') {
        Some((t, q)) => (t, Some(q)),
        None => (key, None),
    };
    let mut segments = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map(|c| open + c).ok_or_else(|| {
            item.error(format!("path '{key}' has a '{{' without a matching '}}'"))
        })?;
        if open > 0 {
            segments.push(PathSegment::Literal(rest[..open].to_owned()));
        }
        segments.push(PathSegment::Param(rest[open + 1..close].to_owned()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_owned()));
    }
    let fixed_query = query
        .map(|q| {
            q.split('&')
                .filter(|kv| !kv.is_empty())
                .map(|kv| match kv.split_once('=') {
                    Some((k, v)) => (k.to_owned(), v.to_owned()),
                    None => (kv.to_owned(), String::new()),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(PathTemplate {
        template: template.to_owned(),
        segments,
        fixed_query,
    })
}

/// Two wire names can map to one Rust argument; later ones get a number.
pub(super) fn dedupe_parameter_names(parameters: &mut [Parameter]) {
    // Optional parameters are fields of an options struct that has this
    // field of its own.
    let mut taken = HashSet::from([naming::METHOD_OPTIONS_FIELD.to_owned()]);
    for p in parameters {
        p.name.rust = naming::unique(std::mem::take(&mut p.name.rust), &mut taken);
    }
}

/// The responses of an operation that only streams (every media type it
/// produces frames items the same way, as Swagger's one schema per response
/// says for `produces: [text/event-stream]`), each success body become its
/// stream's item. An OpenAPI 3 response names its streamed media type
/// itself: its front end fills [`Response::events`] already.
fn streamed_bodies(mut responses: Vec<Response>, produces: &[String]) -> Vec<Response> {
    let framings: Vec<Option<Framing>> = produces.iter().map(|m| Framing::of(m)).collect();
    let Some(Some(framing)) = framings.first().copied() else {
        return responses;
    };
    if framings.iter().any(|f| *f != Some(framing)) {
        return responses;
    }
    for response in responses
        .iter_mut()
        .filter(|r| !r.is_error && r.events.is_none())
    {
        if let Some(item) = response.body.take() {
            response.events = Some(Events { framing, item });
        }
    }
    responses
}
