//! `azure/client-generator-core/client-location/move-to-existing-sub-client`:
//! an operation TypeSpec moves from one operation group to another; here
//! each is a method named after its group.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_location_move_to_existing_sub_client::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn user_operations() {
    let c = client();
    let r = c.user_operations_get_user(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c.admin_operations_delete_user(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c.admin_operations_get_admin_info(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
