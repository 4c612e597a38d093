//! Running every example of a spec against a generated client: one case per
//! (example, response status), each with its own server.
//!
//! A case serves the example's response, lets the generated dispatch call
//! the client, then checks the request the server saw
//! ([`crate::request`]) and what the client gave back ([`crate::outcome`]).
//! A successful pageable example with a next-link property is served as two
//! pages instead (see [`two_pages`]) to prove that the pager follows the
//! link. A long-running operation's example that starts polling is served
//! as a polling sequence instead (see [`crate::polling`]) to prove that the
//! poller follows the operation to its result.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use azure_core::credentials::TokenCredential;
use azure_core::http::{ClientOptions, RetryOptions, Url};
use serde_json::{json, Value};

use crate::credential::{FixedTokenCredential, TEST_TOKEN};
use crate::example::{Example, ExampleResponse, ExampleStatus};
use crate::host::HostPlan;
use crate::outcome::{body_bytes, Expected, Outcome};
use crate::params::Params;
use crate::polling;
use crate::report::{CaseResult, Report, Verdict};
use crate::request::{authorization_mismatch, ExpectedRequest};
use crate::server::{MockServer, RecordedRequest, Reply};
use crate::shape::{OperationShape, Returns};

/// Everything the generated dispatch needs to make one call.
pub struct Call {
    /// `operationId` of the operation to call.
    pub operation: &'static str,
    /// The client's endpoint: the URL the spec's host (or its host
    /// template's URL parameter) names with the example's values, which
    /// the harness transport resolves to its server ([`HostPlan`]); the
    /// server's own URL when the spec names none.
    pub endpoint: Url,
    /// Hands out [`TEST_TOKEN`].
    pub credential: Arc<dyn TokenCredential>,
    /// Options for the client: a transport trusting the harness server and
    /// no retries (an error example must give one request, not four).
    pub client_options: ClientOptions,
    /// The example's parameters.
    pub params: Params,
}

/// The generated dispatch: calls the operation `call.operation` names.
pub type Dispatch = fn(Call) -> Pin<Box<dyn Future<Output = Outcome>>>;

/// The path of the second page's link; no operation has it, so a pager that
/// rebuilds its URL instead of following the link is caught.
pub const NEXT_PAGE_PATH: &str = "/conformance/next-page";

/// How long one client call may take before the case fails.
const CALL_LIMIT: Duration = Duration::from_secs(60);

/// Root of the azure-rest-api-specs checkout, as the commands resolve it
/// (`Project::open_from_env`): `AZURE_SPECS_ROOT`, else the manifest's
/// `specs_root`. Panics when the repository's manifest cannot be read.
pub fn specs_root() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    azure_codegen_tooling::project::Project::open_from_env(&repo)
        .unwrap_or_else(|e| panic!("{e}"))
        .specs_root()
        .to_owned()
}

/// The examples of one spec file.
#[derive(Debug, Clone)]
pub struct Suite {
    spec: PathBuf,
    examples_dir: Option<PathBuf>,
    token: Option<&'static str>,
}

impl Suite {
    /// The suite of `spec_file` (relative to [`specs_root`], or absolute).
    /// `AZURE_CONFORMANCE_EXAMPLES`, if set, names a folder to read example
    /// files from (by file name) instead of the spec's own.
    pub fn for_spec(spec_file: &str) -> Self {
        Self {
            spec: specs_root().join(spec_file),
            examples_dir: std::env::var_os("AZURE_CONFORMANCE_EXAMPLES").map(PathBuf::from),
            token: Some(TEST_TOKEN),
        }
    }

    /// The suite of a client without a bearer credential (its spec declares
    /// no OAuth2 security): its requests must carry no `Authorization`
    /// header, instead of [`TEST_TOKEN`].
    pub fn without_token(self) -> Self {
        Self {
            token: None,
            ..self
        }
    }

    /// Where an example reference of the spec points.
    fn example_path(&self, reference: &str) -> PathBuf {
        match &self.examples_dir {
            Some(dir) => dir.join(Path::new(reference).file_name().unwrap_or_default()),
            None => self.spec.parent().unwrap_or(Path::new(".")).join(reference),
        }
    }

    /// The spec's `info.version`: the api-version its client sends. `None`
    /// when the spec cannot be read (examples are then taken at their word).
    pub fn api_version(&self) -> Option<String> {
        let text = std::fs::read_to_string(&self.spec).ok()?;
        let spec: Value = serde_json::from_str(&text).ok()?;
        spec.pointer("/info/version")?.as_str().map(str::to_owned)
    }

    /// Runs every example of every operation, one after the other.
    pub async fn run(&self, operations: &[OperationShape], dispatch: Dispatch) -> Report {
        let spec_version = self.api_version();
        // The spec as written: where requests go and what media types it
        // declares are read here, not from the generator's IR.
        let spec_json: Value = std::fs::read_to_string(&self.spec)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or(Value::Null);
        // The spec's IR, to tell its contradictions from client faults; a
        // spec the generator cannot load has no clients to judge anyway.
        let api = azure_codegen::load_api(&self.spec).ok();
        let mut report = Report::default();
        for shape in operations {
            for (title, reference) in shape.examples {
                let name = format!("{} / {title}", shape.id);
                let example = match Example::load(&self.example_path(reference)) {
                    Ok(example) => example,
                    Err(reason) => {
                        report.cases.push(CaseResult {
                            name,
                            verdict: Verdict::Skipped(format!("example not loadable: {reason}")),
                        });
                        continue;
                    }
                };
                for response in &example.responses {
                    let contradiction = api
                        .as_ref()
                        .and_then(|api| spec_contradiction(api, shape, &example, response));
                    let verdict = match (
                        contradiction,
                        stale_api_version(&example, spec_version.as_deref()),
                    ) {
                        (Some(reason), _) => Verdict::Skipped(reason),
                        (None, Some((stale, spec))) => {
                            let case = Case {
                                spec: &spec_json,
                                shape,
                                example: &example,
                                response,
                                dispatch,
                                token: self.token,
                            };
                            run_stale_case(case, &stale, spec).await
                        }
                        (None, None) => {
                            let case = Case {
                                spec: &spec_json,
                                shape,
                                example: &example,
                                response,
                                dispatch,
                                token: self.token,
                            };
                            case.run().await
                        }
                    };
                    report.cases.push(CaseResult {
                        name: format!("{name} [{}]", response.status),
                        verdict,
                    });
                }
            }
        }
        report
    }
}

/// Where the example's request or response body cannot be valid under the
/// spec's own schema (by JSON type, see
/// [`azure_codegen::ir::Api::contradiction`]): the spec contradicts itself,
/// and no client could pass. `None` when both fit.
fn spec_contradiction(
    api: &azure_codegen::ir::Api,
    shape: &OperationShape,
    example: &Example,
    response: &ExampleResponse,
) -> Option<String> {
    use azure_codegen::ir::StatusCode;
    let op = api.operations.iter().find(|op| op.id == shape.id)?;
    let request = op.body.as_ref().and_then(|body| {
        let value = example.parameters.get(shape.body?)?;
        let found = api.contradiction(&body.ty, value)?;
        Some(format!(
            "the spec contradicts its example's request body: {found}"
        ))
    });
    let status = match response.status {
        ExampleStatus::Code(code) => StatusCode::Code(code),
        ExampleStatus::Default => StatusCode::Default,
    };
    let reply = || {
        let declared = op
            .responses
            .iter()
            .find(|r| r.status == status)?
            .body
            .as_ref()?;
        let found = api.contradiction(declared, response.body.as_ref()?)?;
        Some(format!(
            "the spec contradicts its example's {} response: {found}",
            response.status
        ))
    };
    request.or_else(reply)
}

/// The example's `api-version` parameter and the spec's version, when they
/// differ: an example copied from an older version of the spec and not
/// updated (all of `2020-03-01.11.0`'s say `2019-08-01.10.0`).
fn stale_api_version<'s>(example: &Example, spec: Option<&'s str>) -> Option<(String, &'s str)> {
    let spec = spec?;
    let stated = example.parameters.get("api-version")?.as_str()?;
    (stated != spec).then(|| (stated.to_owned(), spec))
}

/// A case whose example contradicts its spec's api-version. The client
/// sends the spec's version, so the example cannot pass as written: the case
/// is run with the spec's version instead, and is skipped (naming the
/// contradiction) if everything else matches, failed if anything else does
/// not.
async fn run_stale_case(case: Case<'_>, stale: &str, spec: &str) -> Verdict {
    let mut corrected = case.example.clone();
    corrected
        .parameters
        .insert("api-version".to_owned(), Value::String(spec.to_owned()));
    let case = Case {
        example: &corrected,
        ..case
    };
    match case.run().await {
        Verdict::Passed => Verdict::Skipped(format!(
            "the example's api-version {stale:?} contradicts the spec's {spec:?}; \
             with the spec's api-version every other check passed"
        )),
        other => other,
    }
}

/// Serves `response`, calls the operation, and judges request and outcome.
/// Every request must carry `Bearer <token>`, or, with `None`, no
/// `Authorization` header. Without its spec, the request's host and the
/// path before the operation's are not checked; see [`Case`].
pub async fn run_case(
    shape: &OperationShape,
    example: &Example,
    response: &ExampleResponse,
    dispatch: Dispatch,
    token: Option<&str>,
) -> Verdict {
    Case {
        spec: &Value::Null,
        shape,
        example,
        response,
        dispatch,
        token,
    }
    .run()
    .await
}

/// One case: an example's response for an operation of a spec.
#[derive(Clone, Copy)]
pub struct Case<'a> {
    /// The spec file's JSON (`Value::Null` when not known): where the
    /// request goes ([`HostPlan`]) and the media types it declares.
    pub spec: &'a Value,
    /// The operation.
    pub shape: &'a OperationShape,
    /// The example.
    pub example: &'a Example,
    /// The example's response to serve.
    pub response: &'a ExampleResponse,
    /// The generated dispatch.
    pub dispatch: Dispatch,
    /// The bearer token requests must carry, if the client has a credential.
    pub token: Option<&'a str>,
}

impl Case<'_> {
    /// Serves the response, calls the operation, and judges request and
    /// outcome.
    pub async fn run(self) -> Verdict {
        let Case {
            spec,
            shape,
            example,
            response,
            dispatch,
            token,
        } = self;
        judge(spec, shape, example, response, dispatch, token).await
    }
}

async fn judge(
    spec: &Value,
    shape: &OperationShape,
    example: &Example,
    response: &ExampleResponse,
    dispatch: Dispatch,
    token: Option<&str>,
) -> Verdict {
    let host = match HostPlan::of(spec, &example.parameters) {
        Ok(host) => host,
        Err(reason) => return Verdict::Skipped(format!("example unusable: {reason}")),
    };
    let expected_request = match ExpectedRequest::describe(shape, &example.parameters, token) {
        Ok(request) => request.under(&host),
        Err(reason) => return Verdict::Skipped(format!("example unusable: {reason}")),
    };
    let server = MockServer::start_for_host(host.host_name(), Vec::new()).await;
    let endpoint = host
        .endpoint
        .as_deref()
        .and_then(|url| Url::parse(url).ok())
        .filter(|_| host.authority.is_some())
        .unwrap_or_else(|| server.endpoint().clone());
    let produces = produces(spec, shape.id);
    let polling = match polling::sequence(shape, example, response, server.endpoint()) {
        Ok(polling) => polling,
        Err(reason) => return Verdict::Skipped(reason),
    };
    let paged = polling
        .is_none()
        .then(|| two_pages(shape, example, response, server.endpoint()))
        .flatten();
    let (expected, served) = match (&polling, &paged) {
        (Some(polling), _) => {
            server.script(polling.replies.iter().cloned());
            (polling.expected.clone(), polling.replies.len())
        }
        (None, Some((replies, items))) => {
            server.script(replies.iter().cloned());
            (Expected::Items(items.clone()), replies.len())
        }
        (None, None) => {
            server.script([reply_for(shape.returns, response, &produces)]);
            (Expected::from_example(shape.returns, response), 1)
        }
    };
    let call = Call {
        operation: shape.id,
        endpoint,
        credential: Arc::new(FixedTokenCredential::default()),
        client_options: ClientOptions {
            transport: Some(server.transport()),
            retry: RetryOptions::none(),
            ..ClientOptions::default()
        },
        params: Params(example.parameters.clone()),
    };
    let outcome = match tokio::time::timeout(CALL_LIMIT, dispatch(call)).await {
        Ok(Outcome::Unsupported(reason)) => return Verdict::Skipped(reason),
        Ok(outcome) => outcome,
        Err(_) => Outcome::Error {
            status: None,
            code: None,
            message: format!("no answer within {CALL_LIMIT:?}"),
        },
    };
    let mut problems = Vec::new();
    if let Outcome::BadParameters(reason) = &outcome {
        problems.push(format!(
            "example parameters do not fit the method: {reason}"
        ));
    }
    let requests = server.requests();
    match requests.first() {
        Some(first) => problems.extend(expected_request.mismatches(first)),
        // A request to another host, or not over HTTPS, never gets here:
        // the server's certificate names only the expected host.
        None => problems.push(match &host.authority {
            Some(authority) => {
                format!("the client sent no request (expected one to https://{authority})")
            }
            None => "the client sent no request".to_owned(),
        }),
    }
    if let Some(polling) = &polling {
        problems.extend(polling::poll_mismatches(&polling.polls, &requests, token));
    } else if paged.is_some() {
        if let Some(second) = requests.get(1) {
            problems.extend(next_page_mismatches(
                second,
                example.parameters.get("api-version"),
                token,
            ));
        }
    }
    if !requests.is_empty() && requests.len() != served {
        problems.push(format!(
            "the client sent {} requests, expected {served}",
            requests.len()
        ));
    }
    if !matches!(outcome, Outcome::BadParameters(_)) {
        problems.extend(expected.mismatch(&outcome));
    }
    if problems.is_empty() {
        Verdict::Passed
    } else {
        Verdict::Failed(problems)
    }
}

/// The two-page variant of a successful list example, with the items the
/// pager must yield: page one holds the first half of the example's items
/// and a next link to [`NEXT_PAGE_PATH`] on the harness server (the
/// example's own link, if any, points at a real service); page two holds
/// the rest and no link. A list of fewer than two items is served whole on
/// both pages, so the pager must yield it twice.
pub fn two_pages(
    shape: &OperationShape,
    example: &Example,
    response: &ExampleResponse,
    endpoint: &Url,
) -> Option<(Vec<Reply>, Vec<Value>)> {
    let Returns::Pages {
        item_name,
        next_link_name: Some(next_link_name),
    } = shape.returns
    else {
        return None;
    };
    let status = response.status.served();
    if !(200..300).contains(&status) {
        return None;
    }
    let body = response.body.as_ref()?.as_object()?;
    let items = body.get(item_name)?.as_array()?;
    let (first, second) = if items.len() >= 2 {
        let (a, b) = items.split_at(items.len() / 2);
        (a.to_vec(), b.to_vec())
    } else {
        (items.clone(), items.clone())
    };
    let mut link = format!(
        "{}{}?$skiptoken=page-2",
        endpoint.as_str().trim_end_matches('/'),
        NEXT_PAGE_PATH
    );
    if let Some(version) = example
        .parameters
        .get("api-version")
        .and_then(Value::as_str)
    {
        link.push_str(&format!("&api-version={version}"));
    }
    let mut page_one = body.clone();
    page_one.insert(item_name.to_owned(), Value::Array(first.clone()));
    page_one.insert(next_link_name.to_owned(), Value::String(link));
    let page_two = json!({ item_name: second.clone() });
    let replies = vec![
        json_reply(status, &response.headers, &Value::Object(page_one)),
        json_reply(status, &response.headers, &page_two),
    ];
    Some((replies, first.into_iter().chain(second).collect()))
}

/// The request for page two must be a GET of the link as given: same path,
/// the skip token once, at most one `api-version` (the example's).
fn next_page_mismatches(
    request: &RecordedRequest,
    api_version: Option<&Value>,
    token: Option<&str>,
) -> Vec<String> {
    let mut found = Vec::new();
    if request.method != "GET" || request.path != NEXT_PAGE_PATH {
        found.push(format!(
            "page two: expected GET {NEXT_PAGE_PATH}, got {} {}",
            request.method, request.path
        ));
    }
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(request.query.as_deref().unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let values = |name: &str| -> Vec<&str> {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    if values("$skiptoken") != ["page-2"] {
        found.push(format!(
            "page two: the link's `$skiptoken` was not kept: {:?}",
            request.query
        ));
    }
    let versions = values("api-version");
    let expected_version = api_version.and_then(Value::as_str);
    if versions.len() > 1
        || (expected_version.is_some() && versions != [expected_version.unwrap_or("")])
    {
        found.push(format!(
            "page two: `api-version` should appear once as {expected_version:?}: {:?}",
            request.query
        ));
    }
    found.extend(authorization_mismatch("page two", token, request));
    found
}

/// The media types the spec says operation `id` produces (its own, else
/// the spec's), as written in the spec file.
fn produces(spec: &Value, id: &str) -> Vec<String> {
    let strings = |value: Option<&Value>| -> Option<Vec<String>> {
        let list = value?.as_array()?;
        Some(
            list.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
        )
    };
    let operation = ["paths", "x-ms-paths"]
        .iter()
        .filter_map(|key| spec.get(*key)?.as_object())
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id));
    operation
        .and_then(|op| strings(op.get("produces")))
        .or_else(|| strings(spec.get("produces")))
        .unwrap_or_default()
}

/// The reply that serves an example response as the service would: a
/// string body whose media type (the example's `Content-Type`, else the
/// operation's first `produces`) is not JSON is sent as that text, not as
/// a JSON string.
fn reply_for(returns: Returns, response: &ExampleResponse, produces: &[String]) -> Reply {
    let status = response.status.served();
    let media_type = response
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        .map(|(_, value)| value.clone())
        .or_else(|| produces.first().cloned())
        .unwrap_or_default();
    let text = !media_type.is_empty() && !media_type.to_ascii_lowercase().contains("json");
    match &response.body {
        Some(Value::String(body)) if text && returns != Returns::Bytes => {
            let mut headers = response.headers.clone();
            if !has_header(&headers, "content-type") {
                headers.push(("content-type".into(), media_type));
            }
            Reply {
                status,
                headers,
                body: body.clone().into_bytes(),
                ..Reply::default()
            }
        }
        Some(Value::String(_)) if returns == Returns::Bytes && status < 300 => {
            let mut headers = response.headers.clone();
            if !has_header(&headers, "content-type") {
                headers.push(("content-type".into(), "application/octet-stream".into()));
            }
            Reply {
                status,
                headers,
                body: body_bytes(response.body.as_ref()),
                ..Reply::default()
            }
        }
        Some(body) => json_reply(status, &response.headers, body),
        None => Reply {
            status,
            headers: response.headers.clone(),
            ..Reply::default()
        },
    }
}

/// A JSON reply: `body` with the example's headers, `content-type` added
/// where they have none.
pub(crate) fn json_reply(status: u16, headers: &[(String, String)], body: &Value) -> Reply {
    let mut headers = headers.to_vec();
    if !has_header(&headers, "content-type") {
        headers.push(("content-type".into(), "application/json".into()));
    }
    Reply {
        status,
        headers,
        body: body.to_string().into_bytes(),
        ..Reply::default()
    }
}

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(parameters: Value) -> Example {
        Example::from_value(
            "x.json".into(),
            json!({ "parameters": parameters, "responses": {} }),
        )
        .unwrap()
    }

    #[test]
    fn an_example_of_another_api_version_is_stale() {
        let old = example(json!({ "api-version": "2019-08-01.10.0" }));
        assert_eq!(
            stale_api_version(&old, Some("2020-03-01.11.0")),
            Some(("2019-08-01.10.0".to_owned(), "2020-03-01.11.0"))
        );
        let current = example(json!({ "api-version": "2020-03-01.11.0" }));
        assert_eq!(stale_api_version(&current, Some("2020-03-01.11.0")), None);
        assert_eq!(stale_api_version(&old, None), None);
        assert_eq!(
            stale_api_version(&example(json!({})), Some("2020-03-01.11.0")),
            None
        );
    }

    #[test]
    fn the_spec_names_its_api_version() {
        let suite = Suite::for_spec(
            "specification/batch/data-plane/Microsoft.Batch/stable/2020-03-01.11.0/BatchService.json",
        );
        // Only where the specs checkout is present.
        if suite.spec.exists() {
            assert_eq!(suite.api_version().as_deref(), Some("2020-03-01.11.0"));
        }
        let missing = Suite::for_spec("/nonexistent/BatchService.json");
        assert_eq!(missing.api_version(), None);
    }
}
