//! The measuring behind `cargo xtask bench`: each figure is returned as
//! data for the command to print, never asserted (a timed test would fail
//! on a busy machine, a benchmark only reports).
//!
//! Each time is the median of several runs after one warm-up run
//! ([`median`]), so file caches are warm and one slow run does not decide
//! it. The comparison with AutoRust's `azure_svc_batch`
//! ([`Project::bench_autorust`]) measures the same api-version on both
//! sides: lines of its module and `cargo check` of its feature alone; the
//! comparisons with the official Azure crates live in [`official`], the
//! counting of a crate's operations they use in [`operations`].

pub mod official;
pub mod operations;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{CrateEntry, Project};
use crate::emit::{Files, Layout};
use crate::ir::Api;

/// The median of `runs` (at least 1) timed calls of `f`, after one untimed
/// warm-up call; the first error ends it.
pub fn median<T>(
    runs: usize,
    mut f: impl FnMut() -> Result<T, String>,
) -> Result<Duration, String> {
    f()?;
    let mut times = Vec::with_capacity(runs.max(1));
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        f()?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

/// Loading and lowering every spec of the manifest.
#[derive(Debug, Clone)]
pub struct IrFigure {
    /// Specs loaded per run.
    pub specs: usize,
    /// Operations, models and enums of all of them.
    pub operations: usize,
    /// Models of all of them.
    pub models: usize,
    /// Enums of all of them.
    pub enums: usize,
    /// Median time of one run (one thread).
    pub time: Duration,
}

/// Regenerating the manifest's crates in memory with one layout.
#[derive(Debug, Clone)]
pub struct LayoutFigure {
    /// The layout, for people (`rustfmt cache warm`).
    pub label: &'static str,
    /// Median time of one regenerate (no writes).
    pub time: Duration,
}

/// One api-version module of a generated crate.
#[derive(Debug, Clone)]
pub struct ModuleFigure {
    /// The crate's name.
    pub krate: String,
    /// The module (`v2024_02_01`).
    pub module: String,
    /// Its cargo feature (`v2024-02-01`).
    pub feature: String,
    /// Lines of Rust under `src/<module>/`.
    pub lines: usize,
}

/// `cargo check` of one generated crate with one feature alone.
#[derive(Debug, Clone)]
pub struct CheckFigure {
    /// The crate's name.
    pub krate: String,
    /// The feature (`v2024-02-01`).
    pub feature: String,
    /// Median time (see [`cargo_check_time`]).
    pub time: Duration,
}

/// [`Project::bench_regenerate`]'s figures.
#[derive(Debug, Clone)]
pub struct RegenerateFigures {
    /// Crates of the manifest.
    pub crates: usize,
    /// Their api-versions in all.
    pub api_versions: usize,
    /// One figure per layout: prettyplease only, rustfmt every file,
    /// rustfmt cache warm.
    pub layouts: Vec<LayoutFigure>,
    /// Every module of every crate, in manifest order.
    pub modules: Vec<ModuleFigure>,
}

/// AutoRust's `azure_svc_batch` beside our crate, for the same api-version.
#[derive(Debug, Clone)]
pub struct AutorustComparison {
    /// Our module of that api-version.
    pub ours: ModuleFigure,
    /// AutoRust's module (`package_2024_02`).
    pub theirs_module: &'static str,
    /// AutoRust's feature (`package-2024-02`).
    pub theirs_feature: &'static str,
    /// Lines of Rust of AutoRust's module.
    pub theirs_lines: usize,
    /// `cargo check` times (ours, theirs), when asked for.
    pub check: Option<(Duration, Duration)>,
}

impl AutorustComparison {
    /// Our lines over theirs.
    pub fn lines_ratio(&self) -> f64 {
        self.ours.lines as f64 / self.theirs_lines.max(1) as f64
    }

    /// Our `cargo check` time over theirs.
    pub fn check_ratio(&self) -> Option<f64> {
        self.check
            .map(|(ours, theirs)| ours.as_secs_f64() / theirs.as_secs_f64().max(f64::EPSILON))
    }
}

/// AutoRust's module and feature for Batch 2024-02-01.19.0, and the
/// manifest spec it was generated from: the api-version both sides are
/// measured at.
const AUTORUST_MODULE: &str = "package_2024_02";
const AUTORUST_FEATURE: &str = "package-2024-02";
const AUTORUST_SPEC: &str = "2024-02-01.19.0";

/// The diff figures.
#[derive(Debug, Clone)]
pub struct DiffFigures {
    /// Changes between 2023-11-01.18.0 and 2024-02-01.19.0.
    pub changes: usize,
    /// Loading and lowering both, and diffing them.
    pub one: Duration,
    /// Bytes of the markdown of that diff.
    pub markdown_bytes: usize,
    /// The same plus titling and rendering the markdown.
    pub rendered: Duration,
    /// Consecutive pairs of stable api-versions.
    pub pairs: usize,
    /// Changes of all pairs.
    pub pair_changes: usize,
    /// Diffing all pairs, specs already loaded.
    pub pairs_diff_only: Duration,
    /// Loading every stable spec, diffing and rendering all pairs.
    pub pairs_with_load: Duration,
    /// Runs behind `one`, `rendered` and `pairs_diff_only`.
    pub runs: usize,
    /// Runs behind `pairs_with_load`.
    pub load_runs: usize,
}

impl Project {
    /// Loads and lowers every spec of the manifest, `runs` times.
    pub fn bench_ir(&self, runs: usize) -> Result<IrFigure, String> {
        let specs: Vec<PathBuf> = self
            .manifest
            .specs
            .keys()
            .filter_map(|name| self.spec_path(name))
            .collect();
        let mut counts = (0, 0, 0);
        let time = median(runs, || {
            counts = (0, 0, 0);
            for spec in &specs {
                let api = load(spec)?;
                counts.0 += api.operations.len();
                counts.1 += api.models.len();
                counts.2 += api.enums.len();
            }
            Ok(())
        })?;
        Ok(IrFigure {
            specs: specs.len(),
            operations: counts.0,
            models: counts.1,
            enums: counts.2,
            time,
        })
    }

    /// Regenerates every manifest crate in memory `runs` times per layout,
    /// and counts the lines of each module.
    pub fn bench_regenerate(&self, runs: usize) -> Result<RegenerateFigures, String> {
        let mut files: Vec<Files> = Vec::new();
        // A fresh cache folder per figure: the cold figure starts rustfmt for
        // every file, the warm one (the cache filled by its warm-up run) for
        // none, which is a regenerate after a change that leaves the emitted
        // text as it was.
        let cache =
            std::env::temp_dir().join(format!("codegen-bench-rustfmt-{}", std::process::id()));
        let layouts = [
            ("prettyplease only, no rustfmt", Layout::Prettyplease),
            ("rustfmt, every file", Layout::Rustfmt),
            ("rustfmt cache warm", Layout::RustfmtCached(cache.clone())),
        ];
        let mut figures = Vec::new();
        for (label, layout) in layouts {
            let time = median(runs, || {
                files = self
                    .manifest
                    .crates
                    .iter()
                    .map(|entry| self.crate_files(entry, layout.clone()))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(())
            });
            let _ = std::fs::remove_dir_all(&cache);
            figures.push(LayoutFigure { label, time: time? });
        }
        let modules = self
            .manifest
            .crates
            .iter()
            .zip(&files)
            .flat_map(|(entry, files)| module_figures(entry, files))
            .collect();
        Ok(RegenerateFigures {
            crates: self.manifest.crates.len(),
            api_versions: self
                .manifest
                .crates
                .iter()
                .map(|c| c.api_versions.len())
                .sum(),
            layouts: figures,
            modules,
        })
    }

    /// The median of `runs` `cargo check` times of every module of every
    /// generated crate, each with its feature alone (see
    /// [`cargo_check_time`]), in manifest order.
    pub fn bench_cargo_check(&self, runs: usize) -> Result<Vec<CheckFigure>, String> {
        let mut figures = Vec::new();
        for entry in &self.manifest.crates {
            let krate = self.root().join("generated").join(&entry.name);
            for version in &entry.api_versions {
                figures.push(CheckFigure {
                    krate: entry.name.clone(),
                    feature: version.feature.clone(),
                    time: cargo_check_time(&krate, Some(&version.feature), None, runs)?,
                });
            }
        }
        Ok(figures)
    }

    /// The manifest's `azure_batch` crate: the benchmarks measure Batch.
    fn batch_crate(&self) -> Result<&CrateEntry, String> {
        self.manifest
            .crates
            .iter()
            .find(|c| c.name == "azure_batch")
            .ok_or_else(|| "the manifest has no azure_batch crate".to_owned())
    }

    /// AutoRust's `azure_svc_batch` (unpacked in `dir`, e.g. 0.21.0 from
    /// crates.io) beside `generated/azure_batch`, both at Batch
    /// 2024-02-01.19.0: lines of AutoRust's `package_2024_02` and of our
    /// module of that spec, and with `cargo_check` the median of `runs`
    /// `cargo check` times of each crate with that feature alone (see
    /// [`cargo_check_time`]).
    pub fn bench_autorust(
        &self,
        dir: &Path,
        runs: usize,
        cargo_check: bool,
    ) -> Result<AutorustComparison, String> {
        let entry = self.batch_crate()?;
        // The layout of the committed crate, whose lines are compared.
        let files = self.crate_files(entry, self.rustfmt_cache())?;
        let ours = module_figures(entry, &files)
            .into_iter()
            .find(|m| {
                entry
                    .api_versions
                    .iter()
                    .any(|v| v.module == m.module && v.spec == AUTORUST_SPEC)
            })
            .ok_or_else(|| format!("azure_batch has no module of spec {AUTORUST_SPEC}"))?;
        let theirs_lines = rust_lines(&dir.join("src").join(AUTORUST_MODULE))?;
        let check = if cargo_check {
            let krate = self.root().join("generated").join(&ours.krate);
            let mine = cargo_check_time(&krate, Some(&ours.feature), None, runs)?;
            let theirs = cargo_check_time(dir, Some(AUTORUST_FEATURE), None, runs)?;
            Some((mine, theirs))
        } else {
            None
        };
        Ok(AutorustComparison {
            ours,
            theirs_module: AUTORUST_MODULE,
            theirs_feature: AUTORUST_FEATURE,
            theirs_lines,
            check,
        })
    }

    /// Runs `tests/model-bench` in release mode on the examples of the
    /// Batch crate's default api-version. The models are generated code, so
    /// they are measured by a program built against the crate, not inside
    /// the library (which must build even when `generated/` does not); it
    /// prints its own figures.
    pub fn bench_models(&self) -> Result<(), String> {
        let entry = self.batch_crate()?;
        let module = entry.default.as_ref().ok_or("azure_batch has no default")?;
        let version = entry
            .api_versions
            .iter()
            .find(|v| &v.module == module)
            .ok_or_else(|| {
                format!("azure_batch's default {module} is not one of its api-versions")
            })?;
        let spec = self
            .spec_path(&version.spec)
            .ok_or_else(|| format!("no spec named {}", version.spec))?;
        self.run_release(
            "azure-model-bench",
            [spec.with_file_name("examples")],
            "the model benchmark (tests/model-bench)",
        )
    }

    /// One diff of two Batch api-versions (loading included, bare and
    /// rendered as `cargo xtask diff` does) and the consecutive pairs of
    /// the manifest's stable versions.
    pub fn bench_diff(&self) -> Result<DiffFigures, String> {
        const RUNS: usize = 5;
        const LOAD_RUNS: usize = 3;
        let (old, new) = (
            self.resolve_spec("2023-11-01.18.0")?,
            self.resolve_spec("2024-02-01.19.0")?,
        );
        let mut changes = 0;
        let one = median(RUNS, || {
            let (a, b) = (load(&old)?, load(&new)?);
            changes = crate::diff::diff(&a, &b).summary().changes;
            Ok(())
        })?;
        let mut markdown_bytes = 0;
        let rendered = median(RUNS, || {
            let (a, b) = (load(&old)?, load(&new)?);
            let layout = crate::diff::Layout {
                title: crate::diff::title(Some(&new), &b),
                date: None,
                reference_url: None,
            };
            markdown_bytes = crate::diff::diff(&a, &b)
                .with_layout(layout)
                .to_markdown()
                .len();
            Ok(())
        })?;
        let stable: Vec<PathBuf> = self
            .manifest
            .specs
            .keys()
            .filter(|name| !name.contains('/'))
            .map(|name| self.resolve_spec(name))
            .collect::<Result<_, _>>()?;
        let apis: Vec<Api> = stable.iter().map(|p| load(p)).collect::<Result<_, _>>()?;
        let mut pair_changes = 0;
        let pairs_diff_only = median(RUNS, || {
            pair_changes = apis
                .windows(2)
                .map(|pair| crate::diff::diff(&pair[0], &pair[1]).summary().changes)
                .sum();
            Ok(())
        })?;
        let pairs_with_load = median(LOAD_RUNS, || {
            let apis: Vec<Api> = stable.iter().map(|p| load(p)).collect::<Result<_, _>>()?;
            for pair in apis.windows(2) {
                let diff = crate::diff::diff(&pair[0], &pair[1]);
                std::hint::black_box(diff.to_markdown());
            }
            Ok(())
        })?;
        Ok(DiffFigures {
            changes,
            one,
            markdown_bytes,
            rendered,
            pairs: apis.len().saturating_sub(1),
            pair_changes,
            pairs_diff_only,
            pairs_with_load,
            runs: RUNS,
            load_runs: LOAD_RUNS,
        })
    }
}

fn load(path: &Path) -> Result<Api, String> {
    crate::load_api(path).map_err(|e| e.to_string())
}

/// The lines of each api-version module of a crate's emitted files.
pub fn module_figures(entry: &CrateEntry, files: &Files) -> Vec<ModuleFigure> {
    entry
        .api_versions
        .iter()
        .map(|version| {
            let prefix = format!("src/{}/", version.module);
            let lines = files
                .iter()
                .filter(|(path, _)| {
                    path.to_string_lossy()
                        .replace('\\', "/")
                        .starts_with(&prefix)
                })
                .map(|(_, text)| text.lines().count())
                .sum();
            ModuleFigure {
                krate: entry.name.clone(),
                module: version.module.clone(),
                feature: version.feature.clone(),
                lines,
            }
        })
        .collect()
}

/// Lines of the `.rs` files in `dir` and its folders, a folder missing
/// counting none.
pub fn rust_lines_under(dir: &Path) -> Result<usize, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(0);
    };
    let mut lines = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            lines += rust_lines_under(&path)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            lines += text.lines().count();
        }
    }
    Ok(lines)
}

/// Copies the files of `from` into `to` (replaced whole), leaving out a
/// `target` folder.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default();
        if path.is_dir() {
            if name != "target" {
                copy_tree(&path, &to.join(name))?;
            }
        } else {
            std::fs::copy(&path, to.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Makes the crate in `dir` a workspace of its own (an empty `[workspace]`
/// table), so that cargo does not take it for a member of the repository's
/// workspace it sits in.
fn standalone(dir: &Path) -> Result<(), String> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    if text.lines().any(|line| line.trim() == "[workspace]") {
        return Ok(());
    }
    std::fs::write(&manifest, format!("{text}\n[workspace]\n"))
        .map_err(|e| format!("cannot write {}: {e}", manifest.display()))
}

/// Lines of the `.rs` files directly in `dir` (AutoRust's module folder).
pub fn rust_lines(dir: &Path) -> Result<usize, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut lines = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            lines += text.lines().count();
        }
    }
    Ok(lines)
}

/// The median of `runs` `cargo check` times of the crate in `dir` with
/// `feature` alone (`None`: its default features), its dependencies built
/// by the warm-up run, in `target_dir` when given (else the crate's own). Each run
/// touches the crate root, so cargo checks the crate again, with
/// `CARGO_INCREMENTAL=0`: incremental compilation would reuse the previous
/// run's type-checking and measure almost nothing. The compiler's warnings
/// go nowhere (AutoRust's crate has many); on failure the end of them is
/// the error. `RUSTFLAGS` are left alone: changing them would rebuild every
/// dependency.
pub fn cargo_check_time(
    dir: &Path,
    feature: Option<&str>,
    target_dir: Option<&Path>,
    runs: usize,
) -> Result<Duration, String> {
    let manifest = dir.join("Cargo.toml");
    let lib = dir.join("src/lib.rs");
    median(runs, || {
        let text =
            std::fs::read(&lib).map_err(|e| format!("cannot read {}: {e}", lib.display()))?;
        // Rewriting the same bytes bumps the modification time: cargo checks
        // the crate again.
        std::fs::write(&lib, text).map_err(|e| format!("cannot touch {}: {e}", lib.display()))?;
        let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        cargo
            .arg("check")
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(&manifest)
            .env("CARGO_INCREMENTAL", "0")
            .stdout(Stdio::null());
        if let Some(feature) = feature {
            cargo.args(["--no-default-features", "--features", feature]);
        }
        if let Some(target_dir) = target_dir {
            cargo.env("CARGO_TARGET_DIR", target_dir);
        }
        let output = cargo
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if output.status.success() {
            return Ok(());
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        Err(format!(
            "cargo check of {} (features {}) failed:\n{}",
            manifest.display(),
            feature.unwrap_or("default"),
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_warms_up_once_then_runs_and_stops_at_an_error() {
        let mut calls = 0;
        median(3, || {
            calls += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(calls, 4);
        let mut calls = 0;
        let error = median(3, || {
            calls += 1;
            if calls == 2 {
                Err("second".to_owned())
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert_eq!((error.as_str(), calls), ("second", 2));
    }

    #[test]
    fn module_lines_count_only_that_modules_folder() {
        let entry: CrateEntry = serde_yaml::from_str(
            "{name: azure_x, version: 0.1.0, description: X, client: XClient, scope: null, default: null,\
             api_versions: [{spec: a, module: v1, feature: v-1}, {spec: b, module: v10, feature: v-10}]}",
        )
        .unwrap();
        let files: Files = [
            ("src/v1/mod.rs", "a\nb\n"),
            ("src/v1/models.rs", "c\n"),
            ("src/v10/mod.rs", "d\ne\nf\ng\n"),
            ("src/lib.rs", "h\n"),
        ]
        .into_iter()
        .map(|(path, text)| (PathBuf::from(path), text.to_owned()))
        .collect();
        let figures = module_figures(&entry, &files);
        let lines: Vec<(&str, &str, usize)> = figures
            .iter()
            .map(|m| (m.module.as_str(), m.feature.as_str(), m.lines))
            .collect();
        assert_eq!(lines, [("v1", "v-1", 3), ("v10", "v-10", 4)]);
    }

    #[test]
    fn autorust_lines_are_the_rust_files_of_its_module_folder() {
        let dir = std::env::temp_dir().join(format!("codegen-bench-lines-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("mod.rs"), "a\nb\n").unwrap();
        std::fs::write(dir.join("models.rs"), "c\nd\ne\n").unwrap();
        std::fs::write(dir.join("notes.txt"), "x\ny\n").unwrap();
        let lines = rust_lines(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(lines, Ok(5));
        assert!(rust_lines(&dir).unwrap_err().starts_with("cannot read"));
    }

    #[test]
    fn crate_lines_count_every_folder_and_a_standalone_crate_leaves_the_workspace() {
        let dir = std::env::temp_dir().join(format!("codegen-bench-tree-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src/generated/models")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "a\nb\n").unwrap();
        std::fs::write(dir.join("src/generated/mod.rs"), "c\n").unwrap();
        std::fs::write(dir.join("src/generated/models/models.rs"), "d\ne\nf\n").unwrap();
        std::fs::write(dir.join("src/generated/notes.md"), "x\n").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
        let all = rust_lines_under(&dir.join("src"));
        let generated = rust_lines_under(&dir.join("src/generated"));
        let missing = rust_lines_under(&dir.join("src/none"));
        standalone(&dir).unwrap();
        standalone(&dir).unwrap();
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!((all, generated, missing), (Ok(6), Ok(4), Ok(0)));
        assert_eq!(manifest.matches("[workspace]").count(), 1);
    }

    #[test]
    fn ratios_are_ours_over_theirs() {
        let comparison = AutorustComparison {
            ours: ModuleFigure {
                krate: "azure_batch".into(),
                module: "v2024_02_01".into(),
                feature: "v2024-02-01".into(),
                lines: 300,
            },
            theirs_module: AUTORUST_MODULE,
            theirs_feature: AUTORUST_FEATURE,
            theirs_lines: 600,
            check: Some((Duration::from_secs(3), Duration::from_secs(12))),
        };
        assert_eq!(comparison.lines_ratio(), 0.5);
        assert_eq!(comparison.check_ratio(), Some(0.25));
    }
}
