//! How a module's client authenticates: the credential its constructor
//! takes and the policy that sends it, decided once from the spec's
//! `security` and the scope the caller of the generator may give.

use crate::ir::{Api, SecurityScheme};

/// A client's credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Auth {
    /// No `security` and no scope given: no credential.
    None,
    /// OAuth2 (or the given scope): a token credential for `scope`.
    /// `optional` when the spec declares no `security` (the scope is the
    /// generator's caller's): its requests are valid without a token, as
    /// Storage's are with a SAS in the endpoint URL or on a public
    /// container, so the constructor takes an `Option` (as
    /// `azure_storage_blob`'s clients do) and sends a token only when one
    /// is given.
    Token { scope: String, optional: bool },
    /// Only an `apiKey` scheme: the key, sent in this header (or query
    /// parameter) on every request.
    Key { parameter: String, in_query: bool },
}

impl Auth {
    /// Whether the constructor takes a token credential (optional or not).
    pub(crate) fn takes_token(&self) -> bool {
        matches!(self, Auth::Token { .. })
    }
}

/// The client's authentication: `scope` (given to the generator), else
/// the spec's first OAuth2 scope, else its first `apiKey` scheme, else
/// none.
pub(crate) fn auth(api: &Api, scope: Option<&str>) -> Auth {
    let security = &api.security;
    if let Some(scope) = scope {
        return Auth::Token {
            scope: scope.to_owned(),
            optional: security.is_empty(),
        };
    }
    let oauth = security.iter().find_map(|s| match s {
        SecurityScheme::OAuth2 { scopes, .. } => Some(scopes.first().cloned().unwrap_or_default()),
        _ => None,
    });
    let key = security.iter().find_map(|s| match s {
        SecurityScheme::ApiKey {
            parameter,
            location,
            ..
        } => Some(Auth::Key {
            parameter: parameter.to_ascii_lowercase(),
            in_query: location == "query",
        }),
        _ => None,
    });
    let token = |scope| Auth::Token {
        scope,
        optional: false,
    };
    match (oauth, key) {
        (Some(scope), _) => token(scope),
        (None, Some(key)) => key,
        // Basic only, or nothing: the pipeline sends no credential.
        (None, None) if security.is_empty() => Auth::None,
        (None, None) => token(String::new()),
    }
}
