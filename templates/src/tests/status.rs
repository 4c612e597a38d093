//! `check_status` and `error_body`: how a failed call becomes an
//! `azure_core::Error` that keeps the service's answer.

use azure_core::{
    error::ErrorKind,
    http::{headers::Headers, RawResponse, StatusCode},
};

use crate::runtime::{check_status, error_body};

fn response(status: StatusCode, headers: &[(&'static str, &str)], body: &str) -> RawResponse {
    let mut map = Headers::new();
    for (name, value) in headers {
        map.insert(*name, value.to_string());
    }
    RawResponse::from_bytes(status, map, body.as_bytes().to_vec())
}

/// The error's status, code and message.
fn failure(raw: RawResponse, success: &[u16]) -> (StatusCode, Option<String>, String) {
    let error = check_status(raw, success).expect_err("not a success status");
    match error.kind() {
        ErrorKind::HttpResponse {
            status, error_code, ..
        } => (*status, error_code.clone(), error.to_string()),
        other => panic!("not an HTTP error: {other:?}"),
    }
}

#[test]
fn a_success_status_passes_through_untouched() {
    let raw = check_status(response(StatusCode::Accepted, &[], "{}"), &[200, 202]).unwrap();
    assert_eq!(raw.status(), StatusCode::Accepted);
    assert_eq!(raw.body().as_ref(), b"{}");
}

#[test]
fn the_code_comes_from_the_header_before_the_body() {
    let (status, code, message) = failure(
        response(
            StatusCode::Conflict,
            &[("x-ms-error-code", "FromHeader")],
            r#"{"code":"FromBody","message":"taken"}"#,
        ),
        &[200],
    );
    assert_eq!(status, StatusCode::Conflict);
    assert_eq!(code.as_deref(), Some("FromHeader"));
    assert!(message.ends_with(": taken"), "{message}");
}

#[test]
fn both_error_shapes_give_code_and_message() {
    // Batch's shape: `code` and `message.value` at the top.
    let batch = r#"{"code":"PoolNotFound","message":{"lang":"en-US","value":"no pool"}}"#;
    let (_, code, message) = failure(response(StatusCode::NotFound, &[], batch), &[200]);
    assert_eq!(code.as_deref(), Some("PoolNotFound"));
    assert!(message.ends_with(": no pool"), "{message}");
    // The Azure shape: inside `error`.
    let azure = r#"{"error":{"code":"BadThing","message":"it is bad"}}"#;
    let (_, code, message) = failure(response(StatusCode::BadRequest, &[], azure), &[200]);
    assert_eq!(code.as_deref(), Some("BadThing"));
    assert!(message.ends_with(": it is bad"), "{message}");
    // Names in any case, as a spec may spell them (Data Lake's `Code`);
    // the exact name wins over another case.
    let spelled = r#"{"Error":{"Code":"PathNotFound","MESSAGE":"no path","message":"exact"}}"#;
    let (_, code, message) = failure(response(StatusCode::NotFound, &[], spelled), &[200]);
    assert_eq!(code.as_deref(), Some("PathNotFound"));
    assert!(message.ends_with(": exact"), "{message}");
}

#[test]
fn a_body_that_is_not_json_still_gives_the_status() {
    let (status, code, message) = failure(
        response(StatusCode::InternalServerError, &[], "<html>oops"),
        &[200],
    );
    assert_eq!(status, StatusCode::InternalServerError);
    assert_eq!(code, None);
    assert!(!message.contains("oops"), "{message}");
}

#[test]
fn the_error_model_is_read_back_from_the_kept_response() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct ServiceError {
        code: String,
    }
    let error = check_status(
        response(StatusCode::NotFound, &[], r#"{"code":"Gone"}"#),
        &[200],
    )
    .unwrap_err();
    assert_eq!(
        error_body::<ServiceError>(&error),
        Some(ServiceError {
            code: "Gone".into()
        })
    );
    let other = azure_core::Error::with_message(ErrorKind::Other, "no response");
    assert_eq!(error_body::<ServiceError>(&other), None);
}
