//! The Swagger 2.0 front end: a `"swagger": "2.0"` document's `info`,
//! `definitions`, host (`host`/`basePath` or `x-ms-parameterized-host`),
//! security definitions and paths ([`operation`]) lowered into the IR.

mod operation;

use crate::ir::{Api, HostTemplate, ParamLocation, SecurityScheme};
use crate::lower::{Info, Lowerer};
use crate::spec::{Node, Result};

/// Lowers a Swagger 2.0 document (`root`) into the IR.
pub(super) fn lower<'a>(lowerer: &mut Lowerer<'a>, root: &Node<'a>) -> Result<Api> {
    let swagger = root.str("swagger")?;
    if swagger != Some("2.0") {
        return Err(root.error(format!(
            "expected a Swagger 2.0 document (\"swagger\": \"2.0\"), found {}",
            swagger.map_or("no \"swagger\" field".to_owned(), |v| format!(
                "\"swagger\": \"{v}\""
            ))
        )));
    }
    let info = Info::of(root)?;
    let consumes = root.strings("consumes")?;
    let produces = root.strings("produces")?;

    // Named definitions first, in spec order, so the IR lists models the
    // way the spec does and subtypes reached only through `allOf` exist.
    for (_, definition) in root.entries_of("definitions")? {
        lowerer.named_schema(definition)?;
    }
    let host = lowerer.host(root)?;
    let security = security(root)?;
    let operations = lowerer.operations(root, &consumes, &produces)?;
    Ok(lowerer.api(info, host, security, (consumes, produces), operations))
}

impl<'a> Lowerer<'a> {
    fn host(&mut self, root: &Node<'a>) -> Result<HostTemplate> {
        let schemes = root.strings("schemes")?;
        if let Some(parameterized) = root.get("x-ms-parameterized-host") {
            let template = parameterized
                .str("hostTemplate")?
                .ok_or_else(|| parameterized.error("missing \"hostTemplate\""))?
                .to_owned();
            let use_scheme_prefix = parameterized.bool("useSchemePrefix")?.unwrap_or(true);
            let mut parameters = Vec::new();
            for param in parameterized.items_of("parameters")? {
                let mut p = self.parameter(&param, "Client", true)?;
                p.scope = crate::ir::ParamScope::Client;
                if p.location != ParamLocation::Path {
                    return Err(
                        param.error("x-ms-parameterized-host parameters must be \"in\": \"path\"")
                    );
                }
                parameters.push(p);
            }
            return Ok(HostTemplate {
                template,
                use_scheme_prefix,
                schemes,
                base_path: root.str("basePath")?.map(str::to_owned),
                parameters,
            });
        }
        Ok(HostTemplate {
            template: root.str("host")?.unwrap_or_default().to_owned(),
            use_scheme_prefix: true,
            schemes,
            base_path: root.str("basePath")?.map(str::to_owned),
            parameters: Vec::new(),
        })
    }
}

fn security(root: &Node<'_>) -> Result<Vec<SecurityScheme>> {
    let definitions = root.get("securityDefinitions");
    let mut out = Vec::new();
    for requirement in root.items_of("security")? {
        for (name, scopes_node) in requirement.entries()? {
            let Some(definition) = definitions.as_ref().and_then(|d| d.get(name)) else {
                return Err(requirement.error(format!(
                    "security names '{name}', which is not in securityDefinitions"
                )));
            };
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
                        definition
                            .entries_of("scopes")?
                            .into_iter()
                            .map(|(k, _)| k.to_owned())
                            .collect()
                    } else {
                        scopes
                    },
                },
                Some("apiKey") => SecurityScheme::ApiKey {
                    name: name.to_owned(),
                    parameter: definition.str("name")?.unwrap_or_default().to_owned(),
                    location: definition.str("in")?.unwrap_or("header").to_owned(),
                },
                Some("basic") => SecurityScheme::Basic {
                    name: name.to_owned(),
                },
                other => {
                    return Err(definition.error(format!(
                    "unsupported security scheme type {other:?}: expected oauth2, apiKey or basic"
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
