//! Fuzzing: the generator with mutated specs, the generated client with
//! mutated responses. The `azure-fuzz` program (run by `cargo xtask fuzz`)
//! parses its arguments and prints; everything else is here.
//!
//! Both targets run on stable Rust: mutants come from a seeded ChaCha8
//! stream ([`mutate::mutant_rng`]), so a run is replayed by its seed, and
//! each mutant is checked on a worker thread under `catch_unwind` with a
//! time limit ([`harness`]). A run ends in a [`report::Report`].

pub mod client;
pub mod generator;
pub mod harness;
pub mod mutate;
pub mod report;

pub use report::Report;
