//! Workspace programs that commands run rather than link: the model
//! benchmark and the fuzzers are built against `generated/`, and xtask must
//! build (and regenerate) even when the generated crates do not compile.

use std::ffi::OsStr;

use crate::manifest::repo_root;

/// Builds the binary of workspace package `package` in release mode and
/// runs it with `args`; `what` names it in the error when it fails.
pub fn run_release<I, S>(package: &str, args: I, what: &str) -> Result<(), String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .current_dir(repo_root())
        .args(["run", "--quiet", "--release", "-p", package, "--"])
        .args(args)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed or could not run (see above)"))
    }
}
