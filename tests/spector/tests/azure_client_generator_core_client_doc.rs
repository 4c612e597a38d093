//! `azure/client-generator-core/client-doc`: documentation meant for
//! clients only; the operation itself sends and reads a plant.

mod common;

use spector_azure_client_generator_core_client_doc::v0000_00_00::{
    DocumentationPlant, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn documentation() {
    let body = DocumentationPlant {
        name: Some("Rose".to_owned()),
        species: Some("Rosa".to_owned()),
        ..Default::default()
    };
    let got = client()
        .documentation_harvest(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.name.as_deref(), Some("Rose"));
    assert_eq!(got.species.as_deref(), Some("Rosa"));
}
