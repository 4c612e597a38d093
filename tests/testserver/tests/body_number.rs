//! `body-number.json`: floats, doubles and decimals in bodies.

mod common;

use autorest_body_number::v1_0_0::{
    AutoRestNumberTestServiceClient as Client, AutoRestNumberTestServiceClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn big_and_small_floats() {
    let client = client();
    client
        .put_big_float(3.402823e20f32.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_float(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        3.402823e20
    );
    client
        .put_small_float(3.402823e-20f32.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_small_float(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        3.402823e-20
    );
}

#[tokio::test]
async fn big_and_small_doubles() {
    let client = client();
    client
        .put_big_double(2.5976931e101.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_double(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        2.5976931e101
    );
    client
        .put_big_double_positive_decimal(99999999.99.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_double_positive_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        99999999.99
    );
    client
        .put_big_double_negative_decimal((-99999999.99).try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_double_negative_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        -99999999.99
    );
    client
        .put_small_double(2.5976931e-101.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_small_double(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        2.5976931e-101
    );
}

#[tokio::test]
async fn big_and_small_decimals() {
    let client = client();
    client
        .put_big_decimal(2.5976931e101.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        2.5976931e101
    );
    client
        .put_big_decimal_positive_decimal(99999999.99.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_decimal_positive_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        99999999.99
    );
    client
        .put_big_decimal_negative_decimal((-99999999.99).try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_big_decimal_negative_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        -99999999.99
    );
    client
        .put_small_decimal(2.5976931e-101.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        client
            .get_small_decimal(None)
            .await
            .unwrap()
            .into_model()
            .unwrap(),
        2.5976931e-101
    );
}

#[tokio::test]
async fn null_and_invalid_are_errors() {
    let client = client();
    common::assert_data_conversion(client.get_null(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_invalid_float(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_invalid_double(None).await.unwrap().into_model());
    common::assert_data_conversion(client.get_invalid_decimal(None).await.unwrap().into_model());
}
