//! `body-byte.json`: base64 bodies, sent and read as `Vec<u8>`.

mod common;

use autorest_body_byte::v1_0_0::{
    AutoRestSwaggerBatByteServiceClient as Client,
    AutoRestSwaggerBatByteServiceClientOptions as Options,
};

client!(Client, Options);

const NON_ASCII: [u8; 10] = [255, 254, 253, 252, 251, 250, 249, 248, 247, 246];

#[tokio::test]
async fn non_ascii_bytes() {
    let c = client();
    c.put_non_ascii(NON_ASCII.to_vec(), None).await.unwrap();
    let bytes = c.get_non_ascii(None).await.unwrap().into_model().unwrap();
    assert_eq!(bytes, NON_ASCII);
}

#[tokio::test]
async fn empty_null_and_invalid() {
    let c = client();
    let empty = c.get_empty(None).await.unwrap().into_model().unwrap();
    assert_eq!(empty, Vec::<u8>::new());
    common::assert_data_conversion(c.get_null(None).await.unwrap().into_model());
    // `::::SWAGGER::::`.
    common::assert_data_conversion(c.get_invalid(None).await.unwrap().into_model());
}
