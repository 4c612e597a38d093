//! The generator target's corpus: every data-plane spec of the checkout
//! (Batch's versions among them), one drawn per mutant by a seeded weighted
//! choice, loaded the first time it is drawn and kept.
//!
//! Loading a spec (load, lower and emit the original, read its files) costs
//! about what one of its mutants does, so a short run loads only the specs
//! it draws. The weight of a spec falls with its size above
//! [`REFERENCE_SIZE`], so that a mutant costs on average what a mutant of a
//! medium spec does: Batch's 800 KB versions are drawn a twenty-fifth as
//! often as a 30 KB spec, and each of their mutants costs some twenty-five
//! times as much.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use azure_codegen::emit::{emit_crate, CrateConfig, Files, Layout};
use azure_codegen::ir::Api;
use azure_codegen::spec::SpecSet;
use rand::RngExt;
use serde_json::Value;

use super::Places;
use crate::mutate::Rng;

/// Size (of the root file) up to which a spec has the full weight.
pub(crate) const REFERENCE_SIZE: u64 = 32 * 1024;

/// Weight of a spec of [`REFERENCE_SIZE`] or less.
const FULL_WEIGHT: u64 = 1000;

/// One spec of the corpus, loaded.
pub(crate) struct Spec {
    /// The root file, as the loader names it.
    pub root: PathBuf,
    /// Every file of the spec (root first): bytes and parsed value.
    pub files: Vec<SpecFile>,
    /// The original lowered, for the diff.
    pub api: Api,
    /// The original emitted, the existing folder of the write check.
    pub emitted: Files,
}

/// A file of a spec.
pub(crate) struct SpecFile {
    /// As the loader names it.
    pub path: PathBuf,
    /// As read.
    pub bytes: Vec<u8>,
    /// As parsed.
    pub value: Value,
    /// Where mutations find something to work on: listed the first time
    /// the file is mutated (most referenced files never are).
    places: OnceLock<Places>,
}

impl SpecFile {
    /// Where mutations of this file find something to work on.
    pub(crate) fn places(&self) -> &Places {
        self.places.get_or_init(|| Places::of(&self.value))
    }
}

/// The corpus of a run: every spec's path and weight, and those loaded.
pub(crate) struct Corpus {
    entries: Vec<Entry>,
    /// Running sum of the weights: entry `i` is drawn by a number in
    /// `cumulative[i - 1]..cumulative[i]`.
    cumulative: Vec<u64>,
    /// Time spent loading originals.
    loading: Duration,
}

struct Entry {
    path: PathBuf,
    loaded: OnceLock<Result<Arc<Spec>, String>>,
}

impl Corpus {
    /// `specs`, or when there are none every data-plane spec under
    /// `specs_root`; none loaded yet.
    pub(crate) fn scan(specs_root: &Path, specs: &[PathBuf]) -> Result<Self, String> {
        let paths = match specs {
            [] => azure_codegen::spec::data_plane_specs(specs_root),
            chosen => chosen.to_vec(),
        };
        if paths.is_empty() {
            return Err(format!(
                "fuzz corpus: no data-plane spec under {}",
                specs_root.display()
            ));
        }
        let mut total = 0;
        let mut cumulative = Vec::with_capacity(paths.len());
        for path in &paths {
            let size = std::fs::metadata(path)
                .map_err(|e| format!("fuzz corpus: {}: {e}", path.display()))?
                .len();
            total += weight(size);
            cumulative.push(total);
        }
        let entries = paths
            .into_iter()
            .map(|path| Entry {
                path,
                loaded: OnceLock::new(),
            })
            .collect();
        Ok(Corpus {
            entries,
            cumulative,
            loading: Duration::ZERO,
        })
    }

    /// A spec drawn with `rng`, loaded if it was not. A spec whose original
    /// does not generate cannot be mutated: the draw goes on to the next.
    pub(crate) fn draw(&mut self, rng: &mut Rng) -> Result<Arc<Spec>, String> {
        let total = *self.cumulative.last().unwrap_or(&0);
        let pick = rng.random_range(0..total.max(1));
        let first = self.cumulative.partition_point(|&c| c <= pick);
        for offset in 0..self.entries.len() {
            let index = (first + offset) % self.entries.len();
            let entry = &self.entries[index];
            if entry.loaded.get().is_none() {
                let started = Instant::now();
                let loaded = load(&entry.path).map(Arc::new);
                self.loading += started.elapsed();
                let _ = entry.loaded.set(loaded);
            }
            if let Some(Ok(spec)) = entry.loaded.get() {
                return Ok(Arc::clone(spec));
            }
        }
        Err("fuzz corpus: no spec generates as it is".to_owned())
    }

    /// What the run made of the corpus: specs, drawn, unusable, loading time.
    pub(crate) fn describe(&self) -> Vec<String> {
        let drawn = self.entries.iter().filter(|e| e.loaded.get().is_some());
        let unusable: Vec<String> = drawn
            .clone()
            .filter_map(|e| match e.loaded.get() {
                Some(Err(error)) => Some(format!("  corpus: passed over {error}")),
                _ => None,
            })
            .collect();
        let mut lines = vec![format!(
            "corpus: {} data-plane specs, {} drawn and loaded in {:.1} s, {} passed over (their original does not generate)",
            self.entries.len(),
            drawn.count(),
            self.loading.as_secs_f64(),
            unusable.len()
        )];
        lines.extend(unusable);
        lines
    }
}

/// The weight of a spec whose root file has `size` bytes: full up to
/// [`REFERENCE_SIZE`], then inversely proportional to the size, never 0.
pub(crate) fn weight(size: u64) -> u64 {
    (FULL_WEIGHT * REFERENCE_SIZE / size.max(REFERENCE_SIZE)).max(1)
}

/// Loads, lowers and emits the original of the spec at `path`.
fn load(path: &Path) -> Result<Spec, String> {
    let set = SpecSet::load(path).map_err(|e| e.to_string())?;
    let api = azure_codegen::lower(&set).map_err(|e| e.to_string())?;
    let files = set
        .documents()
        .map(|doc| {
            let bytes = std::fs::read(&doc.path)
                .map_err(|e| format!("cannot read {}: {e}", doc.path.display()))?;
            Ok(SpecFile {
                path: doc.path.clone(),
                bytes,
                value: doc.root.clone(),
                places: OnceLock::new(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let root = set.root_path().to_path_buf();
    let config = CrateConfig {
        layout: Layout::Prettyplease,
        ..CrateConfig::of_spec(api.clone(), &root, None, None, None)
    };
    let emitted = emit_crate(&config).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Spec {
        root,
        files,
        api,
        emitted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_full_up_to_the_reference_size_then_fall_with_size() {
        assert_eq!(weight(0), FULL_WEIGHT);
        assert_eq!(weight(REFERENCE_SIZE), FULL_WEIGHT);
        assert_eq!(weight(REFERENCE_SIZE * 25), FULL_WEIGHT / 25);
        assert_eq!(weight(u64::MAX / FULL_WEIGHT), 1);
    }
}
