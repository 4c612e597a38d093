//! The public Rust API that a module's IR becomes, as data: what each type
//! is called and how it is spelled, which fields are boxed, which models are
//! enums of their kinds, the fields of each struct (flattening included), and
//! each operation's method (name, arguments in order, options fields,
//! parameter groups, return kind).
//!
//! The emitter renders code from these decisions and the differ compares
//! them between two api-versions; neither keeps its own copy, so a change
//! the differ judges for Rust is the change the emitter makes.

pub(crate) mod fields;
pub(crate) mod headers;
pub(crate) mod hierarchy;
pub(crate) mod signature;
pub(crate) mod types;
