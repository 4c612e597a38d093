//! The text of an emitted Rust file: how its tokens are laid out.
//!
//! Tokens are unparsed by prettyplease (fast, in process, and it turns
//! `#[doc]` attributes into `///` comments), then a blank line is put
//! between items and between documented fields, as hand-written crates
//! have them. A crate that is committed ([`Layout::Rustfmt`]) then goes
//! through `rustfmt` itself, so that the generated crate is exactly what
//! `cargo fmt` makes of it and needs no `#[rustfmt::skip]`. rustfmt's
//! formatting is stable within a style edition (its stability guarantee),
//! and the emitter pins the edition, so the bytes do not depend on the
//! toolchain's version.
//!
//! rustfmt costs more than all the rest of emission (about 0.4 s of CPU
//! for Batch's two api-versions), so [`Layout::RustfmtCached`] remembers
//! its output by the text it was given and the rustfmt that laid it out: a
//! regenerate in which a file's emitted text did not change starts no
//! process for it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{EmitError, Files};

/// How emitted Rust files are laid out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Layout {
    /// rustfmt's layout (`rustfmt --edition 2021`), the one of every crate
    /// that is written to disk: `cargo fmt` leaves it unchanged. Needs the
    /// `rustfmt` of the toolchain (`rustup component add rustfmt`).
    #[default]
    Rustfmt,
    /// [`Layout::Rustfmt`], with rustfmt's output kept in this folder (one
    /// file per input text and rustfmt version) and reused: the same bytes,
    /// without a process for a file whose text did not change.
    RustfmtCached(PathBuf),
    /// prettyplease's layout, with the same blank lines: no process is
    /// started, for callers that emit many crates only to inspect them (the
    /// fuzzer).
    Prettyplease,
}

/// The edition rustfmt formats for: the generated crates'.
const EDITION: &str = "2021";

/// A file's text in prettyplease's layout, with blank lines between items
/// and documented fields.
pub(crate) fn unparse(file: &syn::File) -> String {
    spaced(&prettyplease::unparse(file))
}

/// Puts a blank line before each item or field that follows another one
/// and starts with docs, attributes or an item keyword. prettyplease
/// writes no blank lines; rustfmt keeps the ones it is given.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(previous) = previous {
            if starts_item(previous, line) {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Whether `line` starts an item or field that must be set apart from the
/// one `previous` ends.
fn starts_item(previous: &str, line: &str) -> bool {
    let (before, now) = (previous.trim_start(), line.trim_start());
    if before.is_empty() || now.is_empty() {
        return false;
    }
    // Docs and attributes belong to what follows them.
    let heading = |l: &str| l.starts_with("///") || l.starts_with("//!") || l.starts_with("#[");
    if heading(before) || before.starts_with("#![") || before.ends_with(['{', '(', '[']) {
        return false;
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    if heading(now) {
        // A documented field or variant after the previous one, or an item
        // after the previous item: never inside an expression, where
        // generated code has no docs or attributes.
        return before.ends_with([',', ';', '}']);
    }
    // An undocumented item after the end of the previous item at the same
    // depth; consecutive `use` and `mod` declarations stay together.
    const ITEMS: &[&str] = &[
        "pub ",
        "pub(",
        "impl",
        "fn ",
        "async fn ",
        "mod ",
        "struct ",
        "enum ",
        "trait ",
        "const ",
        "type ",
        "unsafe impl",
        "use ",
    ];
    let together = |a: &str, b: &str| {
        ["use ", "pub use ", "mod ", "pub mod "]
            .iter()
            .any(|k| a.starts_with(k) && b.starts_with(k))
    };
    ITEMS.iter().any(|k| now.starts_with(k))
        && (before == "}" || before.ends_with(';'))
        && indent(previous) == indent(line)
        && !together(before, now)
}

/// Lays every Rust file of `files` out with rustfmt, in place, several at
/// a time (other files are left as they are), reusing the outputs kept in
/// `cache` where given.
pub(crate) fn rustfmt(files: &mut Files, cache: Option<&Path>) -> Result<(), EmitError> {
    let cache = cache.map(Cache::open).transpose()?;
    let mut paths = Vec::new();
    for (path, text) in files.iter_mut() {
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        match cache.as_ref().and_then(|c| c.get(text)) {
            Some(formatted) => *text = formatted,
            None => paths.push(path.clone()),
        }
    }
    // Largest first, each worker taking the next file: the big models file
    // does not wait behind small ones.
    paths.sort_by_key(|path| std::cmp::Reverse(files[path].len()));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let formatted: Vec<Result<(PathBuf, String), EmitError>> = std::thread::scope(|scope| {
        let (files, paths, next) = (&*files, &paths, &next);
        let handles: Vec<_> = (0..workers.min(paths.len()))
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    while let Some(path) =
                        paths.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                    {
                        done.push(run_rustfmt(path, &files[path]).map(|t| (path.clone(), t)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p))
            })
            .collect()
    });
    for result in formatted {
        let (path, text) = result?;
        if let Some(cache) = &cache {
            cache.put(&files[&path], &text);
        }
        files.insert(path, text);
    }
    Ok(())
}

/// rustfmt's outputs, one file per input: named by a hash of the input text
/// and of `rustfmt --version`, holding the input and the output (so that a
/// hash collision is a miss, not a wrong file).
struct Cache {
    dir: PathBuf,
    version: String,
}

impl Cache {
    fn open(dir: &Path) -> Result<Self, EmitError> {
        let failed = |message: String| EmitError::Rustfmt {
            file: dir.to_owned(),
            message,
        };
        std::fs::create_dir_all(dir)
            .map_err(|e| failed(format!("cannot create the rustfmt cache: {e}")))?;
        let output = rustfmt_command()
            .arg("--version")
            .output()
            .map_err(|e| failed(format!("cannot run rustfmt ({e}); {INSTALL}")))?;
        Ok(Self {
            dir: dir.to_owned(),
            version: String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        })
    }

    fn entry(&self, text: &str) -> PathBuf {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let mut hasher = DefaultHasher::new();
        (&self.version, text).hash(&mut hasher);
        let first = hasher.finish();
        text.len().hash(&mut hasher);
        self.dir
            .join(format!("{first:016x}{:016x}", hasher.finish()))
    }

    fn get(&self, text: &str) -> Option<String> {
        let stored = std::fs::read_to_string(self.entry(text)).ok()?;
        let (input, output) = stored.split_once(SEPARATOR)?;
        (input == text).then(|| output.to_owned())
    }

    /// Keeps an output; a cache that cannot be written is only slower.
    fn put(&self, text: &str, formatted: &str) {
        let entry = self.entry(text);
        let aside = entry.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&aside, format!("{text}{SEPARATOR}{formatted}")).is_ok() {
            let _ = std::fs::rename(&aside, &entry);
        }
    }
}

/// Between a cache entry's input and output: a NUL, which no Rust source
/// holds.
const SEPARATOR: &str = "\0";

const INSTALL: &str = "install it with `rustup component add rustfmt`";

fn rustfmt_command() -> Command {
    Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
}

/// `text` as rustfmt lays it out, read from its standard output.
fn run_rustfmt(path: &Path, text: &str) -> Result<String, EmitError> {
    let failed = |message: String| EmitError::Rustfmt {
        file: path.to_owned(),
        message,
    };
    let mut child = rustfmt_command()
        .args(["--edition", EDITION, "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("cannot run rustfmt ({e}); {INSTALL}")))?;
    // Written from another thread: rustfmt may fill its output pipe before
    // it has read all of its input.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| failed(format!("rustfmt did not finish: {e}")))?;
    writer
        .join()
        .map_err(|_| failed("writing to rustfmt panicked".to_owned()))?
        .map_err(|e| failed(format!("cannot write to rustfmt: {e}")))?;
    if !output.status.success() {
        return Err(failed(format!(
            "rustfmt failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    String::from_utf8(output.stdout).map_err(|e| failed(format!("rustfmt wrote non-UTF-8: {e}")))
}

#[cfg(test)]
mod tests {
    use super::spaced;

    #[test]
    fn documented_fields_and_items_are_set_apart() {
        let text = "use a::B;\nuse c::D;\n/// S.\npub struct S {\n    /// X.\n    pub x: i32,\n    /// Y.\n    #[serde(default)]\n    pub y: i32,\n}\nimpl S {\n    fn f() {\n        let a = 1;\n        g(a);\n    }\n    fn h() {}\n}\n";
        assert_eq!(
            spaced(text),
            "use a::B;\nuse c::D;\n\n/// S.\npub struct S {\n    /// X.\n    pub x: i32,\n\n    /// Y.\n    #[serde(default)]\n    pub y: i32,\n}\n\nimpl S {\n    fn f() {\n        let a = 1;\n        g(a);\n    }\n\n    fn h() {}\n}\n"
        );
    }
}
