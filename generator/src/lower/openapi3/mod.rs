//! The OpenAPI 3 front end: an `"openapi": "3.0.x"` or `"3.1.x"` document's
//! `info`, `components`, `servers` and security schemes lowered into the
//! same IR as Swagger 2.0, its paths through [`operation`].
//!
//! What Swagger spells otherwise maps onto what the IR already holds:
//! `components/schemas` are Swagger's `definitions` (lowered first, in
//! order), the first server's URL with its variables is an
//! `x-ms-parameterized-host`, and `securitySchemes` are
//! `securityDefinitions` (an HTTP bearer token is an OAuth2 token). What
//! the IR has no place for (webhooks, callbacks, links, servers after the
//! first) is a located [`SpecWarning`](crate::spec::SpecWarning).

mod operation;

use crate::ir::{
    Api, Constraints, HostTemplate, ParamLocation, ParamScope, Parameter, RustName, Scalar,
    SecurityScheme, TypeRef,
};
use crate::lower::schema::description;
use crate::lower::{Dialect, Info, Lowerer};
use crate::naming;
use crate::spec::{Node, Result};

/// Lowers an OpenAPI 3.0 or 3.1 document (`root`) into the IR.
pub(super) fn lower<'a>(lowerer: &mut Lowerer<'a>, root: &Node<'a>) -> Result<Api> {
    let version = root
        .get("openapi")
        .and_then(|v| v.value.as_str().map(|s| (v.clone(), s)));
    lowerer.dialect = match version {
        Some((_, v)) if v.starts_with("3.0") => Dialect::OpenApi30,
        Some((_, v)) if v.starts_with("3.1") => Dialect::OpenApi31,
        _ => {
            let at = root.get("openapi").unwrap_or_else(|| root.clone());
            return Err(at.error(format!(
                "expected an OpenAPI 3.0 or 3.1 document (\"openapi\": \"3.0.x\" or \"3.1.x\"), found {}",
                at.value
            )));
        }
    };
    let info = Info::of(root)?;
    if let Some(webhooks) = root.get("webhooks") {
        lowerer.warnings.push(webhooks.warning(
            "webhooks are requests the service sends, not operations of a client: not generated",
        ));
    }

    // Named schemas first, in spec order, as Swagger's `definitions`.
    if let Some(components) = root.get("components") {
        for (_, schema) in components.entries_of("schemas")? {
            lowerer.named_schema(schema)?;
        }
    }
    let host = lowerer.servers(root)?;
    let security = lowerer.security_schemes(root)?;
    let operations = lowerer.openapi3_operations(root)?;
    // OpenAPI 3 has no document-wide media types: each operation lists
    // its own.
    Ok(lowerer.api(info, host, security, (Vec::new(), Vec::new()), operations))
}

impl<'a> Lowerer<'a> {
    /// The first of `servers` as a host template: a URL with a scheme is
    /// Swagger's `schemes` + `host` + `basePath`; one without (Azure's
    /// `{endpoint}/openai/v1`) a template used as is, as
    /// `x-ms-parameterized-host` with `useSchemePrefix: false`. Each
    /// variable is a client parameter substituted unencoded, as OpenAPI 3
    /// substitutes server variables.
    fn servers(&mut self, root: &Node<'a>) -> Result<HostTemplate> {
        let servers = root.items_of("servers")?;
        for extra in servers.iter().skip(1) {
            self.warnings.push(extra.warning(
                "only the first server is the client's endpoint: this one is not generated",
            ));
        }
        let Some(server) = servers.first() else {
            return Ok(HostTemplate {
                template: String::new(),
                use_scheme_prefix: true,
                schemes: Vec::new(),
                base_path: None,
                parameters: Vec::new(),
            });
        };
        let url = server
            .str("url")?
            .ok_or_else(|| server.error("server without \"url\""))?;
        let mut parameters = Vec::new();
        for (name, variable) in server.entries_of("variables")? {
            parameters.push(Parameter {
                wire_name: name.to_owned(),
                name: RustName {
                    rust: naming::field_name(name),
                    client: name.to_owned(),
                },
                location: ParamLocation::Path,
                required: true,
                ty: TypeRef::Scalar(Scalar::String { format: None }),
                collection_format: None,
                default: variable
                    .get("default")
                    .filter(|d| d.value.as_str().is_some_and(|s| !s.is_empty()))
                    .map(|d| d.value.clone()),
                skip_url_encoding: true,
                scope: ParamScope::Client,
                group: None,
                client_request_id: false,
                api_version: false,
                constant: None,
                nullable: false,
                header_collection_prefix: None,
                constraints: Constraints::default(),
                description: description(&variable)?,
                pointer: variable.pointer.clone(),
            });
        }
        Ok(match url.split_once("://") {
            Some((scheme, rest)) => {
                let (host, path) = match rest.find('/') {
                    Some(at) => (&rest[..at], Some(&rest[at..])),
                    None => (rest, None),
                };
                HostTemplate {
                    template: host.to_owned(),
                    use_scheme_prefix: true,
                    schemes: vec![scheme.to_owned()],
                    base_path: path.filter(|p| *p != "/").map(str::to_owned),
                    parameters,
                }
            }
            // A URL relative to where the document was served from.
            None if url.starts_with('/') => HostTemplate {
                template: String::new(),
                use_scheme_prefix: true,
                schemes: Vec::new(),
                base_path: Some(url.to_owned()).filter(|p| p != "/"),
                parameters,
            },
            None => HostTemplate {
                template: url.to_owned(),
                use_scheme_prefix: false,
                schemes: Vec::new(),
                base_path: None,
                parameters,
            },
        })
    }

    /// The schemes `security` asks for, from `components/securitySchemes`,
    /// in the order of the requirements, each once.
    fn security_schemes(&mut self, root: &Node<'a>) -> Result<Vec<SecurityScheme>> {
        let schemes = root
            .get("components")
            .and_then(|c| c.get("securitySchemes"));
        let mut out = Vec::new();
        for requirement in root.items_of("security")? {
            for (name, scopes_node) in requirement.entries()? {
                let Some(definition) = schemes.as_ref().and_then(|d| d.get(name)) else {
                    return Err(requirement.error(format!(
                        "security names '{name}', which is not in components/securitySchemes"
                    )));
                };
                let definition = self.specs.resolve(definition)?;
                let scopes: Vec<String> = scopes_node
                    .value
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                let scheme = match definition.str("type")? {
                    Some("oauth2") => SecurityScheme::OAuth2 {
                        name: name.to_owned(),
                        scopes: if scopes.is_empty() {
                            flow_scopes(&definition)?
                        } else {
                            scopes
                        },
                    },
                    Some("apiKey") => SecurityScheme::ApiKey {
                        name: name.to_owned(),
                        parameter: definition.str("name")?.unwrap_or_default().to_owned(),
                        location: definition.str("in")?.unwrap_or("header").to_owned(),
                    },
                    Some("http") => match definition.str("scheme")?.map(str::to_ascii_lowercase) {
                        Some(s) if s == "basic" => SecurityScheme::Basic {
                            name: name.to_owned(),
                        },
                        // `Authorization: Bearer <token>`: what azure_core's
                        // bearer token policy sends for a token credential.
                        Some(s) if s == "bearer" => {
                            if scopes.is_empty() {
                                self.warnings.push(definition.warning(
                                    "an HTTP bearer scheme names no scope: the client asks its credential for a token without one",
                                ));
                            }
                            SecurityScheme::OAuth2 {
                                name: name.to_owned(),
                                scopes,
                            }
                        }
                        other => {
                            return Err(definition.error(format!(
                                "unsupported HTTP authentication scheme {other:?}: expected basic or bearer"
                            )))
                        }
                    },
                    other => {
                        return Err(definition.error(format!(
                            "unsupported security scheme type {other:?}: expected oauth2, apiKey or http"
                        )))
                    }
                };
                if !out.contains(&scheme) {
                    out.push(scheme);
                }
            }
        }
        Ok(out)
    }
}

/// The scopes an OAuth2 scheme's flows declare, in order, each once.
fn flow_scopes(definition: &Node<'_>) -> Result<Vec<String>> {
    let mut scopes: Vec<String> = Vec::new();
    for (_, flow) in definition.entries_of("flows")? {
        for (scope, _) in flow.entries_of("scopes")? {
            if !scopes.iter().any(|s| s == scope) {
                scopes.push(scope.to_owned());
            }
        }
    }
    Ok(scopes)
}
