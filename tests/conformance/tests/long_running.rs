//! The harness's polling sequence for a long-running operation's example
//! (Key Vault 7.5 `FullBackup`, `final-state-via: azure-async-operation`,
//! with our example file under `tests/specs/examples/`), judged against the
//! generated client's poller and against clients that get it wrong: one that
//! stops polling after the first status, one that polls to the end but gives
//! the first body back as the result. Polls run at a zero interval.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use azure_conformance::report::Verdict;
use azure_conformance::returned;
use azure_conformance::suite::run_case;
use azure_conformance::{
    Call, Example, FinalState, Location, OperationShape, Outcome, ParamShape, PathPart, Returns,
};
use azure_keyvault_backup_restore::v7_5::{
    FullBackupOperation, KeyVaultBackupRestoreClient, KeyVaultBackupRestoreClientFullBackupOptions,
    KeyVaultBackupRestoreClientOptions, SasTokenParameter,
};
use futures::StreamExt as _;

/// `FullBackup` as the generator describes it.
static FULL_BACKUP: OperationShape = OperationShape {
    id: "FullBackup",
    method: "POST",
    path: &[PathPart::Literal("/backup")],
    fixed_query: &[],
    parameters: &[ParamShape {
        name: "api-version",
        location: Location::Query,
        separator: Some(","),
        client_filled: true,
    }],
    body: Some("azureStorageBlobContainerUri"),
    content_type: Some("application/json"),
    returns: Returns::Json,
    long_running: Some(FinalState::AzureAsyncOperation),
    examples: &[],
};

fn example() -> Example {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../specs/examples/keyvault-backuprestore-7.5/FullBackup-example.json");
    Example::load(&path).unwrap()
}

/// The call's client and its `FullBackup` options, from the example.
fn client_and_options(
    call: Call,
) -> (
    KeyVaultBackupRestoreClient,
    KeyVaultBackupRestoreClientFullBackupOptions<'static>,
) {
    let client = KeyVaultBackupRestoreClient::new(
        call.endpoint.as_str(),
        Some(KeyVaultBackupRestoreClientOptions {
            client_options: call.client_options,
            ..Default::default()
        }),
    )
    .unwrap();
    let body: SasTokenParameter = call
        .params
        .required("azureStorageBlobContainerUri")
        .unwrap();
    let options = KeyVaultBackupRestoreClientFullBackupOptions {
        azure_storage_blob_container_uri: Some(returned::content(&body).unwrap()),
        method_options: returned::poll_now(),
    };
    (client, options)
}

/// What the generated dispatch does: await the poller.
fn awaits(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
    Box::pin(async move {
        let (client, options) = client_and_options(call);
        returned::polled(client.full_backup(Some(options)), returned::http_error_code).await
    })
}

/// The body of each status the poller yields, in order.
async fn statuses(call: Call, limit: usize) -> Vec<serde_json::Value> {
    let (client, options) = client_and_options(call);
    let mut poller = client.full_backup(Some(options)).unwrap();
    let mut bodies = Vec::new();
    while let Some(status) = poller.next().await {
        let status = status.unwrap().into_model().unwrap();
        bodies.push(status.body.unwrap_or_default());
        if bodies.len() == limit {
            break;
        }
    }
    bodies
}

/// Stops after the first status and gives its body as the result.
fn stops_early(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
    Box::pin(async move {
        let first = statuses(call, 1).await.remove(0);
        let result: FullBackupOperation = serde_json::from_value(first).unwrap();
        Outcome::model(200, &result)
    })
}

/// Polls to the end but gives the first body as the result.
fn returns_the_first_body(call: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
    Box::pin(async move {
        let first = statuses(call, usize::MAX).await.remove(0);
        let result: FullBackupOperation = serde_json::from_value(first).unwrap();
        Outcome::model(200, &result)
    })
}

async fn verdict(dispatch: azure_conformance::Dispatch) -> Verdict {
    let example = example();
    let accepted = &example.responses[0];
    assert_eq!(accepted.status.served(), 202);
    run_case(&FULL_BACKUP, &example, accepted, dispatch, None).await
}

#[tokio::test]
async fn the_generated_poller_follows_the_sequence_to_its_result() {
    assert_eq!(verdict(awaits).await, Verdict::Passed);
}

#[tokio::test]
async fn a_client_that_stops_polling_early_fails() {
    let Verdict::Failed(problems) = verdict(stops_early).await else {
        panic!("a client that stopped polling passed");
    };
    let text = problems.join("\n");
    assert!(
        text.contains("the client sent 1 requests, expected 3"),
        "{text}"
    );
    assert!(text.contains("response body"), "{text}");
}

#[tokio::test]
async fn a_client_that_returns_the_first_body_fails() {
    let Verdict::Failed(problems) = verdict(returns_the_first_body).await else {
        panic!("a client that gave the first body back passed");
    };
    let text = problems.join("\n");
    // It polled as it should: only the result is wrong.
    assert!(!text.contains("requests, expected"), "{text}");
    assert!(
        text.contains("response body") && text.contains("status"),
        "{text}"
    );
}

#[tokio::test]
async fn an_error_first_response_is_served_alone() {
    let example = example();
    let error = &example.responses[1];
    assert_eq!(
        run_case(&FULL_BACKUP, &example, error, awaits, None).await,
        Verdict::Passed
    );
}
