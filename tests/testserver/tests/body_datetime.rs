//! `body-datetime.json`: RFC 3339 date-times, sent and read as their text
//! and parsed with `azure_core::time`.

mod common;

use autorest_body_datetime::v1_0_0::{
    AutoRestDateTimeTestServiceClient as Client,
    AutoRestDateTimeTestServiceClientOptions as Options,
};
use azure_core::time::{parse_rfc3339, OffsetDateTime};
use time::macros::datetime;

client!(Client, Options);

fn parse(text: &str) -> OffsetDateTime {
    // The server writes some in lower case (`9999-12-31t23:59:59.999z`).
    parse_rfc3339(&text.to_ascii_uppercase()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn body(text: &str) -> azure_core::http::RequestContent<String> {
    String::from(text).try_into().unwrap()
}

#[tokio::test]
async fn max_date_times() {
    let c = client();
    c.put_utc_max_date_time(body("9999-12-31T23:59:59.999Z"), None)
        .await
        .unwrap();
    c.put_utc_max_date_time7_digits(body("9999-12-31T23:59:59.9999999Z"), None)
        .await
        .unwrap();
    c.put_local_positive_offset_max_date_time(body("9999-12-31T23:59:59.999+14:00"), None)
        .await
        .unwrap();
    c.put_local_negative_offset_max_date_time(body("9999-12-31T23:59:59.999-14:00"), None)
        .await
        .unwrap();
    let max_utc = datetime!(9999-12-31 23:59:59.999 UTC);
    for text in [
        c.get_utc_lowercase_max_date_time(None).await,
        c.get_utc_uppercase_max_date_time(None).await,
    ] {
        assert_eq!(parse(&text.unwrap().into_model().unwrap()), max_utc);
    }
    let seven = c
        .get_utc_uppercase_max_date_time7_digits(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(seven, "9999-12-31T23:59:59.9999999Z");
    assert_eq!(parse(&seven), datetime!(9999-12-31 23:59:59.9999999 UTC));
    for text in [
        c.get_local_positive_offset_lowercase_max_date_time(None)
            .await,
        c.get_local_positive_offset_uppercase_max_date_time(None)
            .await,
    ] {
        assert_eq!(
            parse(&text.unwrap().into_model().unwrap()),
            datetime!(9999-12-31 23:59:59.999 +14:00)
        );
    }
    for text in [
        c.get_local_negative_offset_lowercase_max_date_time(None)
            .await,
        c.get_local_negative_offset_uppercase_max_date_time(None)
            .await,
    ] {
        // Past 9999-12-31 in UTC: the text is kept, the instant is not
        // representable by every library.
        assert_eq!(
            text.unwrap().into_model().unwrap().to_ascii_uppercase(),
            "9999-12-31T23:59:59.999-14:00"
        );
    }
}

#[tokio::test]
async fn min_date_times() {
    let c = client();
    c.put_utc_min_date_time(body("0001-01-01T00:00:00Z"), None)
        .await
        .unwrap();
    c.put_local_positive_offset_min_date_time(body("0001-01-01T00:00:00+14:00"), None)
        .await
        .unwrap();
    c.put_local_negative_offset_min_date_time(body("0001-01-01T00:00:00-14:00"), None)
        .await
        .unwrap();
    let get = |text: azure_core::Result<azure_core::http::Response<String>>| {
        text.unwrap().into_model().unwrap()
    };
    assert_eq!(
        parse(&get(c.get_utc_min_date_time(None).await)),
        datetime!(0001-01-01 00:00:00 UTC)
    );
    assert_eq!(
        get(c.get_local_positive_offset_min_date_time(None).await),
        "0001-01-01T00:00:00+14:00"
    );
    assert_eq!(
        parse(&get(c.get_local_negative_offset_min_date_time(None).await)),
        datetime!(0001-01-01 00:00:00 -14:00)
    );
    assert_eq!(
        get(c.get_local_no_offset_min_date_time(None).await),
        "0001-01-01T00:00:00"
    );
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    let invalid = c.get_invalid(None).await.unwrap().into_model().unwrap();
    assert!(parse_rfc3339(&invalid).is_err(), "{invalid}");
    let underflow = c.get_underflow(None).await.unwrap().into_model().unwrap();
    assert!(parse_rfc3339(&underflow).is_err(), "{underflow}");
    let overflow = c.get_overflow(None).await.unwrap().into_model().unwrap();
    assert_eq!(overflow, "9999-12-31T23:59:59.999-14:00");
}
