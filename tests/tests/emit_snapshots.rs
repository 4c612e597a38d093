//! Snapshots of the emitted Rust, one per api-version of the Batch crate.
//!
//! The whole generated tree is committed and `cargo xtask regenerate --check`
//! guards it byte for byte; these snapshots are the *reviewable* slice: for
//! each api-version, the items a change to the emitter most often touches
//! (a pageable list, a get with typed headers, a HEAD `exists`, a file
//! download, a POST with a body, the service error, an open enum, options
//! structs), cut out of the emitted files with `syn` so the diff of a
//! generator change reads in one screen per version.

use std::collections::BTreeSet;

use azure_codegen::emit::{emit_crate, CrateConfig, Layout, ModuleConfig};
use codegen_tests::{batch_2025_06_01, batch_stable, batch_typespec};

const CLIENT: &str = "BatchClient";

/// Emits one module of the Batch crate and keeps the named client methods
/// and the named types (with every `impl` of them).
fn emitted_slice(
    module: &str,
    spec: std::path::PathBuf,
    methods: &[&str],
    types: &[&str],
) -> String {
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let config = CrateConfig {
        name: "azure_batch".into(),
        version: "0.1.0".into(),
        description: "Azure Batch".into(),
        client: CLIENT.into(),
        default_feature: None,
        conformance_harness: None,
        examples: Vec::new(),
        usage: None,
        // The slices are re-laid out by prettyplease below anyway.
        layout: Layout::Prettyplease,
        modules: vec![ModuleConfig {
            module: module.into(),
            feature: module.replace('_', "-"),
            spec_file: spec.display().to_string(),
            scope: Some("https://batch.core.windows.net//.default".into()),
            api,
            conformance_passed: None,
        }],
    };
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let methods: BTreeSet<&str> = methods.iter().copied().collect();
    let types: BTreeSet<&str> = types.iter().copied().collect();
    let mut kept = Vec::new();
    let mut found = BTreeSet::new();
    for (path, text) in &files {
        if !path.starts_with(format!("src/{module}")) {
            continue;
        }
        let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for item in file.items {
            if let Some(item) = keep(item, &methods, &types, &mut found) {
                kept.push(item);
            }
        }
    }
    let wanted: BTreeSet<&str> = methods.union(&types).copied().collect();
    let missing: Vec<_> = wanted
        .iter()
        .filter(|name| !found.contains(**name))
        .collect();
    assert!(missing.is_empty(), "{module}: not emitted: {missing:?}");
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: kept,
    })
}

/// The part of `item` to keep, if any, noting the names it matched.
fn keep(
    item: syn::Item,
    methods: &BTreeSet<&str>,
    types: &BTreeSet<&str>,
    found: &mut BTreeSet<String>,
) -> Option<syn::Item> {
    let mut matched = |ident: &syn::Ident| {
        let name = ident.to_string();
        let hit = types.contains(name.as_str());
        if hit {
            found.insert(name);
        }
        hit
    };
    match item {
        syn::Item::Struct(ref s) if matched(&s.ident) => Some(item),
        syn::Item::Enum(ref e) if matched(&e.ident) => Some(item),
        syn::Item::Trait(ref t) if matched(&t.ident) => Some(item),
        // A type's table (`json_object!`, `open_enum!`, `polymorphic!`,
        // `header_accessors!`) names the type first: its serde is there.
        syn::Item::Macro(ref m) => {
            let first = m.mac.tokens.clone().into_iter().find_map(|t| match t {
                proc_macro2::TokenTree::Ident(ident) => Some(ident),
                _ => None,
            })?;
            types.contains(first.to_string().as_str()).then_some(item)
        }
        syn::Item::Impl(mut block) => {
            let syn::Type::Path(ty) = &*block.self_ty else {
                return None;
            };
            let ident = &ty.path.segments.last()?.ident;
            if ident == CLIENT && block.trait_.is_none() {
                block.items.retain(|member| match member {
                    syn::ImplItem::Fn(f) => methods.contains(f.sig.ident.to_string().as_str()),
                    _ => false,
                });
                for member in &block.items {
                    if let syn::ImplItem::Fn(f) = member {
                        found.insert(f.sig.ident.to_string());
                    }
                }
                (!block.items.is_empty()).then_some(syn::Item::Impl(block))
            } else if types.contains(ident.to_string().as_str()) {
                Some(syn::Item::Impl(block))
            } else {
                None
            }
        }
        _ => None,
    }
}

#[test]
fn microsoft_batch_2024_02_01() {
    insta::assert_snapshot!(emitted_slice(
        "v2024_02_01",
        batch_stable("2024-02-01.19.0"),
        &[
            "pool_list",
            "pool_get",
            "pool_exists",
            "compute_node_reimage",
            "file_get_from_task"
        ],
        &[
            "BatchClientPoolListOptions",
            "BatchClientPoolGetOptions",
            "NodeReimageParameter",
            "ComputeNodeReimageOption",
            "BatchError",
            "ErrorMessage",
            "BatchErrorDetail",
            "CloudPoolHeaders",
        ],
    ));
}

#[test]
fn azure_batch_2025_06_01() {
    insta::assert_snapshot!(emitted_slice(
        "v2025_06_01",
        batch_2025_06_01(),
        &[
            "list_nodes",
            "deallocate_node",
            "start_node",
            "replace_pool_properties"
        ],
        &[
            "BatchClientListNodesOptions",
            "BatchClientDeallocateNodeResult",
            "BatchClientDeallocateNodeResultHeaders",
            "BatchNodeDeallocateOptions",
            "BatchNodeDeallocateOption",
            "BatchPoolReplaceOptions",
            "BatchNodeUserCreateOptions",
        ],
    ));
}

#[test]
fn azure_batch_typespec_2024_02_01() {
    insta::assert_snapshot!(emitted_slice(
        "typespec_2024_02_01",
        batch_typespec(),
        &[
            "list_pools",
            "get_pool",
            "pool_exists",
            "get_task_file",
            "resize_pool"
        ],
        &[
            "BatchClientListPoolsOptions",
            "BatchClientGetPoolOptions",
            "BatchPoolHeaders",
            "BatchPoolResizeContent",
            "BatchNodeReimageOption",
            "BatchError",
            "BatchErrorMessage",
        ],
    ));
}
