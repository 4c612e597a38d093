//! `special-headers/repeatability`: `Repeatability-Request-ID` and
//! `Repeatability-First-Sent` (an HTTP-date though typespec-autorest writes
//! `format: date-time`: docs/wire.md), answered with
//! `Repeatability-Result`.

mod common;

use azure_core::http::StatusCode;
use spector_special_headers_repeatability::v0000_00_00::{
    ImmediateSuccessResponseRepeatabilityResult, TitleClient,
    TitleClientImmediateSuccessResultHeaders as _, TitleClientOptions,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn immediate_success() {
    let response = client()
        .immediate_success(
            "2378d9bc-1726-11ee-be56-0242ac120002",
            // `Tue, 15 Nov 2022 12:45:26 GMT`.
            datetime!(2022-11-15 12:45:26 UTC),
            None,
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
    assert_eq!(
        response.repeatability_result().unwrap(),
        Some(ImmediateSuccessResponseRepeatabilityResult::Accepted)
    );
}
