//! Robustness of the generated client (`azure_batch::v2024_02_01`) against
//! inputs and answers no x-ms-example describes: hostile ids, values and
//! fields the crate does not know, broken bodies, error statuses, a slow
//! server and a transient failure.
//!
//! Each test runs the real client over HTTPS against the harness's loopback
//! [`MockServer`] and fails if the client panics, hangs, sends something it
//! should not, or hides what went wrong.

use std::sync::Arc;
use std::time::{Duration, Instant};

use azure_batch::v2024_02_01::{
    AllocationState, BatchClient, BatchClientOptions, BatchErrorExt, PoolState,
};
use azure_conformance::{FixedTokenCredential, MockServer, Reply, TEST_TOKEN};
use azure_core::error::ErrorKind;
use azure_core::http::{ClientOptions, ExponentialRetryOptions, RetryOptions, StatusCode};
use serde_json::json;

/// The api-version the client sends by default.
const API_VERSION: &str = "2024-02-01.19.0";

/// A client for `server` that trusts its certificate and never retries.
fn client(server: &MockServer) -> BatchClient {
    client_with(server, server.client_options())
}

fn client_with(server: &MockServer, client_options: ClientOptions) -> BatchClient {
    BatchClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(BatchClientOptions {
            client_options,
            ..BatchClientOptions::default()
        }),
    )
    .expect("a client for the loopback server")
}

/// A pool as the service would send it.
fn pool_body(id: &str) -> serde_json::Value {
    json!({
        "id": id,
        "url": format!("https://account.region.batch.azure.com/pools/{id}"),
        "state": "active",
        "allocationState": "steady",
        "vmSize": "standard_d2s_v3",
    })
}

/// An id with a slash, dot segments, a query and fragment delimiter, a
/// space, a percent sign and non-ASCII stays one percent-encoded path
/// segment: the server sees exactly `/pools/<encoded>`, never another
/// resource, and the query holds only the api-version.
#[tokio::test]
async fn hostile_ids_are_percent_encoded_into_one_segment() {
    let cases = [
        ("a/b ..?#é", "/pools/a%2Fb%20..%3F%23%C3%A9"),
        ("../jobs", "/pools/..%2Fjobs"),
        ("x?api-version=1#y", "/pools/x%3Fapi-version%3D1%23y"),
        ("a%2Fb", "/pools/a%252Fb"),
        ("...", "/pools/..."),
        ("pool-1.a_b~c", "/pools/pool-1.a_b~c"),
    ];
    let server = MockServer::start(
        cases
            .iter()
            .map(|(id, _)| Reply::json(200, &pool_body(id)))
            .collect(),
    )
    .await;
    let client = client(&server);
    for (id, _) in &cases {
        let pool = client
            .pool_get(id, None)
            .await
            .unwrap_or_else(|e| panic!("pool_get({id:?}) failed: {e}"))
            .into_model()
            .expect("the pool deserializes");
        assert_eq!(pool.id.as_deref(), Some(*id));
    }
    let requests = server.requests();
    assert_eq!(requests.len(), cases.len(), "one request per call");
    for ((id, expected_path), request) in cases.iter().zip(&requests) {
        assert_eq!(request.method, "GET", "id {id:?}");
        assert_eq!(request.path, *expected_path, "id {id:?}");
        assert_eq!(
            request.query.as_deref(),
            Some(format!("api-version={API_VERSION}").as_str()),
            "id {id:?} must not add to the query"
        );
        assert_eq!(
            request.header_values("authorization"),
            [format!("Bearer {TEST_TOKEN}").as_str()]
        );
    }
}

/// Ids that would address another resource once URL normalisation removes
/// a dot segment (or leaves an empty one) are refused before any request.
#[tokio::test]
async fn dot_and_empty_ids_are_rejected_without_a_request() {
    let server = MockServer::start(Vec::new()).await;
    let client = client(&server);
    for id in ["..", ".", ""] {
        let error = client
            .pool_get(id, None)
            .await
            .expect_err("a dot or empty segment must be rejected");
        assert!(
            error.to_string().contains("poolId"),
            "the error should name the parameter: {error}"
        );
        assert!(error.http_status().is_none(), "no HTTP status: {error}");
        let error = client
            .pool_delete(id, None)
            .await
            .expect_err("a dot or empty segment must be rejected");
        assert!(error.to_string().contains("poolId"), "{error}");
    }
    assert!(
        server.requests().is_empty(),
        "nothing may be sent: {:?}",
        server.requests()
    );
}

/// Values of an open enum the crate does not know are kept as
/// `UnknownValue`, and written back unchanged; fields the crate does not
/// know are kept in `additional_properties` and written back unchanged.
#[tokio::test]
async fn unknown_enum_values_and_fields_deserialize() {
    let mut body = pool_body("p1");
    body["state"] = json!("upgrading");
    body["allocationState"] = json!("shrinking");
    body["futureField"] = json!({ "nested": [1, 2, 3], "flag": true });
    body["anotherFutureField"] = json!("text");
    let server = MockServer::start(vec![Reply::json(200, &body)]).await;
    let pool = client(&server)
        .pool_get("p1", None)
        .await
        .expect("the call succeeds")
        .into_model()
        .expect("unknown values and fields deserialize");
    assert_eq!(pool.id.as_deref(), Some("p1"));
    assert_eq!(pool.vm_size.as_deref(), Some("standard_d2s_v3"));
    assert_eq!(
        pool.state,
        Some(PoolState::UnknownValue("upgrading".to_owned()))
    );
    assert_eq!(
        pool.allocation_state,
        Some(AllocationState::UnknownValue("shrinking".to_owned()))
    );
    let again = serde_json::to_value(&pool).expect("the pool serializes");
    assert_eq!(again["state"], "upgrading");
    assert_eq!(again["allocationState"], "shrinking");
    assert_eq!(again["futureField"], body["futureField"]);
    assert_eq!(again["anotherFutureField"], "text");
}

/// A response without fields the spec marks required deserializes, the
/// missing fields being `None`.
#[tokio::test]
async fn missing_required_fields_are_none() {
    // `taskSlotCounts` and, inside `taskCounts`, `running`, `succeeded` and
    // `failed` are required by the spec.
    let body = json!({ "taskCounts": { "active": 3, "completed": 4 } });
    let server = MockServer::start(vec![Reply::json(200, &body)]).await;
    let result = client(&server)
        .job_get_task_counts("job-1", None)
        .await
        .expect("the call succeeds")
        .into_model()
        .expect("missing required fields do not fail deserialization");
    assert!(result.task_slot_counts.is_none());
    let counts = result.task_counts.expect("taskCounts was sent");
    assert_eq!(counts.active, Some(3));
    assert_eq!(counts.completed, Some(4));
    assert_eq!(counts.running, None);
    assert_eq!(counts.succeeded, None);
    assert_eq!(counts.failed, None);
}

/// A field of the wrong type is a data-conversion error that says what was
/// wrong, not a panic and not a silently empty model.
#[tokio::test]
async fn wrong_typed_fields_are_deserialization_errors() {
    let body = json!({
        "taskCounts": { "active": "many", "running": 0, "completed": 0, "succeeded": 0, "failed": 0 }
    });
    let server = MockServer::start(vec![Reply::json(200, &body)]).await;
    let response = client(&server)
        .job_get_task_counts("job-1", None)
        .await
        .expect("the status is a success");
    assert_eq!(response.status(), StatusCode::Ok);
    let error = response
        .into_model()
        .expect_err("a string where an integer belongs must not deserialize");
    assert_eq!(*error.kind(), ErrorKind::DataConversion, "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("invalid type") && message.contains("many"),
        "the error should say what is wrong: {message}"
    );

    // A nested model of the wrong shape, in a list.
    let server = MockServer::start(vec![Reply::json(
        200,
        &json!({ "value": [pool_body("p1"), { "id": 7 }] }),
    )])
    .await;
    let mut pager = client(&server).pool_list(None).expect("a pager");
    let first = futures::StreamExt::next(&mut pager)
        .await
        .expect("the pager yields something");
    let error = first.expect_err("a numeric id must not deserialize");
    assert_eq!(*error.kind(), ErrorKind::DataConversion, "{error:?}");
}

/// A 500 whose body is not JSON is an HTTP error with status 500 and no
/// service error.
#[tokio::test]
async fn server_error_with_non_json_body_is_a_typed_error() {
    let reply = Reply {
        status: 500,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html><body>Internal meltdown {\"code\":</body></html>".to_vec(),
        ..Reply::default()
    };
    let server = MockServer::start(vec![reply]).await;
    let error = client(&server)
        .pool_get("p1", None)
        .await
        .expect_err("a 500 is an error");
    assert_eq!(error.http_status(), Some(StatusCode::InternalServerError));
    match error.kind() {
        ErrorKind::HttpResponse {
            status,
            error_code,
            raw_response,
        } => {
            assert_eq!(*status, StatusCode::InternalServerError);
            assert_eq!(*error_code, None);
            let raw = raw_response.as_ref().expect("the raw response is kept");
            assert!(raw.body().starts_with(b"<html>"));
        }
        other => panic!("expected an HTTP response error, got {other:?}"),
    }
    assert!(error.batch_error().is_none());
    assert_eq!(server.requests().len(), 1, "no retries were configured");
}

/// A 404 with Batch's error body is an HTTP error with status 404 that
/// carries the service's error code and message.
#[tokio::test]
async fn not_found_with_batch_error_carries_the_service_code() {
    let body = json!({
        "code": "PoolNotFound",
        "message": { "lang": "en-US", "value": "The specified pool does not exist." },
        "values": [{ "key": "RequestId", "value": "00000000-0000-0000-0000-000000000000" }]
    });
    let server = MockServer::start(vec![Reply::json(404, &body)]).await;
    let error = client(&server)
        .pool_get("missing", None)
        .await
        .expect_err("a 404 is an error");
    assert_eq!(error.http_status(), Some(StatusCode::NotFound));
    match error.kind() {
        ErrorKind::HttpResponse {
            status, error_code, ..
        } => {
            assert_eq!(*status, StatusCode::NotFound);
            assert_eq!(error_code.as_deref(), Some("PoolNotFound"));
        }
        other => panic!("expected an HTTP response error, got {other:?}"),
    }
    assert!(
        error
            .to_string()
            .contains("The specified pool does not exist."),
        "the message should be shown: {error}"
    );
    let batch_error = error.batch_error().expect("the body is a BatchError");
    assert_eq!(batch_error.code.as_deref(), Some("PoolNotFound"));
    assert_eq!(
        batch_error.message.and_then(|m| m.value).as_deref(),
        Some("The specified pool does not exist.")
    );
    let values = batch_error.values.expect("the details are kept");
    assert_eq!(values[0].key.as_deref(), Some("RequestId"));
}

/// A body shorter than its `Content-Length` (the connection closing early)
/// is an error.
#[tokio::test]
async fn body_shorter_than_its_content_length_is_an_error() {
    let full = pool_body("p1").to_string();
    let reply = Reply {
        declared_length: Some(full.len() + 100),
        ..Reply::json(200, &pool_body("p1"))
    };
    let server = MockServer::start(vec![reply]).await;
    let result = client(&server).pool_get("p1", None).await;
    let error = match result {
        Err(error) => error,
        Ok(response) => response
            .into_model()
            .expect_err("a truncated body must not give a pool"),
    };
    assert!(error.http_status().is_none(), "{error:?}");
    assert!(
        matches!(error.kind(), ErrorKind::Io | ErrorKind::Connection),
        "a transport error, got {error:?}"
    );
}

/// A JSON body cut in half (with a matching `Content-Length`) is a
/// data-conversion error.
#[tokio::test]
async fn json_cut_in_half_is_an_error() {
    let full = pool_body("p1").to_string();
    let reply = Reply {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: full.as_bytes()[..full.len() / 2].to_vec(),
        ..Reply::default()
    };
    let server = MockServer::start(vec![reply]).await;
    let error = client(&server)
        .pool_get("p1", None)
        .await
        .expect("the status is a success")
        .into_model()
        .expect_err("half a JSON document must not give a pool");
    assert_eq!(*error.kind(), ErrorKind::DataConversion, "{error:?}");
    assert!(
        format!("{error:?}").contains("EOF"),
        "the error should say the document ended early: {error:?}"
    );
}

/// A server slower than the transport's timeout gives an error soon after
/// the timeout, not after the server's delay.
#[tokio::test]
async fn slow_server_hits_the_client_timeout() {
    let server_delay = Duration::from_secs(10);
    let timeout = Duration::from_millis(300);
    let reply = Reply {
        delay: Some(server_delay),
        ..Reply::json(200, &pool_body("p1"))
    };
    let server = MockServer::start(vec![reply]).await;
    let client = client_with(
        &server,
        ClientOptions {
            transport: Some(server.transport_with_timeout(Some(timeout))),
            retry: RetryOptions::none(),
            ..ClientOptions::default()
        },
    );
    let started = Instant::now();
    let error = client
        .pool_get("p1", None)
        .await
        .expect_err("the client must give up");
    let elapsed = started.elapsed();
    assert!(
        elapsed >= timeout,
        "gave up before the timeout: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(3),
        "gave up only after {elapsed:?} (server delay {server_delay:?})"
    );
    assert!(error.http_status().is_none(), "{error:?}");
    assert!(
        matches!(error.kind(), ErrorKind::Io | ErrorKind::Connection),
        "a transport error, got {error:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

/// A 503 is retried by the pipeline's retry policy, and the retry's 200 is
/// what the caller gets.
#[tokio::test]
async fn service_unavailable_is_retried_then_succeeds() {
    let unavailable = Reply {
        status: 503,
        headers: vec![("content-type".into(), "application/json".into())],
        body: json!({ "code": "ServerBusy", "message": { "value": "try again" } })
            .to_string()
            .into_bytes(),
        ..Reply::default()
    };
    let server = MockServer::start(vec![unavailable, Reply::json(200, &pool_body("p1"))]).await;
    let client = client_with(
        &server,
        ClientOptions {
            transport: Some(server.transport()),
            retry: RetryOptions::exponential(ExponentialRetryOptions {
                initial_delay: azure_core::time::Duration::milliseconds(1),
                max_retries: 3,
                ..ExponentialRetryOptions::default()
            }),
            ..ClientOptions::default()
        },
    );
    let started = Instant::now();
    let pool = client
        .pool_get("p1", None)
        .await
        .expect("the retry succeeds")
        .into_model()
        .expect("the pool deserializes");
    assert_eq!(pool.id.as_deref(), Some("p1"));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the retry took {:?}",
        started.elapsed()
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "one failed attempt and one retry");
    for request in &requests {
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/pools/p1");
        assert_eq!(
            request.header_values("authorization"),
            [format!("Bearer {TEST_TOKEN}").as_str()],
            "the retry is authenticated too"
        );
    }
}
