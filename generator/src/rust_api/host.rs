//! How a client is told where its service is: the constructor's
//! `endpoint`, the host template's other parameters (constructor arguments,
//! or client options holding the spec's default) and the template itself.
//!
//! A spec gives its service's location as a fixed `host` (the user's
//! `endpoint` replaces it, for proxies and sovereign clouds), as an
//! `x-ms-parameterized-host` template that is one URL parameter plus fixed
//! text (`{endpoint}`, `{Endpoint}/language`: `endpoint` again, the text
//! appended), or as a template with other parameters (`{endpoint}/indexes('{indexName}')`,
//! `{geography}.atlas.microsoft.com`, `{accountName}.{dnsSuffix}`): then
//! every parameter is asked for and the URL is the template spelled with
//! their values.

use crate::ir::{Api, Parameter, PathSegment};

/// Where a client sends its requests, decided once per module.
pub(crate) struct Host<'a> {
    /// Whether the constructor takes `endpoint: &str`: the spec has a fixed
    /// host or none, or its template starts with a parameter whose value is
    /// a whole URL (`useSchemePrefix: false`).
    pub endpoint: bool,
    /// The template parameter the `endpoint` argument fills, if any.
    pub endpoint_parameter: Option<&'a Parameter>,
    /// The template's other parameters without a default: constructor
    /// arguments (`&str`) after `endpoint`, in the spec's order.
    pub arguments: Vec<HostInput<'a>>,
    /// The template's parameters with a default: fields of the client's
    /// options holding it.
    pub defaults: Vec<HostInput<'a>>,
    /// The template cut into text and parameters, when the URL is spelled
    /// from it; `None` when `endpoint` plus [`Self::base_path`] is the URL.
    pub template: Option<Vec<PathSegment>>,
    /// `useSchemePrefix`: the scheme written before the template.
    pub scheme: Option<String>,
    /// What the client appends to the URL: `basePath`, and for an
    /// `endpoint` template the text after its parameter.
    pub base_path: String,
}

/// A host template parameter the user sets.
pub(crate) struct HostInput<'a> {
    /// The argument's or options field's name.
    pub name: String,
    /// The template's parameter.
    pub parameter: &'a Parameter,
}

/// Names the constructor already uses (its other arguments, the options'
/// fields); a host parameter of the same name gets `_` appended.
const TAKEN: &[&str] = &[
    "endpoint",
    "credential",
    "key",
    "options",
    "api_version",
    "client_options",
];

impl<'a> Host<'a> {
    /// The decisions for `api`.
    pub(crate) fn of(api: &'a Api) -> Self {
        let host = &api.host;
        let segments = cut(&host.template);
        let param = |name: &str| host.parameters.iter().find(|p| p.wire_name == name);
        // A template that starts with a parameter and no scheme before it:
        // that parameter's value is the URL (`https://svc.example.com`).
        let endpoint_parameter = match segments.first() {
            Some(PathSegment::Param(name)) if !host.use_scheme_prefix => param(name),
            _ => None,
        };
        let mut arguments = Vec::new();
        let mut defaults = Vec::new();
        for segment in &segments {
            let PathSegment::Param(name) = segment else {
                continue;
            };
            let Some(p) = param(name) else { continue };
            if endpoint_parameter.is_some_and(|e| std::ptr::eq(e, p))
                || arguments
                    .iter()
                    .chain(&defaults)
                    .any(|i: &HostInput<'_>| std::ptr::eq(i.parameter, p))
            {
                continue;
            }
            let mut name = p.name.rust.clone();
            if TAKEN.contains(&name.as_str()) {
                name.push('_');
            }
            let input = HostInput { name, parameter: p };
            if p.default.is_some() {
                defaults.push(input);
            } else {
                arguments.push(input);
            }
        }
        let base = host.base_path.as_deref().unwrap_or("");
        let spelled = !arguments.is_empty()
            || !defaults.is_empty()
            || (endpoint_parameter.is_none() && !host.parameters.is_empty());
        if !spelled {
            // The endpoint's own text, then what follows it.
            let path: String = match endpoint_parameter {
                Some(_) => segments
                    .iter()
                    .skip(1)
                    .map(|s| match s {
                        PathSegment::Literal(text) => text.as_str(),
                        PathSegment::Param(_) => "",
                    })
                    .collect(),
                // A fixed host: the user's endpoint replaces it entirely.
                None => String::new(),
            };
            let path = joined(&path, base);
            return Self {
                endpoint: true,
                endpoint_parameter,
                arguments,
                defaults,
                template: None,
                scheme: None,
                base_path: path.trim_end_matches('/').to_owned(),
            };
        }
        let scheme = host.use_scheme_prefix.then(|| scheme(&host.schemes));
        Self {
            endpoint: endpoint_parameter.is_some(),
            endpoint_parameter,
            arguments,
            defaults,
            template: Some(segments),
            scheme,
            base_path: base.trim_end_matches('/').to_owned(),
        }
    }

    /// The user-set input filling template parameter `name`, if any.
    pub(crate) fn input(&self, name: &str) -> Option<&HostInput<'a>> {
        self.arguments
            .iter()
            .chain(&self.defaults)
            .find(|i| i.parameter.wire_name == name)
    }
}

/// The scheme a template is prefixed with: `https` when the spec allows it,
/// else its first; `http` when it names none (as AutoRest reads such a
/// spec: Swagger's default is the scheme the spec was fetched with).
pub(crate) fn scheme(schemes: &[String]) -> String {
    if schemes.iter().any(|s| s == "https") {
        "https".to_owned()
    } else {
        schemes
            .first()
            .map_or_else(|| "http".to_owned(), Clone::clone)
    }
}

/// A template cut at `{name}` placeholders.
fn cut(template: &str) -> Vec<PathSegment> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            out.push(PathSegment::Literal(rest[..start].to_owned()));
        }
        out.push(PathSegment::Param(rest[start + 1..start + len].to_owned()));
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(PathSegment::Literal(rest.to_owned()));
    }
    out
}

/// The path a client sends before an operation's path, with template
/// parameters erased (`/indexes('{}')/api`): what the differ compares with
/// the operation's path, so that moving text between `basePath`, the host
/// template and the paths changes nothing when the URLs stay the same.
pub(crate) fn path_prefix(api: &Api) -> String {
    let host = &api.host;
    let mut segments = cut(&host.template);
    // A leading URL parameter (`{endpoint}`) holds the scheme and host.
    if !host.use_scheme_prefix && matches!(segments.first(), Some(PathSegment::Param(_))) {
        segments.remove(0);
    }
    // Else the host runs to the first `/` after any scheme.
    let mut prefix = String::new();
    let mut in_path = false;
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            PathSegment::Literal(text) if !in_path => {
                let text = match text.split_once("://") {
                    Some((_, rest)) if i == 0 => rest,
                    _ => text.as_str(),
                };
                if let Some(at) = text.find('/') {
                    in_path = true;
                    prefix.push_str(&text[at..]);
                }
            }
            PathSegment::Literal(text) => prefix.push_str(text),
            PathSegment::Param(_) if in_path => prefix.push_str("{}"),
            PathSegment::Param(_) => {}
        }
    }
    joined(&prefix, host.base_path.as_deref().unwrap_or(""))
        .trim_end_matches('/')
        .to_owned()
}

/// `path` then `more`, with one `/` between them where both have one.
fn joined(path: &str, more: &str) -> String {
    if more.starts_with('/') {
        format!("{}{more}", path.trim_end_matches('/'))
    } else {
        format!("{path}{more}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_cut_at_their_parameters() {
        assert_eq!(
            cut("{endpoint}/indexes('{indexName}')"),
            [
                PathSegment::Param("endpoint".into()),
                PathSegment::Literal("/indexes('".into()),
                PathSegment::Param("indexName".into()),
                PathSegment::Literal("')".into()),
            ]
        );
        assert_eq!(
            cut("management.azure.com"),
            [PathSegment::Literal("management.azure.com".into())]
        );
        assert_eq!(cut(""), []);
    }

    fn api(template: &str, prefix: bool, params: &[(&str, Option<&str>)]) -> Api {
        let parameter = |(name, default): &(&str, Option<&str>)| Parameter {
            wire_name: (*name).to_owned(),
            name: crate::ir::RustName {
                client: (*name).to_owned(),
                rust: crate::naming::field_name(name),
            },
            location: crate::ir::ParamLocation::Path,
            required: true,
            ty: crate::ir::TypeRef::string(),
            collection_format: None,
            default: default.map(|d| serde_json::Value::String(d.to_owned())),
            skip_url_encoding: false,
            scope: crate::ir::ParamScope::Client,
            group: None,
            client_request_id: false,
            api_version: false,
            constant: None,
            nullable: false,
            header_collection_prefix: None,
            constraints: Default::default(),
            description: None,
            pointer: String::new(),
        };
        Api {
            title: String::new(),
            description: None,
            api_version: String::new(),
            host: crate::ir::HostTemplate {
                template: template.to_owned(),
                use_scheme_prefix: prefix,
                schemes: vec![],
                base_path: Some("/api/".to_owned()),
                parameters: params.iter().map(parameter).collect(),
            },
            security: vec![],
            consumes: vec![],
            produces: vec![],
            operations: vec![],
            models: Default::default(),
            enums: Default::default(),
        }
    }

    #[test]
    fn an_endpoint_with_fixed_text_is_the_endpoint_and_a_base_path() {
        let batch = api("{endpoint}/batch/", false, &[("endpoint", None)]);
        let host = Host::of(&batch);
        assert!(host.endpoint && host.template.is_none());
        assert_eq!(host.base_path, "/batch/api");
        assert_eq!(path_prefix(&batch), "/batch/api");
        // A fixed host is replaced by the user's endpoint.
        let fixed = api("example.com", true, &[]);
        assert_eq!(Host::of(&fixed).base_path, "/api");
        assert_eq!(path_prefix(&fixed), "/api");
    }

    #[test]
    fn other_parameters_are_arguments_or_defaults() {
        let index = api(
            "{endpoint}/indexes('{indexName}')",
            false,
            &[("endpoint", None), ("indexName", None)],
        );
        let host = Host::of(&index);
        assert!(host.endpoint && host.template.is_some());
        let names: Vec<&str> = host.arguments.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["index_name"]);
        assert_eq!(path_prefix(&index), "/indexes('{}')/api");
        let account = api(
            "{accountName}.{dnsSuffix}",
            true,
            &[
                ("accountName", None),
                ("dnsSuffix", Some("lake.example.net")),
            ],
        );
        let host = Host::of(&account);
        assert!(!host.endpoint);
        assert_eq!(host.scheme.as_deref(), Some("http"));
        assert_eq!(host.arguments[0].name, "account_name");
        assert_eq!(host.defaults[0].name, "dns_suffix");
        assert_eq!(path_prefix(&account), "/api");
        // A parameter named like the constructor's own inputs is renamed.
        let clash = api("{credential}.example.com", true, &[("credential", None)]);
        assert_eq!(Host::of(&clash).arguments[0].name, "credential_");
    }

    #[test]
    fn https_is_preferred() {
        assert_eq!(scheme(&[]), "http");
        assert_eq!(scheme(&["http".into(), "https".into()]), "https");
        assert_eq!(scheme(&["http".into()]), "http");
    }
}
