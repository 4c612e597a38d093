//! The harness server: HTTPS on 127.0.0.1 with an ephemeral port, answering
//! with scripted replies and recording every request it gets.
//!
//! HTTPS because azure_core's bearer-token policy refuses to send a token
//! over plain HTTP. Each server has its own self-signed certificate for
//! `127.0.0.1`, and [`MockServer::transport`] gives a client transport that
//! trusts that certificate and nothing else.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use azure_core::http::{ClientOptions, RetryOptions, Transport, Url};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::TlsAcceptor;

/// What the server answers to one request.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Headers, sent as given (except `Content-Length`, computed from the
    /// body unless [`Self::declared_length`] says otherwise).
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
    /// Wait this long before answering (to provoke client timeouts).
    pub delay: Option<Duration>,
    /// Announce this `Content-Length` instead of the body's, then close the
    /// connection after the body: a truncated response.
    pub declared_length: Option<usize>,
    /// Send the body up to this point, then the rest only once the test
    /// releases it: a streamed body that a client must read as it comes.
    pub hold: Option<Hold>,
}

/// Where a reply's body pauses ([`Reply::hold`]).
#[derive(Debug, Clone)]
pub struct Hold {
    /// The bytes sent before the pause.
    pub at: usize,
    /// Notified by the test to send the rest.
    pub release: Arc<tokio::sync::Notify>,
}

impl Reply {
    /// A reply with a status and nothing else.
    pub fn status(status: u16) -> Self {
        Self {
            status,
            ..Self::default()
        }
    }

    /// A reply with an XML body, as Storage answers.
    pub fn xml(status: u16, body: &str) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/xml".into())],
            body: body.as_bytes().to_vec(),
            ..Self::default()
        }
    }

    /// A reply with a JSON body.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
            ..Self::default()
        }
    }
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// Method, e.g. `GET`.
    pub method: String,
    /// The path exactly as sent (still percent-encoded).
    pub path: String,
    /// The query string exactly as sent, without `?`.
    pub query: Option<String>,
    /// Headers; names lower-cased by the HTTP stack.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// Every value of a header (case-insensitive name).
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Asserts that each `&`-separated field of `query` (a SAS) is in this
    /// request's query exactly once, spelled as given (its escapes kept).
    pub fn assert_query_once(&self, query: &str) {
        let sent = self.query.clone().unwrap_or_default();
        for field in query.split('&') {
            assert_eq!(
                sent.split('&').filter(|q| *q == field).count(),
                1,
                "{field} in {} ?{sent}",
                self.path
            );
        }
    }
}

struct State {
    replies: std::collections::VecDeque<Reply>,
    requests: Vec<RecordedRequest>,
}

/// A running harness server. It stops when dropped.
pub struct MockServer {
    endpoint: Url,
    certificate: CertificateDer<'static>,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

/// Status of the answer to a request the script did not foresee.
pub const UNSCRIPTED_STATUS: u16 = 599;

impl MockServer {
    /// Starts a server that answers the n-th request with `replies[n]` and
    /// any request beyond them with [`UNSCRIPTED_STATUS`].
    pub async fn start(replies: Vec<Reply>) -> Self {
        Self::start_for_host(None, replies).await
    }

    /// [`Self::start`], with a certificate that also names `host`: a client
    /// whose URL names that host (the one an example's host template
    /// spells) reaches this server through [`Self::transport`], which
    /// resolves every name to it.
    pub async fn start_for_host(host: Option<&str>, replies: Vec<Reply>) -> Self {
        let (certificate, key) = self_signed_certificate(host);
        let config = ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(vec![certificate.clone()], key)
            .expect("the generated certificate is valid");
        let acceptor = TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind an ephemeral loopback port");
        let port = listener.local_addr().expect("bound address").port();
        let state = Arc::new(Mutex::new(State {
            replies: replies.into(),
            requests: Vec::new(),
        }));
        let task = tokio::spawn(accept_loop(listener, acceptor, Arc::clone(&state)));
        Self {
            endpoint: format!("https://127.0.0.1:{port}")
                .parse()
                .expect("valid URL"),
            certificate,
            state,
            task,
        }
    }

    /// Appends replies to the script (for replies that must name the
    /// server's own URL, known only once it runs).
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.state
            .lock()
            .expect("server state")
            .replies
            .extend(replies);
    }

    /// The server's base URL, `https://127.0.0.1:<port>`.
    pub fn endpoint(&self) -> &Url {
        &self.endpoint
    }

    /// A transport that trusts this server's certificate (only it) and gives
    /// up on a request after `timeout`.
    pub fn transport_with_timeout(&self, timeout: Option<Duration>) -> Transport {
        let certificate = reqwest::Certificate::from_der(&self.certificate)
            .expect("the generated certificate is DER");
        let port = self.endpoint.port().unwrap_or(443);
        let mut builder = reqwest::Client::builder()
            .tls_certs_only([certificate])
            .dns_resolver(Arc::new(Loopback(port)));
        if let Some(timeout) = timeout {
            builder = builder.timeout(timeout);
        }
        Transport::new(Arc::new(builder.build().expect("a reqwest client")))
    }

    /// [`Self::transport_with_timeout`] with a 30 s limit, so that a client
    /// that waits for a byte the server never sends fails instead of hanging.
    pub fn transport(&self) -> Transport {
        self.transport_with_timeout(Some(Duration::from_secs(30)))
    }

    /// `azure_core` client options for a test of one exchange: this
    /// server's [`Self::transport`] and no retries, so that each reply is
    /// answered by exactly one request.
    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            transport: Some(self.transport()),
            retry: RetryOptions::none(),
            ..ClientOptions::default()
        }
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.lock().expect("server state").requests.clone()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Resolves every host name to the server on loopback, at its port (a URL
/// that names another port keeps it, and finds nothing there): a client
/// sends to the host its spec names and the harness sees the request,
/// without a name ever leaving the machine.
struct Loopback(u16);

impl reqwest::dns::Resolve for Loopback {
    fn resolve(&self, _: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let address = std::net::SocketAddr::from(([127, 0, 0, 1], self.0));
        Box::pin(async move {
            let addresses: reqwest::dns::Addrs = Box::new(std::iter::once(address));
            Ok(addresses)
        })
    }
}

fn self_signed_certificate(
    host: Option<&str>,
) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
    let mut names = vec!["127.0.0.1".to_owned()];
    names.extend(host.filter(|h| *h != "127.0.0.1").map(str::to_owned));
    let certified =
        rcgen::generate_simple_self_signed(names).expect("generate a self-signed certificate");
    let key = PrivatePkcs8KeyDer::from(certified.key_pair.serialize_der());
    (certified.cert.der().clone(), key.into())
}

async fn accept_loop(listener: TcpListener, acceptor: TlsAcceptor, state: Arc<Mutex<State>>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let acceptor = acceptor.clone();
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(stream).await else {
                return;
            };
            let service = service_fn(move |request| answer(request, Arc::clone(&state)));
            // A truncated reply ends the connection with an error on purpose.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tls), service)
                .await;
        });
    }
}

async fn answer(
    request: hyper::Request<Incoming>,
    state: Arc<Mutex<State>>,
) -> Result<hyper::Response<BoxBody<Bytes, Infallible>>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| (n.to_string(), String::from_utf8_lossy(v.as_bytes()).into()))
            .collect(),
        body,
    };
    let reply = {
        let mut state = state.lock().expect("server state");
        state.requests.push(recorded);
        state.replies.pop_front()
    };
    let reply = reply.unwrap_or_else(|| Reply {
        status: UNSCRIPTED_STATUS,
        body: b"conformance harness: no reply scripted for this request".to_vec(),
        ..Reply::default()
    });
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = hyper::Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        if !name.eq_ignore_ascii_case("content-length") {
            response = response.header(name, value);
        }
    }
    if let Some(length) = reply.declared_length {
        response = response.header("content-length", length);
    }
    let body = match reply.hold {
        None => Full::new(Bytes::from(reply.body)).boxed(),
        Some(hold) => {
            let mut first = reply.body;
            let rest = first.split_off(hold.at.min(first.len()));
            let chunks = futures::stream::unfold(
                (Some(first), Some(rest), hold.release),
                |(first, rest, release)| async move {
                    if let Some(first) = first {
                        return Some((Bytes::from(first), (None, rest, release)));
                    }
                    let rest = rest?;
                    release.notified().await;
                    Some((Bytes::from(rest), (None, None, release)))
                },
            );
            StreamBody::new(futures::StreamExt::map(chunks, |b| {
                Ok(hyper::body::Frame::data(b))
            }))
            .boxed()
        }
    };
    let response = response.body(body).unwrap_or_else(|e| {
        hyper::Response::builder()
            .status(500)
            .body(
                Full::new(Bytes::from(format!(
                    "conformance harness: cannot build the scripted reply: {e}"
                )))
                .boxed(),
            )
            .expect("a plain 500")
    });
    Ok(response)
}
