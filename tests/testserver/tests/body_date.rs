//! `body-date.json`: dates (`YYYY-MM-DD`), sent and read as their text.

mod common;

use autorest_body_date::v1_0_0::{
    AutoRestDateTestServiceClient as Client, AutoRestDateTestServiceClientOptions as Options,
};
use time::{format_description::well_known::Iso8601, Date};

client!(Client, Options);

fn date(text: &str) -> Result<Date, time::error::Parse> {
    Date::parse(text, &Iso8601::DEFAULT)
}

#[tokio::test]
async fn max_and_min() {
    let c = client();
    c.put_max_date(String::from("9999-12-31").try_into().unwrap(), None)
        .await
        .unwrap();
    c.put_min_date(String::from("0001-01-01").try_into().unwrap(), None)
        .await
        .unwrap();
    let max = c.get_max_date(None).await.unwrap().into_model().unwrap();
    assert_eq!(max, "9999-12-31");
    assert!(date(&max).is_ok());
    let min = c.get_min_date(None).await.unwrap().into_model().unwrap();
    assert_eq!(min, "0001-01-01");
    assert!(date(&min).is_ok());
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    for text in [
        c.get_invalid_date(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        c.get_overflow_date(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        c.get_underflow_date(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
    ] {
        assert!(date(&text).is_err(), "{text}");
    }
}
