//! `body-time.json`: a `time` (`HH:MM:SS`) body, sent and read as
//! `time::Time`.

mod common;

use autorest_body_time::v1_0_0::{
    AutoRestTimeTestServiceClient as Client, AutoRestTimeTestServiceClientOptions as Options,
};
use time::macros::time;

client!(Client, Options);

#[tokio::test]
async fn get_and_put() {
    let c = client();
    assert_eq!(
        c.get(None).await.unwrap().into_model().unwrap(),
        time!(11:34:56)
    );
    let answer = c
        .put(time!(08:07:56), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer, "Nice job posting time");
}
