//! `body-duration.json`: ISO 8601 durations in bodies.

mod common;

use autorest_body_duration::v1_0_0::{
    AutoRestDurationTestServiceClient as Client,
    AutoRestDurationTestServiceClientOptions as Options,
};
use autorest_body_duration::Duration;

client!(Client, Options);

#[tokio::test]
async fn positive_durations() {
    let c = client();
    let sent: Duration = "P123DT22H14M12.011S".parse().unwrap();
    c.put_positive_duration(common::json(&sent), None)
        .await
        .unwrap();
    let read = c
        .get_positive_duration(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    // Years and months: kept as sent, no fixed length.
    assert_eq!(read.as_str(), "P3Y6M4DT12H30M5S");
    assert_eq!(read.to_std(), None);
}

#[tokio::test]
async fn null_and_invalid_are_errors() {
    let c = client();
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    // `123ABC` is not ISO 8601.
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
}
