//! `non-string-enum.json`: integer and float enums, read and sent as their
//! numbers.

mod common;

use autorest_non_string_enum::v2_0_preview::{
    NonStringEnumsClient as Client, NonStringEnumsClientFloatPutOptions,
    NonStringEnumsClientIntPutOptions, NonStringEnumsClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn integer_enum() {
    let c = client();
    let answer = c
        .int_put(Some(NonStringEnumsClientIntPutOptions {
            input: Some(200i64.try_into().unwrap()),
            ..Default::default()
        }))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer, "Nice job posting an int enum");
    assert_eq!(c.int_get(None).await.unwrap().into_model().unwrap(), 429);
}

#[tokio::test]
async fn float_enum() {
    let c = client();
    let answer = c
        .float_put(Some(NonStringEnumsClientFloatPutOptions {
            input: Some(200.4f32.try_into().unwrap()),
            ..Default::default()
        }))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer, "Nice job posting a float enum");
    assert_eq!(
        c.float_get(None).await.unwrap().into_model().unwrap(),
        429.1
    );
}
