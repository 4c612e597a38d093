//! This repository's own tooling around the generator, apart from the
//! library `azure_codegen` that a third party depends on: [`project`]
//! assembles this repository's crates from its manifest (regenerating
//! `generated/` and the fixtures) and runs its benchmarks, conformance,
//! corpus and test-server commands; [`clippy`] checks many emitted crates
//! at once. `cargo xtask`, the integration tests, the conformance harness
//! and the fuzzers use it; the library never does.

#![warn(missing_docs)]

pub mod clippy;
pub mod project;

// The library's modules, at the crate root: the tooling grew inside the
// library and names them as `crate::emit`, `crate::load_api`..., which
// keeps reading as it did (and merging with edits made before the move).
use azure_codegen::{diff, emit, ir, load_api, output, spec};
