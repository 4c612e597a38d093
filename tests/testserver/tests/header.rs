//! `header.json`: request headers of every primitive type, and response
//! headers read back.
//!
//! Each status-only response has a marker type and a header trait of its
//! operation's own (`…ResponseIntegerResult`, `…ResponseIntegerResultHeaders`),
//! whose `value()` reads the header typed (a date as `time::Date`, bytes as
//! `Vec<u8>`); strings and enums are compared with the raw header's text.

mod common;

use autorest_header::v1_0_0::{
    AutoRestSwaggerBatHeaderServiceClient as Client,
    AutoRestSwaggerBatHeaderServiceClientOptions as Options, *,
};
use azure_core::http::headers::HeaderName;
use azure_core::http::{NoFormat, Response};
use time::macros::{date, datetime};

client!(Client, Options);

const MULTIBYTE: &str = "啊齄丂狛狜\u{f9f1}\u{f92c}\u{f9f1}\u{fa0c}\u{fa29}";

fn header<T>(response: &Response<T, NoFormat>, name: &'static str) -> Option<String> {
    response
        .headers()
        .get_optional_str(&HeaderName::from_static(name))
        .map(str::to_owned)
}

fn value<T>(response: &Response<T, NoFormat>) -> Option<String> {
    header(response, "value")
}

#[tokio::test]
async fn existing_and_protected_keys() {
    let c = client();
    // `param_existing_key("overwrite")` is not called: azure_core's
    // user-agent policy sets User-Agent after the client (see the README).
    c.param_protected_key("text/html", None).await.unwrap();
    let response = c.response_existing_key(None).await.unwrap();
    assert_eq!(response.user_agent().unwrap().as_deref(), Some("overwrite"));
    let response = c.response_protected_key(None).await.unwrap();
    assert_eq!(
        response.content_type().unwrap().as_deref(),
        Some("text/html; charset=utf-8")
    );
}

#[tokio::test]
async fn numbers() {
    let c = client();
    c.param_integer("positive", 1, None).await.unwrap();
    c.param_integer("negative", -2, None).await.unwrap();
    c.param_long("positive", 105, None).await.unwrap();
    c.param_long("negative", -2, None).await.unwrap();
    c.param_float("positive", 0.07, None).await.unwrap();
    c.param_float("negative", -3.0, None).await.unwrap();
    c.param_double("positive", 7e120, None).await.unwrap();
    c.param_double("negative", -3.0, None).await.unwrap();
    let r = c.response_integer("positive", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(1));
    let r = c.response_integer("negative", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(-2));
    let r = c.response_long("positive", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(105));
    let r = c.response_long("negative", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(-2));
    let r = c.response_float("positive", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(0.07));
    let r = c.response_float("negative", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(-3.0));
    let r = c.response_double("positive", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(7e120));
    let r = c.response_double("negative", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(-3.0));
}

#[tokio::test]
async fn booleans() {
    let c = client();
    c.param_bool("true", true, None).await.unwrap();
    c.param_bool("false", false, None).await.unwrap();
    let r = c.response_bool("true", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(true));
    let r = c.response_bool("false", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(false));
}

#[tokio::test]
async fn strings() {
    let c = client();
    c.param_string(
        "valid",
        Some(AutoRestSwaggerBatHeaderServiceClientParamStringOptions {
            value: Some("The quick brown fox jumps over the lazy dog".into()),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    c.param_string("null", None).await.unwrap();
    c.param_string(
        "empty",
        Some(AutoRestSwaggerBatHeaderServiceClientParamStringOptions {
            value: Some(String::new()),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    let r = c.response_string("valid", None).await.unwrap();
    assert_eq!(
        value(&r).as_deref(),
        Some("The quick brown fox jumps over the lazy dog")
    );
    let r = c.response_string("null", None).await.unwrap();
    assert_eq!(value(&r).as_deref(), Some("null"));
    let r = c.response_string("empty", None).await.unwrap();
    assert_eq!(value(&r).as_deref(), Some(""));
}

#[tokio::test]
async fn enums() {
    let c = client();
    c.param_enum(
        "valid",
        Some(AutoRestSwaggerBatHeaderServiceClientParamEnumOptions {
            value: Some(GreyscaleColors::Grey),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    c.param_enum("null", None).await.unwrap();
    let r = c.response_enum("valid", None).await.unwrap();
    assert_eq!(
        value(&r).map(|v| GreyscaleColors::from(v.as_str())),
        Some(GreyscaleColors::Grey)
    );
    let r = c.response_enum("null", None).await.unwrap();
    assert_eq!(value(&r).as_deref(), Some(""));
}

#[tokio::test]
async fn dates_and_date_times() {
    let c = client();
    c.param_date("valid", date!(2010 - 01 - 01), None)
        .await
        .unwrap();
    c.param_date("min", date!(0001 - 01 - 01), None)
        .await
        .unwrap();
    c.param_datetime("valid", datetime!(2010-01-01 12:34:56 UTC), None)
        .await
        .unwrap();
    c.param_datetime("min", datetime!(0001-01-01 00:00:00 UTC), None)
        .await
        .unwrap();
    c.param_datetime_rfc1123(
        "valid",
        Some(
            AutoRestSwaggerBatHeaderServiceClientParamDatetimeRfc1123Options {
                value: Some(datetime!(2010-01-01 12:34:56 UTC)),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
    c.param_datetime_rfc1123(
        "min",
        Some(
            AutoRestSwaggerBatHeaderServiceClientParamDatetimeRfc1123Options {
                value: Some(datetime!(0001-01-01 00:00:00 UTC)),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
    let r = c.response_date("valid", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(date!(2010 - 01 - 01)));
    let r = c.response_date("min", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(date!(0001 - 01 - 01)));
    let r = c.response_datetime("valid", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(datetime!(2010-01-01 12:34:56 UTC)));
    let r = c.response_datetime("min", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(datetime!(0001-01-01 00:00:00 UTC)));
    let r = c.response_datetime_rfc1123("valid", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(datetime!(2010-01-01 12:34:56 UTC)));
    let r = c.response_datetime_rfc1123("min", None).await.unwrap();
    assert_eq!(r.value().unwrap(), Some(datetime!(0001-01-01 00:00:00 UTC)));
}

#[tokio::test]
async fn durations_and_bytes() {
    let c = client();
    let duration: autorest_header::Duration = "P123DT22H14M12.011S".parse().unwrap();
    c.param_duration("valid", duration.clone(), None)
        .await
        .unwrap();
    let r = c.response_duration("valid", None).await.unwrap();
    let read = r.value().unwrap().unwrap();
    assert_eq!(read.to_std(), duration.to_std());
    c.param_byte("valid", MULTIBYTE.as_bytes().to_vec(), None)
        .await
        .unwrap();
    let r = c.response_byte("valid", None).await.unwrap();
    assert_eq!(r.value().unwrap().as_deref(), Some(MULTIBYTE.as_bytes()));
}

#[tokio::test]
async fn client_request_id() {
    let c = client();
    // azure_core's own way to set it: the ClientRequestIdPolicy reads it
    // from the context.
    let mut options = AutoRestSwaggerBatHeaderServiceClientCustomRequestIdOptions::default();
    options.method_options.context.insert(
        azure_core::http::request::options::ClientRequestId::new(
            "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0".to_owned(),
        ),
    );
    c.custom_request_id(Some(options)).await.unwrap();
}
