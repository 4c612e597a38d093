//! `client/structure/two-operation-group`: two operation groups TypeSpec makes of the operations.
//! The Swagger is the service's own: one client whose `client` path
//! parameter names the structure, and every operation a method.

mod common;

use azure_core::http::StatusCode;
use spector_client_structure_two_operation_group::v0000_00_00::{MultiClient, MultiClientOptions};

fn client() -> MultiClient {
    let options = MultiClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    MultiClient::new(&common::endpoint(), "two-operation-group", Some(options)).unwrap()
}

#[tokio::test]
async fn two_operation_group() {
    let c = client();
    assert_eq!(c.one(None).await.unwrap().status(), StatusCode::NoContent);
    assert_eq!(c.two(None).await.unwrap().status(), StatusCode::NoContent);
    assert_eq!(
        c.foo_three(None).await.unwrap().status(),
        StatusCode::NoContent
    );
    assert_eq!(
        c.foo_four(None).await.unwrap().status(),
        StatusCode::NoContent
    );
    assert_eq!(
        c.bar_five(None).await.unwrap().status(),
        StatusCode::NoContent
    );
    assert_eq!(
        c.bar_six(None).await.unwrap().status(),
        StatusCode::NoContent
    );
}
