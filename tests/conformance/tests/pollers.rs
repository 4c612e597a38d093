//! Pollers of a real spec's long-running operations (Key Vault 7.5
//! backup and restore, `final-state-via: azure-async-operation`) against a
//! polling sequence served on loopback: the first response, statuses in
//! progress, success or failure. Polls wait the server's `Retry-After: 0`
//! or the options' zero interval: no test sleeps.

use azure_conformance::{MockServer, Reply};
use azure_core::error::ErrorKind;
use azure_core::http::poller::{PollerOptions, PollerStatus};
use azure_core::http::Poller;
use azure_core::time::Duration;
use azure_keyvault_backup_restore::poller::{Continuation, OperationStatus};
use azure_keyvault_backup_restore::v7_5::{
    FullBackupOperation, KeyVaultBackupRestoreClient, KeyVaultBackupRestoreClientFullBackupOptions,
    KeyVaultBackupRestoreClientFullRestoreOperationOptions, KeyVaultBackupRestoreClientOptions,
    KeyVaultErrorExt as _, RestoreOperation,
};
use futures::StreamExt as _;
use serde_json::json;

fn client(server: &MockServer) -> KeyVaultBackupRestoreClient {
    KeyVaultBackupRestoreClient::new(
        server.endpoint().as_str(),
        Some(KeyVaultBackupRestoreClientOptions {
            client_options: server.client_options(),
            ..Default::default()
        }),
    )
    .unwrap()
}

fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

/// A 202 whose `Azure-AsyncOperation` is `status_path` on the server.
fn accepted(server: &MockServer, status_path: &str, body: serde_json::Value) -> Reply {
    let mut reply = Reply::json(202, &body);
    let url = server.endpoint().join(status_path).unwrap();
    reply
        .headers
        .push(("azure-asyncoperation".into(), url.to_string()));
    reply.headers.push(("retry-after".into(), "0".into()));
    reply
}

#[tokio::test]
async fn a_backup_completes_with_the_final_status_document() {
    let server = MockServer::start(Vec::new()).await;
    server.script([
        accepted(&server, "backup/job1/pending", json!({"status": "InProgress", "jobId": "job1"})),
        // No Retry-After: the options' zero interval.
        Reply::json(200, &json!({"status": "InProgress", "jobId": "job1"})),
        Reply::json(
            200,
            &json!({"status": "Succeeded", "jobId": "job1", "azureStorageBlobContainerUri": "https://blob/backup1"}),
        ),
    ]);
    let poller = client(&server)
        .full_backup(Some(KeyVaultBackupRestoreClientFullBackupOptions {
            method_options: now(),
            ..Default::default()
        }))
        .unwrap();
    let result: FullBackupOperation = poller.await.unwrap().into_model().unwrap();
    assert_eq!(
        result.azure_storage_blob_container_uri.as_deref(),
        Some("https://blob/backup1")
    );
    assert_eq!(result.status.as_deref(), Some("Succeeded"));
    let requests: Vec<(String, String)> = server
        .requests()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect();
    // The status document is the result: no final GET.
    assert_eq!(
        requests,
        [
            ("POST".to_owned(), "/backup".to_owned()),
            ("GET".to_owned(), "/backup/job1/pending".to_owned()),
            ("GET".to_owned(), "/backup/job1/pending".to_owned()),
        ]
    );
}

#[tokio::test]
async fn a_failed_restore_is_the_service_error() {
    let server = MockServer::start(Vec::new()).await;
    server.script([
        accepted(&server, "restore/job2/pending", json!({"status": "InProgress"})),
        Reply::json(
            200,
            &json!({"status": "Failed", "error": {"code": "Forbidden", "message": "no access to the container"}}),
        ),
    ]);
    let poller = client(&server)
        .full_restore_operation(Some(
            KeyVaultBackupRestoreClientFullRestoreOperationOptions {
                method_options: now(),
                ..Default::default()
            },
        ))
        .unwrap();
    let error = poller.await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::HttpResponse { error_code: Some(code), .. } if code == "Forbidden"),
        "{error:?}"
    );
    let service = error.key_vault_error().unwrap().error.unwrap();
    assert_eq!(
        service.message.as_deref(),
        Some("no access to the container")
    );
}

#[tokio::test]
async fn statuses_are_observed_and_a_poller_resumes_from_text() {
    let server = MockServer::start(Vec::new()).await;
    server.script([
        accepted(
            &server,
            "restore/job3/pending",
            json!({"status": "InProgress"}),
        ),
        // A status azure_core does not know: still running.
        Reply::json(200, &json!({"status": "Running"})),
    ]);
    let mut poller = client(&server)
        .full_restore_operation(Some(
            KeyVaultBackupRestoreClientFullRestoreOperationOptions {
                method_options: now(),
                ..Default::default()
            },
        ))
        .unwrap();
    let first = poller.next().await.unwrap().unwrap().into_model().unwrap();
    assert_eq!(first.status, PollerStatus::InProgress);
    let second = poller.next().await.unwrap().unwrap().into_model().unwrap();
    assert_eq!(second.status, PollerStatus::UnknownValue("Running".into()));
    let saved = second.continuation.unwrap().to_string();
    drop(poller);

    server.script([Reply::json(
        200,
        &json!({"status": "Succeeded", "jobId": "job3"}),
    )]);
    let continuation: Continuation = saved.parse().unwrap();
    let resumed: Poller<OperationStatus<RestoreOperation>> =
        client(&server).resume_poller(continuation, Some(now()));
    let result = resumed.await.unwrap().into_model().unwrap();
    assert_eq!(result.job_id.as_deref(), Some("job3"));
    let last = server.requests().pop().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path.as_str()),
        ("GET", "/restore/job3/pending")
    );
}

#[tokio::test]
async fn a_sas_on_the_endpoint_is_carried_by_every_poll() {
    let server = MockServer::start(Vec::new()).await;
    let sas = "sv=2024-08-04&sig=k%2Bq%2Fz%3D";
    let endpoint = format!("{}?{sas}", server.endpoint());
    // The service's status URL carries no SAS (another origin never gets
    // it: the runtime's `EndpointQueryPolicy` unit tests).
    server.script([
        accepted(
            &server,
            "backup/job1/pending",
            json!({"status": "InProgress", "jobId": "job1"}),
        ),
        Reply::json(200, &json!({"status": "InProgress", "jobId": "job1"})),
        Reply::json(200, &json!({"status": "Succeeded", "jobId": "job1"})),
    ]);
    let client = KeyVaultBackupRestoreClient::new(
        &endpoint,
        Some(KeyVaultBackupRestoreClientOptions {
            client_options: server.client_options(),
            ..Default::default()
        }),
    )
    .unwrap();
    let poller = client
        .full_backup(Some(KeyVaultBackupRestoreClientFullBackupOptions {
            method_options: now(),
            ..Default::default()
        }))
        .unwrap();
    poller.await.unwrap();
    let requests = server.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/backup", "/backup/job1/pending", "/backup/job1/pending"]
    );
    // Each SAS field once, as given (the signature's escapes kept).
    for request in &requests {
        request.assert_query_once(sas);
    }
}
