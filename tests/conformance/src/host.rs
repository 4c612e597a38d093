//! Where an example's request must go, read from the spec file itself (not
//! from the generator's IR, so that a client and its expectations cannot
//! share a mistake): the scheme, host and path prefix that the spec's
//! `host` and `basePath`, or its `x-ms-parameterized-host` template spelled
//! with the example's values (or the template parameters' defaults), give.
//!
//! Rules:
//!
//! * the scheme is `https` when the spec's `schemes` allow it, else its
//!   first, `http` when it names none (Swagger's default is the scheme the
//!   spec was fetched with; AutoRest reads it so); the harness serves HTTPS
//!   only, so a client that uses another scheme fails to connect;
//! * a template that starts with a parameter and has `useSchemePrefix:
//!   false` takes a whole URL there; an example value without a scheme
//!   (Batch's `account.region.batch.azure.com`) is given the spec's;
//! * a spec with neither `host` nor a template, or whose spelled URL does
//!   not parse (an example value such as `{endpoint}`), is served at the
//!   harness's own address, and the host is not checked.
//!
//! Every host name resolves to the harness server (see
//! [`crate::server::MockServer::start_for_host`]), whose certificate names
//! the expected host, so the client connects to the URL it built.

use serde_json::{json, Map, Value};

/// An OpenAPI 3 document's first server spelled as Swagger spells it, as
/// the generator maps it (docs/openapi3.md): a URL with a scheme is
/// `schemes` + `host` + `basePath`; one starting with a variable
/// (`{endpoint}/openai/v1`) is an `x-ms-parameterized-host` template
/// without scheme prefix whose parameters are the server's variables.
/// `None` for a Swagger document.
fn servers_as_swagger(spec: &Value) -> Option<Value> {
    spec.get("openapi")?;
    let server = spec.get("servers")?.get(0)?;
    let url = server.get("url")?.as_str()?;
    if let Some((scheme, rest)) = url.split_once("://") {
        let (host, base) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        return Some(json!({"schemes": [scheme], "host": host, "basePath": base}));
    }
    let parameters: Vec<Value> = server
        .get("variables")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, variable)| {
            let mut parameter = json!({"name": name});
            match variable.get("default") {
                Some(Value::String(d)) if d.is_empty() => {}
                Some(default) => parameter["default"] = default.clone(),
                None => {}
            }
            parameter
        })
        .collect();
    Some(json!({
        "schemes": ["https"],
        "x-ms-parameterized-host": {
            "hostTemplate": url, "useSchemePrefix": false, "parameters": parameters
        }
    }))
}

/// The URL an example's requests must start with.
#[derive(Debug, Clone, PartialEq)]
pub struct HostPlan {
    /// What the client's `endpoint` is given: the URL the template's URL
    /// parameter or the spec's fixed host names (the harness's address
    /// when there is none).
    pub endpoint: Option<String>,
    /// The template parameters' values the client is given, by name (the
    /// example's, else the spec's default).
    pub values: Map<String, Value>,
    /// The `Host` header the requests must carry (`svc.example.com`, with
    /// `:port` when the URL names one); `None` when not checked.
    pub authority: Option<String>,
    /// The decoded path segments before each operation's path (the
    /// template's path part and `basePath`), without the leading empty one.
    pub prefix: Vec<String>,
}

impl HostPlan {
    /// The plan for an example whose `parameters` are given, under `spec`
    /// (the spec file's JSON; `Value::Null` when unreadable).
    pub fn of(spec: &Value, parameters: &Map<String, Value>) -> Result<Self, String> {
        let swagger = servers_as_swagger(spec);
        let spec = swagger.as_ref().unwrap_or(spec);
        let schemes: Vec<&str> = spec
            .get("schemes")
            .and_then(Value::as_array)
            .map(|s| s.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let scheme = if schemes.contains(&"https") {
            "https"
        } else {
            schemes.first().copied().unwrap_or("http")
        };
        let base_path = spec.get("basePath").and_then(Value::as_str).unwrap_or("");
        let unchecked = Self {
            endpoint: None,
            values: Map::new(),
            authority: None,
            prefix: segments(base_path),
        };
        let (text, endpoint, values) = match spec.get("x-ms-parameterized-host") {
            Some(host) => {
                let template = host
                    .get("hostTemplate")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let prefixed = host
                    .get("useSchemePrefix")
                    .and_then(Value::as_bool)
                    .unwrap_or(true);
                let mut values = Map::new();
                for param in host
                    .get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let param = resolve(spec, param);
                    let Some(name) = param.get("name").and_then(Value::as_str) else {
                        continue;
                    };
                    if let Some(value) = parameters.get(name).or_else(|| param.get("default")) {
                        values.insert(name.to_owned(), value.clone());
                    }
                }
                let url_parameter = (!prefixed)
                    .then(|| template.strip_prefix('{')?.split_once('}'))
                    .flatten()
                    .map(|(name, _)| name.to_owned());
                if let Some(name) = &url_parameter {
                    match values.get(name).and_then(Value::as_str) {
                        Some(url) if !url.contains("://") => {
                            let url = format!("{scheme}://{url}");
                            values.insert(name.clone(), Value::String(url));
                        }
                        Some(_) => {}
                        // No URL in the example: the harness's own address.
                        None => return Ok(unchecked),
                    }
                }
                let mut text = if prefixed {
                    format!("{scheme}://")
                } else {
                    String::new()
                };
                let mut rest = template;
                while let Some(start) = rest.find('{') {
                    let Some(len) = rest[start..].find('}') else {
                        break;
                    };
                    text.push_str(&rest[..start]);
                    let name = &rest[start + 1..start + len];
                    let value = match values.get(name) {
                        Some(Value::String(s)) => s.clone(),
                        Some(other) => other.to_string(),
                        None => {
                            return Err(format!(
                            "the example gives no host parameter `{name}` and the spec no default"
                        ))
                        }
                    };
                    rest = &rest[start + len + 1..];
                    if text.is_empty() && rest.starts_with('/') {
                        text.push_str(value.trim_end_matches('/'));
                    } else {
                        text.push_str(&value);
                    }
                }
                text.push_str(rest);
                let endpoint = url_parameter
                    .as_ref()
                    .and_then(|name| values.get(name)?.as_str().map(str::to_owned));
                (text, endpoint, values)
            }
            None => match spec.get("host").and_then(Value::as_str) {
                Some(host) => {
                    let url = format!("{scheme}://{host}");
                    (url.clone(), Some(url), Map::new())
                }
                None => return Ok(unchecked),
            },
        };
        let Ok(url) = url::Url::parse(&text) else {
            return Ok(unchecked);
        };
        let Some(host) = url.host_str() else {
            return Ok(unchecked);
        };
        let authority = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        };
        let mut prefix = segments(url.path());
        prefix.extend(segments(base_path));
        Ok(Self {
            endpoint,
            values,
            authority: Some(authority),
            prefix,
        })
    }

    /// The host name the server must answer for (its certificate's name).
    pub fn host_name(&self) -> Option<&str> {
        let authority = self.authority.as_deref()?;
        // `[::1]:443`, `name:443`, `name`.
        Some(match authority.rsplit_once(':') {
            Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => host,
            _ => authority,
        })
    }
}

/// A parameter of the template, its local `$ref` followed.
fn resolve<'a>(spec: &'a Value, param: &'a Value) -> &'a Value {
    match param.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .strip_prefix('#')
            .and_then(|pointer| spec.pointer(pointer))
            .unwrap_or(param),
        None => param,
    }
}

/// A path cut at `/` and percent-decoded, without empty segments at its
/// ends.
fn segments(path: &str) -> Vec<String> {
    path.trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_openapi3_server_is_read_as_swagger_spells_it() {
        let spec = json!({"openapi": "3.0.0", "servers": [{"url": "{endpoint}/openai/v1",
            "variables": {"endpoint": {"default": ""}}}]});
        let got = plan(
            spec,
            json!({"endpoint": "https://contoso.openai.azure.com"}),
        );
        assert_eq!(
            got.endpoint.as_deref(),
            Some("https://contoso.openai.azure.com")
        );
        assert_eq!(got.prefix, ["openai", "v1"]);
        let fixed = json!({"openapi": "3.1.0", "servers": [{"url": "https://svc.example.com/v2"}]});
        let got = plan(fixed, json!({}));
        assert_eq!(got.authority.as_deref(), Some("svc.example.com"));
        assert_eq!(got.prefix, ["v2"]);
    }

    fn plan(spec: Value, parameters: Value) -> HostPlan {
        HostPlan::of(&spec, parameters.as_object().unwrap()).unwrap()
    }

    #[test]
    fn a_template_is_spelled_with_the_example_values_and_defaults() {
        let index = plan(
            json!({"schemes": ["https"], "x-ms-parameterized-host": {
                "hostTemplate": "{endpoint}/indexes('{indexName}')", "useSchemePrefix": false,
                "parameters": [{"name": "endpoint"}, {"$ref": "#/parameters/Index"}]},
                "parameters": {"Index": {"name": "indexName"}}}),
            json!({"endpoint": "https://svc.example.com/", "indexName": "hotels"}),
        );
        assert_eq!(index.authority.as_deref(), Some("svc.example.com"));
        assert_eq!(index.prefix, ["indexes('hotels')"]);
        assert_eq!(index.endpoint.as_deref(), Some("https://svc.example.com/"));
        let account = plan(
            json!({"schemes": ["https"], "x-ms-parameterized-host": {"hostTemplate": "{accountName}.{dnsSuffix}",
                "parameters": [{"name": "accountName"}, {"name": "dnsSuffix", "default": "lake.example.net"}]},
                "basePath": "/api"}),
            json!({"accountName": "acct"}),
        );
        assert_eq!(account.authority.as_deref(), Some("acct.lake.example.net"));
        assert_eq!(account.prefix, ["api"]);
        assert_eq!(account.values["dnsSuffix"], "lake.example.net");
    }

    #[test]
    fn a_bare_host_gets_the_scheme_and_a_missing_one_the_harness() {
        let spec = json!({"schemes": ["https"], "x-ms-parameterized-host": {"hostTemplate": "{batchUrl}",
            "useSchemePrefix": false, "parameters": [{"name": "batchUrl"}]}});
        let batch = plan(
            spec.clone(),
            json!({"batchUrl": "account.region.batch.azure.com"}),
        );
        assert_eq!(
            batch.endpoint.as_deref(),
            Some("https://account.region.batch.azure.com")
        );
        assert_eq!(plan(spec, json!({})).authority, None);
        let fixed = plan(
            json!({"host": "notes.example.com", "schemes": ["http"]}),
            json!({}),
        );
        assert_eq!(fixed.endpoint.as_deref(), Some("http://notes.example.com"));
        let error = HostPlan::of(
            &json!({"x-ms-parameterized-host": {"hostTemplate": "{a}.example.com",
                "parameters": [{"name": "a"}]}}),
            &Map::new(),
        )
        .unwrap_err();
        assert!(error.contains("`a`"), "{error}");
    }
}
