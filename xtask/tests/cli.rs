//! The xtask binary's contract with the shell: exit codes and messages.

use std::process::Command;

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

fn fixture(name: &str) -> String {
    format!("{}/../tests/specs/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ir_summary_prints_counts() {
    let out = xtask(&["ir", "--summary", &fixture("loader/v1/api.json")]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "operations: 3, models: 4, enums: 1\n"
    );
}

#[test]
fn a_bad_spec_exits_1_with_file_and_pointer() {
    let out = xtask(&["ir", &fixture("errors/dangling_ref.json")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(
        stderr.contains("dangling_ref.json: #/definitions/Foo/properties/bar: dangling $ref"),
        "{stderr}"
    );
}

/// Every file under `dir`, relative path → bytes.
fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                files.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Runs `generate` of the fixture `spec` into `out`, asserting success.
fn generate(spec: &str, out: &std::path::Path) {
    let run = xtask(&["generate", &fixture(spec), "--out", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn generate_twice_gives_the_same_bytes() {
    let (first, second) = (scratch("first"), scratch("second"));
    for out in [&first, &second] {
        generate("loader/v1/api.json", out);
    }
    let (a, b) = (tree(&first), tree(&second));
    assert!(a.keys().any(|p| p.ends_with("client.rs")), "{:?}", a.keys());
    assert_eq!(a, b);
    let _ = (
        std::fs::remove_dir_all(first),
        std::fs::remove_dir_all(second),
    );
}

#[test]
fn a_failed_generate_leaves_the_previous_crate_untouched() {
    let out = scratch("untouched");
    generate("loader/v1/api.json", &out);
    let before = tree(&out);
    let bad = xtask(&[
        "generate",
        &fixture("errors/dangling_ref.json"),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(tree(&out), before);
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn a_generated_crate_builds_anywhere_without_the_repository() {
    let out = scratch("anywhere");
    generate("loader/v1/api.json", &out);
    let files = tree(&out);
    let cargo_toml = String::from_utf8_lossy(&files[std::path::Path::new("Cargo.toml")]);
    // A path dependency would point into this repository (the conformance
    // harness), which a user's copy of the crate does not have.
    assert!(!cargo_toml.contains("path ="), "{cargo_toml}");
    assert!(
        !files.keys().any(|p| p.starts_with("tests")),
        "{:?}",
        files.keys()
    );
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn a_spec_without_enums_headers_or_query_generates_only_what_it_uses_and_names_stay_apart() {
    let out = scratch("minimal");
    generate("emit/minimal.json", &out);
    let files = tree(&out);
    let text =
        |path: &str| String::from_utf8_lossy(&files[std::path::Path::new(path)]).into_owned();
    let module = "src/v2024_01_01";
    // No enums or error models: no file, no re-export (an unused `pub use`
    // would warn). `headers.rs` stays: it holds the marker types of the
    // empty responses, which every such operation has.
    for part in ["enums", "errors"] {
        assert!(!files.contains_key(std::path::Path::new(&format!("{module}/{part}.rs"))));
        assert!(!text(&format!("{module}/mod.rs")).contains(&format!("mod {part};")));
    }
    let client = text(&format!("{module}/client.rs"));
    // Widgets_List has no query; Widgets_Search's arguments named like the
    // body's locals `query` and `request` are renamed, not shadowed.
    let list = &client[client.find("pub fn list(").unwrap()..];
    let list = &list[..list.find("\n    }\n").unwrap()];
    assert!(!list.contains("query_builder"), "{list}");
    assert!(client.contains("query_: &str"), "{client}");
    assert!(
        client.contains("request_: RequestContent<Widget>"),
        "{client}"
    );
    assert!(client.contains("request.set_body(request_)"), "{client}");
    // An array of arrays: inner arrays as csv, joined by pipes.
    assert!(
        client.contains(r#"map(|inner| crate::runtime::join(inner, ","))"#),
        "{client}"
    );
    // An array path parameter's items are each encoded, then joined per
    // its collectionFormat into one segment; OPTIONS, which azure_core
    // cannot send, gets no method but a line in the client's docs.
    assert!(
        client.contains(r#"crate::runtime::path_segment_list("names", names, "|")?"#),
        "{client}"
    );
    assert!(!client.contains("fn options("), "{client}");
    // A number constant is sent as written, not as the nearest f64 of a
    // lossy parse (`-1.0340000000000001e-20`).
    assert!(
        client.contains(r#"query.set_pair("ratio", "-1.034e-20")"#),
        "{client}"
    );
    assert!(
        client.contains("Not available: `Widgets_Options` (HTTP OPTIONS"),
        "{client}"
    );
    // Whole bodies of date-times and bytes are typed as model fields are:
    // the method takes the value and writes it in its encoding, and the
    // response is read through the same encoding.
    let stamp = &client[client.find("pub async fn stamp(").unwrap()..];
    assert!(
        stamp.starts_with(
            "pub async fn stamp(\n        &self,\n        when: azure_core::time::OffsetDateTime,"
        ),
        "{stamp}"
    );
    assert!(
        stamp.contains(
            "-> azure_core::Result<Response<Vec<u8>, crate::encoding::Json<crate::encoding::Base64>>>"
        ),
        "{stamp}"
    );
    assert!(
        stamp.contains("crate::encoding::body::<crate::encoding::Rfc3339, _>(&when)?"),
        "{stamp}"
    );
    // x-ms-skip-url-encoding in a query: appended as given after the
    // builder (which encodes); an api-version marked x-ms-api-version: false
    // is the method's argument, not the client's.
    assert!(
        client.contains(
            r#"crate::runtime::append_raw_query(&mut url, "raw", ToString::to_string(raw))"#
        ),
        "{client}"
    );
    assert!(
        client.contains(r#"query.set_pair("api-version", ToString::to_string(api_version))"#),
        "{client}"
    );
    // Date-time headers keep the format the spec names, written through
    // the encoding's one text form.
    assert!(
        client.contains(
            "\"x-ms-since\",\n            crate::encoding::text::<crate::encoding::Rfc3339, _>(&x_ms_since),"
        ),
        "{client}"
    );
    assert!(
        client.contains(
            "\"x-ms-until\",\n            crate::encoding::text::<crate::encoding::Rfc7231, _>(&x_ms_until),"
        ),
        "{client}"
    );
    // No `security` in the spec: the client takes no credential, and the
    // README builds it without one.
    assert!(
        client.contains(
            "pub fn new(endpoint: &str, options: Option<MinimalClientOptions>) -> azure_core::Result<Self> {"
        ),
        "{client}"
    );
    assert!(!client.contains("TokenCredential"), "{client}");
    let readme = text("README.md");
    assert!(!readme.contains("azure_identity"), "{readme}");
    assert!(readme.contains("MinimalClient::new(\"https://"), "{readme}");
    let models = text(&format!("{module}/models.rs"));
    // The pager's items sit in `items` although x-ms-pageable names none.
    assert!(
        models.contains("self.items.unwrap_or_default()"),
        "{models}"
    );
    assert!(models.contains("/// The `name` property."), "{models}");
    // The spec's model keeps its name; the options struct steps aside.
    assert!(
        models.contains("pub struct MinimalClientListOptions"),
        "{models}"
    );
    let options = text(&format!("{module}/options.rs"));
    assert!(
        options.contains("pub struct MinimalClientListMethodOptions"),
        "{options}"
    );
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn a_spec_of_models_only_gets_no_client() {
    let out = scratch("models-only");
    generate("emit/models_only.json", &out);
    let files = tree(&out);
    let module = std::path::Path::new("src/v2018_01_01");
    assert!(files.contains_key(&module.join("models.rs")));
    // A client without operations would hold a pipeline nobody reads.
    assert!(!files.contains_key(&module.join("client.rs")));
    let readme = String::from_utf8_lossy(&files[std::path::Path::new("README.md")]);
    assert!(!readme.contains("```rust"), "{readme}");
    assert!(readme.contains("models only"), "{readme}");
    // The spec's two-line description with quotes stays one TOML string.
    let cargo_toml = String::from_utf8_lossy(&files[std::path::Path::new("Cargo.toml")]);
    assert!(
        cargo_toml.contains(
            r#"description = "Event schemas: \"models\" without operations, as Event Grid's data-plane specs are.""#
        ),
        "{cargo_toml}"
    );
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn an_api_key_spec_gets_a_client_taking_the_key() {
    let out = scratch("api-key");
    generate("emit/api_key.json", &out);
    let files = tree(&out);
    // The api-version `v1` is module `v1`, not `vv1`.
    let client = String::from_utf8_lossy(&files[std::path::Path::new("src/v1/client.rs")]);
    assert!(
        client.contains("key: azure_core::credentials::Secret,"),
        "{client}"
    );
    assert!(
        client.contains(r#"crate::runtime::KeyPolicy::new("x-api-key", false, key)"#),
        "{client}"
    );
    assert!(!client.contains("TokenCredential"), "{client}");
    let readme = String::from_utf8_lossy(&files[std::path::Path::new("README.md")]);
    assert!(readme.contains("KeyedClient::new(\"https://"), "{readme}");
    assert!(!readme.contains("azure_identity"), "{readme}");
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn names_like_what_generated_files_import_step_aside() {
    let out = scratch("imports");
    let run = xtask(&[
        "generate",
        &fixture("emit/api_key.json"),
        "--out",
        out.to_str().unwrap(),
        "--client",
        "Client",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let files = tree(&out);
    let text =
        |path: &str| String::from_utf8_lossy(&files[std::path::Path::new(path)]).into_owned();
    // A model named `Request` would lose to `use azure_core::http::Request`.
    let models = text("src/v1/models.rs");
    assert!(models.contains("pub struct Request_ {"), "{models}");
    let client = text("src/v1/client.rs");
    assert!(
        client.contains("request_: RequestContent<Request_>"),
        "{client}"
    );
    // A client named `Client` has options named `ClientOptions`: azure_core's
    // is spelled in full, not imported.
    assert!(client.contains("pub struct ClientOptions {"), "{client}");
    assert!(
        client.contains("pub client_options: azure_core::http::ClientOptions,"),
        "{client}"
    );
    assert!(
        !client.contains("use azure_core::http::ClientOptions;"),
        "{client}"
    );
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn diff_prints_the_library_s_html_page() {
    let spec = fixture("diff/base.json");
    let out = xtask(&[
        "diff",
        &spec,
        &spec,
        "--format",
        "html",
        "--date",
        "2025/05/27",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let api = azure_codegen::load_api(std::path::Path::new(&spec)).unwrap();
    let layout = azure_codegen::diff::Layout {
        title: azure_codegen::diff::title(Some(std::path::Path::new(&spec)), &api),
        date: Some("2025/05/27".to_owned()),
        reference_url: None,
    };
    let page = azure_codegen::diff::diff_labelled(&spec, &api, &spec, &api)
        .with_layout(layout)
        .to_html();
    assert!(
        page.contains("2025/05/27\u{a0}•\u{a0}0 updated methods"),
        "{page}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), page);
}

/// `cargo doc` of a generated crate with rustdoc's warnings denied, in a
/// target folder of its own under the workspace's (kept between runs, so
/// only the first run builds the dependencies' metadata).
fn cargo_doc(dir: &std::path::Path) -> std::process::Output {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // The workspace's lock pins the versions it has already downloaded.
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    Command::new(env!("CARGO"))
        .args(["doc", "--no-deps", "--offline", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", workspace.join("target/readme-doc"))
        .env("RUSTDOCFLAGS", "-D warnings")
        .output()
        .unwrap()
}

/// The README (the crate's docs) names crate items as intra-doc links: a
/// name that is not in the crate fails `cargo doc -D warnings`.
#[test]
fn a_wrong_name_in_the_readme_fails_cargo_doc() {
    let out = scratch("readme-doc");
    generate("emit/minimal.json", &out);
    let docs = cargo_doc(&out);
    assert!(
        docs.status.success(),
        "{}",
        String::from_utf8_lossy(&docs.stderr)
    );
    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    let client = "::MinimalClient)";
    assert!(readme.contains(client), "{readme}");
    std::fs::write(
        out.join("README.md"),
        readme.replacen(client, "::MinimalKlient)", 1),
    )
    .unwrap();
    let docs = cargo_doc(&out);
    let stderr = String::from_utf8_lossy(&docs.stderr);
    assert!(!docs.status.success(), "{stderr}");
    assert!(stderr.contains("MinimalKlient"), "{stderr}");
    let _ = std::fs::remove_dir_all(out);
}
