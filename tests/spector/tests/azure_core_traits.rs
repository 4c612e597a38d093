//! `azure/core/traits`: Azure.Core's request traits. A read sending the
//! conditional headers (entity tags and HTTP-dates) and a client request
//! ID, answering typed headers; a repeatable action sending
//! `Repeatability-Request-ID` and `Repeatability-First-Sent` (an HTTP-date
//! though typespec-autorest writes `format: date-time`: docs/wire.md).

mod common;

use azure_core::http::{Etag, StatusCode};
use azure_core::Uuid;
use spector_azure_core_traits::v2022_12_01_preview::{
    RepeatabilityResult, TitleClient, TitleClientOptions, TitleClientRepeatableActionOptions,
    TitleClientSmokeTestOptions, UserActionParam, UserActionResponseHeaders as _, UserHeaders as _,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

/// The client request ID the read sends and the server echoes.
const REQUEST_ID: &str = "86aede1f-96fa-4e7f-b1e1-bf8a947cb804";

#[tokio::test]
async fn smoke_test() {
    let request_id = Uuid::parse_str(REQUEST_ID).unwrap();
    let options = TitleClientSmokeTestOptions {
        if_match: Some(Etag::from("\"valid\"")),
        if_none_match: Some(Etag::from("\"invalid\"")),
        // `Thu, 26 Aug 2021 14:38:00 GMT` and `Fri, 26 Aug 2022 14:38:00 GMT`.
        if_modified_since: Some(datetime!(2021-08-26 14:38:00 UTC)),
        if_unmodified_since: Some(datetime!(2022-08-26 14:38:00 UTC)),
        client_request_id: Some(request_id),
        ..Default::default()
    };
    let response = client().smoke_test(1, "123", Some(options)).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(response.bar().unwrap().as_deref(), Some("456"));
    assert_eq!(
        response.etag().unwrap(),
        Some(Etag::from("11bdc430-65e8-45ad-81d9-8ffa60d55b59"))
    );
    assert_eq!(response.x_ms_client_request_id().unwrap(), Some(request_id));
    let user = response.into_model().unwrap();
    assert_eq!(user.id, Some(1));
    assert_eq!(user.name.as_deref(), Some("Madge"));
}

#[tokio::test]
async fn repeatable_action() {
    let options = TitleClientRepeatableActionOptions {
        repeatability_request_id: Some(REQUEST_ID.to_owned()),
        // `Mon, 27 Nov 2023 11:58:00 GMT`.
        repeatability_first_sent: Some(datetime!(2023-11-27 11:58:00 UTC)),
        ..Default::default()
    };
    let body = UserActionParam {
        user_action_value: Some("test".into()),
        ..Default::default()
    };
    let response = client()
        .repeatable_action(1, body.try_into().unwrap(), Some(options))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(
        response.repeatability_result().unwrap(),
        Some(RepeatabilityResult::Accepted)
    );
    let result = response.into_model().unwrap();
    assert_eq!(result.user_action_result.as_deref(), Some("test"));
}
