//! `cargo xtask regenerate`: every crate of the manifest into `generated/`
//! (`cargo xtask generate`, one spec into any folder, is the
//! `azure-codegen` command's).
//!
//! Files are emitted in memory first; a crate folder is only ever replaced
//! whole: written aside, then swapped in by two renames, so an error or an
//! interrupted run never leaves a half-written `generated/`.

use crate::manifest::project;
use crate::Context;

/// Arguments of `cargo xtask regenerate`.
#[derive(clap::Args)]
pub struct RegenerateArgs {
    /// Do not write: exit 1 and name the files that differ when
    /// `generated/` is stale.
    #[arg(long)]
    check: bool,
}

/// Runs `regenerate`: the manifest's crates into `generated/`, its fixture
/// crates into `tests/fixtures/` (`Project::regenerate`); prints one line
/// per crate and names the files that differ.
pub fn regenerate(ctx: &Context, args: RegenerateArgs) -> Result<(), String> {
    let project = project(ctx)?;
    // Progress on stderr: stdout keeps one summary line per crate.
    let outcomes = project.regenerate(args.check, |_, sources| {
        for source in sources {
            eprintln!("  {source}");
        }
    })?;
    let mut stale = Vec::new();
    for outcome in outcomes {
        let name = outcome
            .dir
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if args.check {
            let status = if outcome.stale.is_empty() {
                "up to date"
            } else {
                "STALE"
            };
            println!("{name}: {status} ({} files)", outcome.files);
        } else {
            println!(
                "{name}: {}, {} files, {} lines in {:.2} s",
                outcome.what, outcome.files, outcome.lines, outcome.seconds
            );
        }
        stale.extend(outcome.stale);
    }
    if stale.is_empty() {
        return Ok(());
    }
    for path in &stale {
        eprintln!("differs: {}", path.display());
    }
    Err(format!(
        "generated crates are stale: {} files differ; run `cargo xtask regenerate`",
        stale.len()
    ))
}
