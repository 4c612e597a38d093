//! Lowering: from a loaded [`SpecSet`] to the [`Api`] IR, one front end per
//! spec format and one IR for all.
//!
//! `swagger` reads Swagger 2.0 documents and `openapi3` OpenAPI 3.0 and
//! 3.1 ones (JSON or YAML, loaded alike by [`crate::spec`]); each reads its
//! format's document, host, security and operations. What the formats share
//! is lowered once: `schema` turns JSON schemas into [`TypeRef`]s, models
//! and enums (with the few keywords that differ chosen by `Dialect`), and
//! `operation` names operations and reads their `x-ms-*` behaviour. This
//! module holds the shared state (`Lowerer`) and picks the front end.

mod cursor;
mod etag;
mod headers;
mod http_date;
mod openapi3;
mod operation;
mod schema;
mod swagger;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use crate::ir::{
    Api, BodyFormat, Enum, HostTemplate, Model, Operation, SecurityScheme, TypeId, TypeRef,
};
use crate::spec::{Node, Result, SpecSet, SpecWarning};

/// Loads the spec at `path` with every file it references and lowers it.
pub fn load_api(path: &Path) -> Result<Api> {
    load_api_with(path, &|file| std::fs::read(file))
}

/// [`load_api`] with the bytes of the spec and of every file it references
/// supplied by `read` (see [`SpecSet::load_with`]).
pub fn load_api_with(path: &Path, read: &dyn Fn(&Path) -> std::io::Result<Vec<u8>>) -> Result<Api> {
    let specs = SpecSet::load_with(path, read)?;
    lower(&specs)
}

/// [`load_api`] with the warnings of [`lower_with_warnings`].
pub fn load_api_with_warnings(path: &Path) -> Result<(Api, Vec<SpecWarning>)> {
    let specs = SpecSet::load(path)?;
    lower_with_warnings(&specs)
}

/// Lowers a loaded spec into the IR; see [`lower_with_warnings`] for what
/// it reads past.
pub fn lower(specs: &SpecSet) -> Result<Api> {
    lower_with_warnings(specs).map(|(api, _)| api)
}

/// Lowers a loaded spec into the IR through the front end its format asks
/// for: a document whose top-level key is `openapi` is OpenAPI 3 (3.0 or
/// 3.1), any other Swagger 2.0. Also returns what the spec holds that the IR
/// has no place for (OpenAPI 3's callbacks, links, webhooks), located.
pub fn lower_with_warnings(specs: &SpecSet) -> Result<(Api, Vec<SpecWarning>)> {
    let mut lowerer = Lowerer::new(specs);
    let root = specs.root();
    let mut api = if root.get("openapi").is_some() {
        openapi3::lower(&mut lowerer, &root)?
    } else {
        swagger::lower(&mut lowerer, &root)?
    };
    let mut warnings = lowerer.warnings;
    for id in find_page_items(&mut api) {
        warnings.push(pageable_node(&root, &id).warning(format!(
            "`x-ms-pageable` of `{id}` names items its page does not hold where it says \
             (no property of that name, and not one array property): the operation \
             returns its page as a body"
        )));
    }
    etag::mark(&mut api);
    http_date::mark(&mut api);
    cursor::mark(&mut api);
    Ok((api, warnings))
}

/// The `x-ms-pageable` of the operation `id` (or the document, should it
/// not be found there), for a warning about it.
fn pageable_node<'a>(root: &Node<'a>, id: &str) -> Node<'a> {
    let operations = root
        .get("paths")
        .and_then(|paths| paths.entries().ok())
        .into_iter()
        .flatten()
        .filter_map(|(_, item)| item.entries().ok())
        .flatten();
    for (_, op) in operations {
        if op.str("operationId").ok().flatten() == Some(id) {
            return op.get("x-ms-pageable").unwrap_or(op);
        }
    }
    root.clone()
}

/// A document's `info`: title, description, and the api-version.
struct Info {
    title: String,
    description: Option<String>,
    api_version: String,
}

impl Info {
    fn of(root: &Node<'_>) -> Result<Self> {
        let info = root
            .get("info")
            .ok_or_else(|| root.error("missing \"info\" object"))?;
        Ok(Info {
            title: info.str("title")?.unwrap_or_default().to_owned(),
            description: info.str("description")?.map(str::to_owned),
            api_version: info
                .str("version")?
                .ok_or_else(|| info.error("missing \"version\": the api-version of this spec"))?
                .to_owned(),
        })
    }
}

/// Points each pager at the property that really holds its items, and
/// returns the ids of the operations that stop being pageable.
///
/// `x-ms-pageable` defaults `itemName` to `value`, but some specs leave it
/// out although their page keeps the items elsewhere (App Configuration's
/// `items`). When the page model has no property of that name and exactly
/// one array property, that property holds the items. When it has neither
/// (typespec-autorest writes the `itemName` of a page whose items are
/// nested deeper, `nestedItems.pets`), no pager can yield them: the
/// operation returns its page as any other body. An XML page is left as
/// it is: its pager finds the items itself, nested or not, or yields whole
/// pages (`rust_api::xml::page_items`, Storage's `Segment.BlobItems`).
fn find_page_items(api: &mut Api) -> Vec<String> {
    let fixes: Vec<(usize, Option<String>)> = api
        .operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.response_format != BodyFormat::Xml)
        .filter_map(|(index, op)| {
            let paging = op.pageable.as_ref()?;
            let Some(TypeRef::Model(page)) = op.success_body() else {
                return None;
            };
            let properties = api.all_properties(page);
            if properties.iter().any(|p| p.wire_name == paging.item_name) {
                return None;
            }
            let mut arrays = properties
                .iter()
                .filter(|p| matches!(p.ty, TypeRef::Array(_)));
            match (arrays.next(), arrays.next()) {
                (Some(only), None) => Some((index, Some(only.wire_name.clone()))),
                _ => Some((index, None)),
            }
        })
        .collect();
    let mut unpaged = Vec::new();
    for (index, item_name) in fixes {
        let op = &mut api.operations[index];
        match item_name {
            Some(item_name) => {
                if let Some(paging) = &mut op.pageable {
                    paging.item_name = item_name;
                }
            }
            None => {
                op.pageable = None;
                unpaged.push(op.id.clone());
            }
        }
    }
    unpaged
}

/// The spec format being lowered, where the shared schema lowering reads a
/// keyword differently (`nullable`, `discriminator`, `exclusiveMinimum`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

/// State shared while lowering one spec.
struct Lowerer<'a> {
    specs: &'a SpecSet,
    dialect: Dialect,
    /// What was read past, located (see [`lower_with_warnings`]).
    warnings: Vec<SpecWarning>,
    /// OpenAPI 3 `discriminator.mapping`: the value that selects the schema
    /// at (file, pointer).
    discriminator_values: HashMap<(PathBuf, String), String>,
    base_dir: PathBuf,
    models: IndexMap<TypeId, Model>,
    enums: IndexMap<TypeId, Enum>,
    /// Type already given to a named schema, by (file, pointer).
    named: HashMap<(PathBuf, String), TypeRef>,
    /// Named schemas being lowered, by (file, pointer).
    in_progress: HashSet<(PathBuf, String)>,
    /// Type ids in use (models and enums share Rust's type namespace).
    type_ids: HashSet<String>,
    /// Rust type names in use.
    rust_types: HashSet<String>,
}

impl<'a> Lowerer<'a> {
    fn new(specs: &'a SpecSet) -> Self {
        let base_dir = specs
            .root_path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Lowerer {
            specs,
            dialect: Dialect::Swagger2,
            warnings: Vec::new(),
            discriminator_values: HashMap::new(),
            base_dir,
            models: IndexMap::new(),
            enums: IndexMap::new(),
            named: HashMap::new(),
            in_progress: HashSet::new(),
            type_ids: HashSet::new(),
            // Names the generated crate defines itself.
            rust_types: ["Client", "ClientOptions", "Error", "Pager", "Response"]
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The [`Api`] a front end has read: `info`, the host, the security
    /// schemes, the document-wide media types (`consumes`, `produces`) and
    /// the operations, with the models and enums lowered along the way
    /// (their subtypes linked now that every schema is known).
    fn api(
        &mut self,
        info: Info,
        host: HostTemplate,
        security: Vec<SecurityScheme>,
        (consumes, produces): (Vec<String>, Vec<String>),
        operations: Vec<Operation>,
    ) -> Api {
        self.link_children();
        let Info {
            title,
            description,
            api_version,
        } = info;
        Api {
            title,
            description,
            api_version,
            host,
            security,
            consumes,
            produces,
            operations,
            models: std::mem::take(&mut self.models),
            enums: std::mem::take(&mut self.enums),
        }
    }

    /// Where a node's file is, relative to the root spec's folder.
    fn file_of(&self, node: &Node<'_>) -> String {
        let rel = node.file_relative_to(&self.base_dir);
        if node.doc.path == self.specs.root_path() {
            String::new()
        } else {
            rel
        }
    }

    /// Reserves a type id and its Rust name, both unique.
    fn reserve_type_name(&mut self, wanted: &str) -> (TypeId, String) {
        let id = crate::naming::unique(wanted.to_owned(), &mut self.type_ids);
        let rust = crate::naming::unique(crate::naming::type_name(&id), &mut self.rust_types);
        (id, rust)
    }

    /// The chain `from`, its parent, ..., `to` when `to` is `from` or one
    /// of its ancestors.
    fn ancestry(&self, from: &str, to: &str) -> Option<Vec<TypeId>> {
        // Depth-first over parents, each model visited once.
        let mut seen = HashSet::new();
        let mut stack = vec![vec![from.to_owned()]];
        while let Some(chain) = stack.pop() {
            let last = chain.last()?;
            if last == to {
                return Some(chain);
            }
            for parent in &self.models.get(last)?.parents {
                if seen.insert(parent.clone()) {
                    let mut longer = chain.clone();
                    longer.push(parent.clone());
                    stack.push(longer);
                }
            }
        }
        None
    }

    /// Fills [`Model::children`] from every model's parents that are in a
    /// discriminated hierarchy.
    fn link_children(&mut self) {
        let links: Vec<(TypeId, TypeId)> = self
            .models
            .iter()
            .flat_map(|(id, m)| m.parents.iter().map(move |p| (p.clone(), id.clone())))
            .collect();
        for (parent, child) in links {
            // A subtype with several parents (`allOf` of a discriminated
            // base and a plain mixin) is a kind of the hierarchy only.
            if self.models[&child].discriminator_value.is_some() && self.has_discriminator(&parent)
            {
                if let Some(p) = self.models.get_mut(&parent) {
                    p.children.push(child);
                }
            }
        }
    }
}
