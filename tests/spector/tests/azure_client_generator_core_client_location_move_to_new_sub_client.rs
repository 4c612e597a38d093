//! `azure/client-generator-core/client-location/move-to-new-sub-client`:
//! an operation TypeSpec moves to a new operation group; here each is a
//! method named after its group.

mod common;

use azure_core::http::StatusCode;
use spector_azure_client_generator_core_client_location_move_to_new_sub_client::v0000_00_00::{
    TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn product_operations() {
    let c = client();
    let r = c.product_operations_list_products(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
    let r = c.archive_operations_archive_product(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
