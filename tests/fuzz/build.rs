//! Writes the client fuzzer's table of the generated crate's default module:
//! for each model name, code that reads a response as that model and calls
//! its typed header accessors.
//!
//! The module is the `default` of the `azure_batch` crate in
//! `specs/manifest.yaml`; its models and header traits are listed from the
//! generated sources with `syn`, so the table follows regeneration and a
//! change of default module without anyone editing it.

use std::fmt::Write as _;
use std::path::PathBuf;

const CRATE: &str = "azure_batch";

fn main() {
    let repo = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let manifest_path = repo.join("specs/manifest.yaml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let manifest: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let entry = manifest["crates"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str() == Some(CRATE))
        .unwrap_or_else(|| panic!("no crate {CRATE} in the manifest"));
    let module = entry["default"].as_str().expect("a default module");
    let spec_name = entry["api_versions"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|v| v["module"].as_str() == Some(module))
        .and_then(|v| v["spec"].as_str())
        .expect("the default module's spec");
    let spec = manifest["specs"][spec_name]
        .as_str()
        .expect("the default module's spec path");

    let dir = repo.join("generated").join(CRATE).join("src").join(module);
    let models = parse(&dir.join("models.rs"));
    let headers = parse(&dir.join("headers.rs"));

    let mut out = String::new();
    writeln!(
        out,
        "/// The module of `{CRATE}` whose models are read: the crate's default."
    )
    .unwrap();
    writeln!(out, "pub const MODULE: &str = {module:?};").unwrap();
    writeln!(out, "/// Its spec, relative to the specs root.").unwrap();
    writeln!(out, "pub const SPEC: &str = {spec:?};").unwrap();
    writeln!(out, "use {CRATE}::{module} as m;").unwrap();

    writeln!(out, "/// Reads `raw` as the model named `model` (its Rust name); `None` when the module has no such model.").unwrap();
    writeln!(
        out,
        "pub fn read_model(model: &str, raw: RawResponse) -> Option<Read> {{"
    )
    .unwrap();
    writeln!(out, "    Some(match model {{").unwrap();
    for item in &models.items {
        if let syn::Item::Struct(s) = item {
            if matches!(s.vis, syn::Visibility::Public(_)) {
                let name = s.ident.to_string();
                writeln!(out, "        {name:?} => read::<m::{name}>(raw),").unwrap();
            }
        }
    }
    writeln!(out, "        _ => return None,\n    }})\n}}").unwrap();

    writeln!(
        out,
        "/// Calls every typed header accessor of a `Response<model>`: each value, or its error."
    )
    .unwrap();
    writeln!(
        out,
        "pub fn read_headers(model: &str, raw: &RawResponse) -> Vec<azure_core::Result<String>> {{"
    )
    .unwrap();
    writeln!(out, "    match model {{").unwrap();
    // headers.rs declares each trait, then seals its `Response<Model>`
    // (`impl crate::runtime::Sealed for ...`), then fills the trait in
    // through `header_accessors!`: the trait's methods are the accessors.
    let mut last_trait: Option<&syn::ItemTrait> = None;
    for item in &headers.items {
        match item {
            syn::Item::Trait(t) if t.ident.to_string().ends_with("Headers") => {
                last_trait = Some(t);
                continue;
            }
            syn::Item::Impl(_) => {}
            _ => continue,
        }
        let syn::Item::Impl(imp) = item else { continue };
        let Some(model) = response_model(&imp.self_ty) else {
            continue;
        };
        let Some(header_trait) = last_trait.take() else {
            continue;
        };
        let trait_name = header_trait.ident.to_string();
        writeln!(out, "        {model:?} => {{").unwrap();
        writeln!(out, "            use m::{trait_name} as _;").unwrap();
        writeln!(
            out,
            "            let response: Response<m::{model}> = raw.clone().into();"
        )
        .unwrap();
        writeln!(out, "            vec![").unwrap();
        for inner in &header_trait.items {
            if let syn::TraitItem::Fn(f) = inner {
                writeln!(
                    out,
                    "                response.{}().map(|v| format!(\"{{v:?}}\")),",
                    f.sig.ident
                )
                .unwrap();
            }
        }
        writeln!(out, "            ]\n        }}").unwrap();
    }
    writeln!(out, "        _ => Vec::new(),\n    }}\n}}").unwrap();

    let out_path = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("client_table.rs");
    std::fs::write(out_path, out).unwrap();
}

fn parse(path: &std::path::Path) -> syn::File {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `X` of `Response<X>`, when `X` is a plain type name.
fn response_model(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Response" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        syn::GenericArgument::Type(syn::Type::Path(inner)) if inner.path.segments.len() == 1 => {
            Some(inner.path.segments[0].ident.to_string())
        }
        _ => None,
    }
}
