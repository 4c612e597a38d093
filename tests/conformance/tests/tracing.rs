//! Distributed tracing of the generated client (`azure_batch::v2025_06_01`):
//! with a tracer provider in its options, every call opens one span named
//! like the official clients' (`Batch.getPool`, azure_core's
//! `#[tracing::function]`), under the client's namespace
//! (`#[tracing::new("Batch")]`), whatever the method returns: a body, an
//! empty response, a `bool`, a pager.

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use azure_batch::v2025_06_01::{BatchClient, BatchClientOptions, BatchPoolCreateOptions};
use azure_conformance::{FixedTokenCredential, MockServer, Reply};
use azure_core::http::{ClientOptions, InstrumentationOptions};
use azure_core::tracing::{
    AsAny, Attribute, AttributeValue, Span, SpanGuard, SpanKind, SpanStatus, Tracer, TracerProvider,
};
use futures::TryStreamExt as _;
use serde_json::json;

/// Every span started: the namespace of its tracer, its name, and whether
/// it is an operation's (`Internal`) rather than an HTTP request's
/// (`Client`, azure_core's request policy).
#[derive(Debug, Default)]
struct Recorder {
    spans: Mutex<Vec<(Option<&'static str>, String, bool)>>,
}

#[derive(Debug)]
struct RecordingProvider(Arc<Recorder>);

#[derive(Debug)]
struct RecordingTracer {
    namespace: Option<&'static str>,
    recorder: Arc<Recorder>,
}

struct RecordedSpan;

impl TracerProvider for RecordingProvider {
    fn get_tracer(
        &self,
        namespace: Option<&'static str>,
        _crate_name: &'static str,
        _crate_version: Option<&'static str>,
    ) -> Arc<dyn Tracer> {
        Arc::new(RecordingTracer {
            namespace,
            recorder: self.0.clone(),
        })
    }
}

impl Tracer for RecordingTracer {
    fn start_span(
        &self,
        name: Cow<'static, str>,
        kind: SpanKind,
        _attributes: Vec<Attribute>,
    ) -> Arc<dyn Span> {
        self.recorder.spans.lock().unwrap().push((
            self.namespace,
            name.into_owned(),
            kind == SpanKind::Internal,
        ));
        Arc::new(RecordedSpan)
    }

    fn start_span_with_parent(
        &self,
        name: Cow<'static, str>,
        kind: SpanKind,
        attributes: Vec<Attribute>,
        _parent: Arc<dyn Span>,
    ) -> Arc<dyn Span> {
        self.start_span(name, kind, attributes)
    }

    fn namespace(&self) -> Option<&'static str> {
        self.namespace
    }
}

struct NoGuard;

impl SpanGuard for NoGuard {
    fn end(self) {}
}

impl AsAny for RecordedSpan {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Span for RecordedSpan {
    fn is_recording(&self) -> bool {
        true
    }
    fn span_id(&self) -> [u8; 8] {
        [1; 8]
    }
    fn end(&self) {}
    fn set_status(&self, _status: SpanStatus) {}
    fn set_attribute(&self, _key: &'static str, _value: AttributeValue) {}
    fn record_error(&self, _error: &dyn std::error::Error) {}
    fn set_current(&self, _context: &azure_core::http::Context) -> Box<dyn SpanGuard> {
        Box::new(NoGuard)
    }
    fn propagate_headers(&self, _request: &mut azure_core::http::Request) {}
}

fn client(server: &MockServer, recorder: &Arc<Recorder>) -> BatchClient {
    let client_options = ClientOptions {
        instrumentation: InstrumentationOptions {
            tracer_provider: Some(Arc::new(RecordingProvider(recorder.clone()))),
        },
        ..server.client_options()
    };
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

/// The names of the operation spans the calls opened, in order, and the
/// number of request spans; the client's namespace checked on each.
fn spans(recorder: &Recorder) -> (Vec<String>, usize) {
    let spans = recorder.spans.lock().unwrap();
    for (namespace, name, _) in spans.iter() {
        assert_eq!(*namespace, Some("Batch"), "{name}");
    }
    let operations = spans
        .iter()
        .filter(|(_, _, operation)| *operation)
        .map(|(_, name, _)| name.clone())
        .collect();
    let requests = spans.iter().filter(|(_, _, operation)| !operation).count();
    (operations, requests)
}

#[tokio::test]
async fn every_call_opens_one_span_named_after_its_operation() {
    let server = MockServer::start(Vec::new()).await;
    server.script([
        Reply::json(200, &json!({"id": "pool1"})),
        Reply::status(201),
        Reply::status(404),
        Reply::json(200, &json!({"value": [{"id": "pool1"}, {"id": "pool2"}]})),
    ]);
    let recorder = Arc::new(Recorder::default());
    let client = client(&server, &recorder);

    let pool = client.get_pool("pool1", None).await.unwrap();
    assert_eq!(pool.into_model().unwrap().id.as_deref(), Some("pool1"));
    let create = BatchPoolCreateOptions {
        id: Some("pool2".into()),
        vm_size: Some("standard_d2s_v3".into()),
        ..Default::default()
    };
    client
        .create_pool(create.try_into().unwrap(), None)
        .await
        .unwrap();
    assert!(!client.pool_exists("pool3", None).await.unwrap());
    let pools: Vec<_> = client
        .list_pools(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pools.len(), 2);

    let (operations, requests) = spans(&recorder);
    assert_eq!(
        operations,
        [
            "Batch.getPool",
            "Batch.createPool",
            "Batch.poolExists",
            "Batch.listPools"
        ]
    );
    assert_eq!(requests, 4, "one request span under each operation's");
}
