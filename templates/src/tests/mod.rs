//! Tests of the template modules through what they offer the generated
//! code (`pub(crate)` items and macros). They live in this crate only, so
//! the emitted crates do not carry them; each module's tests of its private
//! helpers stay beside those helpers and travel with the copy.

mod duration;
mod encoding;
mod events;
mod macros;
mod manifest;
mod multipart;
mod object;
mod pipeline;
mod status;
mod wire;
