//! `client/structure/multi-client`: two clients TypeSpec splits the service's operations into.
//! The Swagger is the service's own: one client whose `client` path
//! parameter names the structure, and every operation a method.

mod common;

use azure_core::http::StatusCode;
use spector_client_structure_multi_client::v0000_00_00::{MultiClient, MultiClientOptions};

fn client() -> MultiClient {
    let options = MultiClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    MultiClient::new(&common::endpoint(), "multi-client", Some(options)).unwrap()
}

#[tokio::test]
async fn multi_client() {
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
