//! The polling sequence of a long-running operation's example.
//!
//! An example holds only the operation's first response, yet a client must
//! follow the operation to its end. For a first response that starts an
//! operation (a 202, a polling header, a resource still provisioning), the
//! harness serves, on loopback, what the service would:
//!
//! 1. the example's response: its status, headers and body, its polling
//!    headers pointed at the harness server (added when the example has
//!    none: the one the operation's `final-state-via` and method need), its
//!    waits (`Retry-After`...) made zero;
//! 2. one status saying the operation is still running;
//! 3. a status saying it succeeded;
//! 4. the result, where `final-state-via` says it is read (a final GET of the
//!    `Location` or of the original URL), unless the status is the result.
//!
//! The result is the example's own final body (its 200, else 201, response).
//! A first response that needs no polling (an error, a resource already
//! provisioned, a 200 or 204 without polling header) is served alone, as for
//! any operation.

use serde_json::{json, Value};

use crate::example::{Example, ExampleResponse, ExampleStatus};
use crate::outcome::Expected;
use crate::request::authorization_mismatch;
use crate::server::{RecordedRequest, Reply};
use crate::shape::{FinalState, OperationShape, Returns};
use crate::suite::json_reply;

/// The path of the status document the harness serves.
pub const STATUS_PATH: &str = "/conformance/operation-status";

/// The path the harness's `Location` header names: polled in the Location
/// pattern, read once for the result otherwise.
pub const LOCATION_PATH: &str = "/conformance/operation-location";

/// Status headers naming a status document.
const STATUS_HEADERS: &[&str] = &["azure-asyncoperation", "operation-location"];

/// Headers telling the client how long to wait before the next poll.
const WAIT_HEADERS: &[&str] = &["retry-after", "retry-after-ms", "x-ms-retry-after-ms"];

/// Where a poll after the first request must go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollTarget {
    /// [`STATUS_PATH`].
    Status,
    /// [`LOCATION_PATH`].
    Location,
    /// The URL of the first request (`original-uri`).
    Original,
}

impl PollTarget {
    fn describe(&self) -> &'static str {
        match self {
            Self::Status => STATUS_PATH,
            Self::Location => LOCATION_PATH,
            Self::Original => "the URL of the first request",
        }
    }
}

/// What the harness serves for one example response of a long-running
/// operation, and what the client must do and give back.
#[derive(Debug, Clone)]
pub struct Polling {
    /// The replies, in order: the first response, then one per poll.
    pub replies: Vec<Reply>,
    /// Where each request after the first must go (a GET each).
    pub polls: Vec<PollTarget>,
    /// What awaiting the poller must give.
    pub expected: Expected,
}

/// The polling sequence for `response` of `example`, or `Ok(None)` when the
/// response needs no polling (or the operation is not long-running), or
/// `Err` when the example cannot say what the operation ends with.
pub fn sequence(
    shape: &OperationShape,
    example: &Example,
    response: &ExampleResponse,
    endpoint: &url::Url,
) -> Result<Option<Polling>, String> {
    let Some(final_state) = shape.long_running else {
        return Ok(None);
    };
    let code = match response.status {
        ExampleStatus::Code(code) if (200..300).contains(&code) => code,
        _ => return Ok(None),
    };
    let puts = matches!(shape.method, "PUT" | "PATCH");
    let state = response.body.as_ref().and_then(provisioning_state);
    let status_header = response
        .headers
        .iter()
        .map(|(name, _)| name)
        .find(|name| STATUS_HEADERS.iter().any(|h| name.eq_ignore_ascii_case(h)));
    let has_location = has_header(&response.headers, "location");
    // A PUT or PATCH answered with its resource in a final state is done,
    // whatever headers came with it; so is any answer with nothing to poll.
    let done_resource =
        puts && (code == 200 || code == 201) && state.as_deref().is_some_and(is_final);
    let still_provisioning = puts && state.as_deref().is_some_and(|s| !is_final(s));
    let runs = code == 202 || status_header.is_some() || has_location || still_provisioning;
    if done_resource || !runs {
        return Ok(None);
    }

    // The pattern: the example's own polling headers, else the one its
    // `final-state-via` and method need.
    let status_header = match status_header {
        Some(name) => Some(name.clone()),
        None if has_location => None,
        None => match final_state {
            FinalState::OperationLocation => Some("Operation-Location".to_owned()),
            FinalState::Location => None,
            FinalState::Default if !puts => None,
            _ => Some("Azure-AsyncOperation".to_owned()),
        },
    };
    let post = shape.method == "POST";
    let wants_result = shape.returns != Returns::Nothing;
    let serve_location = has_location
        || status_header.is_none()
        || final_state == FinalState::Location
        || (final_state == FinalState::Default && post && wants_result);

    let final_body = final_body(example, response);
    let url = |path: &str| format!("{}{path}", endpoint.as_str().trim_end_matches('/'));
    let mut headers: Vec<(String, String)> = response
        .headers
        .iter()
        .filter(|(name, _)| {
            !STATUS_HEADERS
                .iter()
                .chain(&["location"])
                .any(|h| name.eq_ignore_ascii_case(h))
        })
        .map(|(name, value)| {
            let zero = WAIT_HEADERS.iter().any(|h| name.eq_ignore_ascii_case(h));
            (
                name.clone(),
                if zero { "0".to_owned() } else { value.clone() },
            )
        })
        .collect();
    if let Some(name) = &status_header {
        headers.push((name.clone(), url(STATUS_PATH)));
    }
    if serve_location {
        headers.push(("Location".to_owned(), url(LOCATION_PATH)));
    }
    let first = reply(code, headers, response.body.as_ref());
    let running = Reply::json(200, &json!({ "status": "InProgress" }));

    let (replies, polls, last) = match status_header {
        Some(_) => {
            // Where the result is read once the status says `Succeeded`.
            let read_at = match final_state {
                FinalState::AzureAsyncOperation | FinalState::OperationLocation => None,
                FinalState::Location => Some(PollTarget::Location),
                FinalState::OriginalUri => Some(PollTarget::Original),
                FinalState::Default if puts => Some(PollTarget::Original),
                FinalState::Default if post && serve_location => Some(PollTarget::Location),
                FinalState::Default => None,
            };
            match read_at {
                Some(target) => {
                    let result = result_reply(shape.returns, final_body, shape)?;
                    let succeeded = Reply::json(200, &json!({ "status": "Succeeded" }));
                    (
                        vec![first, running, succeeded, result.clone()],
                        vec![PollTarget::Status, PollTarget::Status, target],
                        result,
                    )
                }
                None => {
                    // The status document is the result: the operation's
                    // status, now a success.
                    let mut document = match final_body {
                        Some(Value::Object(body)) => body.clone(),
                        _ => serde_json::Map::new(),
                    };
                    document.insert("status".to_owned(), Value::from("Succeeded"));
                    let succeeded = Reply::json(200, &Value::Object(document));
                    (
                        vec![first, running, succeeded.clone()],
                        vec![PollTarget::Status, PollTarget::Status],
                        succeeded,
                    )
                }
            }
        }
        None => {
            // The Location pattern: 202 while running, then the answer.
            let result = result_reply(shape.returns, final_body, shape)?;
            let mut replies = vec![first, Reply::status(202)];
            let mut polls = vec![PollTarget::Location, PollTarget::Location];
            let last = if final_state == FinalState::OriginalUri {
                replies.push(Reply::status(204));
                replies.push(result.clone());
                polls.push(PollTarget::Original);
                result
            } else {
                replies.push(result.clone());
                result
            };
            (replies, polls, last)
        }
    };
    let expected = match shape.returns {
        Returns::Nothing => Expected::Success(last.status, None),
        _ => Expected::Success(last.status, serde_json::from_slice(&last.body).ok()),
    };
    Ok(Some(Polling {
        replies,
        polls,
        expected,
    }))
}

/// What the requests after the first did wrong: each must be a GET of its
/// [`PollTarget`] carrying the bearer `token` (none when `None`).
pub fn poll_mismatches(
    polls: &[PollTarget],
    requests: &[RecordedRequest],
    token: Option<&str>,
) -> Vec<String> {
    let Some((first, rest)) = requests.split_first() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (n, (target, request)) in polls.iter().zip(rest).enumerate() {
        let path = match target {
            PollTarget::Status => STATUS_PATH,
            PollTarget::Location => LOCATION_PATH,
            PollTarget::Original => first.path.as_str(),
        };
        if request.method != "GET" || request.path != path {
            found.push(format!(
                "poll {}: expected GET {}, got {} {}",
                n + 1,
                target.describe(),
                request.method,
                request.path
            ));
        }
        found.extend(authorization_mismatch(
            &format!("poll {}", n + 1),
            token,
            request,
        ));
    }
    found
}

/// The body the operation ends with: the example's 200 body, else its 201
/// body, else the body of the response served first.
fn final_body<'e>(example: &'e Example, response: &'e ExampleResponse) -> Option<&'e Value> {
    [200, 201]
        .iter()
        .find_map(|code| {
            example
                .responses
                .iter()
                .find(|r| r.status == ExampleStatus::Code(*code))
                .and_then(|r| r.body.as_ref())
        })
        .or(response.body.as_ref())
}

/// The reply holding the operation's result, read by the final GET.
fn result_reply(
    returns: Returns,
    body: Option<&Value>,
    shape: &OperationShape,
) -> Result<Reply, String> {
    match (returns, body) {
        (Returns::Nothing, None) => Ok(Reply::status(204)),
        (Returns::Nothing, Some(body)) | (_, Some(body)) => Ok(Reply::json(200, body)),
        (_, None) => Err(format!(
            "`{}` is long-running and its example gives no final body (no 200 or 201 response) to serve as its result",
            shape.id
        )),
    }
}

fn reply(status: u16, headers: Vec<(String, String)>, body: Option<&Value>) -> Reply {
    match body {
        Some(body) => json_reply(status, &headers, body),
        None => Reply {
            status,
            headers,
            ..Reply::default()
        },
    }
}

fn provisioning_state(body: &Value) -> Option<String> {
    let state = body.get("properties")?.get("provisioningState")?.as_str()?;
    Some(state.to_owned())
}

fn is_final(state: &str) -> bool {
    ["succeeded", "failed", "canceled", "cancelled"]
        .iter()
        .any(|s| state.eq_ignore_ascii_case(s))
}

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::PathPart;

    fn shape(method: &'static str, returns: Returns, state: FinalState) -> OperationShape {
        OperationShape {
            id: "Thing_Op",
            method,
            path: &[PathPart::Literal("/things/a")],
            fixed_query: &[],
            parameters: &[],
            body: None,
            content_type: None,
            returns,
            long_running: Some(state),
            examples: &[],
        }
    }

    fn example(responses: Value) -> Example {
        Example::from_value("x.json".into(), json!({ "responses": responses })).unwrap()
    }

    fn endpoint() -> url::Url {
        "https://127.0.0.1:9".parse().unwrap()
    }

    fn header<'r>(reply: &'r Reply, name: &str) -> Option<&'r str> {
        reply
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn body(reply: &Reply) -> Value {
        serde_json::from_slice(&reply.body).unwrap()
    }

    #[test]
    fn a_put_accepted_without_headers_polls_a_status_then_reads_its_own_url() {
        let resource = json!({"name": "a", "properties": {"provisioningState": "Succeeded"}});
        let example = example(json!({"202": {}, "200": {"body": resource}}));
        let shape = shape("PUT", Returns::Json, FinalState::Default);
        let polling = sequence(&shape, &example, &example.responses[0], &endpoint())
            .unwrap()
            .unwrap();
        let statuses: Vec<u16> = polling.replies.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [202, 200, 200, 200]);
        assert_eq!(
            header(&polling.replies[0], "azure-asyncoperation"),
            Some("https://127.0.0.1:9/conformance/operation-status")
        );
        assert_eq!(header(&polling.replies[0], "location"), None);
        assert_eq!(body(&polling.replies[1]), json!({"status": "InProgress"}));
        assert_eq!(body(&polling.replies[2]), json!({"status": "Succeeded"}));
        assert_eq!(body(&polling.replies[3]), resource);
        assert_eq!(
            polling.polls,
            [PollTarget::Status, PollTarget::Status, PollTarget::Original]
        );
        assert_eq!(polling.expected, Expected::Success(200, Some(resource)));
        // The resource already provisioned needs no polling.
        assert!(
            sequence(&shape, &example, &example.responses[1], &endpoint())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn a_status_document_result_is_the_first_body_now_succeeded() {
        let example = example(json!({
            "202": {
                "headers": {
                    "Azure-AsyncOperation": "https://vault.example/backup/j1/pending",
                    "Retry-After": "10"
                },
                "body": {"status": "InProgress", "jobId": "j1"}
            },
            "default": {"body": {"error": {"code": "Forbidden"}}}
        }));
        let shape = shape("POST", Returns::Json, FinalState::AzureAsyncOperation);
        let polling = sequence(&shape, &example, &example.responses[0], &endpoint())
            .unwrap()
            .unwrap();
        let first = &polling.replies[0];
        // The example's header is kept by name, pointed at the harness; its
        // wait is zero.
        assert_eq!(
            header(first, "Azure-AsyncOperation"),
            Some("https://127.0.0.1:9/conformance/operation-status")
        );
        assert_eq!(header(first, "retry-after"), Some("0"));
        assert_eq!(body(first), json!({"status": "InProgress", "jobId": "j1"}));
        assert_eq!(polling.replies.len(), 3);
        let done = json!({"status": "Succeeded", "jobId": "j1"});
        assert_eq!(body(&polling.replies[2]), done);
        assert_eq!(polling.polls, [PollTarget::Status, PollTarget::Status]);
        assert_eq!(polling.expected, Expected::Success(200, Some(done)));
        // An error is served alone.
        assert!(
            sequence(&shape, &example, &example.responses[1], &endpoint())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn a_delete_with_a_location_polls_it_until_it_stops_accepting() {
        let example = example(json!({
            "202": {"headers": {"Location": "https://management.example/ops/1"}},
            "200": {},
            "204": {}
        }));
        let shape = shape("DELETE", Returns::Nothing, FinalState::Default);
        let polling = sequence(&shape, &example, &example.responses[0], &endpoint())
            .unwrap()
            .unwrap();
        let statuses: Vec<u16> = polling.replies.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [202, 202, 204]);
        assert_eq!(
            header(&polling.replies[0], "location"),
            Some("https://127.0.0.1:9/conformance/operation-location")
        );
        assert_eq!(polling.polls, [PollTarget::Location, PollTarget::Location]);
        assert_eq!(polling.expected, Expected::Success(204, None));
        // A 200 or 204 without polling header is done.
        for done in &example.responses[1..] {
            assert!(sequence(&shape, &example, done, &endpoint())
                .unwrap()
                .is_none());
        }
    }

    #[test]
    fn final_state_via_location_reads_the_location_after_the_status() {
        let example = example(json!({"202": {}, "200": {"body": {"id": "r"}}}));
        let shape = shape("POST", Returns::Json, FinalState::Location);
        let polling = sequence(&shape, &example, &example.responses[0], &endpoint())
            .unwrap()
            .unwrap();
        // No status header asked for: the Location pattern.
        assert_eq!(header(&polling.replies[0], "azure-asyncoperation"), None);
        assert_eq!(polling.polls, [PollTarget::Location, PollTarget::Location]);
        assert_eq!(body(&polling.replies[2]), json!({"id": "r"}));

        let shape = OperationShape {
            long_running: Some(FinalState::OperationLocation),
            ..shape
        };
        let polling = sequence(&shape, &example, &example.responses[0], &endpoint())
            .unwrap()
            .unwrap();
        assert!(header(&polling.replies[0], "operation-location").is_some());
        assert_eq!(polling.polls, [PollTarget::Status, PollTarget::Status]);
    }

    #[test]
    fn a_typed_result_without_a_final_body_cannot_be_served() {
        let example = example(json!({"202": {}}));
        let shape = shape("PUT", Returns::Json, FinalState::OriginalUri);
        let err = sequence(&shape, &example, &example.responses[0], &endpoint()).unwrap_err();
        assert!(err.contains("no final body"), "{err}");
    }

    #[test]
    fn polls_must_get_their_urls_with_the_token() {
        let request = |method: &str, path: &str, token: bool| RecordedRequest {
            method: method.into(),
            path: path.into(),
            query: None,
            headers: if token {
                vec![("authorization".into(), "Bearer t".into())]
            } else {
                vec![]
            },
            body: vec![],
        };
        let polls = [PollTarget::Status, PollTarget::Original];
        let good = [
            request("PUT", "/things/a", true),
            request("GET", STATUS_PATH, true),
            request("GET", "/things/a", true),
        ];
        assert!(poll_mismatches(&polls, &good, Some("t")).is_empty());
        let bad = [
            request("PUT", "/things/a", true),
            request("GET", LOCATION_PATH, true),
            request("PUT", "/things/a", false),
        ];
        let found = poll_mismatches(&polls, &bad, Some("t"));
        assert_eq!(found.len(), 3, "{found:?}");
    }
}
