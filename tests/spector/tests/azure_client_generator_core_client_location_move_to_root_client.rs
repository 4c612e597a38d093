//! `azure/client-generator-core/client-location/move-to-root-client`: an
//! operation TypeSpec moves from an operation group to the root client.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_location_move_to_root_client::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn resource_operations() {
    let c = client();
    let r = c.resource_operations_get_resource(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c.get_health_status(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
