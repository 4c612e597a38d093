//! `httpInfrastructure.json`: every success, redirect, client and server
//! failure status per method, retries, and responses of several shapes.
//!
//! The client sees each status as the server sends it: `azure_core` does not
//! follow redirects, so a 3xx the spec lists is a success whose `Location`
//! the caller reads.

mod common;

use autorest_httpinfrastructure::v1_0_0::{
    AutoRestHttpInfrastructureTestServiceClient as Client,
    AutoRestHttpInfrastructureTestServiceClientOptions as Options, A, C, D,
};
use azure_core::http::headers::HeaderName;
use azure_core::http::{NoFormat, Response};

client!(Client, Options);

/// A client that retries quickly: the retry scenarios answer an error
/// first and 200 to the retry.
fn retrying_client() -> Client {
    // The server tells a retry by a cookie it set on the first answer; the
    // default transport keeps no cookies.
    Client::new(
        &common::endpoint(),
        Some(Options {
            client_options: common::retrying_client_options(),
            ..Options::default()
        }),
    )
    .unwrap()
}

fn status<T, F>(response: &Response<T, F>) -> u16 {
    u16::from(response.status())
}

fn location<T>(response: &Response<T, NoFormat>) -> Option<String> {
    response
        .headers()
        .get_optional_str(&HeaderName::from_static("location"))
        .map(str::to_owned)
}

#[tokio::test]
async fn failures_without_error_model() {
    let c = client();
    common::assert_status(c.http_failure_get_empty_error(None).await, 400);
    common::assert_status(c.http_failure_get_no_model_error(None).await, 400);
    common::assert_status(c.http_failure_get_no_model_empty(None).await, 400);
}

#[tokio::test]
async fn successes() {
    let c = client();
    assert_eq!(status(&c.http_success_head200(None).await.unwrap()), 200);
    assert!(c
        .http_success_get200(None)
        .await
        .unwrap()
        .into_model()
        .unwrap());
    assert_eq!(status(&c.http_success_put200(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_success_patch200(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_success_post200(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_success_delete200(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_success_put201(None).await.unwrap()), 201);
    assert_eq!(status(&c.http_success_post201(None).await.unwrap()), 201);
    assert_eq!(status(&c.http_success_put202(None).await.unwrap()), 202);
    assert_eq!(status(&c.http_success_patch202(None).await.unwrap()), 202);
    assert_eq!(status(&c.http_success_post202(None).await.unwrap()), 202);
    assert_eq!(status(&c.http_success_delete202(None).await.unwrap()), 202);
    assert_eq!(status(&c.http_success_head204(None).await.unwrap()), 204);
    assert_eq!(status(&c.http_success_put204(None).await.unwrap()), 204);
    assert_eq!(status(&c.http_success_patch204(None).await.unwrap()), 204);
    assert_eq!(status(&c.http_success_post204(None).await.unwrap()), 204);
    assert_eq!(status(&c.http_success_delete204(None).await.unwrap()), 204);
    // 204 and 404 listed for a HEAD: an exists check.
    assert!(!c.http_success_head404(None).await.unwrap());
}

#[tokio::test]
async fn redirects_are_returned_not_followed() {
    let c = client();
    let r = c.http_redirects_head300(None).await.unwrap();
    assert_eq!(
        (status(&r), location(&r).as_deref()),
        (300, Some("/http/success/head/200"))
    );
    let r = c.http_redirects_get300(None).await.unwrap();
    assert_eq!(status(&r), 300);
    assert_eq!(
        r.into_model().unwrap(),
        vec!["/http/success/get/200".to_owned()]
    );
    let cases = [
        (
            c.http_redirects_head301(None)
                .await
                .map(|r| (status(&r), location(&r))),
            301,
            "/http/success/head/200",
        ),
        (
            c.http_redirects_get301(None)
                .await
                .map(|r| (status(&r), location(&r))),
            301,
            "/http/success/get/200",
        ),
        (
            c.http_redirects_put301(None)
                .await
                .map(|r| (status(&r), location(&r))),
            301,
            "/http/failure/500",
        ),
        (
            c.http_redirects_head302(None)
                .await
                .map(|r| (status(&r), location(&r))),
            302,
            "/http/success/head/200",
        ),
        (
            c.http_redirects_get302(None)
                .await
                .map(|r| (status(&r), location(&r))),
            302,
            "/http/success/get/200",
        ),
        (
            c.http_redirects_patch302(None)
                .await
                .map(|r| (status(&r), location(&r))),
            302,
            "/http/failure/500",
        ),
        (
            c.http_redirects_post303(None)
                .await
                .map(|r| (status(&r), location(&r))),
            303,
            "/http/success/get/200",
        ),
        (
            c.http_redirects_head307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/head/200",
        ),
        (
            c.http_redirects_get307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/get/200",
        ),
        (
            c.http_redirects_put307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/put/200",
        ),
        (
            c.http_redirects_patch307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/patch/200",
        ),
        (
            c.http_redirects_post307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/post/200",
        ),
        (
            c.http_redirects_delete307(None)
                .await
                .map(|r| (status(&r), location(&r))),
            307,
            "/http/success/delete/200",
        ),
    ];
    // Each operation answers its own marker type: compare what was read.
    for (result, code, target) in cases {
        let (status, location) = result.unwrap();
        assert_eq!((status, location.as_deref()), (code, Some(target)));
    }
}

#[tokio::test]
async fn client_failures() {
    let c = client();
    let cases = [
        (
            c.http_client_failure_head400(None)
                .await
                .map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_get400(None).await.map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_put400(None).await.map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_patch400(None)
                .await
                .map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_post400(None)
                .await
                .map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_delete400(None)
                .await
                .map(|r| status(&r)),
            400,
        ),
        (
            c.http_client_failure_head401(None)
                .await
                .map(|r| status(&r)),
            401,
        ),
        (
            c.http_client_failure_get402(None).await.map(|r| status(&r)),
            402,
        ),
        (
            c.http_client_failure_get403(None).await.map(|r| status(&r)),
            403,
        ),
        (
            c.http_client_failure_put404(None).await.map(|r| status(&r)),
            404,
        ),
        (
            c.http_client_failure_patch405(None)
                .await
                .map(|r| status(&r)),
            405,
        ),
        (
            c.http_client_failure_post406(None)
                .await
                .map(|r| status(&r)),
            406,
        ),
        (
            c.http_client_failure_delete407(None)
                .await
                .map(|r| status(&r)),
            407,
        ),
        (
            c.http_client_failure_put409(None).await.map(|r| status(&r)),
            409,
        ),
        (
            c.http_client_failure_head410(None)
                .await
                .map(|r| status(&r)),
            410,
        ),
        (
            c.http_client_failure_get411(None).await.map(|r| status(&r)),
            411,
        ),
        (
            c.http_client_failure_get412(None).await.map(|r| status(&r)),
            412,
        ),
        (
            c.http_client_failure_put413(None).await.map(|r| status(&r)),
            413,
        ),
        (
            c.http_client_failure_patch414(None)
                .await
                .map(|r| status(&r)),
            414,
        ),
        (
            c.http_client_failure_post415(None)
                .await
                .map(|r| status(&r)),
            415,
        ),
        (
            c.http_client_failure_get416(None).await.map(|r| status(&r)),
            416,
        ),
        (
            c.http_client_failure_delete417(None)
                .await
                .map(|r| status(&r)),
            417,
        ),
        (
            c.http_client_failure_head429(None)
                .await
                .map(|r| status(&r)),
            429,
        ),
    ];
    for (result, code) in cases {
        common::assert_status(result, code);
    }
}

#[tokio::test]
async fn server_failures() {
    let c = client();
    common::assert_status(c.http_server_failure_head501(None).await, 501);
    common::assert_status(c.http_server_failure_get501(None).await, 501);
    common::assert_status(c.http_server_failure_post505(None).await, 505);
    common::assert_status(c.http_server_failure_delete505(None).await, 505);
}

#[tokio::test]
async fn retries_reach_the_200() {
    let c = retrying_client();
    assert_eq!(status(&c.http_retry_head408(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_put500(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_patch500(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_get502(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_post503(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_delete503(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_put504(None).await.unwrap()), 200);
    assert_eq!(status(&c.http_retry_patch504(None).await.unwrap()), 200);
}

fn status_code(model: A) -> Option<String> {
    model.status_code
}

#[tokio::test]
async fn scenario_a_200_model_204_none_default_error() {
    let c = client();
    let r = c
        .multiple_responses_get200_model204_no_model_default_error200_valid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("200"));
    let r = c
        .multiple_responses_get200_model204_no_model_default_error204_valid(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 204);
    // 201 and 202 are not in the spec: errors, whatever their body.
    common::assert_status(
        c.multiple_responses_get200_model204_no_model_default_error201_invalid(None)
            .await,
        201,
    );
    common::assert_status(
        c.multiple_responses_get200_model204_no_model_default_error202_none(None)
            .await,
        202,
    );
    common::assert_status(
        c.multiple_responses_get200_model204_no_model_default_error400_valid(None)
            .await,
        400,
    );
}

#[tokio::test]
async fn scenario_b_200_model_201_model_default_error() {
    let c = client();
    let r = c
        .multiple_responses_get200_model201_model_default_error200_valid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("200"));
    let r = c
        .multiple_responses_get200_model201_model_default_error201_valid(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 201);
    // The 201's model B shares A's `statusCode`.
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("201"));
    common::assert_status(
        c.multiple_responses_get200_model201_model_default_error400_valid(None)
            .await,
        400,
    );
}

#[tokio::test]
async fn scenario_c_200_a_201_c_404_d_default_error() {
    let c = client();
    let r = c
        .multiple_responses_get200_model_a201_model_c404_model_d_default_error200_valid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("200"));
    // Other statuses carry other models: read from the body by status.
    let r = c
        .multiple_responses_get200_model_a201_model_c404_model_d_default_error201_valid(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 201);
    let model: C = r.into_body().json().unwrap();
    assert_eq!(model.http_code.as_deref(), Some("201"));
    // A listed 4xx is an error (unless `x-ms-error-response: false`); its
    // model is read from the error's raw response.
    let error = c
        .multiple_responses_get200_model_a201_model_c404_model_d_default_error404_valid(None)
        .await
        .unwrap_err();
    let model: D = common::error_model(&error, 404);
    assert_eq!(model.http_status_code.as_deref(), Some("404"));
    common::assert_status(
        c.multiple_responses_get200_model_a201_model_c404_model_d_default_error400_valid(None)
            .await,
        400,
    );
}

#[tokio::test]
async fn scenario_d_202_none_204_none() {
    let c = client();
    let r = c
        .multiple_responses_get202_none204_none_default_error202_none(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 202);
    let r = c
        .multiple_responses_get202_none204_none_default_error204_none(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 204);
    common::assert_status(
        c.multiple_responses_get202_none204_none_default_error400_valid(None)
            .await,
        400,
    );
    // A body where the spec says none is ignored.
    let r = c
        .multiple_responses_get202_none204_none_default_none202_invalid(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 202);
    let r = c
        .multiple_responses_get202_none204_none_default_none204_none(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 204);
    common::assert_status(
        c.multiple_responses_get202_none204_none_default_none400_none(None)
            .await,
        400,
    );
    common::assert_status(
        c.multiple_responses_get202_none204_none_default_none400_invalid(None)
            .await,
        400,
    );
}

#[tokio::test]
async fn scenario_f_g_default_only() {
    let c = client();
    let r = c
        .multiple_responses_get_default_model_a200_valid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("200"));
    let r = c
        .multiple_responses_get_default_model_a200_none(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 200);
    common::assert_status(
        c.multiple_responses_get_default_model_a400_valid(None)
            .await,
        400,
    );
    common::assert_status(
        c.multiple_responses_get_default_model_a400_none(None).await,
        400,
    );
    let r = c
        .multiple_responses_get_default_none200_invalid(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 200);
    let r = c
        .multiple_responses_get_default_none200_none(None)
        .await
        .unwrap();
    assert_eq!(status(&r), 200);
    common::assert_status(
        c.multiple_responses_get_default_none400_invalid(None).await,
        400,
    );
    common::assert_status(
        c.multiple_responses_get_default_none400_none(None).await,
        400,
    );
}

#[tokio::test]
async fn scenario_h_200_model_a() {
    let c = client();
    // 200 without a body: no model to read.
    let r = c
        .multiple_responses_get200_model_a200_none(None)
        .await
        .unwrap();
    common::assert_data_conversion(r.into_model());
    let r = c
        .multiple_responses_get200_model_a200_valid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()).as_deref(), Some("200"));
    // An unknown property only: every field is None.
    let r = c
        .multiple_responses_get200_model_a200_invalid(None)
        .await
        .unwrap();
    assert_eq!(status_code(r.into_model().unwrap()), None);
    common::assert_status(c.multiple_responses_get200_model_a400_none(None).await, 400);
    common::assert_status(
        c.multiple_responses_get200_model_a400_valid(None).await,
        400,
    );
    common::assert_status(
        c.multiple_responses_get200_model_a400_invalid(None).await,
        400,
    );
    common::assert_status(
        c.multiple_responses_get200_model_a202_valid(None).await,
        202,
    );
}
