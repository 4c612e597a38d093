//! The library (`azure-codegen`), the texts it carries
//! (`azure-codegen-templates`), the CLI (`azure-codegen-cli`) and the
//! tooling the CLI runs conformance with (`azure-codegen-tooling`) read
//! nothing from outside their packages, so that `cargo package` and
//! `cargo install` carry everything they need.
//!
//! For each package, `cargo package --list` gives its files; every crate
//! root among them (`src/lib.rs`, `src/main.rs`, `build.rs`, `tests/*.rs`)
//! is walked through its `mod` declarations (and their `#[path]`), and each
//! file a module, an `include_str!`, `include_bytes!` or `include!` names
//! must be one of those files. Macros are searched inside other macros'
//! tokens too, except `quote!`'s: what the generator emits names files of
//! the emitted crate. The library and the CLI do not find their package
//! folder at run time either (`env!("CARGO_MANIFEST_DIR")` in `src/`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen_tests::repo_root;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::visit::Visit;

const PACKAGES: &[&str] = &[
    "azure-codegen",
    "azure-codegen-templates",
    "azure-codegen-cli",
    "azure-codegen-tooling",
];

/// The files `cargo package` puts in `package`, relative to its root, and
/// that root.
fn package_files(package: &str) -> (PathBuf, BTreeSet<PathBuf>) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(&cargo)
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "--quiet",
            "-p",
        ])
        .arg(package)
        .current_dir(repo_root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo package --list -p {package}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let files: BTreeSet<PathBuf> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(PathBuf::from)
        .collect();
    (package_root(package), files)
}

/// The folder of `package` in this workspace.
fn package_root(package: &str) -> PathBuf {
    let root = repo_root();
    let folder = match package {
        "azure-codegen" => "generator",
        "azure-codegen-templates" => "templates",
        "azure-codegen-cli" => "cli",
        "azure-codegen-tooling" => "tooling",
        other => panic!("no folder known for {other}"),
    };
    let dir = root.join(folder);
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("name = \"{package}\"")),
        "{folder}/Cargo.toml is not {package}"
    );
    dir
}

/// What one source file refers to.
#[derive(Default)]
struct Found {
    /// `include_str!` and the like: macro name and path as written.
    includes: Vec<(String, String)>,
    /// Out-of-line modules: the inline modules around it, its name, its
    /// `#[path]`.
    modules: Vec<(Vec<String>, String, Option<String>)>,
    /// `env!("CARGO_MANIFEST_DIR")` and `option_env!` of it.
    manifest_dir: usize,
    /// The inline modules the visitor is in.
    inline: Vec<String>,
}

const INCLUDES: &[&str] = &["include_str", "include_bytes", "include"];

/// Macros whose tokens are code written elsewhere (the emitted crate's).
const EMITTED: &[&str] = &["quote", "quote_spanned", "parse_quote"];

impl Found {
    fn macro_call(&mut self, name: &str, tokens: &TokenStream) {
        if INCLUDES.contains(&name) {
            if let Some(path) = first_string(tokens) {
                self.includes.push((name.to_owned(), path));
            }
        } else if name == "env" || name == "option_env" {
            if first_string(tokens).as_deref() == Some("CARGO_MANIFEST_DIR") {
                self.manifest_dir += 1;
            }
        } else if !EMITTED.contains(&name) {
            self.tokens(tokens);
        }
    }

    /// Macro calls inside another macro's tokens (`format!(..,
    /// include_str!(..))`).
    fn tokens(&mut self, tokens: &TokenStream) {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            let TokenTree::Group(group) = tree else {
                continue;
            };
            let before = |n: usize| i.checked_sub(n).map(|j| &trees[j]);
            let called = match (before(2), before(1)) {
                (Some(TokenTree::Ident(name)), Some(TokenTree::Punct(bang)))
                    if bang.as_char() == '!' && group.delimiter() != Delimiter::None =>
                {
                    Some(name.to_string())
                }
                _ => None,
            };
            match called {
                Some(name) => self.macro_call(&name, &group.stream()),
                None => self.tokens(&group.stream()),
            }
        }
    }
}

/// The first string literal of a macro's arguments.
fn first_string(tokens: &TokenStream) -> Option<String> {
    match tokens.clone().into_iter().next()? {
        TokenTree::Literal(literal) => match syn::parse_str::<syn::LitStr>(&literal.to_string()) {
            Ok(lit) => Some(lit.value()),
            Err(_) => None,
        },
        TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
            first_string(&group.stream())
        }
        _ => None,
    }
}

/// The value of a `#[path = "..."]` attribute.
fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| match &attr.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("path") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

impl<'ast> Visit<'ast> for Found {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(name) = mac.path.segments.last() {
            self.macro_call(&name.ident.to_string(), &mac.tokens);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        for attr in &item.attrs {
            self.visit_attribute(attr);
        }
        match &item.content {
            None => self.modules.push((
                self.inline.clone(),
                item.ident.to_string(),
                path_attribute(&item.attrs),
            )),
            Some((_, items)) => {
                self.inline.push(item.ident.to_string());
                for item in items {
                    self.visit_item(item);
                }
                self.inline.pop();
            }
        }
    }
}

/// Walks the modules of one crate root of a package, checking what each
/// file names against the package's files; `problems` gets what is
/// outside.
struct Walk<'a> {
    package: &'a str,
    root: &'a Path,
    files: &'a BTreeSet<PathBuf>,
    walked: BTreeSet<PathBuf>,
    problems: Vec<String>,
}

impl Walk<'_> {
    /// `file` (relative to the package root) and the modules it declares;
    /// `mod_rs`: its out-of-line modules are files of its own folder (a
    /// crate root, a `mod.rs`, a `#[path]` file).
    fn file(&mut self, file: &Path, mod_rs: bool) {
        if !self.walked.insert(file.to_owned()) {
            return;
        }
        let text = std::fs::read_to_string(self.root.join(file))
            .unwrap_or_else(|e| panic!("{}: {e}", self.root.join(file).display()));
        let syntax = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", self.root.join(file).display()));
        let mut found = Found::default();
        found.visit_file(&syntax);
        let dir = file.parent().unwrap_or(Path::new(""));
        for (name, path) in &found.includes {
            let named = format!("{name}!({path:?})");
            self.expect(file, &named, dir.join(path));
        }
        if found.manifest_dir > 0 && file.starts_with("src") {
            self.problems.push(format!(
                "{}: {}: env!(\"CARGO_MANIFEST_DIR\"): finds the package folder at run time, which an installed binary does not have",
                self.package,
                file.display()
            ));
        }
        let own = if mod_rs {
            dir.to_owned()
        } else {
            dir.join(file.file_stem().unwrap())
        };
        for (inline, name, path) in found.modules {
            let mut base = own.clone();
            base.extend(&inline);
            match path {
                // `#[path]` outside inline modules is relative to the
                // file's folder.
                Some(path) => {
                    let base = if inline.is_empty() {
                        dir.to_owned()
                    } else {
                        base
                    };
                    let named = format!("#[path = {path:?}] mod {name}");
                    if let Some(target) = self.expect(file, &named, base.join(path)) {
                        self.file(&target, true);
                    }
                }
                None => {
                    let candidates = [
                        base.join(format!("{name}.rs")),
                        base.join(&name).join("mod.rs"),
                    ];
                    match candidates.iter().find(|c| self.files.contains(*c)) {
                        Some(target) => {
                            let mod_rs = target.ends_with("mod.rs");
                            self.file(&target.clone(), mod_rs);
                        }
                        None => self.problems.push(format!(
                            "{}: {}: mod {name}: neither {} nor {} is a file of the package",
                            self.package,
                            file.display(),
                            candidates[0].display(),
                            candidates[1].display()
                        )),
                    }
                }
            }
        }
    }

    /// `path` (relative to the package root) must be one of its files.
    fn expect(&mut self, file: &Path, named: &str, path: PathBuf) -> Option<PathBuf> {
        let target = azure_codegen::spec::normalize(&path);
        match (!target.starts_with("..") && !target.has_root()).then_some(target) {
            Some(target) if self.files.contains(&target) => Some(target),
            Some(target) => {
                self.problems.push(format!(
                    "{}: {}: {named}: {} is not a file of the package",
                    self.package,
                    file.display(),
                    target.display()
                ));
                None
            }
            None => {
                self.problems.push(format!(
                    "{}: {}: {named}: outside the package folder",
                    self.package,
                    file.display()
                ));
                None
            }
        }
    }
}

#[test]
fn library_and_cli_read_nothing_from_outside_their_packages() {
    let mut problems = Vec::new();
    for package in PACKAGES {
        let (root, files) = package_files(package);
        let roots: Vec<PathBuf> = files
            .iter()
            .filter(|f| {
                f.as_path() == Path::new("src/lib.rs")
                    || f.as_path() == Path::new("src/main.rs")
                    || f.as_path() == Path::new("build.rs")
                    || (f.parent() == Some(Path::new("tests"))
                        && f.extension().is_some_and(|e| e == "rs"))
            })
            .cloned()
            .collect();
        assert!(
            roots.contains(&PathBuf::from("src/lib.rs"))
                || roots.contains(&PathBuf::from("src/main.rs")),
            "{package}: no crate root among {files:?}"
        );
        let mut walk = Walk {
            package,
            root: &root,
            files: &files,
            walked: BTreeSet::new(),
            problems: Vec::new(),
        };
        for crate_root in &roots {
            walk.file(crate_root, true);
        }
        // Every source file of the library is reached: the walk follows
        // what the compiler does.
        let sources: BTreeSet<&PathBuf> = files
            .iter()
            .filter(|f| f.starts_with("src") && f.extension().is_some_and(|e| e == "rs"))
            .collect();
        let unreached: Vec<&&PathBuf> = sources
            .iter()
            .filter(|f| !walk.walked.contains(**f))
            .collect();
        assert!(
            unreached.is_empty(),
            "{package}: not reached: {unreached:?}"
        );
        problems.extend(walk.problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
