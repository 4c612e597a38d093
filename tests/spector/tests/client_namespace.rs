//! `client/namespace`: models of two client namespaces, each read back.

mod common;

use spector_client_namespace::v0000_00_00::{
    SecondClientEnumType, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn client_namespace() {
    let c = client();
    let first = c.first_get_first(None).await.unwrap().into_model().unwrap();
    assert_eq!(first.name.as_deref(), Some("first"));
    let second = c
        .second_get_second(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(second.type_, Some(SecondClientEnumType::Second));
}
