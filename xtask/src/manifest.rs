//! `specs/manifest.yaml`: which crates to generate from which specs.
