//! The conformance harness: proves a generated Azure client against its
//! spec's `x-ms-examples` over real HTTP(S) on loopback.
//!
//! For each example response of each operation, [`suite::run_case`] starts a
//! [`server::MockServer`] on `127.0.0.1` that serves the example's response,
//! lets generated dispatch code call the client with the example's
//! parameters, and then checks
//!
//! * the request the server saw against the one the example describes
//!   ([`request`]): method, host and path (the URL the spec's host
//!   template spells, read from the spec by [`host`]), query, headers,
//!   bearer token, body (JSON, merge patch, or text);
//! * what the client gave back against the example's response
//!   ([`outcome`]): the typed body serialized again, status-only success,
//!   exists answers, list items across two pages, typed errors, and the
//!   result a long-running operation's poller ends with, after the polling
//!   sequence [`polling`] serves from the example's first response.
//!
//! JSON is compared by meaning, not text ([`equivalence`]). Results are
//! gathered in a [`report::Report`].
//!
//! The operation descriptions ([`shape`]) and the dispatch are emitted by
//! the generator from its IR (`azure_codegen::emit::conformance`).

pub mod credential;
pub mod equivalence;
pub mod example;
pub mod host;
pub mod outcome;
pub mod params;
pub mod polling;
pub mod report;
pub mod request;
pub mod returned;
pub mod server;
pub mod shape;
pub mod suite;

pub use credential::{FixedTokenCredential, TEST_TOKEN};
pub use example::{Example, ExampleResponse, ExampleStatus};
pub use host::HostPlan;
pub use outcome::Outcome;
pub use params::Params;
pub use report::Report;
pub use server::{Hold, MockServer, RecordedRequest, Reply};
pub use shape::{FinalState, Location, OperationShape, ParamShape, PathPart, Returns};
pub use suite::{Call, Dispatch, Suite};
