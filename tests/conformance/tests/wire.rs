//! The harness judges what goes on the wire, and a wrong client cannot pass
//! it: for each of its former blind spots (the host and path a host
//! template spells, text bodies served and sent as text, a `null` in a
//! merge patch, array path parameters) a client that is right passes and
//! one that is wrong in that one way fails.
//!
//! The right clients of the host templates and the text bodies are the
//! generated crates of `tests/specs/wire` (fixtures `azure_host_*`,
//! `azure_notes`); the others send hand-built requests through an
//! `azure_core` pipeline with the harness's transport.

use std::future::Future;
use std::pin::Pin;

use azure_conformance::report::{Report, Verdict};
use azure_conformance::{
    returned, Call, Location, OperationShape, Outcome, ParamShape, PathPart, Returns, Suite,
};
use azure_core::http::{Context, Method, Pipeline, RawResponse, Request, Url};
use serde_json::Value;

type Dispatch = fn(Call) -> Pin<Box<dyn Future<Output = Outcome>>>;

const API_VERSION: ParamShape = ParamShape {
    name: "api-version",
    location: Location::Query,
    separator: None,
    client_filled: true,
};

/// `Documents_Get` of the host template specs, with its example.
const fn documents_get(example: &'static str) -> OperationShape {
    OperationShape {
        id: "Documents_Get",
        method: "GET",
        path: &[
            PathPart::Literal("/docs/"),
            PathPart::Param {
                name: "key",
                raw: false,
            },
        ],
        fixed_query: &[],
        parameters: &[API_VERSION],
        body: None,
        content_type: None,
        returns: Returns::Json,
        long_running: None,
        examples: match example.as_bytes() {
            b"index" => &[("Get a document", "./examples/get.json")],
            b"region" => &[("Get a document", "./examples/get-region.json")],
            _ => &[("Get a document", "./examples/get-account.json")],
        },
    }
}

static INDEX: OperationShape = documents_get("index");
static REGION: OperationShape = documents_get("region");
static ACCOUNT: OperationShape = documents_get("account");

static GET_TEXT: OperationShape = OperationShape {
    id: "Notes_GetText",
    method: "GET",
    path: &[
        PathPart::Literal("/notes/"),
        PathPart::Param {
            name: "noteId",
            raw: false,
        },
    ],
    fixed_query: &[],
    parameters: &[API_VERSION],
    body: None,
    content_type: None,
    returns: Returns::Json,
    long_running: None,
    examples: &[("Read a note", "./examples/get.json")],
};

static SET_TEXT: OperationShape = OperationShape {
    id: "Notes_SetText",
    method: "PUT",
    body: Some("text"),
    content_type: Some("text/plain"),
    examples: &[("Write a note", "./examples/put.json")],
    ..GET_TEXT
};

static UPDATE: OperationShape = OperationShape {
    id: "Items_Update",
    method: "PATCH",
    path: &[
        PathPart::Literal("/items/"),
        PathPart::Param {
            name: "id",
            raw: false,
        },
    ],
    fixed_query: &[],
    parameters: &[API_VERSION],
    body: Some("patch"),
    content_type: Some("application/merge-patch+json"),
    returns: Returns::Json,
    long_running: None,
    examples: &[("Remove a name", "./examples/patch.json")],
};

static GET_MANY: OperationShape = OperationShape {
    id: "Items_GetMany",
    method: "GET",
    path: &[
        PathPart::Literal("/items/"),
        PathPart::List {
            name: "ids",
            separator: ",",
        },
        PathPart::Literal("/"),
        PathPart::List {
            name: "tags",
            separator: "|",
        },
    ],
    body: None,
    content_type: None,
    examples: &[("Get two", "./examples/get-many.json")],
    ..UPDATE
};

fn spec(path: &str) -> String {
    format!("{}/../specs/wire/{path}", env!("CARGO_MANIFEST_DIR"))
}

async fn run(spec_path: &str, shape: &OperationShape, dispatch: Dispatch) -> Report {
    Suite::for_spec(&spec(spec_path))
        .without_token()
        .run(std::slice::from_ref(shape), dispatch)
        .await
}

fn assert_passes(report: &Report) {
    assert!(
        report.cases.len() == 1 && report.passed() == 1,
        "expected one case passed: {report}"
    );
}

/// Asserts that the one case failed, for a reason that names `what`.
fn assert_fails(report: &Report, what: &str) {
    match report.cases.as_slice() {
        [case] => match &case.verdict {
            Verdict::Failed(problems) => assert!(
                problems.iter().any(|p| p.contains(what)),
                "expected a problem naming {what:?}: {problems:?}"
            ),
            other => panic!("expected a failure naming {what:?}, got {other:?}"),
        },
        cases => panic!("expected one case: {cases:?}"),
    }
}

/// Sends `method url` with `body` (of `content_type`) through a pipeline
/// with the harness's transport, as a hand-written client would.
async fn send(
    call: &Call,
    method: Method,
    url: &str,
    body: Option<(&str, Vec<u8>)>,
) -> azure_core::Result<RawResponse> {
    let pipeline = Pipeline::new(
        None,
        None,
        call.client_options.clone(),
        Vec::new(),
        Vec::new(),
        None,
    );
    let mut request = Request::new(Url::parse(url)?, method);
    if let Some((content_type, bytes)) = body {
        request.insert_header("content-type", content_type.to_owned());
        request.set_body(bytes);
    }
    pipeline.send(&Context::new(), &mut request, None).await
}

/// The JSON of a response, as a typed client gives it back.
fn json_outcome(response: azure_core::Result<RawResponse>) -> Outcome {
    match response {
        Ok(raw) => match serde_json::from_slice::<Value>(raw.body()) {
            Ok(value) => Outcome::model(u16::from(raw.status()), &value),
            Err(e) => Outcome::Error {
                status: None,
                code: None,
                message: format!("the body is not JSON: {e}"),
            },
        },
        Err(e) => Outcome::error(&e, None),
    }
}

/// What the example's `name` parameter says, as text.
fn param(call: &Call, name: &str) -> String {
    call.params
        .required::<String>(name)
        .unwrap_or_else(|_| panic!("the example gives `{name}`"))
}

mod host_templates {
    use super::*;

    fn index_client(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        use azure_host_index::v2024_06_01::{DocumentsClient, DocumentsClientOptions};
        Box::pin(async move {
            let client = DocumentsClient::new(
                call.endpoint.as_str(),
                &param(&call, "indexName"),
                Some(DocumentsClientOptions {
                    client_options: call.client_options.clone(),
                    ..Default::default()
                }),
            )
            .expect("a client");
            let key = param(&call, "key");
            returned::model(
                client.documents_get(&key, None).await,
                returned::http_error_code,
            )
        })
    }

    fn region_client(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        use azure_host_region::v2024_06_01::{DocumentsClient, DocumentsClientOptions};
        Box::pin(async move {
            let client = DocumentsClient::new(Some(DocumentsClientOptions {
                geography: param(&call, "geography"),
                client_options: call.client_options.clone(),
                ..Default::default()
            }))
            .expect("a client");
            let key = param(&call, "key");
            returned::model(
                client.documents_get(&key, None).await,
                returned::http_error_code,
            )
        })
    }

    fn account_client(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        use azure_host_account::v2024_06_01::{DocumentsClient, DocumentsClientOptions};
        Box::pin(async move {
            // `dnsSuffix` is left to its default, which the example repeats.
            let client = DocumentsClient::new(
                &param(&call, "accountName"),
                Some(DocumentsClientOptions {
                    client_options: call.client_options.clone(),
                    ..Default::default()
                }),
            )
            .expect("a client");
            let key = param(&call, "key");
            returned::model(
                client.documents_get(&key, None).await,
                returned::http_error_code,
            )
        })
    }

    /// The fault the generators of other projects had: only the endpoint
    /// taken, the template's text pasted into the path with its other
    /// parameters dropped.
    fn index_dropping_its_name(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let url = format!(
                "{}/indexes('')/docs/{}?api-version=2024-06-01",
                call.endpoint.as_str().trim_end_matches('/'),
                param(&call, "key")
            );
            json_outcome(send(&call, Method::Get, &url, None).await)
        })
    }

    fn region_in_the_path(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let url = format!(
                "https://{}.atlas.example.com/.atlas.example.com/docs/{}?api-version=2024-06-01",
                param(&call, "geography"),
                param(&call, "key")
            );
            json_outcome(send(&call, Method::Get, &url, None).await)
        })
    }

    /// The default geography instead of the example's.
    fn region_default(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let url = format!(
                "https://us.atlas.example.com/docs/{}?api-version=2024-06-01",
                param(&call, "key")
            );
            json_outcome(send(&call, Method::Get, &url, None).await)
        })
    }

    /// The right URL, over plain HTTP.
    fn account_over_http(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let url = format!(
                "http://acct.lake.example.net/docs/{}?api-version=2024-06-01",
                param(&call, "key")
            );
            json_outcome(send(&call, Method::Get, &url, None).await)
        })
    }

    #[tokio::test]
    async fn a_path_part_of_the_template_is_spelled_with_its_parameter() {
        assert_passes(&run("host/index.json", &INDEX, index_client).await);
        assert_fails(
            &run("host/index.json", &INDEX, index_dropping_its_name).await,
            "path",
        );
    }

    #[tokio::test]
    async fn a_host_label_is_the_example_s() {
        assert_passes(&run("host/region.json", &REGION, region_client).await);
        assert_fails(
            &run("host/region.json", &REGION, region_in_the_path).await,
            "path: expected segments [\"\", \"docs\", \"k1\"]",
        );
        // The server's certificate names only the example's host.
        assert_fails(
            &run("host/region.json", &REGION, region_default).await,
            "the client sent no request (expected one to https://eu.atlas.example.com)",
        );
    }

    #[tokio::test]
    async fn two_labels_one_a_default_over_https() {
        assert_passes(&run("host/account.json", &ACCOUNT, account_client).await);
        // The harness speaks HTTPS only: plain HTTP gets no answer.
        assert_fails(
            &run("host/account.json", &ACCOUNT, account_over_http).await,
            "the client sent no request (expected one to https://acct.lake.example.net)",
        );
    }
}

mod text {
    use super::*;
    use azure_notes::v2024_06_01::{NotesClient, NotesClientOptions};

    fn client(call: &Call) -> NotesClient {
        NotesClient::new(
            call.endpoint.as_str(),
            Some(NotesClientOptions {
                client_options: call.client_options.clone(),
                ..Default::default()
            }),
        )
        .expect("a client")
    }

    fn reads_text(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let note = param(&call, "noteId");
            returned::model(
                client(&call).get_text(&note, None).await,
                returned::http_error_code,
            )
        })
    }

    fn sends_text(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let note = param(&call, "noteId");
            let text = param(&call, "text");
            returned::model(
                client(&call).set_text(&note, &text, None).await,
                returned::http_error_code,
            )
        })
    }

    fn url(call: &Call) -> String {
        format!(
            "{}/notes/{}?api-version=2024-06-01",
            call.endpoint.as_str().trim_end_matches('/'),
            param(call, "noteId")
        )
    }

    /// Reads the text as JSON, as the generated client did.
    fn reads_json(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let response = send(&call, Method::Get, &url(&call), None).await;
            match response {
                Ok(raw) => match serde_json::from_slice::<String>(raw.body()) {
                    Ok(text) => Outcome::model(u16::from(raw.status()), &text),
                    Err(e) => Outcome::Error {
                        status: None,
                        code: None,
                        message: format!("DataConversion: {e}"),
                    },
                },
                Err(e) => Outcome::error(&e, None),
            }
        })
    }

    /// Sends the text as a JSON string, under `text/plain`.
    fn sends_json(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let text = serde_json::to_vec(&param(&call, "text")).unwrap();
            let body = Some(("text/plain", text));
            json_outcome(send(&call, Method::Put, &url(&call), body).await)
        })
    }

    #[tokio::test]
    async fn a_text_response_is_served_and_read_as_text() {
        assert_passes(&run("text/notes.json", &GET_TEXT, reads_text).await);
        assert_fails(
            &run("text/notes.json", &GET_TEXT, reads_json).await,
            "DataConversion",
        );
    }

    #[tokio::test]
    async fn a_text_request_body_is_the_text() {
        assert_passes(&run("text/notes.json", &SET_TEXT, sends_text).await);
        assert_fails(
            &run("text/notes.json", &SET_TEXT, sends_json).await,
            "body: expected the text/plain text",
        );
    }
}

mod items {
    use super::*;

    fn base(call: &Call) -> String {
        call.endpoint.as_str().trim_end_matches('/').to_owned()
    }

    fn patch(body: &'static str) -> Dispatch {
        fn with(call: Call, body: &'static str) -> Pin<Box<dyn Future<Output = Outcome>>> {
            Box::pin(async move {
                let url = format!("{}/v1/items/i1?api-version=2024-06-01", base(&call));
                let body = Some(("application/merge-patch+json", body.as_bytes().to_vec()));
                json_outcome(send(&call, Method::Patch, &url, body).await)
            })
        }
        match body {
            "keeps" => |call| with(call, r#"{"name":null,"size":2}"#),
            _ => |call| with(call, r#"{"size":2}"#),
        }
    }

    fn get_many(path: &'static str) -> Dispatch {
        fn with(call: Call, path: &'static str) -> Pin<Box<dyn Future<Output = Outcome>>> {
            Box::pin(async move {
                let url = format!("{}/v1/items/{path}?api-version=2024-06-01", base(&call));
                json_outcome(send(&call, Method::Get, &url, None).await)
            })
        }
        match path {
            "csv" => |call| with(call, "k1%2Ck2/red%7Cblue"),
            "raw" => |call| with(call, "k1,k2/red%7Cblue"),
            "json" => |call| with(call, "%5B%22k1%22%2C%22k2%22%5D/red%7Cblue"),
            _ => |call| with(call, "k1%2Ck2/red%2Cblue"),
        }
    }

    /// Under a fixed host and `basePath`.
    fn forgets_the_base_path(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
        Box::pin(async move {
            let url = format!(
                "{}/items/k1,k2/red%7Cblue?api-version=2024-06-01",
                base(&call)
            );
            json_outcome(send(&call, Method::Get, &url, None).await)
        })
    }

    #[tokio::test]
    async fn a_null_in_a_merge_patch_must_be_sent() {
        assert_passes(&run("items/items.json", &UPDATE, patch("keeps")).await);
        assert_fails(
            &run("items/items.json", &UPDATE, patch("drops")).await,
            "body at `/name`: missing",
        );
    }

    #[tokio::test]
    async fn an_array_path_parameter_is_its_delimited_items() {
        assert_passes(&run("items/items.json", &GET_MANY, get_many("csv")).await);
        assert_passes(&run("items/items.json", &GET_MANY, get_many("raw")).await);
        assert_fails(
            &run("items/items.json", &GET_MANY, get_many("json")).await,
            "path",
        );
        // `tags` is `pipes`: a comma is the wrong separator.
        assert_fails(
            &run("items/items.json", &GET_MANY, get_many("commas")).await,
            "path",
        );
        assert_fails(
            &run("items/items.json", &GET_MANY, forgets_the_base_path).await,
            "path",
        );
    }
}
