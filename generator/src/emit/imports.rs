//! The `use` items of an emitted file, kept only where the file's code
//! names them.
//!
//! What a module needs depends on its spec (one without pagers, response
//! headers or request bodies needs fewer of `azure_core`'s types), and the
//! generated code must compile without warnings for any spec.

use std::collections::HashSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// `use` items for `body`, then `body`. Each import is `(path, needed_when)`:
/// the import is kept when `body` contains the identifier `needed_when`
/// (the imported name itself, or for a trait imported only for its methods,
/// such as `UrlExt`, one of those methods).
pub(crate) fn with_imports(imports: &[(&str, &str)], body: TokenStream) -> TokenStream {
    let mut names = HashSet::new();
    collect_idents(&body, &mut names);
    let uses = imports
        .iter()
        .filter(|(_, needed_when)| names.contains(*needed_when))
        .map(|(path, _)| {
            let path: TokenStream = path.parse().expect("import paths are valid Rust paths");
            quote!(use #path;)
        });
    quote! {
        #(#uses)*
        // The module's own types: which of them a file names depends on
        // the spec, so the glob may go unused.
        #[allow(unused_imports)]
        use super::*;

        #body
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
}
