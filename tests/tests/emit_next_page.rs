//! How pagers ask for their next pages. Those whose next pages come from
//! another operation (`x-ms-pageable.operationName`): which pagers call
//! that operation, and which fall back to following the link (the
//! requests themselves are proven against the AutoRest test server,
//! `paging.json`, `custom-baseUrl-paging.json`). Those without a next link
//! whose token comes in a response header (`x-ms-continuation`; the
//! requests are proven in `tests/conformance/tests/xml_datalake.rs`).

use azure_codegen::emit::{emit_crate, CrateConfig, ModuleConfig};
use codegen_tests::fixture;
use quote::ToTokens;

/// The body of the client method `name` of `emit/next_page.json`.
fn method_body(name: &str) -> String {
    method_body_of("emit/next_page.json", name)
}

/// The body of the client method `name` of the test spec `spec`, as token
/// text without spaces.
fn method_body_of(spec: &str, name: &str) -> String {
    let spec = fixture(spec);
    let api = azure_codegen::load_api(&spec).unwrap_or_else(|e| panic!("{e}"));
    let module = ModuleConfig::named_after_version(api, spec.display().to_string(), None);
    let config = CrateConfig::single_module(
        "azure_next_pages".into(),
        "0.1.0".into(),
        "Next pages".into(),
        "NextPagesClient".into(),
        module,
    );
    let files = emit_crate(&config).unwrap_or_else(|e| panic!("{e}"));
    let (_, client) = files
        .iter()
        .find(|(path, _)| path.ends_with("client.rs"))
        .expect("a client file");
    let file = syn::parse_file(client).expect("client.rs parses");
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(i) => Some(i),
            _ => None,
        })
        .flat_map(|i| &i.items)
        .find_map(|item| match item {
            syn::ImplItem::Fn(f) if f.sig.ident == name => {
                Some(f.block.to_token_stream().to_string().replace(' ', ""))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no method {name}"))
}

#[test]
fn a_pager_asks_the_named_operation_for_its_next_pages() {
    let body = method_body("users_list");
    assert!(body.contains("runtime::pager_through("), "{body}");
    // The next operation's path, with the caller's tenant carried over and
    // the page's link as the `nextLink` segment, sent as given.
    assert!(
        body.contains(r#"format!("/{carried_tenant_id}/{next_link}")"#),
        "{body}"
    );
    assert!(
        body.contains(r#"path_segment_raw("nextLink",next_link)"#),
        "{body}"
    );
    // `$filter` belongs to the first operation only.
    assert_eq!(body.matches("\"$filter\"").count(), 1, "{body}");
}

#[test]
fn an_operation_that_is_its_own_next_operation_takes_the_link_by_name() {
    let body = method_body("users_list_next");
    assert!(body.contains("runtime::pager_through("), "{body}");
    // The caller's link is the first page; each later link replaces it.
    assert!(body.contains("move|next_link:&str|"), "{body}");
    assert!(!body.contains("carried_next_link"), "{body}");
}

#[test]
fn a_next_operation_the_pager_cannot_fill_leaves_it_following_links() {
    // Groups_ListNext requires a `region` the first operation does not have.
    let body = method_body("groups_list");
    assert!(!body.contains("pager_through"), "{body}");
    assert!(body.contains("runtime::pager("), "{body}");
}

#[test]
fn a_token_in_a_continuation_header_goes_back_as_its_query_parameter() {
    let body = method_body_of("emit/header_continuation.json", "items_list");
    // The header's name as azure_core reads it: lower case.
    assert!(
        body.contains(r#"runtime::header_pager(self.pipeline.clone(),request,"continuation","x-ms-continuation","#),
        "{body}"
    );
    let body = method_body_of("emit/header_continuation.json", "tables_query");
    assert!(
        body.contains(r#""NextTableName","x-ms-continuation-nexttablename""#),
        "{body}"
    );
}

#[test]
fn a_continuation_header_without_an_optional_parameter_or_beside_a_next_link_is_not_followed() {
    for name in ["things_list", "parts_list"] {
        let body = method_body_of("emit/header_continuation.json", name);
        assert!(body.contains("runtime::one_page("), "{name}: {body}");
    }
    let body = method_body_of("emit/header_continuation.json", "pieces_list");
    assert!(body.contains("runtime::pager("), "{body}");
    assert!(!body.contains("header_pager"), "{body}");
}
