//! Path items → [`Operation`]s: parameters, request body, responses, paging,
//! long-running behaviour and examples.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;
use indexmap::IndexMap;

use super::schema::description;
use super::Lowerer;
use crate::ir::{
    CollectionFormat, HttpMethod, LongRunning, Operation, Pageable, ParamLocation, ParamScope,
    Parameter, PathSegment, PathTemplate, RequestBody, Response, ResponseHeader, RustName, Scalar,
    StatusCode, TypeRef,
};
use crate::naming;
use crate::spec::{Node, Result};

impl<'a> Lowerer<'a> {
    pub(super) fn operations(
        &mut self,
        root: &Node<'a>,
        consumes: &[String],
        produces: &[String],
    ) -> Result<Vec<Operation>> {
        let mut operations = Vec::new();
        for section in ["paths", "x-ms-paths"] {
            for (path_key, item) in root.entries_of(section)? {
                let item = self.specs.resolve(item)?;
                let path = parse_path(&item, path_key)?;
                let shared = item.items_of("parameters")?;
                for (key, op) in item.entries()? {
                    let Some(method) = HttpMethod::from_key(key) else {
                        continue;
                    };
                    let ctx = OperationContext {
                        method,
                        path: path.clone(),
                        shared: &shared,
                        consumes,
                        produces,
                    };
                    operations.push(self.operation(&op, ctx)?);
                }
            }
        }
        name_methods(&mut operations);
        Ok(operations)
    }

    fn operation(&mut self, node: &Node<'a>, ctx: OperationContext<'_, 'a>) -> Result<Operation> {
        let id = match node.str("operationId")? {
            Some(id) => id.to_owned(),
            // Rare, but legal Swagger: name it after the method and path.
            None => format!(
                "{}{}",
                ctx.method.as_str().to_lowercase(),
                ctx.path.template
            )
            .replace(['/', '{', '}', '-', '.'], "_"),
        };
        let (group, name) = match id.split_once('_') {
            Some((g, n)) if !g.is_empty() && !n.is_empty() => (Some(g.to_owned()), n.to_owned()),
            _ => (None, id.clone()),
        };
        let type_context = id.to_upper_camel_case();

        // Operation-level parameters replace path-level ones with the same
        // name and location.
        let mut merged: IndexMap<(String, String), Node<'a>> = IndexMap::new();
        for p in ctx
            .shared
            .iter()
            .cloned()
            .chain(node.items_of("parameters")?)
        {
            let resolved = self.specs.resolve(p.clone())?;
            let key = (
                resolved.str("name")?.unwrap_or_default().to_owned(),
                resolved.str("in")?.unwrap_or_default().to_owned(),
            );
            merged.insert(key, p);
        }

        let mut parameters = Vec::new();
        let mut body = None;
        let mut form_fields = Vec::new();
        for p in merged.values() {
            let resolved = self.specs.resolve(p.clone())?;
            let group = parameter_group(&resolved, &type_context)?;
            if resolved.str("in")? == Some("body") {
                body = Some(RequestBody {
                    group,
                    ..self.body(&resolved, &type_context)?
                });
                continue;
            }
            let mut param = self.parameter(p, &type_context, false)?;
            param.group = group;
            if param.location == ParamLocation::FormData {
                form_fields.push(param);
            } else {
                parameters.push(param);
            }
        }
        if !form_fields.is_empty() {
            body = Some(RequestBody {
                name: RustName {
                    client: "form".to_owned(),
                    rust: "form".to_owned(),
                },
                required: form_fields.iter().any(|f| f.required),
                ty: TypeRef::Any,
                description: None,
                form_fields,
                group: None,
            });
        }
        dedupe_parameter_names(&mut parameters);

        let mut responses = Vec::new();
        let several_bodies = node.entries_of("responses")?.len() > 1;
        for (status, response) in node.entries_of("responses")? {
            responses.push(self.response(status, &response, &type_context, several_bodies)?);
        }

        let pageable = match node.get("x-ms-pageable") {
            None => None,
            Some(p) => Some(Pageable {
                item_name: p.str("itemName")?.unwrap_or("value").to_owned(),
                next_link_name: p.str("nextLinkName")?.map(str::to_owned),
                next_operation: p.str("operationName")?.map(str::to_owned),
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
        let consumes = match node.get("consumes") {
            Some(_) => node.strings("consumes")?,
            None => ctx.consumes.to_vec(),
        };
        let produces = match node.get("produces") {
            Some(_) => node.strings("produces")?,
            None => ctx.produces.to_vec(),
        };

        Ok(Operation {
            rust_name: String::new(),
            id,
            group,
            name,
            method: ctx.method,
            path: ctx.path,
            pointer: node.pointer.clone(),
            summary: node.str("summary")?.map(str::to_owned),
            description: node.str("description")?.map(str::to_owned),
            tags: node.strings("tags")?,
            deprecated: node.bool("deprecated")?.unwrap_or(false),
            parameters,
            body,
            consumes,
            produces,
            responses,
            pageable,
            long_running,
            request_id_header: node.str("x-ms-request-id")?.map(str::to_owned),
            examples,
        })
    }

    /// A non-body parameter. `host` marks `x-ms-parameterized-host`
    /// parameters, which are always client-level.
    pub(super) fn parameter(
        &mut self,
        node: &Node<'a>,
        type_context: &str,
        host: bool,
    ) -> Result<Parameter> {
        let is_global = node.reference()?.is_some();
        let p = self.specs.resolve(node.clone())?;
        let wire_name = p
            .str("name")?
            .ok_or_else(|| p.error("parameter without \"name\""))?
            .to_owned();
        let location = match p.str("in")? {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("formData") => ParamLocation::FormData,
            Some("body") => ParamLocation::Body,
            other => {
                return Err(p.error(format!(
                    "parameter \"in\" is {}: expected path, query, header, formData or body",
                    other.map_or("missing".to_owned(), |o| format!("'{o}'"))
                )))
            }
        };
        let client = p.str("x-ms-client-name")?.unwrap_or(&wire_name).to_owned();
        let context = format!("{type_context}{}", client.to_upper_camel_case());
        let ty = if p.get("schema").is_some() && p.get("type").is_none() {
            // Not Swagger 2.0, but some specs give non-body parameters a schema.
            self.schema_type(&p.get("schema").expect("checked above"), &context)?
        } else if p.get("type").is_none() {
            return Err(p.error("parameter without \"type\""));
        } else {
            self.schema_type(&p, &context)?
        }
        // A null item has no text form in a path, query or header.
        .non_null();
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
            None if is_global => ParamScope::Client,
            None => ParamScope::Method,
        };
        let required = p.bool("required")?.unwrap_or(false) || location == ParamLocation::Path;
        let collection_format = match (&ty, p.str("collectionFormat")?) {
            (TypeRef::Array(_), None) => Some(CollectionFormat::Csv),
            (TypeRef::Array(_), Some(f)) => Some(CollectionFormat::parse(f).ok_or_else(|| {
                p.error(format!(
                    "unknown collectionFormat '{f}': expected csv, ssv, tsv, pipes or multi"
                ))
            })?),
            _ => None,
        };
        let constant = match p.get("enum").and_then(|e| e.value.as_array().cloned()) {
            Some(values) if required && values.len() == 1 => values.into_iter().next(),
            _ => None,
        };
        Ok(Parameter {
            name: RustName {
                rust: naming::field_name(&client),
                client,
            },
            wire_name,
            location,
            required,
            ty,
            collection_format,
            default: p.get("default").map(|d| d.value.clone()),
            skip_url_encoding: p.bool("x-ms-skip-url-encoding")?.unwrap_or(false),
            scope,
            group: None,
            client_request_id: p.bool("x-ms-client-request-id")?.unwrap_or(false),
            api_version,
            constant,
            nullable: p.bool("x-nullable")?.unwrap_or(false),
            constraints: super::schema::constraints(&p)?,
            description: description(&p)?,
            pointer: p.pointer.clone(),
        })
    }

    fn body(&mut self, p: &Node<'a>, type_context: &str) -> Result<RequestBody> {
        let schema = p
            .get("schema")
            .ok_or_else(|| p.error("body parameter without \"schema\""))?;
        let client = p
            .str("x-ms-client-name")?
            .or(p.str("name")?)
            .unwrap_or("body")
            .to_owned();
        Ok(RequestBody {
            ty: self.schema_type(&schema, &format!("{type_context}Body"))?,
            name: RustName {
                rust: naming::field_name(&client),
                client,
            },
            required: p.bool("required")?.unwrap_or(false),
            description: description(p)?,
            form_fields: Vec::new(),
            group: None,
        })
    }

    fn response(
        &mut self,
        status: &str,
        node: &Node<'a>,
        type_context: &str,
        several: bool,
    ) -> Result<Response> {
        let status_code = match status {
            "default" => StatusCode::Default,
            code => StatusCode::Code(code.parse().map_err(|_| {
                node.error(format!(
                    "response key '{code}' is not a status code: expected a number or \"default\""
                ))
            })?),
        };
        let r = self.specs.resolve(node.clone())?;
        let context = if several {
            format!("{type_context}Response{}", status.to_upper_camel_case())
        } else {
            format!("{type_context}Response")
        };
        let body = match r.get("schema") {
            Some(schema) => Some(self.schema_type(&schema, &context)?),
            None => None,
        };
        let mut headers = Vec::new();
        let mut taken = HashSet::new();
        for (wire, header) in r.entries_of("headers")? {
            let h = self.specs.resolve(header)?;
            let client = h.str("x-ms-client-name")?.unwrap_or(wire).to_owned();
            let ty_name = h.str("type")?.unwrap_or("string");
            let ty = if ty_name == "array" || h.get("enum").is_some() {
                self.schema_type(&h, &format!("{context}{}", wire.to_upper_camel_case()))?
            } else {
                TypeRef::Scalar(
                    Scalar::from_type_format(ty_name, h.str("format")?)
                        .ok_or_else(|| h.error(format!("unsupported header type '{ty_name}'")))?,
                )
            };
            headers.push(ResponseHeader {
                wire_name: wire.to_owned(),
                name: RustName {
                    rust: naming::unique(naming::field_name(&client), &mut taken),
                    client,
                },
                ty,
                nullable: h.bool("x-nullable")?.unwrap_or(false),
                description: description(&h)?,
            });
        }
        let is_error = r.bool("x-ms-error-response")?.unwrap_or(match status_code {
            StatusCode::Default => true,
            StatusCode::Code(c) => c >= 400,
        });
        Ok(Response {
            status: status_code,
            description: description(&r)?,
            body,
            headers,
            is_error,
        })
    }
}

/// `x-ms-parameter-grouping` of a parameter: the group's `name`, else the
/// operation's name followed by `postfix` (default `Parameters`), as
/// AutoRest names it.
fn parameter_group(p: &Node<'_>, type_context: &str) -> Result<Option<String>> {
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

/// What an operation inherits from its path item and the API.
struct OperationContext<'s, 'a> {
    method: HttpMethod,
    path: PathTemplate,
    shared: &'s [Node<'a>],
    consumes: &'s [String],
    produces: &'s [String],
}

/// Names the methods: snake_case of the `operationId`, without its group
/// where the group says nothing the rest does not: when every operation
/// shares one group (TypeSpec's `Batch_ListPools`, `Batch_GetPool`), or when
/// the rest names the group's resource (`Nodes_ListNodes` → `list_nodes`,
/// `Pools_ListPoolNodeCounts` → `list_pool_node_counts`; but `Pool_Get`
/// stays `pool_get`). A shortened name that two operations would share is
/// not shortened.
fn name_methods(operations: &mut [Operation]) {
    let first_group = operations.first().and_then(|o| o.group.clone());
    let one_group = operations.len() > 1 && operations.iter().all(|o| o.group == first_group);
    let short = |op: &Operation| match &op.group {
        Some(group) if one_group || names_resource(&op.name, group) => naming::field_name(&op.name),
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
fn parse_path(item: &Node<'_>, key: &str) -> Result<PathTemplate> {
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
fn dedupe_parameter_names(parameters: &mut [Parameter]) {
    // Optional parameters are fields of an options struct that has this
    // field of its own.
    let mut taken = HashSet::from([naming::METHOD_OPTIONS_FIELD.to_owned()]);
    for p in parameters {
        p.name.rust = naming::unique(std::mem::take(&mut p.name.rust), &mut taken);
    }
}
