//! The loader and the IR on real specs: every Batch api-version and every
//! data-plane spec of the shared checkout, plus reviewed IR snapshots.

use std::collections::BTreeSet;
use std::path::Path;

use azure_codegen::ir::{Api, TypeRef};
use codegen_tests::{
    batch_2025_06_01, batch_stable, batch_stable_versions, batch_typespec, specs_root,
};

/// (path, method) pairs under `paths` and `x-ms-paths`, counted from the raw
/// JSON, independently of the loader.
fn path_method_pairs(spec: &Path) -> usize {
    let bytes = std::fs::read(spec).unwrap();
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let json: serde_json::Value = serde_json::from_slice(text).unwrap();
    const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];
    ["paths", "x-ms-paths"]
        .iter()
        .filter_map(|section| json.get(section)?.as_object())
        .flat_map(|paths| paths.values())
        .filter_map(|item| item.as_object())
        .map(|item| {
            item.keys()
                .filter(|k| METHODS.contains(&k.as_str()))
                .count()
        })
        .sum()
}

fn load(path: &Path) -> Api {
    azure_codegen::load_api(path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_batch_spec_loads_with_one_operation_per_path_and_method() {
    let mut specs: Vec<_> = batch_stable_versions()
        .iter()
        .map(|v| batch_stable(v))
        .collect();
    specs.push(batch_typespec());
    assert_eq!(
        specs.len(),
        21,
        "20 stable api-versions and the TypeSpec one"
    );
    for spec in specs {
        let api = load(&spec);
        assert_eq!(
            api.operations.len(),
            path_method_pairs(&spec),
            "{}",
            spec.display()
        );
        assert!(!api.models.is_empty(), "{}", spec.display());
    }
}

#[test]
fn every_data_plane_spec_loads() {
    let root = specs_root();
    let specs = azure_codegen::spec::data_plane_specs(&root);
    assert!(
        specs.len() > 150,
        "found only {} specs under {}",
        specs.len(),
        root.display()
    );
    let failures: Vec<String> = specs
        .iter()
        .filter_map(|spec| azure_codegen::load_api(spec).err().map(|e| e.to_string()))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} specs fail:\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n")
    );
}

#[test]
fn reimage_option_enum_has_four_documented_values() {
    for (spec, name) in [
        (batch_stable("2024-02-01.19.0"), "ComputeNodeReimageOption"),
        (batch_typespec(), "BatchNodeReimageOption"),
    ] {
        let api = load(&spec);
        let e = api
            .enums
            .values()
            .find(|e| e.name.client == name)
            .expect(name);
        let values: Vec<_> = e.values.iter().map(|v| v.value.as_str().unwrap()).collect();
        assert_eq!(
            values,
            ["requeue", "terminate", "taskcompletion", "retaineddata"]
        );
        assert!(e
            .values
            .iter()
            .all(|v| v.description.as_deref().is_some_and(|d| d.len() > 20)));
    }
}

#[test]
fn pool_list_is_pageable_by_odata_next_link() {
    for (spec, id) in [
        (batch_stable("2024-02-01.19.0"), "Pool_List"),
        (batch_typespec(), "Batch_ListPools"),
    ] {
        let api = load(&spec);
        let op = api.operation(id).expect(id);
        let pageable = op.pageable.as_ref().expect("pageable");
        assert_eq!(pageable.next_link_name.as_deref(), Some("odata.nextLink"));
        assert_eq!(pageable.item_name, "value");
    }
}

#[test]
fn batch_error_has_code_message_and_values() {
    for spec in [batch_stable("2024-02-01.19.0"), batch_typespec()] {
        let api = load(&spec);
        let props: Vec<_> = api
            .all_properties("BatchError")
            .iter()
            .map(|p| p.wire_name.clone())
            .collect();
        assert_eq!(props, ["code", "message", "values"], "{}", spec.display());
        let message = api.all_properties("BatchError")[1].ty.clone();
        let TypeRef::Model(message) = message else {
            panic!("message is a model")
        };
        let fields: Vec<_> = api
            .all_properties(&message)
            .iter()
            .map(|p| p.wire_name.clone())
            .collect();
        assert_eq!(fields, ["lang", "value"]);
        let TypeRef::Array(detail) = api.all_properties("BatchError")[2].ty.clone() else {
            panic!("values is an array")
        };
        let TypeRef::Model(detail) = *detail else {
            panic!("of models")
        };
        let fields: Vec<_> = api
            .all_properties(&detail)
            .iter()
            .map(|p| p.wire_name.clone())
            .collect();
        assert_eq!(fields, ["key", "value"]);
    }
}

#[test]
fn ir_is_deterministic() {
    let spec = batch_typespec();
    let a = serde_yaml::to_string(&load(&spec)).unwrap();
    let b = serde_yaml::to_string(&load(&spec)).unwrap();
    assert!(a == b, "two loads of one spec gave different IR");
}

#[test]
fn ir_snapshot_stable_2024_02_01() {
    let api = load(&batch_stable("2024-02-01.19.0"));
    let ops = [
        "Pool_List",
        "Pool_Add",
        "Pool_Get",
        "Pool_Exists",
        "File_GetFromTask",
    ];
    insta::assert_snapshot!(serde_yaml::to_string(&slice(&api, &ops)).unwrap());
}

#[test]
fn ir_snapshot_typespec_2024_02_01() {
    let api = load(&batch_typespec());
    let ops = [
        "Batch_ListPools",
        "Batch_CreatePool",
        "Batch_GetPool",
        "Batch_PoolExists",
        "Batch_GetNodeFile",
    ];
    insta::assert_snapshot!(serde_yaml::to_string(&slice(&api, &ops)).unwrap());
}

/// A reviewable slice of an API: everything but operations, models and
/// enums as is; the operations `ops` (a pager, a create, a get, an exists
/// check, a download), and the models and enums they name directly or
/// through one level of properties.
fn slice(api: &Api, ops: &[&str]) -> Api {
    let mut slice = api.clone();
    slice.operations.retain(|op| ops.contains(&op.id.as_str()));
    assert_eq!(slice.operations.len(), ops.len(), "an operation is missing");
    let mut named = BTreeSet::new();
    for op in &slice.operations {
        for parameter in &op.parameters {
            named.extend(parameter.ty.named().cloned());
        }
        if let Some(body) = &op.body {
            named.extend(body.ty.named().cloned());
        }
        for response in &op.responses {
            if let Some(body) = &response.body {
                named.extend(body.named().cloned());
            }
        }
    }
    let first_level: Vec<String> = named.iter().cloned().collect();
    for id in first_level {
        if let Some(model) = api.models.get(&id) {
            for property in &model.properties {
                named.extend(property.ty.named().cloned());
            }
        }
    }
    slice.models.retain(|id, _| named.contains(id));
    slice.enums.retain(|id, _| named.contains(id));
    slice
}

/// Method names drop a plural group that the rest of the operation id
/// repeats (`Nodes_ListNodes` → `list_nodes`), and so do its siblings
/// (`Pools_RemoveNodes` → `remove_nodes` beside `resize_pool`); a singular
/// group stays (`Job_ListFromJobSchedule`, `Pool_Get`).
#[test]
fn method_names_drop_a_group_that_the_operation_repeats() {
    let method = |api: &Api, id: &str| {
        api.operation(id)
            .unwrap_or_else(|| panic!("no operation {id}"))
            .rust_name
            .clone()
    };
    let current = load(&batch_2025_06_01());
    for (id, name) in [
        ("Nodes_ListNodes", "list_nodes"),
        ("Nodes_DeallocateNode", "deallocate_node"),
        ("Nodes_StartNode", "start_node"),
        ("Pools_ListPoolNodeCounts", "list_pool_node_counts"),
        ("JobSchedules_JobScheduleExists", "job_schedule_exists"),
        ("Pools_RemoveNodes", "remove_nodes"),
        ("Pools_ListSupportedImages", "list_supported_images"),
        ("Pools_ResizePool", "resize_pool"),
    ] {
        assert_eq!(method(&current, id), name, "{id}");
    }
    let hand_written = load(&batch_stable("2024-02-01.19.0"));
    for (id, name) in [
        ("Pool_Get", "pool_get"),
        ("Job_ListFromJobSchedule", "job_list_from_job_schedule"),
    ] {
        assert_eq!(method(&hand_written, id), name, "{id}");
    }
}
