//! `parameters/query`: a constant query parameter (sent by the client on
//! its own) and one whose name starts with `$`.

mod common;

use azure_core::http::StatusCode;
use spector_parameters_query::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn constant() {
    let r = client().constant_post(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn special_char_dollar_sign() {
    let r = client()
        .special_char_dollar_sign("status eq 'active'", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
