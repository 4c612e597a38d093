//! The same API through both formats: every Spector scenario folder, and
//! every TypeSpec project of the specs checkout (Batch's, by the toolchain
//! of the checkout's date in `tests/typespec-specs`), is compiled by a
//! `compile.mjs` with `@azure-tools/typespec-autorest` (Swagger 2.0) and
//! `@typespec/openapi3` (OpenAPI 3.0) from one TypeSpec program. Each rendering is generated into a crate with the library
//! ([`azure_codegen::generate()`]) and the two are diffed with the library's
//! differ ([`azure_codegen::diff`]), both ways: the Rust API is the same
//! when no change has a Rust effect, and the wire is the same when no
//! change breaks a client in either direction.
//!
//! What differs is a list of *kinds* per folder: the differ's change kinds
//! (`type_changed`) and `openapi3-uncompiled`, `swagger-unloadable`,
//! `openapi3-unloadable`, `swagger-ungenerated`, `openapi3-ungenerated`,
//! `files` (the renderings' api-versions do not pair), `title` (the
//! client's name comes from it), `api-version` (the module's and the
//! feature's names do). `docs/openapi3.md`
//! names each kind's reason and lists the kinds of every folder that
//! differs ([`listed`]); a folder differing otherwise than its row says,
//! or a row naming a folder that no longer differs, fails the check, so
//! the list stays the truth.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::spector::Folder;
use crate::diff::{diff, Change, RustEffect};

/// One scenario folder's two renderings, compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    /// `http-specs/type/array`.
    pub folder: String,
    /// The kinds of difference found (empty: the same API), each with one
    /// example (`operation path: old → new`, or the error).
    pub differences: BTreeMap<String, String>,
}

/// What [`check`] found over every folder.
#[derive(Debug, Clone, Default)]
pub struct Renderings {
    /// Every folder typespec-autorest compiles, in `folders.json` order.
    pub compared: Vec<Compared>,
    /// Folders whose differences are not those `docs/openapi3.md` lists for
    /// them, each with what is wrong.
    pub unlisted: Vec<String>,
}

impl Renderings {
    /// Adds `other`'s folders (another set compared the same way).
    pub fn extend(&mut self, other: Renderings) {
        self.compared.extend(other.compared);
        self.unlisted.extend(other.unlisted);
    }

    /// `renderings: N folders same API, M differ (listed)`, and the
    /// folders whose differences are not listed.
    pub fn totals_line(&self) -> String {
        let same = self
            .compared
            .iter()
            .filter(|c| c.differences.is_empty())
            .count();
        let differ = self.compared.len() - same;
        // An unversioned service is `0000-00-00` to typespec-autorest and
        // `0.0.0` to @typespec/openapi3: the modules' names differ, the
        // rest may not.
        let version_only = self
            .compared
            .iter()
            .filter(|c| c.differences.keys().eq(["api-version"].iter()))
            .count();
        let mut line = format!(
            "renderings: {same} folders same API, {differ} differ (listed), {version_only} of them only in the api-version"
        );
        if !self.unlisted.is_empty() {
            line.push_str(&format!(", {} not as listed", self.unlisted.len()));
        }
        line
    }
}

/// Compares the renderings of every folder typespec-autorest compiles and
/// checks the differences against `listed` (folder → kinds).
pub fn check(
    folders: &[Folder],
    swagger_dir: &Path,
    openapi3_dir: &Path,
    listed: &BTreeMap<String, BTreeSet<String>>,
) -> Renderings {
    let compared: Vec<Compared> = folders
        .iter()
        .filter(|f| f.errors.is_empty())
        .map(|f| compare_folder(f, swagger_dir, openapi3_dir))
        .collect();
    let unlisted = compare_listed(&compared, listed);
    Renderings { compared, unlisted }
}

/// Each folder whose differences are not the kinds `listed` names for it
/// (a folder not listed differs in nothing), and each listed folder not
/// compared, with what is wrong.
pub fn compare_listed(
    compared: &[Compared],
    listed: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut unlisted = Vec::new();
    for c in compared {
        let found: BTreeSet<String> = c.differences.keys().cloned().collect();
        let named = listed.get(&c.folder).cloned().unwrap_or_default();
        if found != named {
            let new: Vec<String> = c
                .differences
                .iter()
                .filter(|(k, _)| !named.contains(*k))
                .map(|(k, example)| format!("{k} ({example})"))
                .collect();
            let gone: Vec<&String> = named.difference(&found).collect();
            let mut what = format!("{}:", c.folder);
            if !new.is_empty() {
                what.push_str(&format!(" differs unlisted in {}", new.join("; ")));
            }
            if !gone.is_empty() {
                let gone: Vec<&str> = gone.iter().map(|s| s.as_str()).collect();
                what.push_str(&format!(" no longer differs in {}", gone.join(", ")));
            }
            unlisted.push(what);
        }
    }
    for folder in listed.keys() {
        if !compared.iter().any(|c| &c.folder == folder) {
            unlisted.push(format!("{folder}: listed, but no such folder was compared"));
        }
    }
    unlisted
}

/// The two renderings of one folder: their files paired by api-version
/// (and service), each generated and the pair diffed both ways.
pub fn compare_folder(folder: &Folder, swagger_dir: &Path, openapi3_dir: &Path) -> Compared {
    let name = format!("{}/{}", folder.package, folder.folder);
    let mut differences = BTreeMap::new();
    if !folder.openapi3_errors.is_empty() {
        differences.insert(
            "openapi3-uncompiled".to_owned(),
            folder.openapi3_errors.join("; "),
        );
        return Compared {
            folder: name,
            differences,
        };
    }
    let base = folder.output_dir();
    let swagger: BTreeMap<String, &String> = folder
        .swagger
        .iter()
        .map(|f| (swagger_key(f.strip_prefix(&base).unwrap_or(f)), f))
        .collect();
    let openapi3: BTreeMap<String, &String> = folder
        .openapi3
        .iter()
        .map(|f| (openapi3_key(f.strip_prefix(&base).unwrap_or(f)), f))
        .collect();
    if swagger.keys().ne(openapi3.keys()) {
        differences.insert(
            "files".to_owned(),
            format!(
                "Swagger {:?}, OpenAPI 3 {:?}",
                swagger.keys().collect::<Vec<_>>(),
                openapi3.keys().collect::<Vec<_>>()
            ),
        );
    }
    for (key, swagger_file) in &swagger {
        let Some(openapi3_file) = openapi3.get(key) else {
            continue;
        };
        let load = |dir: &Path, file: &str, format: &str, differences: &mut BTreeMap<_, _>| {
            // The crate, as any spec's: what the renderings must agree on.
            // Its configuration holds the lowered API, loaded once.
            let options = azure_codegen::Options {
                layout: crate::emit::Layout::Prettyplease,
                ..Default::default()
            };
            let config = match azure_codegen::generate::crate_config(&dir.join(file), &options) {
                Ok(config) => config,
                Err(e) => {
                    differences
                        .entry(format!("{format}-unloadable"))
                        .or_insert_with(|| e.to_string());
                    return None;
                }
            };
            if let Err(e) = crate::emit::emit_crate_rooted(&config, options.root) {
                differences
                    .entry(format!("{format}-ungenerated"))
                    .or_insert_with(|| e.to_string());
            }
            config.modules.into_iter().next().map(|module| module.api)
        };
        let old = load(swagger_dir, swagger_file, "swagger", &mut differences);
        let new = load(openapi3_dir, openapi3_file, "openapi3", &mut differences);
        let (Some(old), Some(new)) = (old, new) else {
            continue;
        };
        // The client is named after the title, the module and feature
        // after the api-version: the differ compares neither.
        if old.title != new.title {
            differences
                .entry("title".to_owned())
                .or_insert_with(|| format!("{:?} → {:?}", old.title, new.title));
        }
        if old.api_version != new.api_version {
            differences
                .entry("api-version".to_owned())
                .or_insert_with(|| format!("{:?} → {:?}", old.api_version, new.api_version));
        }
        // Both ways: a change breaking no client one way can the other
        // (a property only one rendering has).
        let forward = diff(&old, &new);
        let backward = diff(&new, &old);
        for (op, change) in forward.changes().chain(backward.changes()) {
            if change.breaking_wire || change.rust != RustEffect::None {
                differences
                    .entry(kind_name(change))
                    .or_insert_with(|| example(op, change));
            }
        }
    }
    Compared {
        folder: name,
        differences,
    }
}

/// `operation_renamed`: the JSON output's name of the change's kind.
fn kind_name(change: &Change) -> String {
    match serde_json::to_value(change.kind) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{:?}", change.kind),
    }
}

/// `list /responses/200/body/etag: "string" → "string(eTag)"`.
fn example(op: &str, change: &Change) -> String {
    let value = |v: &Option<serde_json::Value>| {
        v.as_ref().map_or_else(|| "-".to_owned(), |v| v.to_string())
    };
    format!(
        "{op} {}: {} → {}",
        change.path(),
        value(&change.old),
        value(&change.new)
    )
}

/// A Swagger file's api-version (and service) within its folder:
/// `Service.A/stable/av1/openapi.json` → `Service.A.av1`; `openapi.json` → ``.
pub fn swagger_key(relative: &str) -> String {
    let mut parts: Vec<&str> = relative.split('/').collect();
    parts.pop();
    parts.retain(|p| *p != "stable" && *p != "preview");
    parts.join(".")
}

/// An OpenAPI 3 file's, as [`swagger_key`]: `openapi.Service.A.av1.json`
/// → `Service.A.av1`; `openapi.json` → ``; a second client's folder is
/// kept as the Swagger key keeps it: `old/openapi.v1.json` → `old.v1`.
pub fn openapi3_key(relative: &str) -> String {
    let (folders, file) = relative.rsplit_once('/').unwrap_or(("", relative));
    let stem = file.strip_suffix(".json").unwrap_or(file);
    let stem = stem.strip_prefix("openapi").unwrap_or(stem);
    let stem = stem.strip_prefix('.').unwrap_or(stem);
    folders
        .split('/')
        .chain([stem])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

/// The differences `docs/openapi3.md` lists, folder → kinds: the rows
/// `| package/folder | kind, kind |` of the table under the heading
/// `## The same API through both formats` (up to the next `## `).
pub fn listed(doc: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut inside = false;
    for line in doc.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            inside = heading.trim() == "The same API through both formats";
            continue;
        }
        if !inside {
            continue;
        }
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        if cells.len() < 2 || !line.trim_start().starts_with('|') {
            continue;
        }
        let folder = cells[0].trim().trim_matches('`');
        if !folder.contains('/') || !folder.contains("specs") {
            continue;
        }
        let kinds = cells[1]
            .split(',')
            .map(|k| k.trim().trim_matches('`').to_owned())
            .filter(|k| !k.is_empty())
            .collect();
        out.insert(folder.to_owned(), kinds);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_pair_by_service_and_api_version() {
        assert_eq!(swagger_key("openapi.json"), "");
        assert_eq!(openapi3_key("openapi.json"), "");
        assert_eq!(
            swagger_key("Service.A/stable/av1/openapi.json"),
            "Service.A.av1"
        );
        assert_eq!(openapi3_key("openapi.Service.A.av1.json"), "Service.A.av1");
        assert_eq!(swagger_key("preview/v2preview/openapi.json"), "v2preview");
        assert_eq!(openapi3_key("openapi.v2preview.json"), "v2preview");
        assert_eq!(swagger_key("old/stable/v1/openapi.json"), "old.v1");
        assert_eq!(openapi3_key("old/openapi.v1.json"), "old.v1");
    }

    #[test]
    fn the_doc_table_lists_kinds_per_folder() {
        let doc = "# x\n\n## The same API through both formats\n\n\
                   | scenario folder | differences |\n|---|---|\n\
                   | `http-specs/routes` | `openapi3-uncompiled` |\n\
                   | `azure-http-specs/azure/core/basic` | `pageable_changed`, `format_changed` |\n\n\
                   ## Other\n\n| `http-specs/other` | `files` |\n";
        let listed = listed(doc);
        assert_eq!(listed.len(), 2);
        assert_eq!(
            listed["azure-http-specs/azure/core/basic"],
            ["format_changed", "pageable_changed"]
                .into_iter()
                .map(String::from)
                .collect()
        );
    }

    #[test]
    fn a_difference_not_listed_fails_and_a_stale_row_too() {
        let folder = |name: &str, kinds: &[&str]| Compared {
            folder: name.to_owned(),
            differences: kinds
                .iter()
                .map(|k| (k.to_string(), String::new()))
                .collect(),
        };
        let compared = vec![
            folder("http-specs/a", &[]),
            folder("http-specs/b", &["type_changed"]),
        ];
        let mut listed = BTreeMap::new();
        listed.insert("http-specs/b".to_owned(), BTreeSet::new());
        listed.insert(
            "http-specs/a".to_owned(),
            ["files".to_owned()].into_iter().collect(),
        );
        // `check` over compared folders, without the files: the same logic.
        let r = Renderings {
            compared: compared.clone(),
            unlisted: Vec::new(),
        };
        assert_eq!(
            r.totals_line(),
            "renderings: 1 folders same API, 1 differ (listed), 0 of them only in the api-version"
        );
        let unlisted = compare_listed(&compared, &listed);
        assert_eq!(unlisted.len(), 2, "{unlisted:?}");
        assert!(unlisted[0].contains("no longer differs in files"));
        assert!(unlisted[1].contains("differs unlisted in type_changed"));
    }
}
