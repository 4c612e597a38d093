//! `azure/client-generator-core/deserialize-empty-string-as-null`: a
//! response property that is an empty string. The decorator that makes
//! clients read it as null has no Swagger form, so it reads as what it is.

mod common;

use spector_azure_client_generator_core_deserialize_empty_string_as_null::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get() {
    let got = client().get(None).await.unwrap().into_model().unwrap();
    assert_eq!(got.sample_url.as_deref(), Some(""));
}
