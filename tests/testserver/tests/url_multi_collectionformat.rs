//! `url-multi-collectionFormat.json`: `collectionFormat: multi` repeats the
//! query parameter once per item.

mod common;

use autorest_url_multi_collectionformat::v1_0_0::{
    AutoRestUrlMutliCollectionFormatTestServiceClient as Client,
    AutoRestUrlMutliCollectionFormatTestServiceClientOptions as Options, *,
};

client!(Client, Options);

#[tokio::test]
async fn multi() {
    let c = client();
    c.array_string_multi_null(None).await.unwrap();
    // No item, no parameter.
    c.array_string_multi_empty(Some(
        AutoRestUrlMutliCollectionFormatTestServiceClientArrayStringMultiEmptyOptions {
            array_query: Some(Vec::new()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    let items = ["ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", "", ""];
    c.array_string_multi_valid(Some(
        AutoRestUrlMutliCollectionFormatTestServiceClientArrayStringMultiValidOptions {
            array_query: Some(items.map(str::to_owned).to_vec()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
}
