//! `server/path/multiple`: a server URL template with the api-version as a
//! path segment (`{endpoint}/server/path/multiple/{apiVersion}`), under
//! which the operations' own paths go.

mod common;

use azure_core::http::StatusCode;
use spector_server_path_multiple::v1_0::{
    ServerPathMultipleClient, ServerPathMultipleClientOptions,
};

fn client() -> ServerPathMultipleClient {
    let options = ServerPathMultipleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    ServerPathMultipleClient::new(&common::endpoint(), "v1.0", Some(options)).unwrap()
}

#[tokio::test]
async fn no_operation_params() {
    let r = client().no_operation_params(None).await.unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn with_operation_path_param() {
    let r = client()
        .with_operation_path_param("test", None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
