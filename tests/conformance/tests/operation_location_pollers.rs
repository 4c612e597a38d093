//! Pollers of two Cognitive Services specs whose long-running operations
//! answer 202 without a body and an `Operation-Location` header, with no
//! `final-state-via`: Document Intelligence `2024-02-29-preview` (analysis,
//! status document `AnalyzeResultOperation`) and Document Translation
//! `2024-05-01` (batch translation, status document `TranslationStatus`).
//! Each runs against a polling sequence served on loopback, its bodies and
//! headers shaped as the spec says, at a zero interval: no test sleeps.
//!
//! Their pollers' result type is `()`: the final status document is the
//! raw body of the awaited response and the `body` of the last status, so
//! the tests read it back into the spec's model and compare it with what
//! the server sent, field by field.

use std::sync::Arc;

use azure_conformance::equivalence::json_difference;
use azure_conformance::{FixedTokenCredential, MockServer, Reply, TEST_TOKEN};
use azure_core::error::ErrorKind;
use azure_core::http::poller::{PollerOptions, PollerStatus};
use azure_core::time::Duration;
use azure_document_intelligence::v2024_02_29_preview::{
    AnalyzeDocumentRequest, AnalyzeResultOperation, DocumentIntelligenceClient,
    DocumentIntelligenceClientDocumentModelsAnalyzeDocumentOptions,
    DocumentIntelligenceClientOptions, ErrorResponseExt as _, OperationStatus as AnalyzeStatus,
};
use azure_document_translation::v2024_05_01::{
    AzureCoreFoundationsErrorResponseExt as _, DocumentTranslationClient,
    DocumentTranslationClientOptions, DocumentTranslationClientStartTranslationOptions,
    StartTranslationDetails, Status as TranslationJobStatus, TranslationErrorCode,
    TranslationStatus,
};
use futures::StreamExt as _;
use serde_json::{json, Value};

fn now<'a>() -> PollerOptions<'a> {
    PollerOptions {
        frequency: Duration::ZERO,
        ..PollerOptions::default()
    }
}

/// The 202 both specs answer: no body, the status document's URL in
/// `Operation-Location`, and `extra` headers.
fn accepted(status_url: &str, extra: &[(&str, &str)]) -> Reply {
    let mut reply = Reply::status(202);
    reply
        .headers
        .push(("operation-location".into(), status_url.into()));
    for (name, value) in extra {
        reply.headers.push(((*name).into(), (*value).into()));
    }
    reply
}

/// What the server was asked, in order: method and path.
fn calls(server: &MockServer) -> Vec<(String, String)> {
    server
        .requests()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect()
}

fn same(expected: &Value, actual: &Value) {
    if let Some(difference) = json_difference(expected, actual) {
        panic!("{difference}");
    }
}

// Document Intelligence 2024-02-29-preview.

const RESULT_PATH: &str =
    "/documentintelligence/documentModels/prebuilt-layout/analyzeResults/3b31320d-8bab-4f88-b19c-2322a7f11034";

fn intelligence(server: &MockServer) -> DocumentIntelligenceClient {
    DocumentIntelligenceClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(DocumentIntelligenceClientOptions {
            client_options: server.client_options(),
            ..Default::default()
        }),
    )
    .unwrap()
}

/// `GET /documentModels/{modelId}/analyzeResults/{resultId}`'s URL, as the
/// service names it in `Operation-Location`.
fn analyze_result_url(server: &MockServer) -> String {
    let mut url = server.endpoint().join(RESULT_PATH).unwrap();
    url.set_query(Some("api-version=2024-02-29-preview"));
    url.to_string()
}

/// An `AnalyzeResultOperation` in `status`, without a result.
fn analysis(status: &str) -> Value {
    json!({
        "status": status,
        "createdDateTime": "2024-03-01T10:00:00Z",
        "lastUpdatedDateTime": "2024-03-01T10:00:01Z",
    })
}

/// A succeeded `AnalyzeResultOperation` of the layout model on a one-line
/// page (f32 fields hold values f32 represents exactly).
fn analysis_succeeded() -> Value {
    json!({
        "status": "succeeded",
        "createdDateTime": "2024-03-01T10:00:00Z",
        "lastUpdatedDateTime": "2024-03-01T10:00:03Z",
        "analyzeResult": {
            "apiVersion": "2024-02-29-preview",
            "modelId": "prebuilt-layout",
            "stringIndexType": "textElements",
            "contentFormat": "text",
            "content": "Contoso invoice",
            "pages": [{
                "pageNumber": 1,
                "angle": 0,
                "width": 8.5,
                "height": 11,
                "unit": "inch",
                "spans": [{"offset": 0, "length": 15}],
                "words": [
                    {"content": "Contoso", "polygon": [1, 1, 2.5, 1, 2.5, 1.25, 1, 1.25],
                     "span": {"offset": 0, "length": 7}, "confidence": 0.875},
                    {"content": "invoice", "polygon": [2.75, 1, 4, 1, 4, 1.25, 2.75, 1.25],
                     "span": {"offset": 8, "length": 7}, "confidence": 0.5},
                ],
                "lines": [{"content": "Contoso invoice", "polygon": [1, 1, 4, 1, 4, 1.25, 1, 1.25],
                           "spans": [{"offset": 0, "length": 15}]}],
            }],
            "paragraphs": [{
                "role": "title",
                "content": "Contoso invoice",
                "boundingRegions": [{"pageNumber": 1, "polygon": [1, 1, 4, 1, 4, 1.25, 1, 1.25]}],
                "spans": [{"offset": 0, "length": 15}],
            }],
            "languages": [{"locale": "en", "spans": [{"offset": 0, "length": 15}], "confidence": 0.75}],
        },
    })
}

fn analyze<'a>() -> Option<DocumentIntelligenceClientDocumentModelsAnalyzeDocumentOptions<'a>> {
    let request = AnalyzeDocumentRequest {
        url_source: Some("https://contoso.blob.core.windows.net/docs/invoice.pdf".into()),
        ..Default::default()
    };
    Some(
        DocumentIntelligenceClientDocumentModelsAnalyzeDocumentOptions {
            method_options: now(),
            analyze_request: Some(request.try_into().unwrap()),
            ..Default::default()
        },
    )
}

#[tokio::test]
async fn an_analysis_is_polled_to_its_status_document() {
    let server = MockServer::start(Vec::new()).await;
    let succeeded = analysis_succeeded();
    server.script([
        // The spec's 202 also has `Retry-After`: seconds, zero here.
        accepted(&analyze_result_url(&server), &[("retry-after", "0")]),
        Reply::json(200, &analysis("running")),
        Reply::json(200, &succeeded),
    ]);
    let poller = intelligence(&server)
        .document_models_analyze_document("prebuilt-layout", analyze())
        .unwrap();
    let response = poller.await.unwrap();
    // The result type is `()`: the final status document is the body.
    let document: AnalyzeResultOperation = response.into_body().json().unwrap();
    assert_eq!(document.status, Some(AnalyzeStatus::Succeeded));
    let result = document.analyze_result.as_ref().unwrap();
    assert_eq!(result.content.as_deref(), Some("Contoso invoice"));
    let word = &result.pages.as_ref().unwrap()[0].words.as_ref().unwrap()[1];
    assert_eq!(word.content.as_deref(), Some("invoice"));
    assert_eq!(word.confidence, Some(0.5));
    // Nothing of what the service sent is lost on the way.
    same(&succeeded, &serde_json::to_value(&document).unwrap());

    let requests = server.requests();
    assert_eq!(
        calls(&server),
        [
            (
                "POST".to_owned(),
                "/documentintelligence/documentModels/prebuilt-layout:analyze".to_owned()
            ),
            ("GET".to_owned(), RESULT_PATH.to_owned()),
            ("GET".to_owned(), RESULT_PATH.to_owned()),
        ]
    );
    let start = &requests[0];
    assert_eq!(
        start.query.as_deref(),
        Some("_overload=analyzeDocument&api-version=2024-02-29-preview")
    );
    same(
        &json!({"urlSource": "https://contoso.blob.core.windows.net/docs/invoice.pdf"}),
        &serde_json::from_slice(&start.body).unwrap(),
    );
    // Polls go to `Operation-Location` as given, authenticated like the
    // first request.
    for poll in &requests[1..] {
        assert_eq!(
            poll.query.as_deref(),
            Some("api-version=2024-02-29-preview")
        );
        assert_eq!(
            poll.header_values("authorization"),
            [format!("Bearer {TEST_TOKEN}").as_str()]
        );
    }
}

#[tokio::test]
async fn statuses_the_poller_does_not_know_are_still_running() {
    let server = MockServer::start(Vec::new()).await;
    let status_url = analyze_result_url(&server);
    server.script([
        accepted(&status_url, &[("retry-after", "0")]),
        // The spec's spellings, which azure_core's statuses lack, and a
        // value a later service version may add (the enum is open).
        Reply::json(200, &analysis("notStarted")),
        Reply::json(200, &analysis("running")),
        Reply::json(200, &analysis("queued")),
        Reply::json(200, &analysis_succeeded()),
    ]);
    let mut poller = intelligence(&server)
        .document_models_analyze_document("prebuilt-layout", analyze())
        .unwrap();
    let mut seen = Vec::new();
    let mut last = None;
    while let Some(status) = poller.next().await {
        let status = status.unwrap().into_model().unwrap();
        if status.status != PollerStatus::Succeeded {
            // Each status in progress says where to go on polling.
            assert_eq!(
                status.continuation.as_ref().map(|c| c.status_url()),
                Some(status_url.as_str())
            );
        }
        seen.push(status.status);
        last = status.body;
    }
    assert_eq!(
        seen,
        [
            PollerStatus::InProgress,
            PollerStatus::UnknownValue("notStarted".into()),
            PollerStatus::UnknownValue("running".into()),
            PollerStatus::UnknownValue("queued".into()),
            PollerStatus::Succeeded,
        ]
    );
    // The last status carries the status document too.
    let document: AnalyzeResultOperation = serde_json::from_value(last.unwrap()).unwrap();
    same(
        &analysis_succeeded(),
        &serde_json::to_value(&document).unwrap(),
    );
    assert_eq!(server.requests().len(), 5);
}

#[tokio::test]
async fn a_failed_analysis_is_the_service_error() {
    let server = MockServer::start(Vec::new()).await;
    let mut failed = analysis("failed");
    failed["error"] = json!({
        "code": "InvalidRequest",
        "message": "Invalid request.",
        "innererror": {
            "code": "InvalidContent",
            "message": "The file is corrupted or format is unsupported.",
        },
    });
    server.script([
        accepted(&analyze_result_url(&server), &[("retry-after", "0")]),
        Reply::json(200, &analysis("running")),
        Reply::json(200, &failed),
    ]);
    let poller = intelligence(&server)
        .document_models_analyze_document("prebuilt-layout", analyze())
        .unwrap();
    let error = poller.await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::HttpResponse { error_code: Some(code), .. } if code == "InvalidRequest"),
        "{error:?}"
    );
    assert!(error.to_string().contains("Invalid request."), "{error}");
    // The spec's error model, read from the final status document.
    let service = error.error_response().unwrap().error.unwrap();
    assert_eq!(service.code.as_deref(), Some("InvalidRequest"));
    assert_eq!(service.message.as_deref(), Some("Invalid request."));
    assert_eq!(
        service.innererror.unwrap().code.as_deref(),
        Some("InvalidContent")
    );
    // Nothing is polled after the failure.
    assert_eq!(server.requests().len(), 3);
}

// Document Translation 2024-05-01.

const BATCH_ID: &str = "727bf148-f327-47a0-9481-abae6362f11e";
const BATCH_PATH: &str = "/translator/document/batches/727bf148-f327-47a0-9481-abae6362f11e";

fn translation(server: &MockServer) -> DocumentTranslationClient {
    DocumentTranslationClient::new(
        server.endpoint().as_str(),
        Arc::new(FixedTokenCredential::default()),
        Some(DocumentTranslationClientOptions {
            client_options: server.client_options(),
            ..Default::default()
        }),
    )
    .unwrap()
}

/// `GET /document/batches/{id}`'s URL, as the service names it in
/// `Operation-Location`.
fn batch_url(server: &MockServer) -> String {
    server.endpoint().join(BATCH_PATH).unwrap().to_string()
}

fn batch_request() -> Value {
    json!({
        "inputs": [{
            "source": {
                "sourceUrl": "https://contoso.blob.core.windows.net/source",
                "language": "en",
            },
            "targets": [
                {"targetUrl": "https://contoso.blob.core.windows.net/fr", "language": "fr"},
                {"targetUrl": "https://contoso.blob.core.windows.net/de", "language": "de"},
            ],
            "storageType": "Folder",
        }],
    })
}

/// A `TranslationStatus` of the batch in `status`, with its summary.
fn batch(status: &str, summary: [i64; 7]) -> Value {
    let [total, failed, success, in_progress, not_yet_started, cancelled, charged] = summary;
    json!({
        "id": BATCH_ID,
        "createdDateTimeUtc": "2024-05-01T10:00:00Z",
        "lastActionDateTimeUtc": "2024-05-01T10:00:05Z",
        "status": status,
        "summary": {
            "total": total,
            "failed": failed,
            "success": success,
            "inProgress": in_progress,
            "notYetStarted": not_yet_started,
            "cancelled": cancelled,
            "totalCharacterCharged": charged,
        },
    })
}

fn start_translation(
    server: &MockServer,
) -> azure_core::http::Poller<
    azure_document_translation::poller::OperationStatus<(), azure_core::http::NoFormat>,
> {
    let details: StartTranslationDetails = serde_json::from_value(batch_request()).unwrap();
    translation(server)
        .start_translation(
            details.try_into().unwrap(),
            Some(DocumentTranslationClientStartTranslationOptions {
                method_options: now(),
            }),
        )
        .unwrap()
}

#[tokio::test]
async fn a_batch_translation_is_polled_to_succeeded() {
    let server = MockServer::start(Vec::new()).await;
    let succeeded = batch("Succeeded", [2, 0, 2, 0, 0, 0, 4096]);
    // This spec's 202 has no `Retry-After`: the options' zero interval.
    server.script([
        accepted(&batch_url(&server), &[]),
        Reply::json(200, &batch("NotStarted", [2, 0, 0, 0, 2, 0, 0])),
        Reply::json(200, &batch("Running", [2, 0, 1, 1, 0, 0, 2048])),
        Reply::json(200, &succeeded),
    ]);
    let mut poller = start_translation(&server);
    let mut seen = Vec::new();
    let mut last = None;
    while let Some(status) = poller.next().await {
        let status = status.unwrap().into_model().unwrap();
        seen.push(status.status);
        last = status.body;
    }
    assert_eq!(
        seen,
        [
            PollerStatus::InProgress,
            PollerStatus::UnknownValue("NotStarted".into()),
            PollerStatus::UnknownValue("Running".into()),
            PollerStatus::Succeeded,
        ]
    );
    let status: TranslationStatus = serde_json::from_value(last.unwrap()).unwrap();
    assert_eq!(status.status, Some(TranslationJobStatus::Succeeded));
    let summary = status.summary.as_ref().unwrap();
    assert_eq!((summary.success, summary.failed), (Some(2), Some(0)));
    assert_eq!(summary.total_character_charged, Some(4096));
    same(&succeeded, &serde_json::to_value(&status).unwrap());

    let requests = server.requests();
    assert_eq!(
        calls(&server),
        [
            ("POST".to_owned(), "/translator/document/batches".to_owned()),
            ("GET".to_owned(), BATCH_PATH.to_owned()),
            ("GET".to_owned(), BATCH_PATH.to_owned()),
            ("GET".to_owned(), BATCH_PATH.to_owned()),
        ]
    );
    assert_eq!(requests[0].query.as_deref(), Some("api-version=2024-05-01"));
    same(
        &batch_request(),
        &serde_json::from_slice(&requests[0].body).unwrap(),
    );
}

#[tokio::test]
async fn an_awaited_batch_translation_gives_its_final_status() {
    let server = MockServer::start(Vec::new()).await;
    let succeeded = batch("Succeeded", [1, 0, 1, 0, 0, 0, 512]);
    server.script([
        accepted(&batch_url(&server), &[]),
        Reply::json(200, &batch("Running", [1, 0, 0, 1, 0, 0, 0])),
        Reply::json(200, &succeeded),
    ]);
    let response = start_translation(&server).await.unwrap();
    let status: TranslationStatus = response.into_body().json().unwrap();
    same(&succeeded, &serde_json::to_value(&status).unwrap());
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_failed_batch_translation_is_the_service_error() {
    let server = MockServer::start(Vec::new()).await;
    let mut failed = batch("Failed", [0, 0, 0, 0, 0, 0, 0]);
    failed["error"] = json!({
        "code": "InvalidRequest",
        "message": "Cannot access source document location with the current permissions.",
        "target": "Operation",
        "innerError": {
            "code": "InvalidDocumentAccessLevel",
            "message": "Cannot access source document location with the current permissions.",
        },
    });
    server.script([
        accepted(&batch_url(&server), &[]),
        Reply::json(200, &batch("Running", [0, 0, 0, 0, 0, 0, 0])),
        Reply::json(200, &failed),
    ]);
    let error = start_translation(&server).await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::HttpResponse { error_code: Some(code), .. } if code == "InvalidRequest"),
        "{error:?}"
    );
    // The spec's error model (`Azure.Core.Foundations.ErrorResponse`)...
    let service = error
        .azure_core_foundations_error_response()
        .unwrap()
        .error
        .unwrap();
    assert_eq!(service.code.as_deref(), Some("InvalidRequest"));
    assert_eq!(
        service.message.as_deref(),
        Some("Cannot access source document location with the current permissions.")
    );
    // ...and the whole status document, its own error model included.
    let ErrorKind::HttpResponse {
        raw_response: Some(raw),
        ..
    } = error.kind()
    else {
        panic!("{error:?}");
    };
    let status: TranslationStatus = serde_json::from_slice(raw.body()).unwrap();
    let translation_error = status.error.unwrap();
    assert_eq!(
        translation_error.code,
        Some(TranslationErrorCode::InvalidRequest)
    );
    assert_eq!(
        translation_error.inner_error.unwrap().code.as_deref(),
        Some("InvalidDocumentAccessLevel")
    );
    assert_eq!(server.requests().len(), 3);
}

/// Translation's own final status, `ValidationFailed` in its status enum
/// (`TranslationJobStatus`), ends polling with the service's error, as
/// `Failed` does: polling on would never end.
#[tokio::test]
async fn a_batch_translation_that_failed_validation_is_the_service_error() {
    let server = MockServer::start(Vec::new()).await;
    let mut invalid = batch("ValidationFailed", [0, 0, 0, 0, 0, 0, 0]);
    invalid["error"] = json!({
        "code": "InvalidRequest",
        "message": "The source and target containers are the same.",
        "target": "Operation",
    });
    server.script([
        accepted(&batch_url(&server), &[]),
        Reply::json(200, &batch("NotStarted", [0, 0, 0, 0, 0, 0, 0])),
        Reply::json(200, &invalid),
        // Never served: the poller stops at `ValidationFailed`.
        Reply::json(200, &batch("Running", [0, 0, 0, 0, 0, 0, 0])),
    ]);
    let error = start_translation(&server).await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::HttpResponse { error_code: Some(code), .. } if code == "InvalidRequest"),
        "{error:?}"
    );
    let ErrorKind::HttpResponse {
        raw_response: Some(raw),
        ..
    } = error.kind()
    else {
        panic!("{error:?}");
    };
    let status: TranslationStatus = serde_json::from_slice(raw.body()).unwrap();
    assert_eq!(status.status, Some(TranslationJobStatus::ValidationFailed));
    assert_eq!(server.requests().len(), 3);
}
