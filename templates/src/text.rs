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
