//! Read-modify-write loses nothing: properties the spec does not define,
//! which the real service sends (Batch 2025-06-01's own examples carry
//! `currentNodeCommunicationMode`, `diskEncryptionSet`, `odata.metadata`),
//! are kept by the generated models and written back unchanged.
//!
//! Each test runs the real client (`azure_batch::v2025_06_01`) over HTTPS
//! against the harness's loopback [`MockServer`]: it reads a resource whose
//! body holds undefined properties at the top and deep inside, sends it back
//! through a replace operation, and checks the request body the server
//! received.

use std::sync::Arc;

use azure_batch::v2025_06_01::{
    BatchClient, BatchClientOptions, BatchJob, BatchPool, BatchPoolReplaceOptions,
};
use azure_conformance::{FixedTokenCredential, MockServer, Reply};
use serde_json::{json, Value};

fn client(server: &MockServer) -> BatchClient {
    BatchClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(BatchClientOptions {
            client_options: server.client_options(),
            ..BatchClientOptions::default()
        }),
    )
    .expect("a client for the loopback server")
}

/// The body of the `n`th request the server received, as JSON.
fn sent_body(server: &MockServer, n: usize) -> Value {
    let requests = server.requests();
    let request = requests
        .get(n)
        .unwrap_or_else(|| panic!("request {n} was not sent: {requests:?}"));
    serde_json::from_slice(&request.body).unwrap_or_else(|e| {
        panic!(
            "request {n} has no JSON body ({e}): {:?}",
            String::from_utf8_lossy(&request.body)
        )
    })
}

/// A job as the service sends it, with properties 2025-06-01 does not
/// define at the top, inside a nested model and inside an array item.
fn job_body() -> Value {
    json!({
        "id": "job-1",
        "priority": 100,
        "maxParallelTasks": 4,
        "odata.metadata": "https://account.region.batch.azure.com/$metadata#jobs/@Element",
        "futureSetting": { "mode": "strict", "levels": [1, 2, 3] },
        "poolInfo": {
            "poolId": "pool-1",
            "placementHint": "zone-1"
        },
        "metadata": [
            { "name": "owner", "value": "team-a", "visibility": "private" }
        ],
        "constraints": { "maxWallClockTime": "PT1H", "maxTaskRetryCount": 2 }
    })
}

#[tokio::test]
async fn a_job_read_and_replaced_sends_back_what_the_spec_does_not_define() {
    let server = MockServer::start(vec![Reply::json(200, &job_body()), Reply::status(200)]).await;
    let client = client(&server);
    let job: BatchJob = client
        .get_job("job-1", None)
        .await
        .expect("get_job succeeds")
        .into_model()
        .expect("the job deserializes");

    // What the spec does not define is readable where it was sent.
    assert_eq!(
        job.additional_properties.get("futureSetting"),
        Some(&json!({ "mode": "strict", "levels": [1, 2, 3] }))
    );
    let pool_info = job.pool_info.as_ref().expect("poolInfo was sent");
    assert_eq!(
        pool_info.additional_properties.get("placementHint"),
        Some(&json!("zone-1"))
    );

    let mut job = job;
    job.priority = Some(200);
    client
        .replace_job("job-1", job.try_into().expect("a request body"), None)
        .await
        .expect("replace_job succeeds");

    let mut expected = job_body();
    expected["priority"] = json!(200);
    assert_eq!(sent_body(&server, 1), expected);
}

/// A pool's settings carried from the pool read into a replace request keep
/// their undefined properties, and a user can set one the crate does not
/// know yet (a newer service's `targetNodeCommunicationMode`).
#[tokio::test]
async fn a_pool_replace_built_from_a_read_pool_keeps_undefined_properties() {
    let body = json!({
        "id": "pool-1",
        "vmSize": "standard_d2s_v3",
        "currentNodeCommunicationMode": "classic",
        "startTask": {
            "commandLine": "/bin/bash -c 'echo hello'",
            "waitForSuccess": true,
            "containerHostBatchBindMounts": [{ "source": "Shared", "isReadOnly": true }]
        },
        "metadata": [{ "name": "env", "value": "prod" }]
    });
    let server = MockServer::start(vec![Reply::json(200, &body), Reply::status(204)]).await;
    let client = client(&server);
    let pool: BatchPool = client
        .get_pool("pool-1", None)
        .await
        .expect("get_pool succeeds")
        .into_model()
        .expect("the pool deserializes");
    assert_eq!(
        pool.additional_properties
            .get("currentNodeCommunicationMode"),
        Some(&json!("classic"))
    );

    let mut replace = BatchPoolReplaceOptions {
        start_task: pool.start_task,
        metadata: pool.metadata,
        application_package_references: Some(Vec::new()),
        ..Default::default()
    };
    replace
        .additional_properties
        .insert("targetNodeCommunicationMode".into(), json!("simplified"));
    client
        .replace_pool_properties("pool-1", replace.try_into().expect("a request body"), None)
        .await
        .expect("replace_pool_properties succeeds");

    assert_eq!(
        sent_body(&server, 1),
        json!({
            "startTask": body["startTask"],
            "metadata": body["metadata"],
            "applicationPackageReferences": [],
            "targetNodeCommunicationMode": "simplified"
        })
    );
}

// `Debug` of a model shows no values by default (azure_core's SafeDebug);
// `cargo test --all-features` turns on the crates' `debug` feature, which
// shows them, so the default is tested where a user's build compiles it:
// tests/user-build's `debug_prints_no_values`.
