//! `body-datetime.json`: RFC 3339 date-times, sent and read as
//! `OffsetDateTime`.

mod common;

use autorest_body_datetime::v1_0_0::{
    AutoRestDateTimeTestServiceClient as Client,
    AutoRestDateTimeTestServiceClientOptions as Options,
};
use time::macros::datetime;

client!(Client, Options);

#[tokio::test]
async fn max_date_times() {
    let c = client();
    c.put_utc_max_date_time(datetime!(9999-12-31 23:59:59.999 UTC), None)
        .await
        .unwrap();
    c.put_utc_max_date_time7_digits(datetime!(9999-12-31 23:59:59.9999999 UTC), None)
        .await
        .unwrap();
    c.put_local_positive_offset_max_date_time(datetime!(9999-12-31 23:59:59.999 +14:00), None)
        .await
        .unwrap();
    c.put_local_negative_offset_max_date_time(datetime!(9999-12-31 23:59:59.999 -14:00), None)
        .await
        .unwrap();
    let max_utc = datetime!(9999-12-31 23:59:59.999 UTC);
    // `9999-12-31t23:59:59.999z` and `9999-12-31T23:59:59.999Z`.
    for read in [
        c.get_utc_lowercase_max_date_time(None).await,
        c.get_utc_uppercase_max_date_time(None).await,
    ] {
        assert_eq!(read.unwrap().into_model().unwrap(), max_utc);
    }
    let seven = c
        .get_utc_uppercase_max_date_time7_digits(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(seven, datetime!(9999-12-31 23:59:59.9999999 UTC));
    for read in [
        c.get_local_positive_offset_lowercase_max_date_time(None)
            .await,
        c.get_local_positive_offset_uppercase_max_date_time(None)
            .await,
    ] {
        assert_eq!(
            read.unwrap().into_model().unwrap(),
            datetime!(9999-12-31 23:59:59.999 +14:00)
        );
    }
    for read in [
        c.get_local_negative_offset_lowercase_max_date_time(None)
            .await,
        c.get_local_negative_offset_uppercase_max_date_time(None)
            .await,
    ] {
        assert_eq!(
            read.unwrap().into_model().unwrap(),
            datetime!(9999-12-31 23:59:59.999 -14:00)
        );
    }
}

#[tokio::test]
async fn min_date_times() {
    let c = client();
    c.put_utc_min_date_time(datetime!(0001-01-01 00:00:00 UTC), None)
        .await
        .unwrap();
    c.put_local_positive_offset_min_date_time(datetime!(0001-01-01 00:00:00 +14:00), None)
        .await
        .unwrap();
    c.put_local_negative_offset_min_date_time(datetime!(0001-01-01 00:00:00 -14:00), None)
        .await
        .unwrap();
    assert_eq!(
        c.get_utc_min_date_time(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        datetime!(0001-01-01 00:00:00 UTC)
    );
    assert_eq!(
        c.get_local_positive_offset_min_date_time(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        datetime!(0001-01-01 00:00:00 +14:00)
    );
    assert_eq!(
        c.get_local_negative_offset_min_date_time(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        datetime!(0001-01-01 00:00:00 -14:00)
    );
    // `0001-01-01T00:00:00`, without an offset: read as UTC.
    assert_eq!(
        c.get_local_no_offset_min_date_time(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        datetime!(0001-01-01 00:00:00 UTC)
    );
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_underflow(None).await.unwrap().into_model());
    // `9999-12-31T23:59:59.999-14:00`: past year 9999 in UTC, still a
    // valid date-time with its offset.
    let overflow = c.get_overflow(None).await.unwrap().into_model().unwrap();
    assert_eq!(overflow, datetime!(9999-12-31 23:59:59.999 -14:00));
}
