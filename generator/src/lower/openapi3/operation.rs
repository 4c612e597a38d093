//! OpenAPI 3 path items → [`Operation`]s: parameters with `schema`,
//! `style` and `explode`; `requestBody` with its media types (form ones
//! become form fields, as Swagger's `formData`); responses with `content`
//! and header schemas; paging, long-running behaviour and examples from the
//! same `x-ms-*` extensions as Swagger.

use heck::ToUpperCamelCase;

use crate::ir::{
    CollectionFormat, Events, Framing, HttpMethod, Operation, ParamLocation, ParamScope, Parameter,
    PathTemplate, RequestBody, Response, ResponseHeader, RustName, Scalar, StatusCode, TypeRef,
};
use crate::lower::operation::{
    assemble, dedupe_parameter_names, form_body, name_methods, operation_id, parameter_group,
    parameter_scope, parse_path, OperationParts, ParameterHead, ParameterType,
};
use crate::lower::schema::{constraints_in, description};
use crate::lower::Lowerer;
use crate::naming;
use crate::spec::{Node, Result};

/// Media types whose body is a set of named fields.
const FORM_MEDIA_TYPES: [&str; 2] = ["multipart/form-data", "application/x-www-form-urlencoded"];

impl<'a> Lowerer<'a> {
    pub(super) fn openapi3_operations(&mut self, root: &Node<'a>) -> Result<Vec<Operation>> {
        let mut operations = Vec::new();
        for section in ["paths", "x-ms-paths"] {
            for (path_key, item) in root.entries_of(section)? {
                let item = self.specs.resolve(item)?;
                let path = parse_path(&item, path_key)?;
                let shared = item.items_of("parameters")?;
                if let Some(servers) = item.get("servers") {
                    self.warnings.push(servers.warning(
                        "servers of a path are not generated: its operations use the document's first server",
                    ));
                }
                for (key, op) in item.entries()? {
                    let Some(method) = HttpMethod::from_key(key) else {
                        if key == "trace" {
                            self.warnings
                                .push(op.warning("TRACE operations are not generated"));
                        }
                        continue;
                    };
                    operations.push(self.openapi3_operation(&op, method, path.clone(), &shared)?);
                }
            }
        }
        name_methods(&mut operations);
        Ok(operations)
    }

    fn openapi3_operation(
        &mut self,
        node: &Node<'a>,
        method: HttpMethod,
        path: PathTemplate,
        shared: &[Node<'a>],
    ) -> Result<Operation> {
        let (id, group, name) = operation_id(node, method, &path)?;
        let type_context = id.to_upper_camel_case();
        if let Some(callbacks) = node.get("callbacks") {
            self.warnings.push(callbacks.warning(
                "callbacks are requests the service sends, not operations of a client: not generated",
            ));
        }

        let merged = self.merged_parameters(shared, node)?;
        let mut parameters = Vec::new();
        for p in merged.values() {
            let resolved = self.specs.resolve(p.clone())?;
            if resolved.str("in")? == Some("cookie") {
                self.warnings.push(
                    resolved.warning(
                        "cookie parameters are not generated: the client sends no cookies",
                    ),
                );
                continue;
            }
            let mut param = self.openapi3_parameter(p, &type_context)?;
            param.group = parameter_group(&resolved, &type_context)?;
            parameters.push(param);
        }
        dedupe_parameter_names(&mut parameters);

        let (body, consumes) = match node.get("requestBody") {
            Some(request) => self.request_body(&request, &type_context)?,
            None => (None, Vec::new()),
        };

        let mut responses = Vec::new();
        let mut produces: Vec<String> = Vec::new();
        let entries = node.entries_of("responses")?;
        let several_bodies = entries.len() > 1;
        for (status, response) in entries {
            let status_code = match status {
                "default" => StatusCode::Default,
                code => match code.parse() {
                    Ok(code) => StatusCode::Code(code),
                    Err(_) if is_status_range(code) => {
                        self.warnings.push(response.warning(format!(
                            "the status range '{code}' is not generated: list its codes, or use \"default\""
                        )));
                        continue;
                    }
                    Err(_) => {
                        return Err(response.error(format!(
                            "response key '{code}' is not a status code: expected a number, a range such as 2XX, or \"default\""
                        )))
                    }
                },
            };
            let (response, media) = self.openapi3_response(
                status_code,
                status,
                &response,
                &type_context,
                several_bodies,
            )?;
            for m in media {
                if !produces.contains(&m) {
                    produces.push(m);
                }
            }
            responses.push(response);
        }

        assemble(
            node,
            OperationParts {
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
            },
        )
    }

    /// A path, query or header parameter: its type is its `schema` (or the
    /// schema of its one `content` media type), an array's separator comes
    /// from `style` and `explode`.
    fn openapi3_parameter(&mut self, node: &Node<'a>, type_context: &str) -> Result<Parameter> {
        let head = ParameterHead::read(
            self,
            node,
            &[
                ("path", ParamLocation::Path),
                ("query", ParamLocation::Query),
                ("header", ParamLocation::Header),
            ],
        )?;
        let p = head.node.clone();
        let location = head.location;
        let schema = match (p.get("schema"), p.get("content")) {
            (Some(schema), _) => schema,
            (None, Some(content)) => match content.entries()?.as_slice() {
                [(_, media)] => media
                    .get("schema")
                    .ok_or_else(|| media.error("parameter media type without \"schema\""))?,
                _ => {
                    return Err(
                        content.error("a parameter's \"content\" must hold exactly one media type")
                    )
                }
            },
            (None, None) => {
                return Err(p.error("parameter without \"schema\" or \"content\""));
            }
        };
        let target = self.specs.resolve(schema.clone())?;
        let context = head.type_context(type_context);
        // A null item has no text form in a path, query or header.
        let ty = self.schema_type(&schema, &context)?.non_null();
        let (api_version, scope) =
            parameter_scope(&p, &head.wire_name, location, false, head.is_global)?;
        let required = p.bool("required")?.unwrap_or(false) || location == ParamLocation::Path;
        let collection_format = match &ty {
            TypeRef::Array(_) => Some(collection_format(&p, location)?),
            _ => None,
        };
        let constant = match target.get("enum").and_then(|e| e.value.as_array().cloned()) {
            Some(values) if required && values.len() == 1 => values.into_iter().next(),
            None if required => target.value.get("const").cloned(),
            _ => None,
        };
        head.finish(ParameterType {
            ty,
            required,
            collection_format,
            default: target.get("default").map(|d| d.value.clone()),
            skip_url_encoding: p.bool("x-ms-skip-url-encoding")?.unwrap_or(false)
                || p.bool("allowReserved")?.unwrap_or(false),
            scope,
            api_version,
            constant,
            nullable: p.bool("x-nullable")?.unwrap_or(false) || self.null_allowed(&target)?,
            constraints: constraints_in(self.dialect, &target)?,
        })
    }

    /// The request body and the media types it may be sent as. A form
    /// media type (multipart or URL-encoded) sends the schema's properties
    /// as fields, as Swagger's `formData` parameters; any other sends the
    /// schema of the preferred media type (JSON when offered).
    fn request_body(
        &mut self,
        node: &Node<'a>,
        type_context: &str,
    ) -> Result<(Option<RequestBody>, Vec<String>)> {
        let request = self.specs.resolve(node.clone())?;
        let content = request.entries_of("content")?;
        let consumes: Vec<String> = content.iter().map(|(m, _)| (*m).to_owned()).collect();
        let Some((media, chosen)) = preferred_media(&content) else {
            return Ok((None, consumes));
        };
        let required = request.bool("required")?.unwrap_or(false);
        let group = parameter_group(&request, type_context)?;
        if FORM_MEDIA_TYPES.contains(&media.to_ascii_lowercase().as_str()) {
            let json_fields = self.json_encoded_fields(chosen)?;
            let form_fields = match chosen.get("schema") {
                Some(schema) => self.form_fields(&schema, type_context, &json_fields)?,
                None => Vec::new(),
            };
            return Ok((Some(form_body(form_fields, group)), consumes));
        }
        let ty = match chosen.get("schema") {
            Some(schema) => self.schema_type(&schema, &format!("{type_context}Body"))?,
            None => untyped_body(media),
        };
        let client = request
            .str("x-ms-client-name")?
            .or(request.str("x-ms-requestBody-name")?)
            .unwrap_or("body")
            .to_owned();
        let body = RequestBody {
            ty,
            name: RustName {
                rust: naming::field_name(&client),
                client,
            },
            required,
            description: description(&request)?,
            form_fields: Vec::new(),
            group,
            xml: None,
        };
        Ok((Some(body), consumes))
    }

    /// The form properties whose `encoding` names a JSON `contentType`:
    /// each is one part holding the whole value as a JSON document, an
    /// array too (TypeSpec's `HttpPart<Address[]>`), where an array's
    /// items are otherwise a part each. What else an encoding says
    /// (`headers`, `style`, another content type) is not generated: a
    /// located warning.
    fn json_encoded_fields(&mut self, media: &Node<'a>) -> Result<Vec<&'a str>> {
        let mut json = Vec::new();
        for (field, node) in media.entries_of("encoding")? {
            let content_type = node.str("contentType")?.unwrap_or_default();
            let media_type = content_type
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            let is_json = media_type == "application/json" || media_type.ends_with("+json");
            if is_json {
                json.push(field);
            }
            // A wildcard or absent content type is the default one.
            let default = media_type.is_empty() || media_type.contains('*');
            let other_keys = node.entries()?.iter().any(|(key, _)| *key != "contentType");
            if other_keys || !(is_json || default) {
                self.warnings.push(node.warning(
                    "only a JSON contentType of a part's encoding is generated: the field is sent with its default content type",
                ));
            }
        }
        Ok(json)
    }

    /// The properties of a form's object schema, each a field;
    /// `json_fields` are sent as one JSON part each.
    fn form_fields(
        &mut self,
        schema: &Node<'a>,
        type_context: &str,
        json_fields: &[&str],
    ) -> Result<Vec<Parameter>> {
        let object = self.specs.resolve(schema.clone())?;
        let required = object.strings("required")?;
        let mut fields = Vec::new();
        for (wire, property) in object.entries_of("properties")? {
            let target = self.specs.resolve(property.clone())?;
            let client = property.str("x-ms-client-name")?.unwrap_or(wire).to_owned();
            let context = format!("{type_context}{}", client.to_upper_camel_case());
            let ty = self.schema_type(&property, &context)?.non_null();
            // Each item of an array is a part (or pair) of its own, but
            // for an array encoded as one JSON part.
            let collection_format = (matches!(ty, TypeRef::Array(_))
                && !json_fields.contains(&wire))
            .then_some(CollectionFormat::Multi);
            fields.push(Parameter {
                name: RustName {
                    rust: naming::field_name(&client),
                    client,
                },
                wire_name: wire.to_owned(),
                location: ParamLocation::FormData,
                required: required.iter().any(|r| r == wire),
                ty,
                collection_format,
                default: target.get("default").map(|d| d.value.clone()),
                skip_url_encoding: false,
                scope: ParamScope::Method,
                group: None,
                client_request_id: false,
                api_version: false,
                constant: None,
                nullable: self.null_allowed(&target)?,
                header_collection_prefix: None,
                constraints: constraints_in(self.dialect, &target)?,
                description: description(&property)?.or(description(&target)?),
                pointer: target.pointer.clone(),
            });
        }
        Ok(fields)
    }

    /// One response and the media types it may come as.
    fn openapi3_response(
        &mut self,
        status: StatusCode,
        key: &str,
        node: &Node<'a>,
        type_context: &str,
        several: bool,
    ) -> Result<(Response, Vec<String>)> {
        let r = self.specs.resolve(node.clone())?;
        let context = if several {
            format!("{type_context}Response{}", key.to_upper_camel_case())
        } else {
            format!("{type_context}Response")
        };
        if let Some(links) = r.get("links") {
            self.warnings.push(
                links.warning("links between operations are not generated: follow them by hand"),
            );
        }
        let content = r.entries_of("content")?;
        let media: Vec<String> = content.iter().map(|(m, _)| (*m).to_owned()).collect();
        // A streamed media type (`text/event-stream`, JSON Lines) gives the
        // type of the stream's items; the others, the one-document body.
        let (streamed, documents): (Vec<_>, Vec<_>) = content
            .iter()
            .cloned()
            .partition(|(m, _)| Framing::of(m).is_some());
        let body = match preferred_media(&documents) {
            None => None,
            Some((media, chosen)) => match chosen.get("schema") {
                Some(schema) => Some(self.schema_type(&schema, &context)?),
                None => Some(untyped_body(media)),
            },
        };
        let events = match streamed.first() {
            None => None,
            Some((media, chosen)) => Some(Events {
                framing: Framing::of(media).unwrap_or(Framing::ServerSentEvents),
                item: match chosen.get("schema") {
                    Some(schema) => self.schema_type(&schema, &format!("{context}Event"))?,
                    None => TypeRef::Scalar(Scalar::String { format: None }),
                },
            }),
        };
        let mut headers = Vec::new();
        let mut taken = std::collections::HashSet::new();
        for (wire, header) in r.entries_of("headers")? {
            let h = self.specs.resolve(header)?;
            let client = h.str("x-ms-client-name")?.unwrap_or(wire).to_owned();
            let (ty, nullable) = match h.get("schema") {
                Some(schema) => {
                    let target = self.specs.resolve(schema.clone())?;
                    let ty = self.schema_type(
                        &schema,
                        &format!("{context}{}", wire.to_upper_camel_case()),
                    )?;
                    (ty, self.null_allowed(&target)?)
                }
                None => (TypeRef::Scalar(Scalar::String { format: None }), false),
            };
            headers.push(ResponseHeader {
                wire_name: wire.to_owned(),
                name: RustName {
                    rust: naming::unique(naming::field_name(&client), &mut taken),
                    client,
                },
                ty,
                nullable: nullable || h.bool("x-nullable")?.unwrap_or(false),
                header_collection_prefix: None,
                description: description(&h)?,
            });
        }
        let is_error = r.bool("x-ms-error-response")?.unwrap_or(match status {
            StatusCode::Default => true,
            StatusCode::Code(c) => c >= 400,
        });
        let response = Response {
            status,
            description: description(&r)?,
            body,
            xml: None,
            headers,
            is_error,
            events,
        };
        Ok((response, media))
    }
}

/// The media type whose schema a body takes: JSON when offered (a streamed
/// alternative such as `text/event-stream` is listed in the operation's
/// media types), else the first.
fn preferred_media<'c, 'a>(content: &'c [(&'a str, Node<'a>)]) -> Option<&'c (&'a str, Node<'a>)> {
    content
        .iter()
        .find(|(m, _)| {
            let m = m.to_ascii_lowercase();
            m == "application/json" || m.ends_with("+json")
        })
        .or_else(|| content.first())
}

/// A body given without a schema: bytes, unless it is JSON.
fn untyped_body(media: &str) -> TypeRef {
    if media.to_ascii_lowercase().contains("json") {
        TypeRef::Any
    } else {
        TypeRef::Scalar(Scalar::Binary)
    }
}

/// `2XX`, `4XX`...: a range of statuses.
fn is_status_range(key: &str) -> bool {
    let bytes = key.as_bytes();
    bytes.len() == 3
        && (b'1'..=b'5').contains(&bytes[0])
        && bytes[1..].iter().all(|b| b.eq_ignore_ascii_case(&b'x'))
}

/// How an array parameter is written (OpenAPI 3's `style` and `explode`,
/// defaulting by location: `form` with `explode` for a query, `simple`
/// elsewhere), as the IR's Swagger collection formats.
fn collection_format(p: &Node<'_>, location: ParamLocation) -> Result<CollectionFormat> {
    let style = p.str("style")?.unwrap_or(match location {
        ParamLocation::Query => "form",
        _ => "simple",
    });
    let explode = p.bool("explode")?.unwrap_or(style == "form");
    Ok(match style {
        "form" if explode => CollectionFormat::Multi,
        "form" | "simple" => CollectionFormat::Csv,
        "spaceDelimited" => CollectionFormat::Ssv,
        "pipeDelimited" => CollectionFormat::Pipes,
        other => {
            let at = p.get("style").unwrap_or_else(|| p.clone());
            return Err(at.error(format!(
                "parameter style '{other}' is not supported for an array: expected form, simple, spaceDelimited or pipeDelimited"
            )));
        }
    })
}
