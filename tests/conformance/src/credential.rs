//! A credential that hands out one fixed token, so that tests can check the
//! `Authorization` header the client sends.

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::time::{Duration, OffsetDateTime};

/// The token every [`FixedTokenCredential`] of the harness hands out.
pub const TEST_TOKEN: &str = "conformance-test-token";

/// Always returns the same token, valid for an hour from each request.
#[derive(Debug, Clone)]
pub struct FixedTokenCredential {
    token: String,
}

impl FixedTokenCredential {
    /// A credential handing out `token`.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
        }
    }
}

impl Default for FixedTokenCredential {
    fn default() -> Self {
        Self::new(TEST_TOKEN)
    }
}

#[async_trait::async_trait]
impl TokenCredential for FixedTokenCredential {
    async fn get_token(
        &self,
        _scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        Ok(AccessToken::new(
            self.token.clone(),
            OffsetDateTime::now_utc() + Duration::hours(1),
        ))
    }
}
