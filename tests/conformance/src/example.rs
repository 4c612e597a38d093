//! Example files (`x-ms-examples`): loading them and reading their parts.
//!
//! An example file is `{"parameters": {name: value}, "responses": {status:
//! {"headers": {...}, "body": ...}}}`. Parameters are keyed by wire name
//! (`poolId`, `api-version`, `ocp-date`) or, for the body, by the body
//! parameter's name.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// One loaded example file.
#[derive(Debug, Clone)]
pub struct Example {
    /// Where it was read from.
    pub path: PathBuf,
    /// `parameters`: wire name (or body parameter name) → value.
    pub parameters: Map<String, Value>,
    /// `responses`, in file order.
    pub responses: Vec<ExampleResponse>,
}

/// The status key of an example response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleStatus {
    /// A numeric status such as `200`.
    Code(u16),
    /// `default`: any status not listed; an error response.
    Default,
}

impl ExampleStatus {
    /// The status the harness server answers with. `default` has no number of
    /// its own: it is served as 400, an error status no Batch operation lists.
    pub fn served(self) -> u16 {
        match self {
            Self::Code(code) => code,
            Self::Default => 400,
        }
    }
}

impl std::fmt::Display for ExampleStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Code(code) => write!(f, "{code}"),
            Self::Default => f.write_str("default"),
        }
    }
}

/// One response of an example.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleResponse {
    /// The status key.
    pub status: ExampleStatus,
    /// Response headers, in file order, values as text.
    pub headers: Vec<(String, String)>,
    /// The body, if the example gives one (a string for byte streams).
    pub body: Option<Value>,
}

impl Example {
    /// Reads and parses an example file: YAML where its extension says so
    /// (OpenAPI 3 specs reference `.yaml` examples), JSON otherwise.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let yaml = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
        let value: Value = if yaml {
            serde_yaml::from_str(&text)
                .map_err(|e| format!("{} is not YAML: {e}", path.display()))?
        } else {
            serde_json::from_str(&text)
                .map_err(|e| format!("{} is not JSON: {e}", path.display()))?
        };
        Self::from_value(path.to_owned(), value)
    }

    /// Builds an example from its parsed JSON.
    pub fn from_value(path: PathBuf, value: Value) -> Result<Self, String> {
        let Value::Object(mut root) = value else {
            return Err(format!("{} is not a JSON object", path.display()));
        };
        let parameters = match root.remove("parameters") {
            Some(Value::Object(map)) => map,
            None => Map::new(),
            Some(_) => return Err(format!("{}: `parameters` is not an object", path.display())),
        };
        let Some(Value::Object(responses)) = root.remove("responses") else {
            return Err(format!("{}: no `responses` object", path.display()));
        };
        let responses = responses
            .into_iter()
            .map(|(status, response)| parse_response(&status, response))
            .collect::<Result<_, _>>()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Self {
            path,
            parameters,
            responses,
        })
    }
}

fn parse_response(status: &str, response: Value) -> Result<ExampleResponse, String> {
    let status = match status {
        "default" => ExampleStatus::Default,
        code => ExampleStatus::Code(
            code.parse()
                .map_err(|_| format!("response status `{code}` is not a number"))?,
        ),
    };
    let Value::Object(mut fields) = response else {
        return Err(format!("response {status} is not an object"));
    };
    let body = fields.remove("body");
    let mut headers = Vec::new();
    if let Some(Value::Object(map)) = fields.remove("headers") {
        headers.extend(map.into_iter().map(|(k, v)| (k, header_text(v))));
    }
    // Some Batch examples (file downloads) put headers beside `body` instead
    // of under `headers`; a service could only have meant them as headers.
    headers.extend(fields.into_iter().map(|(k, v)| (k, header_text(v))));
    Ok(ExampleResponse {
        status,
        headers,
        body,
    })
}

fn header_text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_parameters_responses_and_misplaced_headers() {
        let example = Example::from_value(
            "x.json".into(),
            json!({
                "parameters": {"poolId": "p", "api-version": "1"},
                "responses": {
                    "200": {"Content-Type": "text/plain", "headers": {"ETag": "e"}, "body": "x"},
                    "404": {},
                    "default": {"body": {"code": "Boom"}}
                }
            }),
        )
        .unwrap();
        assert_eq!(example.parameters["poolId"], "p");
        let statuses: Vec<_> = example.responses.iter().map(|r| r.status).collect();
        assert_eq!(
            statuses,
            [
                ExampleStatus::Code(200),
                ExampleStatus::Code(404),
                ExampleStatus::Default
            ]
        );
        assert_eq!(
            example.responses[0].headers,
            [
                ("ETag".to_owned(), "e".to_owned()),
                ("Content-Type".to_owned(), "text/plain".to_owned())
            ]
        );
        assert_eq!(example.responses[2].status.served(), 400);
    }

    #[test]
    fn reads_a_yaml_example() {
        let dir = std::env::temp_dir().join(format!("conformance-yaml-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("example.yaml");
        std::fs::write(
            &path,
            "parameters:\n  api-version: v1\nresponses:\n  \"200\":\n    body: { id: a, n: 2 }\n",
        )
        .unwrap();
        let example = Example::load(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(example.parameters["api-version"], "v1");
        assert_eq!(
            example.responses[0].body,
            Some(serde_json::json!({"id": "a", "n": 2}))
        );
    }

    #[test]
    fn rejects_a_non_numeric_status() {
        let err =
            Example::from_value("x.json".into(), json!({"responses": {"ok": {}}})).unwrap_err();
        assert!(err.contains("`ok`"), "{err}");
    }
}
