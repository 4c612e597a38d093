//! `error-with-secrets.json`: an error response read through the generated
//! error-model trait.
//!
//! `create_secret` needs the spec's `SharedKey` apiKey scheme, which the
//! generator does not support yet (see the README).

mod common;

use autorest_error_with_secrets::v1_0_0::{
    ErrorResponseExt as _, ErrorWithSecretsClient as Client,
    ErrorWithSecretsClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn error_with_secrets() {
    let error = client().get_error_with_secrets(None).await.unwrap_err();
    let raw: serde_json::Value = common::error_model(&error, 403);
    assert_eq!(raw["primaryKey"], "1c88a67921784300a462b2cb61da2339");
    // The server's `details[0].innererror` is a string where the spec says
    // an `InnerError` object: the typed error model does not parse, the raw
    // body stays readable.
    assert!(error.error_response().is_none());
    assert_eq!(raw["error"]["code"], "Unauthorized");
    assert_eq!(
        raw["error"]["message"],
        "The user 'user@contoso.com' is unauthorized."
    );
}
