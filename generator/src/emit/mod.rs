//! Rust emission: from IR to the source files of a client crate.
//!
//! The entry point is [`emit_crate`]: it takes a [`CrateConfig`] (the crate's
//! name and one [`ModuleConfig`] per api-version) and returns every file of
//! the crate as text, keyed by path relative to the crate root. It writes
//! nothing to disk: the caller decides where the files go (and writes them
//! aside, then swaps).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::ir::Api;

/// A crate to emit.
#[derive(Debug, Clone)]
pub struct CrateConfig {
    /// Package name, e.g. `azure_batch`.
    pub name: String,
    /// Package version.
    pub version: String,
    /// One-line description for Cargo.toml and the crate docs.
    pub description: String,
    /// Name of the client struct in every module, e.g. `BatchClient`.
    pub client: String,
    /// The api-versions, one module each, in manifest order.
    pub modules: Vec<ModuleConfig>,
    /// The cargo feature enabled by default (one of the modules' features).
    pub default_feature: Option<String>,
}

/// One api-version of a crate: a module behind a cargo feature.
#[derive(Debug, Clone)]
pub struct ModuleConfig {
    /// Rust module name, e.g. `v2024_02_01`.
    pub module: String,
    /// Cargo feature that enables the module, e.g. `v2024-02-01`.
    pub feature: String,
    /// The spec file, relative to the specs root (for docs and tests).
    pub spec_file: String,
    /// Token scope when the spec's security definition does not give a
    /// usable one (hand-written Batch specs say `user_impersonation`).
    pub scope: Option<String>,
    /// The lowered spec.
    pub api: Api,
}

/// Emitted files: path relative to the crate root → content.
pub type Files = BTreeMap<PathBuf, String>;

/// An emission failure: something in the IR the emitter cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmitError(pub String);

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EmitError {}

/// Emits every file of the crate described by `config`.
pub fn emit_crate(config: &CrateConfig) -> Result<Files, EmitError> {
    let _ = config;
    Err(EmitError("emission is not built yet".to_owned()))
}
