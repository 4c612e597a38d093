//! `lro.json`: long-running operations, each method a `Poller`.
//!
//! Every scenario is awaited to its end: the typed result, or the typed
//! error of a failed or canceled operation, a failing poll or a status the
//! client cannot read. The server tells a first poll from a second by a
//! cookie and answers some first requests and polls with 500 (the retry
//! scenarios), so each test has its own cookie-keeping, quickly retrying
//! client. Polls wait the server's `Retry-After: 0`, or the interval of the
//! options, zero here: no test sleeps.

mod common;

use autorest_lro::poller::{Continuation, OperationStatus};
use autorest_lro::v1_0_0::*;
use azure_core::error::ErrorKind;
use azure_core::http::poller::{PollerOptions, PollerStatus};
use azure_core::http::request::options::ClientRequestId;
use azure_core::http::{Format, NoFormat, Poller};
use azure_core::time::Duration;
use futures::StreamExt as _;

type Client = AutoRestLongRunningOperationTestServiceClient;

fn client() -> Client {
    Client::new(
        &common::endpoint(),
        Some(AutoRestLongRunningOperationTestServiceClientOptions {
            client_options: common::retrying_client_options(),
            ..Default::default()
        }),
    )
    .unwrap()
}

/// Poll without waiting when the server says nothing.
fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

/// `Some(Options { method_options: now(), .. })`.
macro_rules! opts {
    ($options:ident) => {{
        // Some operations have no optional parameter beside these.
        #[allow(clippy::needless_update)]
        let options = $options {
            method_options: now(),
            ..Default::default()
        };
        Some(options)
    }};
}

/// The result of a poller that must succeed.
async fn done<T, F>(
    poller: azure_core::Result<Poller<OperationStatus<T, F>>>,
) -> azure_core::http::Response<T, F>
where
    T: Send + 'static,
    F: Format + Send + 'static,
{
    poller.unwrap().await.unwrap()
}

/// The error of a poller that must fail.
async fn failed<T, F>(
    poller: azure_core::Result<Poller<OperationStatus<T, F>>>,
) -> azure_core::Error
where
    T: Send + 'static,
    F: Format + Send + 'static,
{
    match poller.unwrap().await {
        Ok(response) => panic!("expected an error, got {}", response.status()),
        Err(e) => e,
    }
}

/// The HTTP status of an error, which must be an HTTP response error.
fn status(error: &azure_core::Error) -> u16 {
    match error.kind() {
        ErrorKind::HttpResponse { status, .. } => u16::from(*status),
        other => panic!("expected an HTTP response error, got {other:?}: {error}"),
    }
}

fn assert_data_conversion(error: &azure_core::Error) {
    assert!(
        matches!(error.kind(), ErrorKind::DataConversion),
        "expected a data conversion error, got {error:?}"
    );
}

fn product(id: &str, name: Option<&str>, product: Product) {
    assert_eq!(product.id.as_deref(), Some(id));
    assert_eq!(product.name.as_deref(), name);
}

// ---- done at once ------------------------------------------------------------

#[tokio::test]
async fn put_answered_200_or_201_succeeded_is_done() {
    let c = client();
    let p = done(c.lr_os_put200_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut200SucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_put201_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut201SucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    // No provisioning state: a 200 is the final resource.
    let p = done(c.lr_os_put200_succeeded_no_state(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut200SucceededNoStateOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
}

#[tokio::test]
async fn a_final_resource_wins_over_a_status_header() {
    // The Azure-AsyncOperation URL answers 404: it must not be polled.
    let c = client();
    let p = done(c.lr_os_patch200_succeeded_ignore_headers(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPatch200SucceededIgnoreHeadersOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
}

#[tokio::test]
async fn delete_answered_204_is_done() {
    let c = client();
    let r = done(c.lr_os_delete204_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDelete204SucceededOptions
    )))
    .await;
    assert_eq!(u16::from(r.status()), 204);
    let r = done(c.lrosa_ds_delete204_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrosaDsDelete204SucceededOptions
    )))
    .await;
    assert_eq!(u16::from(r.status()), 204);
}

// ---- the resource polled (provisioningState) ---------------------------------

#[tokio::test]
async fn put_polls_its_resource_until_succeeded() {
    let c = client();
    let p = done(c.lr_os_put201_creating_succeeded200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut201CreatingSucceeded200Options
    )))
    .await;
    let p = p.into_model().unwrap();
    product("100", Some("foo"), p.clone());
    // `properties.provisioningState`, flattened (`x-ms-client-flatten`).
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
    let p = done(c.lr_os_put200_updating_succeeded204(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut200UpdatingSucceeded204Options
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
}

#[tokio::test]
async fn a_failed_or_canceled_resource_is_an_error() {
    let c = client();
    let e = failed(c.lr_os_put201_creating_failed200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut201CreatingFailed200Options
    )))
    .await;
    assert!(e.to_string().contains("failed"), "{e}");
    assert_eq!(status(&e), 200);
    let e = failed(c.lr_os_put200_acceptedcanceled200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut200Acceptedcanceled200Options
    )))
    .await;
    assert!(e.to_string().contains("canceled"), "{e}");
}

#[tokio::test]
async fn progress_is_observed_status_by_status() {
    let c = client();
    let mut poller = c
        .lr_os_put201_creating_succeeded200(opts!(
            AutoRestLongRunningOperationTestServiceClientLrOsPut201CreatingSucceeded200Options
        ))
        .unwrap();
    let mut seen = Vec::new();
    while let Some(status) = poller.next().await {
        let status = status.unwrap().into_model().unwrap();
        seen.push(status.status.clone());
        if status.status == PollerStatus::Succeeded {
            assert!(status.continuation.is_none());
            let body = status.body.unwrap();
            assert_eq!(body["properties"]["provisioningState"], "Succeeded");
        } else {
            assert!(status.continuation.is_some());
        }
    }
    // `Creating` is no status azure_core knows: still running.
    assert_eq!(
        seen,
        [
            PollerStatus::UnknownValue("Creating".into()),
            PollerStatus::Succeeded
        ]
    );
}

// ---- Location polled ---------------------------------------------------------

#[tokio::test]
async fn location_is_polled_until_it_stops_answering_202() {
    let c = client();
    let p = done(c.lr_os_put202_retry200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPut202Retry200Options
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_put_no_header_in_retry(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutNoHeaderInRetryOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let r = done(c.lr_os_delete_no_header_in_retry(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteNoHeaderInRetryOptions
    )))
    .await;
    assert_eq!(u16::from(r.status()), 204);
    let p = done(c.lr_os_put_non_resource(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutNonResourceOptions
    )))
    .await;
    let sku = p.into_model().unwrap();
    assert_eq!(sku.name.as_deref(), Some("sku"));
    let p = done(c.lr_os_put_sub_resource(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutSubResourceOptions
    )))
    .await;
    assert_eq!(p.into_model().unwrap().id.as_deref(), Some("100"));
}

#[tokio::test]
async fn delete_and_post_follow_location() {
    let c = client();
    // The spec says 200 has a product; the server sends none.
    let r = done(c.lr_os_delete202_retry200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDelete202Retry200Options
    )))
    .await;
    assert_eq!(u16::from(r.status()), 200);
    assert!(r.into_model().is_err());
    let r = done(c.lr_os_delete202_no_retry204(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDelete202NoRetry204Options
    )))
    .await;
    assert_eq!(u16::from(r.status()), 204);
    let p = done(c.lr_os_delete_provisioning202_accepted200_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteProvisioning202Accepted200SucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_post200_with_payload(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPost200WithPayloadOptions
    )))
    .await;
    let sku = p.into_model().unwrap();
    assert_eq!(sku.id.as_deref(), Some("1"));
    assert_eq!(sku.name.as_deref(), Some("product"));
    let r = done(c.lr_os_post202_retry200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPost202Retry200Options
    )))
    .await;
    assert_eq!(u16::from(r.status()), 200);
    let r = done(c.lr_os_post202_no_retry204(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPost202NoRetry204Options
    )))
    .await;
    assert_eq!(u16::from(r.status()), 204);
}

#[tokio::test]
async fn delete_whose_resource_failed_or_was_canceled() {
    // Location polled, then the resource says Failed / Canceled: the
    // Location poll answers the final resource, which the caller reads.
    let c = client();
    let p = done(c.lr_os_delete_provisioning202_deleting_failed200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteProvisioning202DeletingFailed200Options
    )))
    .await;
    let p = p.into_model().unwrap();
    assert_eq!(p.provisioning_state.as_deref(), Some("Failed"));
    let p = done(c.lr_os_delete_provisioning202_deletingcanceled200(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteProvisioning202Deletingcanceled200Options
    )))
    .await;
    let p = p.into_model().unwrap();
    assert_eq!(p.provisioning_state.as_deref(), Some("Canceled"));
}

// ---- status documents (Azure-AsyncOperation) ---------------------------------

#[tokio::test]
async fn put_and_patch_read_their_resource_after_the_status_document() {
    let c = client();
    let p = done(c.lr_os_put_async_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncRetrySucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_put_async_no_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncNoRetrySucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_put_async_no_header_in_retry(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncNoHeaderInRetryOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_put_async_non_resource(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncNonResourceOptions
    )))
    .await;
    assert_eq!(p.into_model().unwrap().name.as_deref(), Some("sku"));
    let p = done(c.lr_os_put_async_sub_resource(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncSubResourceOptions
    )))
    .await;
    assert_eq!(p.into_model().unwrap().id.as_deref(), Some("100"));
    let p = done(c.lr_os_patch201_retry_with_async_header(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPatch201RetryWithAsyncHeaderOptions
    )))
    .await;
    product(
        "/lro/patch/201/retry/onlyAsyncHeader",
        Some("foo"),
        p.into_model().unwrap(),
    );
    let p = done(c.lr_os_patch202_retry_with_async_and_location_header(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPatch202RetryWithAsyncAndLocationHeaderOptions
    )))
    .await;
    product(
        "/lro/patch/202/retry/asyncAndLocationHeader",
        Some("foo"),
        p.into_model().unwrap(),
    );
}

#[tokio::test]
async fn delete_and_post_with_a_status_document() {
    let c = client();
    done(c.lr_os_delete_async_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteAsyncRetrySucceededOptions
    )))
    .await;
    done(c.lr_os_delete_async_no_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteAsyncNoRetrySucceededOptions
    )))
    .await;
    done(c.lr_os_delete_async_no_header_in_retry(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteAsyncNoHeaderInRetryOptions
    )))
    .await;
    // A POST's result is read from the first response's Location.
    let p = done(c.lr_os_post_async_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostAsyncRetrySucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_post_async_no_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostAsyncNoRetrySucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let list = done(c.lr_os_post202_list(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPost202ListOptions
    )))
    .await;
    let list = list.into_model().unwrap();
    assert_eq!(list.len(), 1);
    product("100", Some("foo"), list[0].clone());
}

#[tokio::test]
async fn final_state_via_says_where_the_result_is() {
    let c = client();
    // `location`: the final GET on Location.
    let p = done(c.lr_os_post_double_headers_final_location_get(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostDoubleHeadersFinalLocationGetOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    // `azure-async-operation`: the status document is the result (the
    // Location answers 400).
    let p = done(c.lr_os_post_double_headers_final_azure_header_get(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostDoubleHeadersFinalAzureHeaderGetOptions
    )))
    .await;
    product("100", None, p.into_model().unwrap());
    // Not said: a POST reads Location.
    let p = done(
        c.lr_os_post_double_headers_final_azure_header_get_default(opts!(
            AutoRestLongRunningOperationTestServiceClientLrOsPostDoubleHeadersFinalAzureHeaderGetDefaultOptions
        )),
    )
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
}

#[tokio::test]
async fn a_failed_status_document_is_a_typed_error() {
    let c = client();
    let e = failed(c.lr_os_put_async_retry_failed(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncRetryFailedOptions
    )))
    .await;
    assert_eq!(status(&e), 200);
    let e = failed(c.lr_os_put_async_no_retrycanceled(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncNoRetrycanceledOptions
    )))
    .await;
    assert!(e.to_string().contains("canceled"), "{e}");
    failed(c.lr_os_delete_async_retry_failed(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteAsyncRetryFailedOptions
    )))
    .await;
    failed(c.lr_os_delete_async_retrycanceled(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsDeleteAsyncRetrycanceledOptions
    )))
    .await;
    failed(c.lr_os_post_async_retrycanceled(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostAsyncRetrycanceledOptions
    )))
    .await;
    // The service's error, from the status document, typed.
    let e = failed(c.lr_os_post_async_retry_failed(opts!(
        AutoRestLongRunningOperationTestServiceClientLrOsPostAsyncRetryFailedOptions
    )))
    .await;
    assert!(e.to_string().contains("Internal Server Error"), "{e}");
    let ErrorKind::HttpResponse { error_code, .. } = e.kind() else {
        panic!("{e:?}")
    };
    assert_eq!(error_code.as_deref(), Some("500"));
    let document: OperationResult = common::error_model(&e, 200);
    assert_eq!(document.error.unwrap().code, Some(500));
}

// ---- custom headers follow every request --------------------------------------

#[tokio::test]
async fn the_client_request_id_is_sent_with_every_poll() {
    let c = client();
    let with_id = |mut options: PollerOptions<'static>| {
        options.context.insert(ClientRequestId::new(
            "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0".to_owned(),
        ));
        options
    };
    let p = done(c.lr_os_custom_header_put_async_retry_succeeded(Some(
        AutoRestLongRunningOperationTestServiceClientLrOsCustomHeaderPutAsyncRetrySucceededOptions {
            method_options: with_id(now()),
            ..Default::default()
        },
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lr_os_custom_header_put201_creating_succeeded200(Some(
        AutoRestLongRunningOperationTestServiceClientLrOsCustomHeaderPut201CreatingSucceeded200Options {
            method_options: with_id(now()),
            ..Default::default()
        },
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    done(c.lr_os_custom_header_post202_retry200(Some(
        AutoRestLongRunningOperationTestServiceClientLrOsCustomHeaderPost202Retry200Options {
            method_options: with_id(now()),
            ..Default::default()
        },
    )))
    .await;
    done(c.lr_os_custom_header_post_async_retry_succeeded(Some(
        AutoRestLongRunningOperationTestServiceClientLrOsCustomHeaderPostAsyncRetrySucceededOptions {
            method_options: with_id(now()),
            ..Default::default()
        },
    )))
    .await;
}

// ---- retries: a 500 on the first request or a poll is retried -----------------

#[tokio::test]
async fn errors_retried_by_the_pipeline() {
    let c = client();
    let p = done(c.lro_retrys_put201_creating_succeeded200(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysPut201CreatingSucceeded200Options
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(c.lro_retrys_put_async_relative_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysPutAsyncRelativeRetrySucceededOptions
    )))
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    let p = done(
        c.lro_retrys_delete_provisioning202_accepted200_succeeded(opts!(
            AutoRestLongRunningOperationTestServiceClientLroRetrysDeleteProvisioning202Accepted200SucceededOptions
        )),
    )
    .await;
    product("100", Some("foo"), p.into_model().unwrap());
    done(c.lro_retrys_delete202_retry200(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysDelete202Retry200Options
    )))
    .await;
    done(c.lro_retrys_delete_async_relative_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysDeleteAsyncRelativeRetrySucceededOptions
    )))
    .await;
    done(c.lro_retrys_post202_retry200(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysPost202Retry200Options
    )))
    .await;
    done(c.lro_retrys_post_async_relative_retry_succeeded(opts!(
        AutoRestLongRunningOperationTestServiceClientLroRetrysPostAsyncRelativeRetrySucceededOptions
    )))
    .await;
}

// ---- failures: first request, polls, unreadable statuses ----------------------

#[tokio::test]
async fn a_400_on_the_first_request_or_a_poll_is_the_error() {
    let c = client();
    assert_eq!(
        status(
            &failed(c.lrosa_ds_put_non_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPutNonRetry400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_put_non_retry201_creating400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPutNonRetry201Creating400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_put_non_retry201_creating400_invalid_json(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPutNonRetry201Creating400InvalidJsonOptions
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_put_async_relative_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPutAsyncRelativeRetry400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_delete_non_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsDeleteNonRetry400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_delete202_non_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsDelete202NonRetry400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_delete_async_relative_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsDeleteAsyncRelativeRetry400Options
            )))
            .await
        ),
        400
    );
    let e = failed(c.lrosa_ds_post_non_retry400(opts!(
        AutoRestLongRunningOperationTestServiceClientLrosaDsPostNonRetry400Options
    )))
    .await;
    assert_eq!(status(&e), 400);
    let error: CloudError = common::error_model(&e, 400);
    assert_eq!(
        error.message.as_deref(),
        Some("Expected bad request message")
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_post202_non_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPost202NonRetry400Options
            )))
            .await
        ),
        400
    );
    assert_eq!(
        status(
            &failed(c.lrosa_ds_post_async_relative_retry400(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPostAsyncRelativeRetry400Options
            )))
            .await
        ),
        400
    );
}

#[tokio::test]
async fn a_status_document_without_a_status_is_an_error() {
    let c = client();
    assert_data_conversion(
        &failed(c.lrosa_ds_put_async_relative_retry_no_status(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPutAsyncRelativeRetryNoStatusOptions
        )))
        .await,
    );
    assert_data_conversion(
        &failed(c.lrosa_ds_put_async_relative_retry_no_status_payload(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPutAsyncRelativeRetryNoStatusPayloadOptions
        )))
        .await,
    );
    assert_data_conversion(
        &failed(c.lrosa_ds_delete_async_relative_retry_no_status(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsDeleteAsyncRelativeRetryNoStatusOptions
        )))
        .await,
    );
    assert_data_conversion(
        &failed(c.lrosa_ds_post_async_relative_retry_no_payload(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPostAsyncRelativeRetryNoPayloadOptions
        )))
        .await,
    );
    assert_data_conversion(
        &failed(
            c.lrosa_ds_put_async_relative_retry_invalid_json_polling(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPutAsyncRelativeRetryInvalidJsonPollingOptions
            )),
        )
        .await,
    );
    assert_data_conversion(
        &failed(
            c.lrosa_ds_delete_async_relative_retry_invalid_json_polling(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsDeleteAsyncRelativeRetryInvalidJsonPollingOptions
            )),
        )
        .await,
    );
    assert_data_conversion(
        &failed(
            c.lrosa_ds_post_async_relative_retry_invalid_json_polling(opts!(
                AutoRestLongRunningOperationTestServiceClientLrosaDsPostAsyncRelativeRetryInvalidJsonPollingOptions
            )),
        )
        .await,
    );
}

#[tokio::test]
async fn invalid_resources_and_polling_urls_are_errors() {
    let c = client();
    // A resource that is not JSON.
    assert_data_conversion(
        &failed(c.lrosa_ds_put200_invalid_json(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPut200InvalidJsonOptions
        )))
        .await,
    );
    // A polling URL (`/foo`) that is no operation: its 404 is the error
    // (and the unreadable `Retry-After: /bar` falls back to the interval).
    for e in [
        failed(c.lrosa_ds_put_async_relative_retry_invalid_header(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPutAsyncRelativeRetryInvalidHeaderOptions
        )))
        .await,
        failed(c.lrosa_ds_delete202_retry_invalid_header(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsDelete202RetryInvalidHeaderOptions
        )))
        .await,
        failed(c.lrosa_ds_delete_async_relative_retry_invalid_header(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsDeleteAsyncRelativeRetryInvalidHeaderOptions
        )))
        .await,
        failed(
            c.lrosa_ds_post202_retry_invalid_header(opts!(AutoRestLongRunningOperationTestServiceClientLrosaDsPost202RetryInvalidHeaderOptions)),
        )
        .await,
        failed(c.lrosa_ds_post_async_relative_retry_invalid_header(opts!(
            AutoRestLongRunningOperationTestServiceClientLrosaDsPostAsyncRelativeRetryInvalidHeaderOptions
        )))
        .await,
    ] {
        assert_eq!(status(&e), 404);
    }
}

#[tokio::test]
async fn a_result_that_is_not_there() {
    let c = client();
    // A 201 without body, then a 200 without body: done, but no product.
    let r = done(c.lrosa_ds_put_error201_no_provisioning_state_payload(opts!(
        AutoRestLongRunningOperationTestServiceClientLrosaDsPutError201NoProvisioningStatePayloadOptions
    )))
    .await;
    assert!(r.into_model().is_err());
    // A 202 with nothing to poll: the first response is all there is.
    let r = done(c.lrosa_ds_post202_no_location(opts!(
        AutoRestLongRunningOperationTestServiceClientLrosaDsPost202NoLocationOptions
    )))
    .await;
    assert_eq!(u16::from(r.status()), 202);
}

// ---- continuation -------------------------------------------------------------

#[tokio::test]
async fn a_poller_resumes_from_a_saved_continuation() {
    let c = client();
    let mut poller = c
        .lr_os_put_async_retry_succeeded(opts!(
            AutoRestLongRunningOperationTestServiceClientLrOsPutAsyncRetrySucceededOptions
        ))
        .unwrap();
    let first = poller.next().await.unwrap().unwrap().into_model().unwrap();
    assert_ne!(first.status, PollerStatus::Succeeded);
    let saved = first.continuation.unwrap().to_string();
    drop(poller);

    // Another client, as another process would build it, from the text.
    let continuation: Continuation = saved.parse().unwrap();
    assert!(continuation
        .status_url()
        .contains("/lro/putasync/retry/succeeded/operationResults"));
    assert!(continuation
        .final_url()
        .unwrap()
        .ends_with("/lro/putasync/retry/succeeded"));
    let resumed: Poller<OperationStatus<Product>> =
        client().resume_poller(continuation, Some(now()));
    product(
        "100",
        Some("foo"),
        resumed.await.unwrap().into_model().unwrap(),
    );

    let resumed: Poller<OperationStatus<(), NoFormat>> = c.resume_poller(
        "{\"mode\":\"location\",\"status\":\"http://127.0.0.1:1/nowhere\"}"
            .parse()
            .unwrap(),
        Some(now()),
    );
    assert!(resumed.await.is_err());
}
