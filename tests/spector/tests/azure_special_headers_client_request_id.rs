//! `azure/special-headers/client-request-id`: the `x-ms-client-request-id`
//! header, a UUID the client sends and the server echoes.

mod common;

use azure_core::http::StatusCode;
use spector_azure_special_headers_client_request_id::v0000_00_00::{
    TitleClient, TitleClientGetOptions, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn x_ms_client_request_id() {
    let id = "123e4567-e89b-12d3-a456-426614174000";
    let options = TitleClientGetOptions {
        client_request_id: Some(id.to_owned()),
        ..Default::default()
    };
    let response = client().get(Some(options)).await.unwrap();
    assert_eq!(response.status(), StatusCode::NoContent);
    assert_eq!(
        response
            .headers()
            .get_optional_str(&"x-ms-client-request-id".into()),
        Some(id)
    );
}
