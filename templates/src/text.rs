//! The texts the generator copies into every crate it emits: the modules of
//! this crate and the text templates beside its manifest, each with its
//! file relative to the repository root, which errors and docs name. They
//! are part of this package, so the generator carries them wherever it is
//! built (`cargo package`, `cargo install`).

/// A file of this package as the generator reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The file, relative to the repository root (`templates/...`).
    pub file: &'static str,
    /// Its content.
    pub text: &'static str,
}

/// `src/runtime.rs`: the helpers every api-version module shares.
pub const RUNTIME_RS: Text = Text {
    file: "templates/src/runtime.rs",
    text: include_str!("runtime.rs"),
};

/// `src/poller.rs`: long-running operations' pollers.
pub const POLLER_RS: Text = Text {
    file: "templates/src/poller.rs",
    text: include_str!("poller.rs"),
};

/// `src/duration.rs`: ISO 8601 durations.
pub const DURATION_RS: Text = Text {
    file: "templates/src/duration.rs",
    text: include_str!("duration.rs"),
};

/// `src/object.rs`: the models' serde, through their `json_object!` tables.
pub const OBJECT_RS: Text = Text {
    file: "templates/src/object.rs",
    text: include_str!("object.rs"),
};

/// `src/encoding.rs`: how dates, bytes and numbers as text are written in
/// JSON, for model fields and whole bodies.
pub const ENCODING_RS: Text = Text {
    file: "templates/src/encoding.rs",
    text: include_str!("encoding.rs"),
};

/// `src/xml.rs`: XML bodies, through the models' `xml_object!` tables;
/// only crates with XML operations get it.
pub const XML_RS: Text = Text {
    file: "templates/src/xml.rs",
    text: include_str!("xml.rs"),
};

/// What `{{xml}}` of the emitted manifest becomes in a crate with XML
/// operations (nothing in the others): quick-xml, the XML reader and
/// writer azure_core's own `xml` feature is built on.
pub const XML_DEPENDENCY: &str = "\n# XML bodies (src/xml.rs): the reader and writer azure_core's `xml`\n# feature is built on.\nquick-xml = \"0.41\"";

/// `src/events.rs`: responses read as streams of items (server-sent
/// events, JSON Lines); only crates with such responses get it.
pub const EVENTS_RS: Text = Text {
    file: "templates/src/events.rs",
    text: include_str!("events.rs"),
};

/// What `{{events}}` of the emitted manifest becomes in a crate with
/// streamed responses (nothing in the others): the event-stream parser.
pub const EVENTS_DEPENDENCY: &str = "\n# Server-sent events (src/events.rs): the event-stream format, parsed\n# incrementally as bytes arrive.\neventsource-stream = \"0.2\"";

/// `src/multipart.rs`: multipart form bodies and their files; only
/// crates with multipart operations get it.
pub const MULTIPART_RS: Text = Text {
    file: "templates/src/multipart.rs",
    text: include_str!("multipart.rs"),
};

/// What `{{multipart}}` of the emitted manifest becomes in a crate with
/// multipart operations (nothing in the others): mpart-async, which frames
/// the parts as a stream over the files' own streams with a boundary it is
/// given (so a retry frames them again alike), without its default
/// file-reading feature (tokio).
pub const MULTIPART_DEPENDENCY: &str = "\n# Multipart form bodies (src/multipart.rs): the parts framed as a stream.\nmpart-async = { version = \"0.7\", default-features = false }";

/// What `{{url_encoded}}` of the emitted manifest becomes in a crate with
/// URL-encoded form operations (nothing in the others): the url crate's
/// `application/x-www-form-urlencoded` serializer, already built for
/// azure_core.
pub const URL_ENCODED_DEPENDENCY: &str = "\n# URL-encoded form bodies; already built for azure_core (through url).\nform_urlencoded = \"1.2\"";

/// What `{{futures}}` of the emitted manifest becomes in a crate with
/// streamed responses or multipart forms (nothing in the others): the
/// `Stream` traits their items and parts come through; already built for
/// azure_core.
pub const FUTURES_DEPENDENCY: &str = "\n# Streams of events and of multipart parts; already built for azure_core.\nfutures = \"0.3\"";

/// The emitted crate's manifest.
pub const CARGO_TOML: Text = Text {
    file: "templates/Cargo.toml.tmpl",
    text: include_str!("../Cargo.toml.tmpl"),
};

/// The emitted crate's README, which is also its crate docs.
pub const README_MD: Text = Text {
    file: "templates/README.md.tmpl",
    text: include_str!("../README.md.tmpl"),
};
