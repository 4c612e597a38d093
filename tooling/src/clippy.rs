//! Checking emitted crates with clippy, many at once: written (by the
//! caller, with [`crate::output::write_crate`]) as members of one scratch
//! workspace, then checked by one `cargo clippy --keep-going` run whose
//! first error or warning of each member is its problem. `cargo xtask
//! corpus` and the fuzzer's clippy sample check their crates this way.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// A scratch workspace of emitted crates.
#[derive(Debug, Clone, Copy)]
pub struct Workspace<'a> {
    /// Its folder: each member a sub-folder of it.
    pub dir: &'a Path,
    /// The `Cargo.lock` it is given (the repository's), so that the
    /// dependencies are those the committed crates are checked with.
    pub lock: &'a Path,
    /// Cargo's target folder: kept between runs, so that the dependencies
    /// are built once.
    pub target: &'a Path,
}

impl Workspace<'_> {
    /// Writes the workspace manifest naming `members` (folders of
    /// [`Self::dir`], already written), runs clippy over every target of
    /// them, and returns the first error or warning of each member that has
    /// one. An error when cargo cannot run or fails without naming a member.
    pub fn clippy(&self, members: &[String]) -> Result<BTreeMap<String, String>, String> {
        let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
        let toml = format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            list.join(", ")
        );
        std::fs::write(self.dir.join("Cargo.toml"), toml)
            .map_err(|e| format!("cannot write {}: {e}", self.dir.display()))?;
        std::fs::copy(self.lock, self.dir.join("Cargo.lock"))
            .map_err(|e| format!("cannot copy {}: {e}", self.lock.display()))?;
        let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .args(["clippy", "--workspace", "--all-targets", "--keep-going"])
            .args(["--message-format", "short", "--manifest-path"])
            .arg(self.dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", self.target)
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = first_problems(&stderr, members);
        if !output.status.success() && first.is_empty() {
            let tail: Vec<&str> = stderr.lines().rev().take(10).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(format!(
                "cargo clippy failed in {}:\n{}",
                self.dir.display(),
                tail.join("\n")
            ));
        }
        Ok(first)
    }
}

/// The first error or warning of each member in cargo's short messages
/// (`spec007/src/v1/client.rs:12:5: error[E0308]: ...`).
fn first_problems(stderr: &str, members: &[String]) -> BTreeMap<String, String> {
    let mut first = BTreeMap::new();
    for line in stderr.lines() {
        let Some((member, rest)) = line.split_once('/') else {
            continue;
        };
        if members.iter().any(|m| m == member)
            && (rest.contains(": error") || rest.contains(": warning"))
        {
            first
                .entry(member.to_owned())
                .or_insert_with(|| line.to_owned());
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_member_keeps_its_first_error_or_warning() {
        let stderr = "\
   Compiling a v0.1.0
a/src/lib.rs:3:1: warning: unused import
a/src/lib.rs:9:1: error[E0308]: mismatched types
b/src/lib.rs:1:1: note: something
other/src/lib.rs:1:1: error: not a member
c/src/v1/models.rs:2:2: error: expected one of
";
        let members = ["a", "b", "c"].map(String::from);
        let first = first_problems(stderr, &members);
        assert_eq!(first.len(), 2, "{first:?}");
        assert!(first["a"].contains("unused import"));
        assert!(first["c"].contains("expected one of"));
    }
}
