//! `body-byte.json`: base64 bodies, sent and read as their wire text and
//! decoded with `azure_core::base64`.

mod common;

use autorest_body_byte::v1_0_0::{
    AutoRestSwaggerBatByteServiceClient as Client,
    AutoRestSwaggerBatByteServiceClientOptions as Options,
};
use azure_core::base64;

client!(Client, Options);

const NON_ASCII: [u8; 10] = [255, 254, 253, 252, 251, 250, 249, 248, 247, 246];

#[tokio::test]
async fn non_ascii_bytes() {
    let c = client();
    c.put_non_ascii(base64::encode(NON_ASCII).try_into().unwrap(), None)
        .await
        .unwrap();
    let text = c.get_non_ascii(None).await.unwrap().into_model().unwrap();
    assert_eq!(base64::decode(text).unwrap(), NON_ASCII);
}

#[tokio::test]
async fn empty_null_and_invalid() {
    let c = client();
    let empty = c.get_empty(None).await.unwrap().into_model().unwrap();
    assert_eq!(base64::decode(empty).unwrap(), Vec::<u8>::new());
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    let invalid = c.get_invalid(None).await.unwrap().into_model().unwrap();
    assert!(base64::decode(&invalid).is_err(), "{invalid}");
}
