//! The hand-written modules of every crate the generator emits, as a crate
//! of their own, so that they compile and are tested here rather than only
//! as their copies in `generated/` and `tests/fixtures/`.
//!
//! The emitter copies `runtime.rs`, `object.rs`, `duration.rs` and `poller.rs` into each
//! crate it emits (`include_str!`), unchanged after a header line. This root
//! declares them as an emitted `lib.rs` does (`duration` re-exported at the
//! root, `runtime` private, `poller` public, missing docs denied), so every
//! `crate::` path in them means here what it means there. It is not itself
//! copied: the emitter writes each crate's `lib.rs`.

#![deny(missing_docs)]

mod duration;
mod object;
pub mod poller;
mod runtime;

pub use duration::{Duration, ParseDurationError};

#[cfg(test)]
mod tests;
