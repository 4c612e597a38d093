//! Swagger 2.0 path items → [`Operation`]s: parameters (`body` and
//! `formData` ones make the request body), responses, paging, long-running
//! behaviour and examples.

use std::collections::HashSet;

use heck::ToUpperCamelCase;

use crate::ir::{
    CollectionFormat, HttpMethod, Operation, ParamLocation, Parameter, PathTemplate, RequestBody,
    Response, ResponseHeader, RustName, Scalar, StatusCode, TypeRef,
};
use crate::lower::operation::{
    assemble, dedupe_parameter_names, form_body, name_methods, operation_id, parameter_group,
    parameter_scope, parse_path, OperationParts, ParameterHead, ParameterType,
};
use crate::lower::schema::description;
use crate::lower::Lowerer;
use crate::naming;
use crate::spec::{Node, Result};

impl<'a> Lowerer<'a> {
    pub(in crate::lower) fn operations(
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
        let (id, group, name) = operation_id(node, ctx.method, &ctx.path)?;
        let type_context = id.to_upper_camel_case();

        // Operation-level parameters replace path-level ones with the same
        // name and location.
        let merged = self.merged_parameters(ctx.shared, node)?;

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
            body = Some(form_body(form_fields, None));
        }
        dedupe_parameter_names(&mut parameters);

        let mut responses = Vec::new();
        let several_bodies = node.entries_of("responses")?.len() > 1;
        for (status, response) in node.entries_of("responses")? {
            responses.push(self.response(status, &response, &type_context, several_bodies)?);
        }

        let consumes = match node.get("consumes") {
            Some(_) => node.strings("consumes")?,
            None => ctx.consumes.to_vec(),
        };
        let produces = match node.get("produces") {
            Some(_) => node.strings("produces")?,
            None => ctx.produces.to_vec(),
        };

        assemble(
            node,
            OperationParts {
                id,
                group,
                name,
                method: ctx.method,
                path: ctx.path,
                parameters,
                body,
                consumes,
                produces,
                responses,
            },
        )
    }

    /// A non-body parameter. `host` marks `x-ms-parameterized-host`
    /// parameters, which are always client-level.
    pub(in crate::lower) fn parameter(
        &mut self,
        node: &Node<'a>,
        type_context: &str,
        host: bool,
    ) -> Result<Parameter> {
        let head = ParameterHead::read(
            self,
            node,
            &[
                ("path", ParamLocation::Path),
                ("query", ParamLocation::Query),
                ("header", ParamLocation::Header),
                ("formData", ParamLocation::FormData),
                ("body", ParamLocation::Body),
            ],
        )?;
        let p = head.node.clone();
        let context = head.type_context(type_context);
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
        let (api_version, scope) =
            parameter_scope(&p, &head.wire_name, head.location, host, head.is_global)?;
        let required = p.bool("required")?.unwrap_or(false) || head.location == ParamLocation::Path;
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
        head.finish(ParameterType {
            ty,
            required,
            collection_format,
            default: p.get("default").map(|d| d.value.clone()),
            skip_url_encoding: p.bool("x-ms-skip-url-encoding")?.unwrap_or(false),
            scope,
            api_version,
            constant,
            nullable: p.bool("x-nullable")?.unwrap_or(false),
            constraints: crate::lower::schema::constraints(&p)?,
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
            xml: self.xml(&schema)?,
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
        let (body, xml) = match r.get("schema") {
            Some(schema) => (
                Some(self.schema_type(&schema, &context)?),
                self.xml(&schema)?,
            ),
            None => (None, None),
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
            let header_collection_prefix =
                h.str("x-ms-header-collection-prefix")?.map(str::to_owned);
            // Every header with the prefix, keyed by the rest of its name.
            let ty = match header_collection_prefix {
                Some(_) => TypeRef::Map(Box::new(ty)),
                None => ty,
            };
            headers.push(ResponseHeader {
                wire_name: wire.to_owned(),
                name: RustName {
                    rust: naming::unique(naming::field_name(&client), &mut taken),
                    client,
                },
                ty,
                nullable: h.bool("x-nullable")?.unwrap_or(false),
                header_collection_prefix,
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
            xml,
            headers,
            is_error,
            events: None,
        })
    }
}

/// What an operation inherits from its path item and the API.
struct OperationContext<'s, 'a> {
    method: HttpMethod,
    path: PathTemplate,
    shared: &'s [Node<'a>],
    consumes: &'s [String],
    produces: &'s [String],
}
