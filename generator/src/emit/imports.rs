//! The `use` items of an emitted file, kept only where the file's code
//! names them: external paths ([`with_imports`]) and the module's own types
//! that other files of the module define ([`import_siblings`]), each by
//! name, as hand-written crates do, rather than a glob.
//!
//! What a module needs depends on its spec (one without pagers, response
//! headers or request bodies needs fewer of `azure_core`'s types), and the
//! generated code must compile without warnings for any spec.

use std::collections::{BTreeSet, HashSet};

use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::visit::Visit;

/// `use` items for `body`, then `body`. Each import is `(path, needed_when)`:
/// the import is kept when `body` contains the identifier `needed_when`
/// (the imported name itself, or for a trait imported only for its methods,
/// such as `UrlExt`, one of those methods: a path listed once per method
/// is imported once when any of them is called).
pub(crate) fn with_imports(imports: &[(&str, &str)], body: TokenStream) -> TokenStream {
    let mut names = HashSet::new();
    collect_idents(&body, &mut names);
    let mut kept = HashSet::new();
    let uses = imports
        .iter()
        .filter(|(path, needed_when)| names.contains(*needed_when) && kept.insert(*path))
        .map(|(path, _)| {
            let path: TokenStream = path.parse().expect("import paths are valid Rust paths");
            quote!(use #path;)
        });
    quote! {
        #(#uses)*

        #body
    }
}

/// The public names a file of a module defines: its structs, enums, traits,
/// type aliases and functions.
pub(crate) fn defined_names(file: &syn::File) -> BTreeSet<String> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(i) if is_pub(&i.vis) => Some(&i.ident),
            syn::Item::Enum(i) if is_pub(&i.vis) => Some(&i.ident),
            syn::Item::Trait(i) if is_pub(&i.vis) => Some(&i.ident),
            syn::Item::Type(i) if is_pub(&i.vis) => Some(&i.ident),
            syn::Item::Fn(i) if is_pub(&i.vis) => Some(&i.sig.ident),
            _ => None,
        })
        .map(ToString::to_string)
        .collect()
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// Adds to `file` a `use super::{...}` of the names it uses that `siblings`
/// (the names each other file of the module defines) define. A name counts
/// as used where a path starts with it (types, expressions, patterns, trait
/// bounds); macro bodies are not read, as the emitted macros name only
/// their own file's types.
pub(crate) fn import_siblings(file: &mut syn::File, siblings: &BTreeSet<String>) {
    let own = defined_names(file);
    let mut used = UsedNames::default();
    used.visit_file(file);
    let names: Vec<_> = used
        .0
        .intersection(siblings)
        .filter(|name| !own.contains(*name))
        .map(|name| format_ident!("{name}"))
        .collect();
    if names.is_empty() {
        return;
    }
    let item: syn::Item = syn::parse_quote!(use super::{#(#names),*};);
    let after_uses = file
        .items
        .iter()
        .take_while(|item| matches!(item, syn::Item::Use(_)))
        .count();
    file.items.insert(after_uses, item);
}

/// The first segments of the paths of a file.
#[derive(Default)]
struct UsedNames(BTreeSet<String>);

impl<'ast> Visit<'ast> for UsedNames {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() {
            if let Some(first) = path.segments.first() {
                self.0.insert(first.ident.to_string());
            }
        }
        syn::visit::visit_path(self, path);
    }
}

fn collect_idents(tokens: &TokenStream, names: &mut HashSet<String>) {
    for token in tokens.clone() {
        match token {
            TokenTree::Ident(ident) => {
                names.insert(ident.to_string());
            }
            TokenTree::Group(group) => collect_idents(&group.stream(), names),
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_imports_the_body_names() {
        let file = with_imports(
            &[
                ("std::sync::Arc", "Arc"),
                ("azure_core::http::Pager", "Pager"),
                ("azure_core::http::UrlExt", "append_path"),
            ],
            quote!(
                fn f(url: &mut Url) -> Arc<()> {
                    url.append_path("/");
                    Arc::new(())
                }
            ),
        )
        .to_string();
        assert!(file.contains("use std :: sync :: Arc ;"), "{file}");
        assert!(
            file.contains("use azure_core :: http :: UrlExt ;"),
            "{file}"
        );
        assert!(!file.contains("Pager"), "{file}");
    }

    /// Device Update 2022-10-01 builds a query on a URL it appends no path
    /// to: `query_builder` alone needs `UrlExt`, and both need it once.
    #[test]
    fn a_trait_is_imported_once_for_any_of_its_methods() {
        let imports = [
            ("azure_core::http::UrlExt", "append_path"),
            ("azure_core::http::UrlExt", "query_builder"),
        ];
        let query_only = with_imports(&imports, quote!(url.query_builder();)).to_string();
        assert_eq!(query_only.matches("UrlExt").count(), 1, "{query_only}");
        let both = with_imports(
            &imports,
            quote!(
                url.append_path("/");
                url.query_builder();
            ),
        )
        .to_string();
        assert_eq!(both.matches("UrlExt").count(), 1, "{both}");
    }

    #[test]
    fn imports_the_sibling_types_a_file_names_and_not_a_variant_of_the_same_name() {
        let mut file: syn::File = syn::parse_quote! {
            use serde::Serialize;
            pub struct Pool { pub state: Option<PoolState>, pub spec: Option<Vec<Spec>> }
            pub enum Mode { Job, Local(Local) }
        };
        let siblings = ["PoolState", "Spec", "Job", "Local", "Other"]
            .map(String::from)
            .into();
        import_siblings(&mut file, &siblings);
        let text = quote!(#file).to_string();
        assert!(
            text.starts_with(
                "use serde :: Serialize ; use super :: { Local , PoolState , Spec } ;"
            ),
            "{text}"
        );
    }
}
