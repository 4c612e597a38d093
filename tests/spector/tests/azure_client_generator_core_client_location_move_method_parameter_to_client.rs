//! `azure/client-generator-core/client-location/move-method-parameter-to-client`:
//! a parameter TypeSpec moves to the client; the Swagger keeps it on the
//! operation.

mod common;

use spector_azure_client_generator_core_client_location_move_method_parameter_to_client::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn blob_operations() {
    let blob = client()
        .blob_operations_get_blob("testaccount", "testcontainer", "testblob.txt", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(blob.id.as_deref(), Some("blob-001"));
    assert_eq!(blob.name.as_deref(), Some("testblob.txt"));
    assert_eq!(blob.size, Some(1024));
    assert_eq!(blob.path.as_deref(), Some("/testcontainer/testblob.txt"));
}
