//! The hand-written modules of every crate the generator emits, as a crate
//! of their own, so that they compile and are tested here rather than only
//! as their copies in `generated/` and `tests/fixtures/`.
//!
//! The emitter copies `runtime.rs`, `object.rs`, `encoding.rs`, `duration.rs`, `poller.rs` (and `xml.rs`, for XML specs; `events.rs`, for streamed responses; `multipart.rs`, for multipart forms) into each
//! crate it emits (their texts, [`text`]), unchanged after a header line. This root
//! declares them as an emitted `lib.rs` does (`duration` re-exported at the
//! root, `runtime` private, `poller` public, missing docs denied), so every
//! `crate::` path in them means here what it means there. It is not itself
//! copied: the emitter writes each crate's `lib.rs`.
//!
//! The modules compile with the `runtime` feature (default); [`text`] is
//! always there, so the generator depends on this crate without building
//! what the modules need (azure_core).

#![deny(missing_docs)]

#[cfg(feature = "runtime")]
mod duration;
#[cfg(feature = "runtime")]
pub mod encoding;
#[cfg(feature = "runtime")]
pub mod events;
#[cfg(feature = "runtime")]
pub mod multipart;
#[cfg(feature = "runtime")]
mod object;
#[cfg(feature = "runtime")]
pub mod poller;
#[cfg(feature = "runtime")]
mod runtime;
#[cfg(feature = "runtime")]
pub mod xml;

#[cfg(feature = "runtime")]
pub use duration::{Duration, ParseDurationError};
#[cfg(feature = "runtime")]
pub use runtime::TextFormat;

pub mod text;

#[cfg(all(test, feature = "runtime"))]
mod tests;
