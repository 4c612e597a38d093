//! Workspace programs that commands run rather than link: the model
//! benchmark and the fuzzers are built against `generated/`, and the
//! commands must build (and regenerate) even when the generated crates do
//! not compile.

use std::ffi::OsStr;

use super::Project;

impl Project {
    /// Builds the binary of workspace package `package` in release mode and
    /// runs it with `args`, its output going straight to this process's;
    /// `what` names it in the error when it fails.
    pub fn run_release<I, S>(&self, package: &str, args: I, what: &str) -> Result<(), String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let status =
            std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
                .current_dir(self.root())
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

    /// Runs the fuzzers of `tests/fuzz` (`azure-fuzz`, release) with this
    /// checkout's specs root and `args`.
    pub fn fuzz<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> Result<(), String> {
        let mut passed: Vec<std::ffi::OsString> =
            vec!["--specs-root".into(), self.specs_root().into()];
        passed.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self.run_release("azure-fuzz", passed, "the fuzzers (tests/fuzz)")
    }
}
