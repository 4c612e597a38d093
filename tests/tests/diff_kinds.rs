//! One test per kind of change the differ detects: a small spec
//! (`tests/specs/diff/base.json`) is changed in one place and the diff must
//! report exactly the expected changes, each with its path, wire verdict and
//! Rust effect.

use std::path::PathBuf;

use azure_codegen::diff::{diff, title, ChangeKind, Layout, RustEffect};
use codegen_tests::fixture;
use serde_json::{json, Value};

use ChangeKind::*;
use RustEffect::{Additive, Breaking, None as NoEffect};

/// (operation, path, kind, breaking on the wire, Rust effect).
type Expected<'a> = (&'a str, &'a str, ChangeKind, bool, RustEffect);

fn base() -> Value {
    let text = std::fs::read_to_string(fixture("diff/base.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn write(name: &str, spec: &Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-diff-kinds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(spec).unwrap()).unwrap();
    path
}

/// Diffs `old` → `new` and asserts the complete list of changes.
fn assert_diff(name: &str, old: Value, new: Value, expected: &[Expected<'_>]) {
    let old = azure_codegen::load_api(&write(&format!("{name}-old"), &old)).unwrap();
    let new = azure_codegen::load_api(&write(&format!("{name}-new"), &new)).unwrap();
    let result = diff(&old, &new);
    let actual: Vec<(String, String, ChangeKind, bool, RustEffect)> = result
        .changes()
        .map(|(op, c)| (op.to_owned(), c.path(), c.kind, c.breaking_wire, c.rust))
        .collect();
    let expected: Vec<(String, String, ChangeKind, bool, RustEffect)> = expected
        .iter()
        .map(|(op, path, kind, wire, rust)| (op.to_string(), path.to_string(), *kind, *wire, *rust))
        .collect();
    assert_eq!(actual, expected, "{name}");
}

/// Base → base changed by `change`.
fn assert_change(name: &str, change: impl FnOnce(&mut Value), expected: &[Expected<'_>]) {
    let mut new = base();
    change(&mut new);
    assert_diff(name, base(), new, expected);
}

/// The reverse: base changed by `change` → base.
fn assert_reverse(name: &str, change: impl FnOnce(&mut Value), expected: &[Expected<'_>]) {
    let mut old = base();
    change(&mut old);
    assert_diff(name, old, base(), expected);
}

fn op<'a>(spec: &'a mut Value, path: &str, method: &str) -> &'a mut Value {
    &mut spec["paths"][path][method]
}

fn params<'a>(spec: &'a mut Value, path: &str, method: &str) -> &'a mut Vec<Value> {
    op(spec, path, method)["parameters"].as_array_mut().unwrap()
}

fn def<'a>(spec: &'a mut Value, name: &str) -> &'a mut Value {
    &mut spec["definitions"][name]
}

fn prop<'a>(spec: &'a mut Value, model: &str, name: &str) -> &'a mut Value {
    &mut spec["definitions"][model]["properties"][name]
}

/// Where a change to the `Pool` model shows: under every operation that
/// reaches it, at every position.
fn pool_positions(suffix: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Pool_List", format!("/responses/200/body/value/[]{suffix}")),
        ("Pool_Add", format!("/body{suffix}")),
        ("Pool_Get", format!("/responses/200/body{suffix}")),
        (
            "Job_List",
            format!("/responses/200/body/value/[]/poolInfo/autoPool{suffix}"),
        ),
    ]
}

// ---- operations ------------------------------------------------------------

#[test]
fn operation_added() {
    assert_change(
        "operation_added",
        |s| {
            s["paths"]["/nodes"] = json!({ "get": {
                "operationId": "Node_List",
                "responses": { "200": { "description": "ok" } } } })
        },
        &[("Node_List", "/", OperationAdded, false, Additive)],
    );
}

#[test]
fn operation_removed() {
    assert_change(
        "operation_removed",
        |s| {
            s["paths"].as_object_mut().unwrap().remove("/jobs");
        },
        // With `Job_List` gone every operation is in group `Pool`, which
        // then says nothing: `pool_get` becomes `get` (and so on), a Rust
        // break of operations whose wire did not change; their options
        // structs, named after the method, follow.
        &[
            ("Pool_List", "/", MethodRenamed, false, Breaking),
            ("Pool_List", "/", OptionsRenamed, false, Breaking),
            ("Pool_Add", "/", MethodRenamed, false, Breaking),
            ("Pool_Add", "/", OptionsRenamed, false, Breaking),
            ("Pool_Get", "/", MethodRenamed, false, Breaking),
            ("Pool_Get", "/", OptionsRenamed, false, Breaking),
            ("Job_List", "/", OperationRemoved, true, Breaking),
        ],
    );
}

#[test]
fn operation_renamed_is_matched_by_wire_identity_with_its_wire_changes() {
    assert_change(
        "operation_renamed",
        |s| {
            // TypeSpec style: another operation id, another path parameter
            // name, one real wire change.
            let item = s["paths"]
                .as_object_mut()
                .unwrap()
                .remove("/pools/{poolId}")
                .unwrap();
            s["paths"]["/pools/{pool-id}"] = item;
            let get = op(s, "/pools/{pool-id}", "get");
            get["operationId"] = json!("Pools_GetPool");
            get["parameters"][1]["name"] = json!("pool-id");
            get["responses"]["200"]["headers"]
                .as_object_mut()
                .unwrap()
                .remove("ETag");
        },
        &[
            ("Pools_GetPool", "/", OperationRenamed, false, Breaking),
            (
                "Pools_GetPool",
                "/parameters/pool-id",
                ParameterRenamed,
                false,
                NoEffect,
            ),
            (
                "Pools_GetPool",
                "/responses/200/headers/ETag",
                HeaderRemoved,
                true,
                Breaking,
            ),
        ],
    );
}

/// Ids that give the same Rust names (`Pool_Get`, `Pool_get`: one method,
/// one options struct): renamed, nothing breaks. So typespec-autorest's
/// and @typespec/openapi3's ids of one operation.
#[test]
fn operation_renamed_in_case_only_keeps_the_rust_names() {
    assert_change(
        "operation_renamed_case",
        |s| op(s, "/pools/{poolId}", "get")["operationId"] = json!("Pool_get"),
        &[("Pool_get", "/", OperationRenamed, false, NoEffect)],
    );
}

#[test]
fn operation_deprecated() {
    assert_change(
        "operation_deprecated",
        |s| op(s, "/jobs", "get")["deprecated"] = json!(true),
        &[("Job_List", "/", OperationDeprecated, false, Additive)],
    );
}

#[test]
fn pageable_removed_turns_the_pager_into_a_response() {
    assert_change(
        "pageable_removed",
        |s| {
            op(s, "/pools", "get")
                .as_object_mut()
                .unwrap()
                .remove("x-ms-pageable");
        },
        &[("Pool_List", "/", PageableChanged, true, Breaking)],
    );
}

#[test]
fn a_next_link_name_made_null_keeps_the_pager() {
    // One page instead of many: the wire changes, the method still returns
    // a `Pager` (of one page), so no Rust code breaks.
    assert_change(
        "next_link_name_null",
        |s| op(s, "/pools", "get")["x-ms-pageable"]["nextLinkName"] = json!(null),
        &[("Pool_List", "/", PageableChanged, true, NoEffect)],
    );
}

#[test]
fn long_running_added_turns_the_response_into_a_poller() {
    assert_change(
        "long_running_added",
        |s| op(s, "/pools", "post")["x-ms-long-running-operation"] = json!(true),
        &[("Pool_Add", "/", LongRunningChanged, true, Breaking)],
    );
}

#[test]
fn long_running_removed_turns_the_poller_into_a_response() {
    assert_reverse(
        "long_running_removed",
        |s| op(s, "/pools", "post")["x-ms-long-running-operation"] = json!(true),
        &[("Pool_Add", "/", LongRunningChanged, true, Breaking)],
    );
}

#[test]
fn final_state_via_changed_keeps_the_poller() {
    let lro = |via: &str| {
        let via = via.to_owned();
        move |s: &mut Value| {
            let add = op(s, "/pools", "post");
            add["x-ms-long-running-operation"] = json!(true);
            add["x-ms-long-running-operation-options"] = json!({ "final-state-via": via });
        }
    };
    let mut old = base();
    lro("location")(&mut old);
    let mut new = base();
    lro("azure-async-operation")(&mut new);
    assert_diff(
        "final_state_via_changed",
        old,
        new,
        &[("Pool_Add", "/", LongRunningChanged, true, NoEffect)],
    );
}

// ---- parameters ------------------------------------------------------------

#[test]
fn optional_parameter_added() {
    assert_change(
        "optional_parameter_added",
        |s| {
            params(s, "/jobs", "get")
                .push(json!({ "name": "$filter", "in": "query", "type": "string" }))
        },
        &[(
            "Job_List",
            "/parameters/$filter",
            ParameterAdded,
            false,
            Additive,
        )],
    );
}

#[test]
fn required_parameter_added() {
    assert_change(
        "required_parameter_added",
        |s| {
            params(s, "/jobs", "get").push(
                json!({ "name": "$filter", "in": "query", "required": true, "type": "string" }),
            )
        },
        &[(
            "Job_List",
            "/parameters/$filter",
            ParameterAdded,
            true,
            Breaking,
        )],
    );
}

#[test]
fn parameter_removed() {
    assert_change(
        "parameter_removed",
        |s| {
            params(s, "/pools", "get").remove(3);
        },
        &[(
            "Pool_List",
            "/parameters/timeout",
            ParameterRemoved,
            true,
            Breaking,
        )],
    );
}

#[test]
fn parameter_moved() {
    assert_change(
        "parameter_moved",
        |s| params(s, "/pools", "get")[3]["in"] = json!("header"),
        &[(
            "Pool_List",
            "/parameters/timeout",
            ParameterMoved,
            true,
            NoEffect,
        )],
    );
}

/// `Job_List` with two required string arguments, `owner` then `filter`.
fn with_two_string_arguments() -> Value {
    let mut spec = base();
    let params = params(&mut spec, "/jobs", "get");
    params.push(json!({ "name": "owner", "in": "query", "required": true, "type": "string" }));
    params.push(json!({ "name": "filter", "in": "query", "required": true, "type": "string" }));
    spec
}

#[test]
fn arguments_of_one_type_swapped_is_a_rust_break() {
    // `../shared/cases/15-diff-param-order-same-type`, new-swapped.json:
    // old calls still compile and send each value to the other's place.
    let mut new = with_two_string_arguments();
    let params = params(&mut new, "/jobs", "get");
    let n = params.len();
    params.swap(n - 2, n - 1);
    assert_diff(
        "arguments_swapped",
        with_two_string_arguments(),
        new,
        &[("Job_List", "/", ArgumentOrderChanged, false, Breaking)],
    );
}

#[test]
fn argument_moved_to_the_path_item_comes_first() {
    // new-moved-to-path-level.json: path-item parameters come before the
    // operation's, so `filter` becomes the first argument.
    let mut new = with_two_string_arguments();
    let filter = params(&mut new, "/jobs", "get").pop().unwrap();
    new["paths"]["/jobs"]["parameters"] = json!([filter]);
    assert_diff(
        "argument_moved_to_path_item",
        with_two_string_arguments(),
        new,
        &[("Job_List", "/", ArgumentOrderChanged, false, Breaking)],
    );
    // A move that keeps the order (the last argument stays last) is none.
    let mut old = base();
    params(&mut old, "/jobs", "get")
        .push(json!({ "name": "owner", "in": "query", "required": true, "type": "string" }));
    let mut new = old.clone();
    let owner = params(&mut new, "/jobs", "get").pop().unwrap();
    new["paths"]["/jobs"]["parameters"] = json!([owner]);
    assert_diff("argument_moved_keeping_order", old, new, &[]);
}

#[test]
fn parameter_constraint_tightened_breaks_requests() {
    assert_change(
        "parameter_maximum_lowered",
        |s| params(s, "/pools", "get")[1]["maximum"] = json!(100),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            ConstraintChanged,
            true,
            NoEffect,
        )],
    );
    assert_reverse(
        "parameter_maximum_dropped",
        |s| params(s, "/pools", "get")[1]["maximum"] = json!(100),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            ConstraintChanged,
            false,
            NoEffect,
        )],
    );
}

#[test]
fn property_constraint_loosened_breaks_responses_tightened_requests() {
    // `targetNodes` gains `minimum: 1`: tighter, so the request (Pool_Add)
    // breaks and the responses do not; the reverse loosens.
    let positions = pool_positions("/targetNodes");
    let min = |s: &mut Value| prop(s, "Pool", "targetNodes")["minimum"] = json!(1);
    assert_change(
        "property_minimum_added",
        min,
        &at_pool(&positions, ConstraintChanged, true, false, NoEffect),
    );
    assert_reverse(
        "property_minimum_removed",
        min,
        &at_pool(&positions, ConstraintChanged, false, true, NoEffect),
    );
    // A pattern replaced frees and restricts at once: breaking both ways.
    let mut old = base();
    prop(&mut old, "Pool", "vmSize")["pattern"] = json!("^[a-z]+$");
    let mut new = base();
    prop(&mut new, "Pool", "vmSize")["pattern"] = json!("^[A-Z]+$");
    assert_diff(
        "property_pattern_replaced",
        old,
        new,
        &at_pool(
            &pool_positions("/vmSize"),
            ConstraintChanged,
            true,
            true,
            NoEffect,
        ),
    );
}

#[test]
fn constant_parameter_becoming_a_choice_is_a_new_argument() {
    let constant = |s: &mut Value| {
        params(s, "/pools", "get").push(json!({
            "name": "kind", "in": "query", "required": true, "type": "string",
            "enum": ["all"], "x-ms-enum": { "name": "ListKind", "modelAsString": false }
        }))
    };
    let mut old = base();
    constant(&mut old);
    let mut new = old.clone();
    params(&mut new, "/pools", "get").last_mut().unwrap()["enum"] = json!(["all", "mine"]);
    assert_diff(
        "constant_becomes_choice",
        old,
        new,
        &[
            (
                "Pool_List",
                "/parameters/kind",
                ConstantChanged,
                false,
                Breaking,
            ),
            (
                "Pool_List",
                "/parameters/kind",
                EnumValueAdded,
                false,
                Additive,
            ),
        ],
    );
}

#[test]
fn nullable_parameter_and_header() {
    assert_reverse(
        "parameter_not_nullable",
        |s| params(s, "/pools", "get")[1]["x-nullable"] = json!(true),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            NullableChanged,
            true,
            NoEffect,
        )],
    );
    assert_change(
        "header_nullable",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["ETag"]["x-nullable"] =
                json!(true)
        },
        &[(
            "Pool_List",
            "/responses/200/headers/ETag",
            NullableChanged,
            true,
            NoEffect,
        )],
    );
}

#[test]
fn media_types_dropped_break_the_wire_a_stream_turning_json_breaks_rust() {
    assert_change(
        "consumes_changed",
        |s| op(s, "/pools", "post")["consumes"] = json!(["application/xml"]),
        &[("Pool_Add", "/", ConsumesChanged, true, NoEffect)],
    );
    // Another JSON media type added: nothing a client sent is refused.
    assert_change(
        "produces_added",
        |s| {
            op(s, "/pools/{poolId}", "get")["produces"] = json!([
                "application/json",
                "application/json; odata=minimalmetadata"
            ])
        },
        &[("Pool_Get", "/", ProducesChanged, false, NoEffect)],
    );
    // A download that turns into JSON: the method returns a model, not a
    // stream.
    let stream = |s: &mut Value| {
        let get = op(s, "/pools/{poolId}", "get");
        get["produces"] = json!(["application/octet-stream"]);
        get["responses"]["200"]["schema"] = json!({ "type": "file" });
    };
    let mut old = base();
    stream(&mut old);
    let new = {
        let mut new = base();
        op(&mut new, "/pools/{poolId}", "get")["produces"] = json!(["application/json"]);
        new
    };
    let old_api = azure_codegen::load_api(&write("stream_old", &old)).unwrap();
    let new_api = azure_codegen::load_api(&write("stream_new", &new)).unwrap();
    let result = diff(&old_api, &new_api);
    let produces: Vec<(bool, RustEffect)> = result
        .changes()
        .filter(|(_, c)| c.kind == ProducesChanged)
        .map(|(_, c)| (c.breaking_wire, c.rust))
        .collect();
    assert_eq!(produces, vec![(true, Breaking)]);
}

/// An operation answering no body reads nothing it produces: its media
/// types, the document's in Swagger and none in OpenAPI 3, are not
/// compared.
#[test]
fn produces_of_an_operation_without_a_response_body_is_not_compared() {
    let bodiless = |s: &mut Value| {
        op(s, "/pools", "post")["responses"]
            .as_object_mut()
            .unwrap()
            .remove("default");
    };
    let mut old = base();
    bodiless(&mut old);
    let mut new = old.clone();
    op(&mut new, "/pools", "post")["produces"] = json!([]);
    assert_diff("produces_bodiless", old, new, &[]);
}

#[test]
fn an_unreached_definition_in_both_compares_its_fields() {
    // Its fields are public API even though no operation sends it: a
    // field renamed, one added and one retyped are Rust changes, none on
    // the wire; an enum value added is additive.
    let quota = || {
        json!({ "properties": {
            "limit": { "type": "integer" },
            "unit": { "type": "string" },
            "kind": { "type": "string", "enum": ["soft"],
                      "x-ms-enum": { "name": "QuotaKind", "modelAsString": true } } } })
    };
    let mut old = base();
    old["definitions"]["Quota"] = quota();
    let mut new = base();
    new["definitions"]["Quota"] = quota();
    let q = &mut new["definitions"]["Quota"]["properties"];
    q["limit"]["x-ms-client-name"] = json!("maximum");
    q["unit"] = json!({ "type": "integer" });
    q["period"] = json!({ "type": "string" });
    q["kind"]["enum"] = json!(["soft", "hard"]);
    assert_diff(
        "unreached_definition_fields",
        old,
        new,
        &[
            (
                "",
                "/definitions/Quota/limit",
                PropertyRenamed,
                false,
                Breaking,
            ),
            ("", "/definitions/Quota/unit", TypeChanged, false, Breaking),
            (
                "",
                "/definitions/Quota/kind",
                EnumValueAdded,
                false,
                Additive,
            ),
            (
                "",
                "/definitions/Quota/period",
                PropertyAdded,
                false,
                Additive,
            ),
            // The named enum is a definition of its own too: each position
            // reports, as inside operations.
            (
                "",
                "/definitions/QuotaKind",
                EnumValueAdded,
                false,
                Additive,
            ),
        ],
    );
}

#[test]
fn unreached_definitions_are_public_types() {
    // A definition no operation uses is still a type of the crate.
    assert_change(
        "unreached_definition_added",
        |s| s["definitions"]["Quota"] = json!({ "properties": { "limit": { "type": "integer" } } }),
        &[("", "/definitions/Quota", DefinitionAdded, false, Additive)],
    );
    assert_reverse(
        "unreached_definition_removed",
        |s| s["definitions"]["Quota"] = json!({ "properties": { "limit": { "type": "integer" } } }),
        &[("", "/definitions/Quota", DefinitionRemoved, false, Breaking)],
    );
}

#[test]
fn oauth2_scopes_and_schemes() {
    let oauth = |s: &mut Value, scopes: Value| {
        s["securityDefinitions"] = json!({
            "entra": { "type": "oauth2", "flow": "implicit",
                       "authorizationUrl": "https://login.example.com", "scopes": scopes }
        });
        s["security"] = json!([{ "entra": [] }]);
    };
    let mut old = base();
    oauth(
        &mut old,
        json!({ "https://batch.core.windows.net//.default": "" }),
    );
    let mut new = base();
    oauth(&mut new, json!({ "https://batch.azure.com//.default": "" }));
    assert_diff(
        "oauth2_scope_changed",
        old.clone(),
        new,
        &[(
            "",
            "/securityDefinitions/entra",
            SecurityScopesChanged,
            true,
            NoEffect,
        )],
    );
    // A key instead of a token: the client's constructor changes.
    let mut key = base();
    key["securityDefinitions"] =
        json!({ "key": { "type": "apiKey", "name": "api-key", "in": "header" } });
    key["security"] = json!([{ "key": [] }]);
    assert_diff(
        "security_scheme_replaced",
        old,
        key,
        &[("", "/security", SecurityChanged, true, Breaking)],
    );
}

#[test]
fn parameter_grouped() {
    // `timeout` leaves the options struct for a group struct's field.
    assert_change(
        "parameter_grouped",
        |s| {
            params(s, "/pools", "get")[3]["x-ms-parameter-grouping"] =
                json!({ "name": "pool-list-timeouts" })
        },
        &[(
            "Pool_List",
            "/parameters/timeout",
            ParameterGroupChanged,
            false,
            Breaking,
        )],
    );
}

#[test]
fn parameter_grouped_as_the_options_struct_is_no_change() {
    // Batch's `postfix: Options` names the options struct itself: the
    // emitted API, like the wire, stays the same.
    assert_change(
        "parameter_grouped_as_options",
        |s| {
            params(s, "/pools", "get")[3]["x-ms-parameter-grouping"] =
                json!({ "postfix": "Options" })
        },
        &[],
    );
}

#[test]
fn grouped_parameter_added() {
    let group = |s: &mut Value| {
        params(s, "/pools", "get")[3]["x-ms-parameter-grouping"] = json!({ "name": "limits" })
    };
    // An optional field in a group without required fields: additive.
    let mut old = base();
    group(&mut old);
    let mut new = old.clone();
    params(&mut new, "/pools", "get").push(json!({
        "name": "$filter", "in": "query", "type": "string",
        "x-ms-parameter-grouping": { "name": "limits" }
    }));
    assert_diff(
        "grouped_parameter_added",
        old.clone(),
        new,
        &[(
            "Pool_List",
            "/parameters/$filter",
            ParameterAdded,
            false,
            Additive,
        )],
    );
    // A required one makes the group an argument: breaking.
    let mut new = old.clone();
    params(&mut new, "/pools", "get").push(json!({
        "name": "$filter", "in": "query", "type": "string", "required": true,
        "x-ms-parameter-grouping": { "name": "limits" }
    }));
    assert_diff(
        "grouped_required_parameter_added",
        old,
        new,
        &[(
            "Pool_List",
            "/parameters/$filter",
            ParameterAdded,
            true,
            Breaking,
        )],
    );
}

#[test]
fn parameter_optional_to_required() {
    assert_change(
        "parameter_optional_to_required",
        |s| params(s, "/pools", "get")[1]["required"] = json!(true),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            ParameterRequired,
            true,
            Breaking,
        )],
    );
}

/// `Job_List` made to send a form of one required field, `name`.
fn with_form(s: &mut Value) {
    op(s, "/jobs", "get")["consumes"] = json!(["application/x-www-form-urlencoded"]);
    params(s, "/jobs", "get")
        .push(json!({ "name": "name", "in": "formData", "required": true, "type": "string" }));
}

#[test]
fn form_fields_are_compared_as_parameters() {
    // A field added: an options field, as an optional query parameter.
    let mut old = base();
    with_form(&mut old);
    let mut new = old.clone();
    params(&mut new, "/jobs", "get")
        .push(json!({ "name": "tag", "in": "formData", "type": "string" }));
    assert_diff(
        "form_field_added",
        old.clone(),
        new.clone(),
        &[(
            "Job_List",
            "/parameters/tag",
            ParameterAdded,
            false,
            Additive,
        )],
    );
    // Removed, and made required: as parameters.
    assert_diff(
        "form_field_removed",
        new.clone(),
        old,
        &[(
            "Job_List",
            "/parameters/tag",
            ParameterRemoved,
            true,
            Breaking,
        )],
    );
    let mut required = new.clone();
    let last = params(&mut required, "/jobs", "get").len() - 1;
    params(&mut required, "/jobs", "get")[last]["required"] = json!(true);
    assert_diff(
        "form_field_made_required",
        new,
        required,
        &[(
            "Job_List",
            "/parameters/tag",
            ParameterRequired,
            true,
            Breaking,
        )],
    );
}

#[test]
fn parameter_required_to_optional() {
    assert_reverse(
        "parameter_required_to_optional",
        |s| params(s, "/pools", "get")[1]["required"] = json!(true),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            ParameterRequired,
            false,
            Breaking,
        )],
    );
}

#[test]
fn parameter_type_changed() {
    assert_change(
        "parameter_type_changed",
        |s| {
            let p = &mut params(s, "/pools", "get")[3];
            p["type"] = json!("string");
            p.as_object_mut().unwrap().remove("format");
            p.as_object_mut().unwrap().remove("default");
        },
        &[
            // A default no longer documented: not a wire change by itself.
            (
                "Pool_List",
                "/parameters/timeout",
                DefaultChanged,
                false,
                NoEffect,
            ),
            (
                "Pool_List",
                "/parameters/timeout",
                TypeChanged,
                true,
                Breaking,
            ),
        ],
    );
}

#[test]
fn parameter_format_widened_in_a_request() {
    assert_change(
        "parameter_format_changed",
        |s| params(s, "/pools", "get")[1]["format"] = json!("int64"),
        &[(
            "Pool_List",
            "/parameters/maxresults",
            FormatChanged,
            false,
            Breaking,
        )],
    );
}

#[test]
fn parameter_format_with_the_same_wire_form() {
    assert_change(
        "parameter_format_same_wire",
        |s| params(s, "/pools/{poolId}", "get")[2]["format"] = json!("date-time-rfc7231"),
        &[(
            "Pool_Get",
            "/parameters/ocp-date",
            FormatChanged,
            false,
            NoEffect,
        )],
    );
}

#[test]
fn parameter_default_changed() {
    assert_change(
        "parameter_default_changed",
        |s| params(s, "/pools", "get")[3]["default"] = json!(120),
        &[(
            "Pool_List",
            "/parameters/timeout",
            DefaultChanged,
            true,
            NoEffect,
        )],
    );
}

#[test]
fn parameter_enum_value_added() {
    assert_change(
        "parameter_enum_value_added",
        |s| params(s, "/pools", "get")[4]["enum"] = json!(["active", "deleting", "upgrading"]),
        &[(
            "Pool_List",
            "/parameters/state",
            EnumValueAdded,
            false,
            Additive,
        )],
    );
}

#[test]
fn parameter_enum_value_removed() {
    assert_change(
        "parameter_enum_value_removed",
        |s| params(s, "/pools", "get")[4]["enum"] = json!(["active"]),
        &[(
            "Pool_List",
            "/parameters/state",
            EnumValueRemoved,
            true,
            Breaking,
        )],
    );
}

#[test]
fn parameter_collection_format_changed() {
    assert_change(
        "parameter_collection_format_changed",
        |s| params(s, "/pools", "get")[2]["collectionFormat"] = json!("multi"),
        &[(
            "Pool_List",
            "/parameters/$select",
            CollectionFormatChanged,
            true,
            NoEffect,
        )],
    );
}

#[test]
fn parameter_string_to_csv_array_is_the_same_text() {
    assert_reverse(
        "parameter_string_to_csv_array",
        |s| {
            let p = &mut params(s, "/pools", "get")[2];
            *p = json!({ "name": "$select", "in": "query", "type": "string" });
        },
        &[(
            "Pool_List",
            "/parameters/$select",
            TypeChanged,
            false,
            Breaking,
        )],
    );
}

#[test]
fn optional_request_body_added() {
    assert_change(
        "optional_body_added",
        |s| {
            params(s, "/jobs", "get").push(
                json!({ "name": "filter", "in": "body", "schema": { "$ref": "#/definitions/Job" } }),
            )
        },
        &[
            ("Job_List", "/body", BodyAdded, false, Additive),
            // `Job` and what it holds are now sent: they lose
            // `#[non_exhaustive]` and take struct literals.
            (
                "Job_List",
                "/responses/200/body/value/[]",
                ModelDirectionChanged,
                false,
                Additive,
            ),
            (
                "Job_List",
                "/responses/200/body/value/[]/poolInfo",
                ModelDirectionChanged,
                false,
                Additive,
            ),
        ],
    );
}

// ---- properties ------------------------------------------------------------

/// The expected list for a change to one `Pool` property: the same kind at
/// each position, the request position (`Pool_Add`) with its own verdict.
fn at_pool<'a>(
    positions: &'a [(&'static str, String)],
    kind: ChangeKind,
    request_wire: bool,
    response_wire: bool,
    rust: RustEffect,
) -> Vec<Expected<'a>> {
    positions
        .iter()
        .map(|(op, path)| {
            let wire = if *op == "Pool_Add" {
                request_wire
            } else {
                response_wire
            };
            (*op, path.as_str(), kind, wire, rust)
        })
        .collect()
}

#[test]
fn optional_property_added() {
    let positions = pool_positions("/upgradePolicy");
    assert_change(
        "optional_property_added",
        |s| *prop(s, "Pool", "upgradePolicy") = json!({ "type": "string" }),
        &at_pool(&positions, PropertyAdded, false, false, Additive),
    );
}

#[test]
fn required_property_added_breaks_requests_only() {
    let positions = pool_positions("/upgradePolicy");
    assert_change(
        "required_property_added",
        |s| {
            *prop(s, "Pool", "upgradePolicy") = json!({ "type": "string" });
            def(s, "Pool")["required"] = json!(["id", "upgradePolicy"]);
        },
        &at_pool(&positions, PropertyAdded, true, false, Additive),
    );
}

#[test]
fn property_removed() {
    let positions = pool_positions("/displayName");
    assert_change(
        "property_removed",
        |s| {
            def(s, "Pool")["properties"]
                .as_object_mut()
                .unwrap()
                .remove("displayName");
        },
        &at_pool(&positions, PropertyRemoved, true, true, Breaking),
    );
}

#[test]
fn property_required_to_optional_breaks_responses_not_rust() {
    let positions = pool_positions("/id");
    assert_change(
        "property_required_to_optional",
        |s| def(s, "Pool")["required"] = json!([]),
        &at_pool(&positions, PropertyRequired, false, true, NoEffect),
    );
}

#[test]
fn property_optional_to_required_breaks_requests_not_rust() {
    let positions = pool_positions("/vmSize");
    assert_change(
        "property_optional_to_required",
        |s| def(s, "Pool")["required"] = json!(["id", "vmSize"]),
        &at_pool(&positions, PropertyRequired, true, false, NoEffect),
    );
}

#[test]
fn property_flattened_moves_fields_in_rust_not_on_the_wire() {
    let positions = pool_positions("/networkConfiguration");
    assert_change(
        "property_flattened",
        |s| prop(s, "Pool", "networkConfiguration")["x-ms-client-flatten"] = json!(true),
        &at_pool(&positions, PropertyFlattenChanged, false, false, Breaking),
    );
    // On a property that is no object model, the extension does nothing.
    assert_change(
        "scalar_property_flattened",
        |s| prop(s, "Pool", "vmSize")["x-ms-client-flatten"] = json!(true),
        &[],
    );
}

#[test]
fn date_times_inside_a_fields_array_are_typed_in_rust() {
    // A model field types a date-time at any depth (its table's
    // `List(Rfc3339)` format): `array<string>` → `array<date-time>` turns
    // `Vec<String>` into `Vec<OffsetDateTime>`, a break. The differ spells
    // the type as the emitter does (`rust_api::types::field_type`); it once
    // kept its own spelling and disagreed with the emitter.
    let labels = |s: &mut Value, items: Value| {
        def(s, "Pool")["properties"]["labels"] = json!({ "type": "array", "items": items })
    };
    let mut old = base();
    labels(&mut old, json!({ "type": "string" }));
    let mut new = base();
    labels(&mut new, json!({ "type": "string", "format": "date-time" }));
    let old_api = azure_codegen::load_api(&write("array_datetime_old", &old)).unwrap();
    let new_api = azure_codegen::load_api(&write("array_datetime_new", &new)).unwrap();
    let result = diff(&old_api, &new_api);
    let rust: Vec<(ChangeKind, RustEffect)> = result
        .changes()
        .filter(|(op, c)| *op == "Pool_Get" && c.path().ends_with("/labels/[]"))
        .map(|(_, c)| (c.kind, c.rust))
        .collect();
    assert_eq!(rust, vec![(FormatChanged, Breaking)]);
}

#[test]
fn property_type_changed() {
    let positions = pool_positions("/vmSize");
    assert_change(
        "property_type_changed",
        |s| *prop(s, "Pool", "vmSize") = json!({ "type": "integer", "format": "int32" }),
        &at_pool(&positions, TypeChanged, true, true, Breaking),
    );
}

#[test]
fn property_format_narrowed_breaks_requests() {
    let positions = pool_positions("/targetNodes");
    assert_change(
        "property_format_changed",
        |s| prop(s, "Pool", "targetNodes")["format"] = json!("int64"),
        // int32 → int64: a request may send more (fine), a response may
        // carry values an old client cannot hold.
        &at_pool(&positions, FormatChanged, false, true, Breaking),
    );
}

#[test]
fn property_default_changed() {
    let positions = pool_positions("/targetNodes");
    assert_change(
        "property_default_changed",
        |s| prop(s, "Pool", "targetNodes")["default"] = json!(1),
        &at_pool(&positions, DefaultChanged, true, false, NoEffect),
    );
}

#[test]
fn enum_value_added_to_a_closed_enum_breaks_responses() {
    let positions = pool_positions("/state");
    assert_change(
        "enum_value_added",
        |s| def(s, "PoolState")["enum"] = json!(["active", "deleting", "upgrading"]),
        &at_pool(&positions, EnumValueAdded, false, true, Additive),
    );
}

#[test]
fn enum_value_added_to_an_extensible_enum_breaks_nothing() {
    let positions = pool_positions("/state");
    let extensible =
        |s: &mut Value| def(s, "PoolState")["x-ms-enum"]["modelAsString"] = json!(true);
    let mut old = base();
    extensible(&mut old);
    let mut new = base();
    extensible(&mut new);
    def(&mut new, "PoolState")["enum"] = json!(["active", "deleting", "upgrading"]);
    assert_diff(
        "enum_value_added_extensible",
        old,
        new,
        &at_pool(&positions, EnumValueAdded, false, false, Additive),
    );
}

#[test]
fn enum_turning_open_breaks_responses_closed_breaks_requests() {
    // `../shared/cases/18-diff-modelasstring-flip`, judged as a value added
    // to a closed enum is; the Rust enum is the same either way.
    let positions = pool_positions("/state");
    let open = |s: &mut Value| def(s, "PoolState")["x-ms-enum"]["modelAsString"] = json!(true);
    assert_change(
        "enum_turns_open",
        open,
        &at_pool(&positions, EnumExtensibleChanged, false, true, NoEffect),
    );
    assert_reverse(
        "enum_turns_closed",
        open,
        &at_pool(&positions, EnumExtensibleChanged, true, false, NoEffect),
    );
}

#[test]
fn enum_value_renamed_by_x_ms_enum_breaks_rust_only() {
    let positions = pool_positions("/state");
    assert_change(
        "enum_value_renamed",
        |s| {
            def(s, "PoolState")["x-ms-enum"]["values"] = json!([
                { "value": "active", "name": "Running" },
                { "value": "deleting" }
            ])
        },
        &at_pool(&positions, EnumValueRenamed, false, false, Breaking),
    );
}

#[test]
fn enum_value_removed_breaks_requests_and_responses() {
    let positions = pool_positions("/state");
    assert_change(
        "enum_value_removed",
        |s| def(s, "PoolState")["enum"] = json!(["active"]),
        &at_pool(&positions, EnumValueRemoved, true, true, Breaking),
    );
}

#[test]
fn property_becomes_read_only() {
    let positions = pool_positions("/vmSize");
    assert_change(
        "read_only_changed",
        |s| prop(s, "Pool", "vmSize")["readOnly"] = json!(true),
        &at_pool(&positions, ReadOnlyChanged, true, false, NoEffect),
    );
}

#[test]
fn property_becomes_nullable() {
    let positions = pool_positions("/displayName");
    assert_change(
        "nullable_changed",
        |s| prop(s, "Pool", "displayName")["x-nullable"] = json!(true),
        &at_pool(&positions, NullableChanged, false, true, NoEffect),
    );
}

#[test]
fn property_renamed_for_clients() {
    let positions = pool_positions("/vmSize");
    assert_change(
        "property_renamed",
        |s| prop(s, "Pool", "vmSize")["x-ms-client-name"] = json!("virtualMachineSize"),
        &at_pool(&positions, PropertyRenamed, false, false, Breaking),
    );
}

#[test]
fn required_on_a_composed_schema_names_an_inherited_property() {
    // `ShellTask` composes `Task` with `allOf`; its own `required` names
    // `name`, which `Task` defines. Lowering used to drop it.
    let old = base();
    let mut new = base();
    def(&mut new, "ShellTask")["required"] = json!(["name"]);
    let api = azure_codegen::load_api(&write("composed_required", &new)).unwrap();
    let name = api
        .all_properties("ShellTask")
        .into_iter()
        .find(|p| p.wire_name == "name")
        .unwrap();
    assert!(name.required);
    // Still optional where the base is used on its own.
    let task_name = api
        .all_properties("Task")
        .into_iter()
        .find(|p| p.wire_name == "name");
    assert!(!task_name.unwrap().required);
    let old_api = azure_codegen::load_api(&write("composed_required_old", &old)).unwrap();
    let result = diff(&old_api, &api);
    let at_start_task: Vec<(String, ChangeKind, bool, RustEffect)> = result
        .changes()
        .filter(|(_, c)| c.path().ends_with("/startTask/name"))
        .map(|(op, c)| (op.to_owned(), c.kind, c.breaking_wire, c.rust))
        .collect();
    assert_eq!(
        at_start_task,
        vec![
            ("Pool_List".to_owned(), PropertyRequired, false, NoEffect),
            ("Pool_Add".to_owned(), PropertyRequired, true, NoEffect),
            ("Pool_Get".to_owned(), PropertyRequired, false, NoEffect),
            ("Job_List".to_owned(), PropertyRequired, false, NoEffect),
        ]
    );
}

#[test]
fn discriminator_value_changed() {
    assert_change(
        "discriminator_value_changed",
        |s| def(s, "ShellTask")["x-ms-discriminator-value"] = json!("bash"),
        &[
            (
                "Pool_List",
                "/responses/200/body/value/[]/startTask",
                DiscriminatorValueChanged,
                true,
                NoEffect,
            ),
            (
                "Pool_List",
                "/responses/200/body/value/[]/tasks/[]/(kind=bash)",
                SubtypeAdded,
                true,
                Additive,
            ),
            (
                "Pool_List",
                "/responses/200/body/value/[]/tasks/[]/(kind=shell)",
                SubtypeRemoved,
                false,
                Breaking,
            ),
            (
                "Pool_Add",
                "/body/startTask",
                DiscriminatorValueChanged,
                true,
                NoEffect,
            ),
            (
                "Pool_Add",
                "/body/tasks/[]/(kind=bash)",
                SubtypeAdded,
                false,
                Additive,
            ),
            (
                "Pool_Add",
                "/body/tasks/[]/(kind=shell)",
                SubtypeRemoved,
                true,
                Breaking,
            ),
            (
                "Pool_Get",
                "/responses/200/body/startTask",
                DiscriminatorValueChanged,
                true,
                NoEffect,
            ),
            (
                "Pool_Get",
                "/responses/200/body/tasks/[]/(kind=bash)",
                SubtypeAdded,
                true,
                Additive,
            ),
            (
                "Pool_Get",
                "/responses/200/body/tasks/[]/(kind=shell)",
                SubtypeRemoved,
                false,
                Breaking,
            ),
            (
                "Job_List",
                "/responses/200/body/value/[]/poolInfo/autoPool/startTask",
                DiscriminatorValueChanged,
                true,
                NoEffect,
            ),
            (
                "Job_List",
                "/responses/200/body/value/[]/poolInfo/autoPool/tasks/[]/(kind=bash)",
                SubtypeAdded,
                true,
                Additive,
            ),
            (
                "Job_List",
                "/responses/200/body/value/[]/poolInfo/autoPool/tasks/[]/(kind=shell)",
                SubtypeRemoved,
                false,
                Breaking,
            ),
        ],
    );
}

/// A model that gains its first kind becomes an enum where a position is
/// typed as it (`startTask`: a Rust break), while its parent's enum only
/// gains a variant (`tasks`, two levels below: additive).
#[test]
fn first_subtype_turns_a_model_into_an_enum() {
    let start = pool_positions("/startTask/(kind=bash)");
    let tasks = pool_positions("/tasks/[]/(kind=bash)");
    let expected: Vec<Expected<'_>> = start
        .iter()
        .zip(&tasks)
        .flat_map(|((op, start), (_, tasks))| {
            let response = *op != "Pool_Add";
            [
                (*op, start.as_str(), SubtypeAdded, response, Breaking),
                (*op, tasks.as_str(), SubtypeAdded, response, Additive),
            ]
        })
        .collect();
    assert_change(
        "first_subtype_turns_a_model_into_an_enum",
        |s| {
            def(s, "BashTask").clone_from(&json!({
                "x-ms-discriminator-value": "bash",
                "allOf": [ { "$ref": "#/definitions/ShellTask" } ],
                "properties": { "shell": { "type": "string" } }
            }))
        },
        &expected,
    );
}

#[test]
fn subtype_property_added() {
    // The subtype is reached through the base's array (by discriminator
    // value) and, directly, as the type of `startTask`.
    let start = pool_positions("/startTask/timeout");
    let subtype = pool_positions("/tasks/[]/(kind=shell)/timeout");
    let expected: Vec<Expected<'_>> = start
        .iter()
        .zip(&subtype)
        .flat_map(|((op1, p1), (op2, p2))| {
            [
                (*op1, p1.as_str(), PropertyAdded, false, Additive),
                (*op2, p2.as_str(), PropertyAdded, false, Additive),
            ]
        })
        .collect();
    assert_change(
        "subtype_property_added",
        |s| *prop(s, "ShellTask", "timeout") = json!({ "type": "string", "format": "duration" }),
        &expected,
    );
}

#[test]
fn additional_properties_removed() {
    let positions = pool_positions("/metadata/additionalProperties");
    assert_change(
        "additional_properties_removed",
        |s| {
            def(s, "Metadata")
                .as_object_mut()
                .unwrap()
                .remove("additionalProperties");
        },
        &at_pool(
            &positions,
            AdditionalPropertiesRemoved,
            true,
            true,
            Breaking,
        ),
    );
}

/// `additionalProperties: true` changes no Rust type: every model already
/// keeps undefined properties in a `serde_json::Map`.
#[test]
fn additional_properties_added() {
    let positions = pool_positions("/networkConfiguration/additionalProperties");
    assert_change(
        "additional_properties_added",
        |s| def(s, "NetworkConfiguration")["additionalProperties"] = json!(true),
        &at_pool(
            &positions,
            AdditionalPropertiesAdded,
            false,
            false,
            NoEffect,
        ),
    );
}

/// A typed `additionalProperties` turns the catch-all field into a typed
/// map: code reading it as JSON values stops compiling.
#[test]
fn typed_additional_properties_added() {
    let positions = pool_positions("/networkConfiguration/additionalProperties");
    assert_change(
        "typed_additional_properties_added",
        |s| def(s, "NetworkConfiguration")["additionalProperties"] = json!({ "type": "string" }),
        &at_pool(
            &positions,
            AdditionalPropertiesAdded,
            false,
            false,
            Breaking,
        ),
    );
}

#[test]
fn nested_change_is_reported_under_every_operation_that_reaches_it() {
    // The issue's example: skipWithdrawFromVNet required → optional, two
    // models deep, under three operations (and a request body).
    let positions = pool_positions("/networkConfiguration/skipWithdrawFromVNet");
    assert_change(
        "nested_required_changed",
        |s| def(s, "NetworkConfiguration")["required"] = json!([]),
        &at_pool(&positions, PropertyRequired, false, true, NoEffect),
    );
}

#[test]
fn model_renamed_at_a_position() {
    assert_change(
        "model_renamed",
        |s| {
            let model = def(s, "JobList").take();
            s["definitions"].as_object_mut().unwrap().remove("JobList");
            s["definitions"]["BatchJobListResult"] = model;
            op(s, "/jobs", "get")["responses"]["200"]["schema"]["$ref"] =
                json!("#/definitions/BatchJobListResult");
        },
        &[(
            "Job_List",
            "/responses/200/body",
            ModelRenamed,
            false,
            Breaking,
        )],
    );
}

// ---- responses -------------------------------------------------------------

#[test]
fn success_status_added() {
    assert_change(
        "status_added",
        |s| op(s, "/pools", "post")["responses"]["200"] = json!({ "description": "Updated." }),
        &[("Pool_Add", "/responses/200", ResponseAdded, true, NoEffect)],
    );
}

#[test]
fn success_status_removed_changes_the_return_type() {
    assert_change(
        "status_removed",
        |s| {
            let responses = op(s, "/pools/{poolId}", "get")["responses"]
                .as_object_mut()
                .unwrap();
            responses.remove("200");
            responses.insert("204".into(), json!({ "description": "No content." }));
        },
        &[
            ("Pool_Get", "/responses/204", ResponseAdded, true, Breaking),
            (
                "Pool_Get",
                "/responses/200",
                ResponseRemoved,
                true,
                Breaking,
            ),
        ],
    );
}

#[test]
fn error_status_added() {
    assert_change(
        "error_status_added",
        |s| op(s, "/jobs", "get")["responses"]["404"] = json!({ "description": "Not found." }),
        &[("Job_List", "/responses/404", ResponseAdded, false, NoEffect)],
    );
}

#[test]
fn response_header_added() {
    assert_change(
        "header_added",
        |s| {
            op(s, "/pools/{poolId}", "get")["responses"]["200"]["headers"]["request-id"] =
                json!({ "type": "string", "format": "uuid" })
        },
        &[(
            "Pool_Get",
            "/responses/200/headers/request-id",
            HeaderAdded,
            false,
            Additive,
        )],
    );
}

#[test]
fn response_header_removed() {
    assert_change(
        "header_removed",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]
                .as_object_mut()
                .unwrap()
                .remove("request-id");
        },
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            HeaderRemoved,
            true,
            Breaking,
        )],
    );
}

#[test]
fn response_header_changed() {
    assert_change(
        "header_changed",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["request-id"]["format"] =
                json!("uuid")
        },
        // A response may now carry only uuids: the client reads less, fine
        // on the wire; the Rust type is `Uuid` instead of `String`.
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            FormatChanged,
            false,
            Breaking,
        )],
    );
}

#[test]
fn a_header_read_as_text_keeps_its_rust_type() {
    // A header's accessor reads scalars, dates, bytes and enums typed and
    // anything else (`binary`) as text: `string` → `binary` changes no Rust
    // type. The differ used to spell the header as a model field
    // (`Vec<u8>`) and call it a break. (A response that may carry less is
    // no wire break.)
    assert_change(
        "header_format_binary",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["request-id"]["format"] =
                json!("binary")
        },
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            FormatChanged,
            false,
            NoEffect,
        )],
    );
}

#[test]
fn a_field_that_becomes_boxed_breaks_rust() {
    // `NetworkConfiguration` gains a `pool`: `Pool` now contains itself
    // through `networkConfiguration`, whose field becomes
    // `Option<Box<NetworkConfiguration>>`. Nothing changes on the wire.
    let mut new = base();
    def(&mut new, "NetworkConfiguration")["properties"]["pool"] =
        json!({ "$ref": "#/definitions/Pool" });
    let old_api = azure_codegen::load_api(&write("boxed_old", &base())).unwrap();
    let new_api = azure_codegen::load_api(&write("boxed_new", &new)).unwrap();
    let result = diff(&old_api, &new_api);
    let boxed: Vec<(String, bool, RustEffect)> = result
        .changes()
        .filter(|(op, c)| *op == "Pool_Get" && c.kind == PropertyBoxedChanged)
        .map(|(_, c)| (c.path(), c.breaking_wire, c.rust))
        .collect();
    assert_eq!(
        boxed,
        vec![(
            "/responses/200/body/networkConfiguration".to_owned(),
            false,
            Breaking
        )]
    );
}

#[test]
fn a_model_taking_the_options_name_renames_the_options_struct() {
    // A model `DiffTestClientPoolGetOptions` arrives (reached by no
    // operation): the options struct of `Pool_Get` steps aside to
    // `DiffTestClientPoolGetMethodOptions`, and code naming the old struct
    // stops compiling.
    let mut new = base();
    new["definitions"]["DiffTestClientPoolGetOptions"] =
        json!({ "type": "object", "properties": { "a": { "type": "string" } } });
    let old_api = azure_codegen::load_api(&write("options_name_old", &base())).unwrap();
    let new_api = azure_codegen::load_api(&write("options_name_new", &new)).unwrap();
    let result = diff(&old_api, &new_api);
    let renamed: Vec<(&str, Option<Value>, Option<Value>, RustEffect)> = result
        .changes()
        .filter(|(_, c)| c.kind == OptionsRenamed || c.kind == MethodRenamed)
        .map(|(op, c)| (op, c.old.clone(), c.new.clone(), c.rust))
        .collect();
    assert_eq!(
        renamed,
        vec![(
            "Pool_Get",
            Some(json!("DiffTestClientPoolGetOptions")),
            Some(json!("DiffTestClientPoolGetMethodOptions")),
            Breaking
        )]
    );
}

#[test]
fn response_header_type_changed() {
    assert_change(
        "header_type_changed",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["request-id"] =
                json!({ "type": "integer", "format": "int64" })
        },
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            TypeChanged,
            true,
            Breaking,
        )],
    );
}

// ---- outputs ---------------------------------------------------------------

#[test]
fn markdown_changes_block_nests_like_azure_changelogs() {
    let old = azure_codegen::load_api(&fixture("diff/base.json")).unwrap();
    let mut spec = base();
    def(&mut spec, "NetworkConfiguration")["required"] = json!([]);
    let new = azure_codegen::load_api(&write("markdown-block", &spec)).unwrap();
    let markdown = diff(&old, &new).to_markdown();
    assert!(markdown.contains("\n4 updated methods\n"), "{markdown}");
    assert!(markdown.contains("### Pool_List (updated)"), "{markdown}");
    let compact: String = markdown.split_whitespace().collect();
    let expected = r##"{"#id":"Pool_List","$responses":{"200":{"$properties":{"value":{"$properties":{"networkConfiguration":[{"#name":"skipWithdrawFromVNet","Required":{"new":false,"old":true}}]}}}}}}"##;
    assert!(compact.contains(expected), "{markdown}");
    assert!(
        markdown.contains(
            "⚼ Request\n\n```text\nGET:\u{a0} /pools\n{\napi-version: string ,\nmaxresults: integer ,\n$select: array ,\ntimeout: integer ,\nstate: enum ,\n}\n```"
        ),
        "{markdown}"
    );
}

#[test]
fn markdown_title_date_and_reference_link_as_published() {
    let old = azure_codegen::load_api(&fixture("diff/base.json")).unwrap();
    let mut spec = base();
    def(&mut spec, "NetworkConfiguration")["required"] = json!([]);
    let new = azure_codegen::load_api(&write("markdown-layout", &spec)).unwrap();
    // Without a layout: the title from `info`, no date, no link.
    let plain = diff(&old, &new).to_markdown();
    let head = format!(
        "## {} ({})\n\n4 updated methods\n\n",
        new.title, new.api_version
    );
    assert!(plain.starts_with(&head), "{plain}");
    assert!(!plain.contains("Reference Link"), "{plain}");
    // The spec's folders name it; the date and link as given.
    let path = std::path::Path::new(
        "specs/specification/batch/data-plane/Azure.Batch/stable/2025-06-01/BatchService.json",
    );
    let layout = Layout {
        title: title(Some(path), &new),
        date: Some("2025/05/27".to_owned()),
        reference_url: Some("https://x/{group-kebab}/{name-kebab}?id={operationId}".to_owned()),
    };
    let markdown = diff(&old, &new).with_layout(layout).to_markdown();
    assert!(
        markdown.starts_with(
            "## Azure.Batch (stable:2025-06-01)\n\n2025/05/27\u{a0}•\u{a0}4 updated methods\n\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("### Pool_List (updated)\n\nDescription ")
            && markdown.contains("\nReference Link [¶](https://x/pool/list?id=Pool_List)\n"),
        "{markdown}"
    );
}

#[test]
fn json_output_lists_changes_with_a_summary() {
    let old = azure_codegen::load_api(&fixture("diff/base.json")).unwrap();
    let mut spec = base();
    params(&mut spec, "/jobs", "get")
        .push(json!({ "name": "$filter", "in": "query", "required": true, "type": "string" }));
    let new = azure_codegen::load_api(&write("json-output", &spec)).unwrap();
    let value = diff(&old, &new).to_json();
    assert_eq!(value["summary"]["updated"], 1);
    assert_eq!(value["summary"]["semver"], "major");
    assert_eq!(
        value["changes"][0],
        json!({
            "operation": "Job_List",
            "path": "/parameters/$filter",
            "kind": "parameter_added",
            "old": null,
            "new": { "type": "string", "required": true },
            "breaking_wire": true,
            "rust": "breaking",
            "label": "Added",
            "place": ["$parameters", "$filter"],
        })
    );
}

#[test]
fn text_summary_counts_operations_and_changes() {
    let mut new = base();
    op(&mut new, "/jobs", "get")["deprecated"] = json!(true);
    let old = azure_codegen::load_api(&write("text-old", &base())).unwrap();
    let new = azure_codegen::load_api(&write("text-new", &new)).unwrap();
    let mut result = diff(&old, &new);
    result.old_label = "v1".into();
    result.new_label = "v2".into();
    assert_eq!(
        result.to_text(),
        "v1 → v2: 1 updated method\n\
         1 change, 0 breaking on the wire; Rust API: 0 breaking, 1 additive (semver minor)\n  \
         ~ Job_List: 1 change, 0 breaking on the wire, Rust additive\n"
    );
}

/// `spec` with `basePath` set and, when `fold`, that prefix written into
/// every path instead.
fn under_base_path(mut spec: Value, prefix: &str, fold: bool) -> Value {
    if fold {
        let paths = spec["paths"].as_object().unwrap().clone();
        spec["paths"] = Value::Object(
            paths
                .into_iter()
                .map(|(path, item)| (format!("{prefix}{path}"), item))
                .collect(),
        );
    } else {
        spec["basePath"] = json!(prefix);
    }
    spec
}

#[test]
fn moving_every_url_under_another_base_path_moves_every_operation() {
    let ops = ["Pool_List", "Pool_Add", "Pool_Get", "Job_List"];
    let mut expected: Vec<Expected<'_>> = ops
        .iter()
        .map(|op| (*op, "/", OperationAdded, false, Additive))
        .collect();
    expected.extend(
        ops.iter()
            .map(|op| (*op, "/", OperationRemoved, true, Breaking)),
    );
    assert_diff(
        "base_path_moved",
        under_base_path(base(), "/api", false),
        under_base_path(base(), "/api/v2", false),
        &expected,
    );
}

// ---- which models users build (rust_api::direction) -----------------------

/// A spec whose one operation reads a `Thing` and, with `sent`, also sends
/// one.
fn things(sent: bool) -> Value {
    let mut parameters = vec![json!({
        "name": "id", "in": "path", "required": true, "type": "string"
    })];
    if sent {
        parameters.push(json!({
            "name": "thing", "in": "body", "required": true,
            "schema": { "$ref": "#/definitions/Thing" }
        }));
    }
    json!({
        "swagger": "2.0",
        "info": { "title": "Things", "version": "1" },
        "host": "example.com",
        "paths": { "/things/{id}": { "put": {
            "operationId": "Things_Put",
            "parameters": parameters,
            "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Thing" } } }
        } } },
        "definitions": { "Thing": { "type": "object", "properties": { "name": { "type": "string" } } } }
    })
}

#[test]
fn a_model_that_stops_being_sent_is_a_break() {
    // It gains `#[non_exhaustive]`: users' struct literals stop compiling.
    assert_diff(
        "model_output_only",
        things(true),
        things(false),
        &[
            ("Things_Put", "/body", BodyRemoved, true, Breaking),
            (
                "Things_Put",
                "/responses/200/body",
                ModelDirectionChanged,
                false,
                Breaking,
            ),
        ],
    );
}

#[test]
fn a_base_path_folded_into_the_paths_is_no_change() {
    // The same URLs: `/api` + `/pools` is `/api/pools`.
    assert_diff(
        "base_path_folded",
        under_base_path(base(), "/api", false),
        under_base_path(base(), "/api", true),
        &[],
    );
    // Also from the host template's path into the paths.
    let mut templated = base();
    templated["x-ms-parameterized-host"] = json!({
        "hostTemplate": "{endpoint}/api",
        "useSchemePrefix": false,
        "parameters": [{ "name": "endpoint", "in": "path", "required": true, "type": "string",
                         "x-ms-skip-url-encoding": true }]
    });
    let mut folded = under_base_path(base(), "/api", true);
    folded["x-ms-parameterized-host"] = templated["x-ms-parameterized-host"].clone();
    folded["x-ms-parameterized-host"]["hostTemplate"] = json!("{endpoint}");
    assert_diff("host_path_folded", templated, folded, &[]);
}

#[test]
fn a_model_that_starts_being_sent_is_additive() {
    assert_diff(
        "model_input",
        things(false),
        things(true),
        &[
            ("Things_Put", "/body", BodyAdded, true, Breaking),
            (
                "Things_Put",
                "/responses/200/body",
                ModelDirectionChanged,
                false,
                Additive,
            ),
        ],
    );
}

// ---- dates and bytes typed in every position -------------------------------

/// Base with `NetworkConfiguration`'s `additionalProperties` set to `values`.
fn with_catch_all(values: Value) -> Value {
    let mut spec = base();
    def(&mut spec, "NetworkConfiguration")["additionalProperties"] = values;
    spec
}

#[test]
fn a_catch_all_map_of_date_times_is_typed() {
    // `string` → `date-time` values: the catch-all map's values become
    // `OffsetDateTime` (read and written through their encoding, as a
    // field's), so code reading them as text stops compiling. When the
    // catch-all map kept such values as text, the differ saw no Rust change.
    let positions = pool_positions("/networkConfiguration/additionalProperties");
    assert_diff(
        "catch_all_date_time",
        with_catch_all(json!({ "type": "string" })),
        with_catch_all(json!({ "type": "string", "format": "date-time" })),
        &at_pool(&positions, FormatChanged, true, false, Breaking),
    );
    // Bytes and base64url: `Vec<u8>` either way, no Rust change.
    assert_diff(
        "catch_all_bytes",
        with_catch_all(json!({ "type": "string", "format": "byte" })),
        with_catch_all(json!({ "type": "string", "format": "base64url" })),
        &at_pool(&positions, FormatChanged, true, true, NoEffect),
    );
}

#[test]
fn byte_and_unixtime_headers_are_typed() {
    // A response header `string` → `byte` is read as `Vec<u8>`, and one
    // `int64` → `unixtime` as `OffsetDateTime`: the accessors' types
    // change, as `rust_api::headers` decides them for the emitter too.
    assert_change(
        "header_format_byte",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["request-id"]["format"] =
                json!("byte")
        },
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            FormatChanged,
            false,
            Breaking,
        )],
    );
    assert_change(
        "header_format_unixtime",
        |s| {
            op(s, "/pools", "get")["responses"]["200"]["headers"]["request-id"] =
                json!({ "type": "integer", "format": "unixtime" })
        },
        &[(
            "Pool_List",
            "/responses/200/headers/request-id",
            TypeChanged,
            true,
            Breaking,
        )],
    );
    // A request header `date-time-rfc1123` → `byte`: the argument or
    // options field is `Vec<u8>` instead of `OffsetDateTime`.
    assert_change(
        "header_parameter_format_byte",
        |s| params(s, "/pools/{poolId}", "get")[2]["format"] = json!("byte"),
        &[(
            "Pool_Get",
            "/parameters/ocp-date",
            FormatChanged,
            true,
            Breaking,
        )],
    );
}
