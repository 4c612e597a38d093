//! A code generator for Azure REST APIs.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`spec`] reads a Swagger 2.0 or OpenAPI 3 file (JSON or YAML) and
//!    every file it references, and locates every value by file and JSON
//!    pointer;
//! 2. [`lower`](mod@lower) turns the spec into the [`ir`]: operations, models and enums,
//!    independent of Rust and of the spec's spelling;
//! 3. `rust_api` decides the Rust API each IR becomes (names, types,
//!    fields, method signatures);
//! 4. the emitter writes a Rust client crate from those decisions, and the
//!    differ compares two of them (and the IRs) into a changelog.
//!
//! [`naming`] holds the rules that turn spec names into Rust identifiers;
//! [`output`] writes emitted crates.

#![warn(missing_docs)]

pub mod diff;
pub mod emit;
pub mod generate;
pub mod ir;
pub mod lower;
pub mod naming;
pub mod output;
pub(crate) mod rust_api;
pub mod spec;

pub use generate::{generate, Options};
pub use lower::{load_api, load_api_with, load_api_with_warnings, lower, lower_with_warnings};
pub use spec::{SpecError, SpecWarning};
