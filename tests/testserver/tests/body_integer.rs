//! `body-integer.json`: 32- and 64-bit integers and Unix times in bodies.

mod common;

use autorest_body_integer::v1_0_0::{
    AutoRestIntegerTestServiceClient as Client, AutoRestIntegerTestServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn put_limits() {
    let client = client();
    client
        .put_max32(i32::MAX.try_into().unwrap(), None)
        .await
        .unwrap();
    client
        .put_min32(i32::MIN.try_into().unwrap(), None)
        .await
        .unwrap();
    client
        .put_max64(i64::MAX.try_into().unwrap(), None)
        .await
        .unwrap();
    client
        .put_min64(i64::MIN.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn overflows_are_errors() {
    let client = client();
    // 2147483656 and -2147483656 do not fit an i32.
    common::assert_data_conversion(client.get_overflow_int32(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_underflow_int32(None).await.unwrap().into_model());
    // ±9223372036854775910 do not fit an i64.
    common::assert_data_conversion(client.get_overflow_int64(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_underflow_int64(None).await.unwrap().into_model());
}

#[tokio::test]
async fn null_and_invalid_are_errors() {
    let client = client();
    common::assert_data_conversion(client.get_null(None).await.unwrap().into_model());
    // `123jkl` is not JSON.
    common::assert_data_conversion(client.get_invalid(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_null_unix_time(None).await.unwrap().into_model());
    common::assert_data_conversion(
        client
            .get_invalid_unix_time(None)
            .await
            .unwrap()
            .into_model(),
    );
}

#[tokio::test]
async fn unix_time() {
    let client = client();
    // `1460505600`, read and sent as the instant it counts to.
    let instant = time::macros::datetime!(2016-04-13 00:00:00 UTC);
    assert_eq!(
        client
            .get_unix_time(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        instant
    );
    client.put_unix_time_date(instant, None).await.unwrap();
}
