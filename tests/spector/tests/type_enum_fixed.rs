//! `type/enum/fixed`: a closed string enum read and sent; a value outside
//! it is sent raw, and the server's 500 reaches the caller as an error.

mod common;

use azure_core::http::StatusCode;
use spector_type_enum_fixed::v0000_00_00::{DaysOfWeekEnum, TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn known_value() {
    let c = client();
    let got = c.get_known_value(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, DaysOfWeekEnum::Monday);
    c.put_known_value(common::json(&DaysOfWeekEnum::Monday), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn unknown_value_is_refused() {
    let c = client();
    let error = c
        .put_unknown_value(common::json("Weekend"), None)
        .await
        .unwrap_err();
    assert_eq!(error.http_status(), Some(StatusCode::InternalServerError));
}
