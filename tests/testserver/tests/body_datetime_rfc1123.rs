//! `body-datetime-rfc1123.json`: RFC 1123 date-times, sent and read as
//! their text and parsed with `azure_core::time`.

mod common;

use autorest_body_datetime_rfc1123::v1_0_0::{
    AutoRestRfc1123DateTimeTestServiceClient as Client,
    AutoRestRfc1123DateTimeTestServiceClientOptions as Options,
};
use azure_core::time::{parse_rfc7231, to_rfc7231};
use time::macros::datetime;

client!(Client, Options);

#[tokio::test]
async fn max_and_min() {
    let c = client();
    let max = datetime!(9999-12-31 23:59:59 UTC);
    let min = datetime!(0001-01-01 00:00:00 UTC);
    c.put_utc_max_date_time(to_rfc7231(&max).try_into().unwrap(), None)
        .await
        .unwrap();
    c.put_utc_min_date_time(to_rfc7231(&min).try_into().unwrap(), None)
        .await
        .unwrap();
    let lower = c
        .get_utc_lowercase_max_date_time(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(lower, "fri, 31 dec 9999 23:59:59 gmt");
    let upper = c
        .get_utc_uppercase_max_date_time(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(upper, "FRI, 31 DEC 9999 23:59:59 GMT");
    let text = c
        .get_utc_min_date_time(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(parse_rfc7231(&text).unwrap(), min);
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    for text in [
        c.get_invalid(None).await.unwrap().into_model().unwrap(),
        c.get_overflow(None).await.unwrap().into_model().unwrap(),
        c.get_underflow(None).await.unwrap().into_model().unwrap(),
    ] {
        assert!(parse_rfc7231(&text).is_err(), "{text}");
    }
}
