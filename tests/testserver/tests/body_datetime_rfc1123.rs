//! `body-datetime-rfc1123.json`: RFC 1123 date-times, sent and read as
//! `OffsetDateTime`.

mod common;

use autorest_body_datetime_rfc1123::v1_0_0::{
    AutoRestRfc1123DateTimeTestServiceClient as Client,
    AutoRestRfc1123DateTimeTestServiceClientOptions as Options,
};
use time::macros::datetime;

client!(Client, Options);

#[tokio::test]
async fn max_and_min() {
    let c = client();
    let max = datetime!(9999-12-31 23:59:59 UTC);
    let min = datetime!(0001-01-01 00:00:00 UTC);
    c.put_utc_max_date_time(max, None).await.unwrap();
    c.put_utc_min_date_time(min, None).await.unwrap();
    // `fri, 31 dec 9999 23:59:59 gmt` and `FRI, 31 DEC 9999 23:59:59 GMT`:
    // the names are read in any case.
    for read in [
        c.get_utc_lowercase_max_date_time(None).await,
        c.get_utc_uppercase_max_date_time(None).await,
    ] {
        assert_eq!(read.unwrap().into_model().unwrap(), max);
    }
    let read = c.get_utc_min_date_time(None).await.unwrap();
    assert_eq!(read.into_model().unwrap(), min);
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_overflow(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_underflow(None).await.unwrap().into_model());
}
