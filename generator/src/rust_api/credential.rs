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
    let key = key(api);
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

/// The spec's first `apiKey` scheme, as a client's credential.
fn key(api: &Api) -> Option<Auth> {
    api.security.iter().find_map(|s| match s {
        SecurityScheme::ApiKey {
            parameter,
            location,
            ..
        } => Some(Auth::Key {
            parameter: parameter.to_ascii_lowercase(),
            in_query: location == "query",
        }),
        _ => None,
    })
}

/// The API key a client that takes a token may be built with instead
/// (its second constructor, `with_key`): the spec's first `apiKey` scheme
/// where the spec accepts a token or a key (Azure OpenAI, Cognitive
/// Services, Spector's `authentication/union`). A spec's `security` lists
/// alternatives; a client of the token alone would leave a caller holding
/// only the key with no way to call the service. A "key" in the
/// `Authorization` header is left out: that names a signed scheme (Batch's
/// `SharedKey`), a value computed per request from the account key, which
/// sending the key as it is would not satisfy.
pub(crate) fn key_alternative(api: &Api, scope: Option<&str>) -> Option<Auth> {
    match auth(api, scope) {
        Auth::Token {
            optional: false, ..
        } => key(api).filter(|key| {
            !matches!(key, Auth::Key { parameter, in_query: false } if parameter == "authorization")
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// An API whose `security` names the schemes `names` (`key`, `aad`).
    fn api(names: &[&str]) -> Api {
        let security: Vec<String> = names.iter().map(|n| format!(r#"{{"{n}": []}}"#)).collect();
        let spec = format!(
            r#"{{
              "swagger": "2.0",
              "info": {{"title": "Auth", "version": "1"}},
              "securityDefinitions": {{
                "key": {{"type": "apiKey", "name": "X-API-Key", "in": "header"}},
                "shared": {{"type": "apiKey", "name": "Authorization", "in": "header"}},
                "aad": {{"type": "oauth2", "flow": "implicit",
                         "authorizationUrl": "https://login.microsoftonline.com/common/oauth2/authorize",
                         "scopes": {{"https://contoso.com/.default": ""}}}}
              }},
              "security": [{}],
              "paths": {{}}
            }}"#,
            security.join(",")
        );
        crate::lower::load_api_with(Path::new("auth.json"), &|_| Ok(spec.as_bytes().to_vec()))
            .unwrap()
    }

    #[test]
    fn a_spec_taking_a_token_or_a_key_gives_both_constructors() {
        let both = api(&["key", "aad"]);
        assert!(auth(&both, None).takes_token());
        assert_eq!(
            key_alternative(&both, None),
            Some(Auth::Key {
                parameter: "x-api-key".into(),
                in_query: false
            })
        );
        // A signed scheme in `Authorization` is no key to send as it is.
        assert_eq!(key_alternative(&api(&["shared", "aad"]), None), None);
        // One scheme: one constructor.
        assert_eq!(key_alternative(&api(&["aad"]), None), None);
        assert_eq!(key_alternative(&api(&["key"]), None), None);
        // No security, a scope given: the token is optional, no key.
        assert_eq!(key_alternative(&api(&[]), Some("s")), None);
    }
}
