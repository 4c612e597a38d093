//! The operations a client crate offers, counted in its source with `syn`
//! the same way for any crate, ours or another generator's: an operation
//! is a public method of an inherent `impl` block of a client (a type whose
//! name ends in `Client`) that takes `&self` and a parameter
//! `options: Option<...>`. Both typespec-rust's crates and ours end every
//! operation's parameters with that one, and constructors (`new(...,
//! options: Option<XxxClientOptions>)`, no receiver), accessors (no
//! options) and `pub(crate)` helpers the hand-written part wraps (the
//! official Blob crate's `download_internal`) are not operations.
//!
//! A method of a client that is not reachable from outside the crate
//! (a public method of a type in a private module that is never
//! re-exported) would still count: the official crates re-export their
//! generated clients, ours are public.

use std::path::Path;

use syn::visit::Visit;
use syn::{FnArg, ImplItem, ImplItemFn, Pat, PatType, Type, Visibility};

/// The operations of one Rust source file (see the module docs); a file
/// that does not parse is an error, so that a count never leaves one out
/// silently.
pub fn operations_in(source: &str) -> Result<usize, String> {
    let file = syn::parse_file(source).map_err(|e| e.to_string())?;
    let mut counter = Counter::default();
    counter.visit_file(&file);
    Ok(counter.operations)
}

/// The operations of the `.rs` files in `dir` and its folders, a folder
/// missing counting none (as `rust_lines_under` counts lines).
pub fn operations_under(dir: &Path) -> Result<usize, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(0);
    };
    let mut operations = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            operations += operations_under(&path)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            operations += operations_in(&text)
                .map_err(|e| format!("cannot parse {}: {e}", path.display()))?;
        }
    }
    Ok(operations)
}

#[derive(Default)]
struct Counter {
    operations: usize,
}

impl<'ast> Visit<'ast> for Counter {
    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        if item.trait_.is_none() && is_client(&item.self_ty) {
            self.operations += item
                .items
                .iter()
                .filter(|item| matches!(item, ImplItem::Fn(method) if is_operation(method)))
                .count();
        }
        // Impl blocks inside modules and function bodies too.
        syn::visit::visit_item_impl(self, item);
    }
}

/// Whether `ty` names a client: its last path segment ends in `Client`.
fn is_client(ty: &Type) -> bool {
    matches!(ty, Type::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident.to_string().ends_with("Client")))
}

fn is_operation(method: &ImplItemFn) -> bool {
    matches!(method.vis, Visibility::Public(_))
        && method.sig.receiver().is_some()
        && method.sig.inputs.iter().any(|input| match input {
            FnArg::Typed(parameter) => is_options(parameter),
            FnArg::Receiver(_) => false,
        })
}

/// `options: Option<...>`.
fn is_options(parameter: &PatType) -> bool {
    let named = matches!(&*parameter.pat, Pat::Ident(name) if name.ident == "options");
    let optional = matches!(&*parameter.ty, Type::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "Option"));
    named && optional
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = r#"
        pub struct WidgetClient;
        impl WidgetClient {
            pub fn new(endpoint: &str, options: Option<WidgetClientOptions>) -> Self { todo!() }
            pub fn endpoint(&self) -> &Url { todo!() }
            pub async fn get_widget(&self, name: &str, options: Option<WidgetClientGetWidgetOptions<'_>>) -> Result<Widget> { todo!() }
            pub fn list_widgets(&self, options: Option<WidgetClientListWidgetsOptions<'_>>) -> Result<Pager<Widget>> { todo!() }
            pub(crate) async fn download_internal(&self, options: Option<Internal<'_>>) -> Result<()> { todo!() }
            async fn private(&self, options: Option<Internal<'_>>) -> Result<()> { todo!() }
            pub async fn exists(&self) -> Result<bool> { todo!() }
            pub async fn put(&self, options: WidgetClientPutOptions) -> Result<()> { todo!() }
            pub async fn patch(&self, body: Option<Patch>) -> Result<()> { todo!() }
        }
        impl Default for WidgetClientOptions {
            fn default() -> Self { todo!() }
        }
        impl Helper {
            pub fn run(&self, options: Option<RunOptions>) {}
        }
        mod handwritten {
            impl crate::WidgetClient {
                pub async fn download(&self, options: Option<DownloadOptions<'_>>) -> Result<()> { todo!() }
            }
        }
    "#;

    #[test]
    fn operations_are_public_client_methods_taking_optional_options() {
        // get_widget, list_widgets and the nested module's download: not
        // new (no receiver), endpoint and exists (no options), the
        // pub(crate) and private ones, put (options not an Option), patch
        // (an Option that is not the options), nor
        // the methods of a trait impl or of a type that is no client.
        assert_eq!(operations_in(CLIENT), Ok(3));
        assert!(operations_in("impl WidgetClient {").is_err());
    }

    #[test]
    fn operations_under_a_folder_count_its_folders_and_fail_on_a_bad_file() {
        let dir =
            std::env::temp_dir().join(format!("codegen-bench-operations-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src/generated")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "mod generated;").unwrap();
        std::fs::write(dir.join("src/generated/client.rs"), CLIENT).unwrap();
        std::fs::write(dir.join("src/generated/notes.txt"), "impl X {").unwrap();
        let all = operations_under(&dir.join("src"));
        let missing = operations_under(&dir.join("none"));
        std::fs::write(dir.join("src/broken.rs"), "impl X {").unwrap();
        let broken = operations_under(&dir.join("src"));
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!((all, missing), (Ok(3), Ok(0)));
        assert!(broken.unwrap_err().contains("broken.rs"));
    }
}
