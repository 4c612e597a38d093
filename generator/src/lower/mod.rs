//! Lowering: from a loaded [`SpecSet`] to the [`Api`] IR.
//!
//! The work is split by what is lowered: [`schema`] turns JSON schemas into
//! [`TypeRef`]s, models and enums; [`operation`] turns path items into
//! operations with their parameters and responses. This module holds the
//! shared state ([`Lowerer`]) and the API-level pieces: `info`, the host and
//! the security schemes.

mod operation;
mod schema;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use crate::ir::{Api, Enum, HostTemplate, Model, ParamLocation, SecurityScheme, TypeId, TypeRef};
use crate::spec::{Node, Result, SpecSet};

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

/// Lowers a loaded spec into the IR.
pub fn lower(specs: &SpecSet) -> Result<Api> {
    let mut lowerer = Lowerer::new(specs);
    let root = specs.root();
    let swagger = root.str("swagger")?;
    if swagger != Some("2.0") {
        return Err(root.error(format!(
            "expected a Swagger 2.0 document (\"swagger\": \"2.0\"), found {}",
            swagger.map_or("no \"swagger\" field".to_owned(), |v| format!(
                "\"swagger\": \"{v}\""
            ))
        )));
    }
    let info = root
        .get("info")
        .ok_or_else(|| root.error("missing \"info\" object"))?;
    let title = info.str("title")?.unwrap_or_default().to_owned();
    let description = info.str("description")?.map(str::to_owned);
    let api_version = info
        .str("version")?
        .ok_or_else(|| info.error("missing \"version\": the api-version of this spec"))?
        .to_owned();
    let consumes = root.strings("consumes")?;
    let produces = root.strings("produces")?;

    // Named definitions first, in spec order, so the IR lists models the
    // way the spec does and subtypes reached only through `allOf` exist.
    for (_, definition) in root.entries_of("definitions")? {
        lowerer.named_schema(definition)?;
    }
    let host = lowerer.host(&root)?;
    let security = security(&root)?;
    let operations = lowerer.operations(&root, &consumes, &produces)?;
    lowerer.link_children();

    let mut api = Api {
        title,
        description,
        api_version,
        host,
        security,
        consumes,
        produces,
        operations,
        models: lowerer.models,
        enums: lowerer.enums,
    };
    find_page_items(&mut api);
    Ok(api)
}

/// Points each pager at the property that really holds its items.
///
/// `x-ms-pageable` defaults `itemName` to `value`, but some specs leave it
/// out although their page keeps the items elsewhere (App Configuration's
/// `items`). When the page model has no property of that name and exactly
/// one array property, that property holds the items.
fn find_page_items(api: &mut Api) {
    let fixes: Vec<(usize, String)> = api
        .operations
        .iter()
        .enumerate()
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
                (Some(only), None) => Some((index, only.wire_name.clone())),
                _ => None,
            }
        })
        .collect();
    for (index, item_name) in fixes {
        if let Some(paging) = &mut api.operations[index].pageable {
            paging.item_name = item_name;
        }
    }
}

/// State shared while lowering one spec.
struct Lowerer<'a> {
    specs: &'a SpecSet,
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

    fn host(&mut self, root: &Node<'a>) -> Result<HostTemplate> {
        let schemes = root.strings("schemes")?;
        if let Some(parameterized) = root.get("x-ms-parameterized-host") {
            let template = parameterized
                .str("hostTemplate")?
                .ok_or_else(|| parameterized.error("missing \"hostTemplate\""))?
                .to_owned();
            let use_scheme_prefix = parameterized.bool("useSchemePrefix")?.unwrap_or(true);
            let mut parameters = Vec::new();
            for param in parameterized.items_of("parameters")? {
                let mut p = self.parameter(&param, "Client", true)?;
                p.scope = crate::ir::ParamScope::Client;
                if p.location != ParamLocation::Path {
                    return Err(
                        param.error("x-ms-parameterized-host parameters must be \"in\": \"path\"")
                    );
                }
                parameters.push(p);
            }
            return Ok(HostTemplate {
                template,
                use_scheme_prefix,
                schemes,
                base_path: root.str("basePath")?.map(str::to_owned),
                parameters,
            });
        }
        Ok(HostTemplate {
            template: root.str("host")?.unwrap_or_default().to_owned(),
            use_scheme_prefix: true,
            schemes,
            base_path: root.str("basePath")?.map(str::to_owned),
            parameters: Vec::new(),
        })
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

fn security(root: &Node<'_>) -> Result<Vec<SecurityScheme>> {
    let definitions = root.get("securityDefinitions");
    let mut out = Vec::new();
    for requirement in root.items_of("security")? {
        for (name, scopes_node) in requirement.entries()? {
            let Some(definition) = definitions.as_ref().and_then(|d| d.get(name)) else {
                return Err(requirement.error(format!(
                    "security names '{name}', which is not in securityDefinitions"
                )));
            };
            let scopes: Vec<String> = scopes_node
                .value
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let scheme = match definition.str("type")? {
                Some("oauth2") => SecurityScheme::OAuth2 {
                    name: name.to_owned(),
                    scopes: if scopes.is_empty() {
                        definition
                            .entries_of("scopes")?
                            .into_iter()
                            .map(|(k, _)| k.to_owned())
                            .collect()
                    } else {
                        scopes
                    },
                },
                Some("apiKey") => SecurityScheme::ApiKey {
                    name: name.to_owned(),
                    parameter: definition.str("name")?.unwrap_or_default().to_owned(),
                    location: definition.str("in")?.unwrap_or("header").to_owned(),
                },
                Some("basic") => SecurityScheme::Basic {
                    name: name.to_owned(),
                },
                other => {
                    return Err(definition.error(format!(
                    "unsupported security scheme type {other:?}: expected oauth2, apiKey or basic"
                )))
                }
            };
            if !out.contains(&scheme) {
                out.push(scheme);
            }
        }
    }
    Ok(out)
}
