//! The clippy sample: the crates of the first accepted mutants of a run,
//! written as members of a scratch workspace in a stable folder under
//! `target/`, built in the target folder every scratch build shares
//! ([`azure_codegen_tooling::project::scratch::target_dir`]), and
//! checked by one clippy run at the end ([`azure_codegen_tooling::clippy`]). A
//! member with an error or a warning is a broken property of its mutant.

use std::path::PathBuf;

use azure_codegen_tooling::clippy::Workspace;

use crate::report::Report;

/// The folder of the sample's workspace, `workspace/` (rewritten each
/// run).
fn folder() -> PathBuf {
    azure_codegen::spec::normalize(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-clippy"),
    )
}

/// The mutants of a run taken into the sample.
pub(crate) struct ClippySample {
    size: u64,
    workspace: PathBuf,
    /// Each member's mutant: its number, name and description.
    members: Vec<(u64, String, String)>,
}

impl ClippySample {
    /// A sample of at most `size` crates; the workspace of a previous run is
    /// emptied.
    pub(crate) fn new(size: u64) -> Result<Self, String> {
        let workspace = folder().join("workspace");
        if size > 0 && workspace.exists() {
            std::fs::remove_dir_all(&workspace)
                .map_err(|e| format!("cannot empty {}: {e}", workspace.display()))?;
        }
        Ok(ClippySample {
            size,
            workspace,
            members: Vec::new(),
        })
    }

    /// The crate name and folder of mutant `index`, if the sample still
    /// takes one.
    pub(crate) fn offer(&self, index: u64) -> Option<(String, PathBuf)> {
        let name = format!("m{index}");
        (self.members.len() < self.size as usize).then(|| (name.clone(), self.workspace.join(name)))
    }

    /// Takes mutant `index` into the sample if its crate was written.
    pub(crate) fn take(&mut self, index: u64, description: &str) {
        let name = format!("m{index}");
        if self.workspace.join(&name).join("Cargo.toml").exists() {
            self.members.push((index, name, description.to_owned()));
        }
    }

    /// Runs clippy over the sample; each member with a problem is a failure
    /// of its mutant in `report`.
    pub(crate) fn check(&self, report: &mut Report) -> Result<(), String> {
        if self.members.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = self.members.iter().map(|(_, n, _)| n.clone()).collect();
        let started = std::time::Instant::now();
        let repo = azure_codegen::spec::normalize(&folder().join("../.."));
        let problems = Workspace {
            dir: &self.workspace,
            lock: &repo.join("Cargo.lock"),
            target: &azure_codegen_tooling::project::scratch::target_dir(&repo.join("target")),
        }
        .clippy(&names)?;
        report.notes.push(format!(
            "clippy sample: {} crates of accepted mutants in {:.1} s, {} with an error or a warning ({})",
            names.len(),
            started.elapsed().as_secs_f64(),
            problems.len(),
            self.workspace.display()
        ));
        for (index, name, description) in &self.members {
            if let Some(problem) = problems.get(name) {
                report.fail(*index, description, format!("clippy: {problem}"));
            }
        }
        Ok(())
    }
}
