//! `body-date.json`: dates (`YYYY-MM-DD`), sent and read as `time::Date`.

mod common;

use autorest_body_date::v1_0_0::{
    AutoRestDateTestServiceClient as Client, AutoRestDateTestServiceClientOptions as Options,
};
use time::macros::date;

client!(Client, Options);

#[tokio::test]
async fn max_and_min() {
    let c = client();
    c.put_max_date(date!(9999 - 12 - 31), None).await.unwrap();
    c.put_min_date(date!(0001 - 01 - 01), None).await.unwrap();
    let max = c.get_max_date(None).await.unwrap().into_model().unwrap();
    assert_eq!(max, date!(9999 - 12 - 31));
    let min = c.get_min_date(None).await.unwrap().into_model().unwrap();
    assert_eq!(min, date!(0001 - 01 - 01));
}

#[tokio::test]
async fn null_and_invalid() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    // `201O-18-90`, `10000000000-12-31`, `0000-00-00`.
    common::assert_data_conversion(c.get_invalid_date(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_overflow_date(None).await.unwrap().into_model());
    common::assert_data_conversion(c.get_underflow_date(None).await.unwrap().into_model());
}
