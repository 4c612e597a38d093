//! Reading spec files exactly (Swagger 2.0 and OpenAPI 3, JSON or YAML):
//! documents, JSON pointers and `$ref`s.
//!
//! A [`SpecSet`] is a root spec plus every file it reaches through `$ref`
//! (examples excluded), loaded once and then read through [`Node`] cursors.
//! A cursor always knows which file and JSON pointer it stands on, so that
//! every error raised while reading a spec names both ([`SpecError`]).

mod checkout;
mod pointer;
mod yaml;

pub use checkout::{data_plane_specs, spec_folder, SpecFolder};
pub use pointer::{escape_token, unescape_token};

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Component, Path, PathBuf};

use indexmap::IndexMap;
use serde_json::Value;

/// An error in a spec: which file, where in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The file, as it was reached (root path joined with relative refs).
    pub file: PathBuf,
    /// JSON pointer inside the file, `#/definitions/Foo/properties/bar`.
    pub pointer: String,
    /// What is wrong, and what was expected.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.file.display(),
            self.pointer,
            self.message
        )
    }
}

impl std::error::Error for SpecError {}

/// Something in a spec that the generator reads past without lowering it
/// (an OpenAPI 3 callback, link or webhook): located like an error, so the
/// reader sees what the generated client leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecWarning(pub SpecError);

impl fmt::Display for SpecWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let SpecError {
            file,
            pointer,
            message,
        } = &self.0;
        write!(f, "{}: {pointer}: warning: {message}", file.display())
    }
}

/// Result of reading a spec.
pub type Result<T, E = SpecError> = std::result::Result<T, E>;

/// One loaded JSON file.
#[derive(Debug)]
pub struct Document {
    /// Normalised path of the file.
    pub path: PathBuf,
    /// Parsed content.
    pub root: Value,
}

/// A root spec and every file it references.
#[derive(Debug)]
pub struct SpecSet {
    root: PathBuf,
    documents: IndexMap<PathBuf, Document>,
}

impl SpecSet {
    /// Loads `path` and, transitively, every file named by a `$ref` in it
    /// (refs inside `x-ms-examples` point at examples and are not followed).
    pub fn load(path: &Path) -> Result<Self> {
        Self::load_with(path, &|file| std::fs::read(file))
    }

    /// [`Self::load`] with the bytes of each file (the root spec and every
    /// file a `$ref` names) supplied by `read` instead of the file system:
    /// specs held in memory (mutated by the fuzzer, say) load exactly as
    /// files do, errors naming the same paths and pointers.
    pub fn load_with(
        path: &Path,
        read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>,
    ) -> Result<Self> {
        let root = normalize(path);
        let mut set = SpecSet {
            root: root.clone(),
            documents: IndexMap::new(),
        };
        let mut pending = vec![(root, None::<(PathBuf, String)>)];
        while let Some((file, referrer)) = pending.pop() {
            if set.documents.contains_key(&file) {
                continue;
            }
            let root = read_json(&file, referrer.as_ref(), read)?;
            let mut refs = BTreeSet::new();
            collect_file_refs(&root, &mut String::from("#"), &mut refs);
            let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
            for (target, at) in refs.into_iter().rev() {
                pending.push((normalize(&dir.join(target)), Some((file.clone(), at))));
            }
            set.documents
                .insert(file.clone(), Document { path: file, root });
        }
        Ok(set)
    }

    /// The root spec.
    pub fn root(&self) -> Node<'_> {
        let doc = &self.documents[&self.root];
        Node {
            doc,
            pointer: "#".to_owned(),
            value: &doc.root,
        }
    }

    /// Path of the root spec.
    pub fn root_path(&self) -> &Path {
        &self.root
    }

    /// All loaded documents, root first.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.documents.values()
    }

    /// Follows `$ref`s from `node` until a node that is not a reference.
    /// A chain that comes back to where it has been is an error.
    pub fn resolve<'a>(&'a self, node: Node<'a>) -> Result<Node<'a>> {
        let mut current = node;
        let mut seen: Vec<(PathBuf, String)> = Vec::new();
        while let Some(reference) = current.reference()? {
            let key = (current.doc.path.clone(), current.pointer.clone());
            if seen.contains(&key) {
                let chain: Vec<String> = seen.iter().map(|(_, p)| p.clone()).collect();
                return Err(current.error(format!(
                    "$ref cycle: {} -> {} refer to each other and never reach a schema",
                    chain.join(" -> "),
                    current.pointer
                )));
            }
            seen.push(key);
            current = self.follow(&current, reference)?;
        }
        Ok(current)
    }

    /// Resolves one `$ref` string written at `from`, without following
    /// further refs at the target.
    pub fn follow<'a>(&'a self, from: &Node<'a>, reference: &str) -> Result<Node<'a>> {
        let (file_part, fragment) = match reference.split_once('#') {
            Some((f, frag)) => (f, frag),
            None => (reference, ""),
        };
        let doc = if file_part.is_empty() {
            from.doc
        } else {
            let dir = from.doc.path.parent().unwrap_or(Path::new(""));
            let path = normalize(&dir.join(file_part));
            self.documents.get(&path).ok_or_else(|| {
                from.error(format!(
                    "$ref '{reference}' names a file that was not loaded"
                ))
            })?
        };
        let mut value = &doc.root;
        let mut pointer = String::from("#");
        for raw in fragment.split('/').skip(1) {
            let token = unescape_token(raw);
            let next = match value {
                Value::Object(map) => map.get(&token),
                Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            pointer.push('/');
            pointer.push_str(&escape_token(&token));
            value = next.ok_or_else(|| {
                from.error(format!(
                    "dangling $ref '{reference}': {} has nothing at {pointer}",
                    doc.path.display()
                ))
            })?;
        }
        Ok(Node {
            doc,
            pointer,
            value,
        })
    }
}

/// A position in a loaded document.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// The document.
    pub doc: &'a Document,
    /// JSON pointer of this value within [`Self::doc`] (`#/paths/~1pools`).
    pub pointer: String,
    /// The value.
    pub value: &'a Value,
}

impl<'a> Node<'a> {
    /// An error located at this node.
    pub fn error(&self, message: impl Into<String>) -> SpecError {
        SpecError {
            file: self.doc.path.clone(),
            pointer: self.pointer.clone(),
            message: message.into(),
        }
    }

    /// A warning located at this node.
    pub fn warning(&self, message: impl Into<String>) -> SpecWarning {
        SpecWarning(self.error(message))
    }

    /// The child at `key` of an object, if present.
    pub fn get(&self, key: &str) -> Option<Node<'a>> {
        self.value.get(key).map(|value| Node {
            doc: self.doc,
            pointer: format!("{}/{}", self.pointer, escape_token(key)),
            value,
        })
    }

    /// The entries of an object in document order; an error if this is not
    /// an object.
    pub fn entries(&self) -> Result<Vec<(&'a str, Node<'a>)>> {
        let map = self
            .value
            .as_object()
            .ok_or_else(|| self.error(format!("expected an object, found {}", kind(self.value))))?;
        Ok(map
            .iter()
            .map(|(k, value)| {
                let node = Node {
                    doc: self.doc,
                    pointer: format!("{}/{}", self.pointer, escape_token(k)),
                    value,
                };
                (k.as_str(), node)
            })
            .collect())
    }

    /// The child object at `key` as entries; empty when absent.
    pub fn entries_of(&self, key: &str) -> Result<Vec<(&'a str, Node<'a>)>> {
        self.get(key).map_or(Ok(Vec::new()), |n| n.entries())
    }

    /// The items of the array at `key`; empty when absent, an error when it
    /// is not an array.
    pub fn items_of(&self, key: &str) -> Result<Vec<Node<'a>>> {
        let Some(node) = self.get(key) else {
            return Ok(Vec::new());
        };
        let items = node
            .value
            .as_array()
            .ok_or_else(|| node.error(format!("expected an array, found {}", kind(node.value))))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| Node {
                doc: self.doc,
                pointer: format!("{}/{i}", node.pointer),
                value,
            })
            .collect())
    }

    /// The string at `key`; `None` when absent, an error when not a string.
    pub fn str(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None
            | Some(Node {
                value: Value::Null, ..
            }) => Ok(None),
            Some(n) => n
                .value
                .as_str()
                .map(Some)
                .ok_or_else(|| n.error(format!("expected a string, found {}", kind(n.value)))),
        }
    }

    /// The boolean at `key`; `None` when absent. Azure specs sometimes write
    /// `"true"` as a string; that is accepted.
    pub fn bool(&self, key: &str) -> Result<Option<bool>> {
        match self.get(key) {
            None
            | Some(Node {
                value: Value::Null, ..
            }) => Ok(None),
            Some(n) => match n.value {
                Value::Bool(b) => Ok(Some(*b)),
                Value::String(s) if s == "true" => Ok(Some(true)),
                Value::String(s) if s == "false" => Ok(Some(false)),
                other => Err(n.error(format!("expected true or false, found {}", kind(other)))),
            },
        }
    }

    /// The strings of the array at `key`; empty when absent.
    pub fn strings(&self, key: &str) -> Result<Vec<String>> {
        self.items_of(key)?
            .into_iter()
            .map(|n| {
                n.value
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| n.error(format!("expected a string, found {}", kind(n.value))))
            })
            .collect()
    }

    /// The `$ref` string of this node, if it is a reference object.
    pub fn reference(&self) -> Result<Option<&'a str>> {
        match self.value.get("$ref") {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.error(format!("$ref must be a string, found {}", kind(other)))),
        }
    }

    /// The last token of this node's pointer (e.g. a definition's name).
    pub fn key(&self) -> String {
        unescape_token(self.pointer.rsplit('/').next().unwrap_or_default())
    }

    /// The file this node is in, relative to `base` when below it.
    pub fn file_relative_to(&self, base: &Path) -> String {
        let rel = relative_path(base, &self.doc.path);
        rel.to_string_lossy().replace('\\', "/")
    }

    /// A stable identity for the value this node stands on.
    pub fn location(&self) -> (PathBuf, String) {
        (self.doc.path.clone(), self.pointer.clone())
    }
}

/// Human words for a JSON value's kind, for error messages.
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn read_json(
    path: &Path,
    referrer: Option<&(PathBuf, String)>,
    read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>,
) -> Result<Value> {
    let located = |message: String| match referrer {
        Some((file, pointer)) => SpecError {
            file: file.clone(),
            pointer: pointer.clone(),
            message,
        },
        None => SpecError {
            file: path.to_path_buf(),
            pointer: "#".to_owned(),
            message,
        },
    };
    let bytes = read(path).map_err(|e| located(format!("cannot read {}: {e}", path.display())))?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if yaml::is_yaml(path) {
        return yaml::parse(text).map_err(|(pointer, message)| SpecError {
            file: path.to_path_buf(),
            pointer,
            message,
        });
    }
    serde_json::from_slice(text).map_err(|e| SpecError {
        file: path.to_path_buf(),
        pointer: "#".to_owned(),
        message: format!("invalid JSON: {e}"),
    })
}

/// Collects (file part of the ref, pointer where it is written) for every
/// `$ref` that names another file.
fn collect_file_refs(value: &Value, at: &mut String, out: &mut BTreeSet<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                let file = r.split('#').next().unwrap_or_default();
                if !file.is_empty() {
                    out.insert((file.to_owned(), at.clone()));
                }
            }
            for (k, v) in map {
                if k == "x-ms-examples" {
                    continue;
                }
                let len = at.len();
                at.push('/');
                at.push_str(&escape_token(k));
                collect_file_refs(v, at, out);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                collect_file_refs(v, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// Removes `.` and resolves `..` lexically (no file-system access, so a
/// missing file is reported by the read, with its referrer).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            // `..` climbs out of the last folder named, never out of a `..`
            // before it: `../../x` (a relative spec path's reference two
            // folders up) stays so, not `x` of the current folder.
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn relative_path(base: &Path, path: &Path) -> PathBuf {
    let base: Vec<_> = base.components().collect();
    let target: Vec<_> = path.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &target[common..] {
        out.push(c.as_os_str());
    }
    out
}
