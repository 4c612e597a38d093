//! The request an example describes, and how a received request is held
//! against it.
//!
//! Rules (each mismatch is reported, not just the first):
//!
//! * method: equal;
//! * scheme and host: the `Host` header names the host the spec's `host` or
//!   host template spells with the example's values ([`crate::host`]; the
//!   server speaks HTTPS only);
//! * path: the same segments, after those of the host template's path and
//!   `basePath`; an array path parameter as its items joined by its
//!   `collectionFormat`'s separator, one segment. Both sides are cut at `/` and percent-decoded
//!   segment by segment, so an encoder may or may not escape a character
//!   that is legal in a segment (`:`, `@`, `!`...), but a `/`, `?` or `#` in
//!   a parameter value must arrive escaped or the segments differ; every
//!   received segment must also be well-formed (no raw space, `%` only
//!   before two hex digits);
//! * query: the same multiset of decoded (name, value) pairs, order ignored;
//!   parameters the client fills itself (`api-version`, constants) may be
//!   sent when the example does not give them;
//! * headers: every header parameter of the example is sent with an
//!   equivalent value (date-times as instants, UUIDs without regard to case);
//! * `Authorization: Bearer <token>`;
//! * body: JSON-equivalent to the example's body parameter (see
//!   [`crate::equivalence`]), sent with the operation's media type (its
//!   parameters, like `odata=minimalmetadata`, are not compared); no body
//!   when the example gives none. Under a JSON merge patch media type a
//!   `null` must be sent as `null` (it removes the value; an absent key
//!   keeps it). Under a media type that is not JSON (`text/plain`) a
//!   string example is the body's exact text, not a quoted JSON string.

use serde_json::{Map, Value};

use crate::equivalence::{json_difference, json_difference_keeping_nulls, strings_equivalent};
use crate::host::HostPlan;
use crate::server::RecordedRequest;
use crate::shape::{Location, OperationShape, PathPart};

/// The request an example describes for an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedRequest {
    /// Method.
    pub method: &'static str,
    /// Decoded path segments (the first is the empty one before the leading
    /// `/`).
    pub segments: Vec<String>,
    /// Query pairs, decoded.
    pub query: Vec<(String, String)>,
    /// Query names the client may add on its own.
    pub optional_query: Vec<&'static str>,
    /// Header (name, value) pairs.
    pub headers: Vec<(String, String)>,
    /// The JSON body and its media type, if one must be sent.
    pub body: Option<(Value, Option<&'static str>)>,
    /// The token the `Authorization` header must carry; `None`: the client
    /// has no credential and must send no `Authorization` header.
    pub token: Option<String>,
    /// The `Host` header the request must carry, when checked.
    pub authority: Option<String>,
}

impl ExpectedRequest {
    /// The request an operation's example describes. `base_path` is the
    /// part of the server URL that precedes the operation's path.
    pub fn describe(
        shape: &OperationShape,
        parameters: &Map<String, Value>,
        token: Option<&str>,
    ) -> Result<Self, String> {
        let mut segments = vec![String::new()];
        for part in shape.path {
            match *part {
                PathPart::Literal(text) => push_cut(&mut segments, text),
                PathPart::Param { name, raw } => {
                    let value = parameters
                        .get(name)
                        .ok_or_else(|| format!("the example gives no path parameter `{name}`"))?;
                    let text = scalar_text(value);
                    if raw {
                        push_cut(&mut segments, &text);
                    } else {
                        segments.last_mut().expect("never empty").push_str(&text);
                    }
                }
                PathPart::List { name, separator } => {
                    let value = parameters
                        .get(name)
                        .ok_or_else(|| format!("the example gives no path parameter `{name}`"))?;
                    let text = match value {
                        Value::Array(items) => items
                            .iter()
                            .map(scalar_text)
                            .collect::<Vec<_>>()
                            .join(separator),
                        other => scalar_text(other),
                    };
                    segments.last_mut().expect("never empty").push_str(&text);
                }
            }
        }
        let mut query: Vec<(String, String)> = shape
            .fixed_query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let mut headers = Vec::new();
        for param in shape.parameters {
            let Some(value) = parameters.get(param.name) else {
                continue;
            };
            let texts: Vec<String> = match (value, param.separator) {
                (Value::Array(items), Some(separator)) => vec![items
                    .iter()
                    .map(scalar_text)
                    .collect::<Vec<_>>()
                    .join(separator)],
                (Value::Array(items), None) => items.iter().map(scalar_text).collect(),
                (value, _) => vec![scalar_text(value)],
            };
            let target = match param.location {
                Location::Query => &mut query,
                Location::Header => &mut headers,
            };
            target.extend(texts.into_iter().map(|t| (param.name.to_owned(), t)));
        }
        let optional_query = shape
            .parameters
            .iter()
            .filter(|p| p.client_filled && p.location == Location::Query)
            .map(|p| p.name)
            .collect();
        let body = shape
            .body
            .and_then(|name| parameters.get(name))
            .map(|body| (body.clone(), shape.content_type));
        Ok(Self {
            method: shape.method,
            segments,
            query,
            optional_query,
            headers,
            body,
            token: token.map(str::to_owned),
            authority: None,
        })
    }

    /// This request at the URL `host` plans: its path after the plan's
    /// prefix, its `Host` header the plan's.
    pub fn under(mut self, host: &HostPlan) -> Self {
        self.segments.splice(1..1, host.prefix.iter().cloned());
        self.authority.clone_from(&host.authority);
        self
    }

    /// Every way `received` differs from this request; empty when it matches.
    pub fn mismatches(&self, received: &RecordedRequest) -> Vec<String> {
        let mut found = Vec::new();
        if received.method != self.method {
            found.push(format!(
                "method: expected {}, got {}",
                self.method, received.method
            ));
        }
        if let Some(authority) = &self.authority {
            let sent = received.header_values("host");
            if !(sent.len() == 1 && sent[0].eq_ignore_ascii_case(authority)) {
                found.push(format!("host: expected {authority:?}, got {sent:?}"));
            }
        }
        found.extend(self.path_mismatch(&received.path));
        found.extend(self.query_mismatches(received.query.as_deref().unwrap_or("")));
        for (name, value) in &self.headers {
            let sent = received.header_values(name);
            if !sent.iter().any(|s| strings_equivalent(value, s)) {
                found.push(format!("header `{name}`: expected {value:?}, got {sent:?}"));
            }
        }
        found.extend(authorization_mismatch(
            "header `authorization`",
            self.token.as_deref(),
            received,
        ));
        found.extend(self.body_mismatch(received));
        found
    }

    fn path_mismatch(&self, path: &str) -> Option<String> {
        if let Some(bad) = path.split('/').find(|s| !well_formed_segment(s)) {
            return Some(format!(
                "path `{path}`: segment `{bad}` is not percent-encoded"
            ));
        }
        let got: Vec<String> = path
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        (got != self.segments).then(|| {
            format!(
                "path: expected segments {:?}, got `{path}` = {got:?}",
                self.segments
            )
        })
    }

    fn query_mismatches(&self, query: &str) -> Vec<String> {
        let mut unmatched: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut found = Vec::new();
        for (name, value) in &self.query {
            match unmatched
                .iter()
                .position(|(n, v)| n == name && strings_equivalent(value, v))
            {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => found.push(format!(
                    "query `{name}`: expected {value:?}, got {:?}",
                    unmatched
                        .iter()
                        .filter(|(n, _)| n == name)
                        .map(|(_, v)| v)
                        .collect::<Vec<_>>()
                )),
            }
        }
        for (name, value) in unmatched {
            // A wrong value of an expected name was reported above.
            let expected = self.query.iter().any(|(n, _)| *n == name);
            if !expected && !self.optional_query.contains(&name.as_str()) {
                found.push(format!("query `{name}`={value:?} was not expected"));
            }
        }
        found
    }

    fn body_mismatch(&self, received: &RecordedRequest) -> Option<String> {
        let Some((expected, media_type)) = &self.body else {
            return (!received.body.is_empty())
                .then(|| format!("body: expected none, got {} bytes", received.body.len()));
        };
        if let Some(media_type) = media_type {
            let sent = received.header_values("content-type");
            if sent.len() != 1 || media_type_of(sent[0]) != media_type_of(media_type) {
                return Some(format!(
                    "content-type: expected {media_type:?}, got {sent:?}"
                ));
            }
        }
        let media_type = media_type.map(media_type_of).unwrap_or_default();
        match expected {
            Value::String(text) if !media_type.is_empty() && !media_type.contains("json") => {
                (received.body != text.as_bytes()).then(|| {
                    format!(
                        "body: expected the {media_type} text {text:?}, got {:?}",
                        String::from_utf8_lossy(&received.body)
                    )
                })
            }
            _ => match serde_json::from_slice::<Value>(&received.body) {
                Ok(body) if media_type.contains("merge-patch") => {
                    json_difference_keeping_nulls(expected, &body).map(|d| format!("body {d}"))
                }
                Ok(body) => json_difference(expected, &body).map(|d| format!("body {d}")),
                Err(e) => Some(format!("body is not JSON: {e}")),
            },
        }
    }
}

/// Appends `text` to the segments, starting a new segment at each `/`.
fn push_cut(segments: &mut Vec<String>, text: &str) {
    let mut pieces = text.split('/');
    if let Some(first) = pieces.next() {
        segments.last_mut().expect("never empty").push_str(first);
    }
    segments.extend(pieces.map(str::to_owned));
}

/// A parameter value as text on the wire.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn media_type_of(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// RFC 3986 `segment`: unreserved, sub-delims, `:`, `@` and `%XX`.
fn well_formed_segment(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3);
                if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                    return false;
                }
                i += 3;
                continue;
            }
            b if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b) => {}
            _ => return false,
        }
        i += 1;
    }
    true
}

/// Why `received` does not carry `Bearer <token>` (or, with no token, any
/// `Authorization` header); `None` when it is right. `what` names the request.
pub fn authorization_mismatch(
    what: &str,
    token: Option<&str>,
    received: &RecordedRequest,
) -> Option<String> {
    let sent = received.header_values("authorization");
    match token {
        Some(token) => {
            let bearer = format!("Bearer {token}");
            (sent != [bearer.as_str()])
                .then(|| format!("{what}: expected {bearer:?}, got {sent:?}"))
        }
        None => (!sent.is_empty())
            .then(|| format!("{what}: the client has no credential, yet sent {sent:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::{ParamShape, Returns};
    use serde_json::json;

    const SHAPE: OperationShape = OperationShape {
        id: "Pool_Patch",
        method: "PATCH",
        path: &[
            PathPart::Literal("/pools/"),
            PathPart::Param {
                name: "poolId",
                raw: false,
            },
        ],
        fixed_query: &[],
        parameters: &[
            ParamShape {
                name: "api-version",
                location: Location::Query,
                separator: None,
                client_filled: true,
            },
            ParamShape {
                name: "ids",
                location: Location::Query,
                separator: Some(","),
                client_filled: false,
            },
            ParamShape {
                name: "ocp-date",
                location: Location::Header,
                separator: None,
                client_filled: false,
            },
        ],
        body: Some("poolPatchParameter"),
        content_type: Some("application/json; odata=minimalmetadata"),
        returns: Returns::Nothing,
        long_running: None,
        examples: &[],
    };

    fn expected() -> ExpectedRequest {
        let params = json!({
            "api-version": "2024-02-01.19.0",
            "poolId": "a b/c",
            "ids": ["x", "y"],
            "ocp-date": "Fri, 17 Feb 2017 00:00:00 GMT",
            "poolPatchParameter": {"a": 1, "b": "2"}
        });
        ExpectedRequest::describe(&SHAPE, params.as_object().unwrap(), Some("tok")).unwrap()
    }

    fn good() -> RecordedRequest {
        RecordedRequest {
            method: "PATCH".into(),
            path: "/pools/a%20b%2Fc".into(),
            query: Some("ids=x%2Cy&api-version=2024-02-01.19.0".into()),
            headers: vec![
                ("ocp-date".into(), "Fri, 17 Feb 2017 00:00:00 GMT".into()),
                ("authorization".into(), "Bearer tok".into()),
                (
                    "content-type".into(),
                    "application/json; odata=minimalmetadata".into(),
                ),
            ],
            body: br#"{"b":"2","a":1.0}"#.to_vec(),
        }
    }

    #[test]
    fn the_described_request_matches() {
        assert_eq!(expected().mismatches(&good()), Vec::<String>::new());
    }

    #[test]
    fn an_unescaped_slash_in_an_id_is_a_wrong_path() {
        let request = RecordedRequest {
            path: "/pools/a%20b/c".into(),
            ..good()
        };
        let found = expected().mismatches(&request);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("path"), "{found:?}");
    }

    #[test]
    fn a_raw_space_is_not_percent_encoded() {
        let request = RecordedRequest {
            path: "/pools/a b%2Fc".into(),
            ..good()
        };
        assert!(expected().mismatches(&request)[0].contains("not percent-encoded"));
    }

    #[test]
    fn wrong_method_query_header_token_and_body_are_each_reported() {
        let request = RecordedRequest {
            method: "POST".into(),
            path: "/pools/a%20b%2Fc".into(),
            query: Some("ids=x%7Cy&api-version=2024-02-01.19.0&extra=1".into()),
            headers: vec![
                ("ocp-date".into(), "Fri, 17 Feb 2017 00:00:01 GMT".into()),
                ("authorization".into(), "Bearer other".into()),
                ("content-type".into(), "application/json".into()),
            ],
            body: br#"{"a":1}"#.to_vec(),
        };
        let found = expected().mismatches(&request);
        let kinds: Vec<&str> = found
            .iter()
            .map(|m| m.split([':', ' ']).next().unwrap())
            .collect();
        assert_eq!(
            kinds,
            ["method", "query", "query", "header", "header", "body"],
            "{found:?}"
        );
    }

    #[test]
    fn api_version_may_be_filled_by_the_client_but_must_match_when_given() {
        let params = json!({"poolId": "p", "poolPatchParameter": {}});
        let expected =
            ExpectedRequest::describe(&SHAPE, params.as_object().unwrap(), Some("tok")).unwrap();
        let request = RecordedRequest {
            path: "/pools/p".into(),
            query: Some("api-version=1".into()),
            headers: vec![
                ("authorization".into(), "Bearer tok".into()),
                ("content-type".into(), "application/json".into()),
            ],
            body: b"{}".to_vec(),
            ..good()
        };
        assert_eq!(expected.mismatches(&request), Vec::<String>::new());
        let request = RecordedRequest {
            query: Some("api-version=1".into()),
            ..good()
        };
        assert!(self::expected().mismatches(&request)[0].starts_with("query `api-version`"));
    }

    #[test]
    fn a_missing_path_parameter_is_an_example_error() {
        let err = ExpectedRequest::describe(&SHAPE, &Map::new(), Some("t")).unwrap_err();
        assert!(err.contains("poolId"), "{err}");
    }
}
