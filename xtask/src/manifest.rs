//! Where this checkout is, and the [`Project`] (manifest, specs root, crate
//! assembly) that the commands work on; everything else lives in
//! `azure_codegen_tooling::project`.

use std::path::{Path, PathBuf};

use azure_codegen_tooling::project::Project;

use crate::Context;

/// The repository root (the xtask crate's parent).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the repository")
        .to_path_buf()
}

/// The checkout, with the specs root of `--specs-root`/`AZURE_SPECS_ROOT`
/// when given.
pub fn project(ctx: &Context) -> Result<Project, String> {
    Project::open(&repo_root(), ctx.specs_root_override.clone())
}
