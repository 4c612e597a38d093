//! `parameters/body-root`: a body model whose properties come from a
//! nested parameter model (`@bodyRoot`).

mod common;

use azure_core::http::StatusCode;
use spector_parameters_body_root::v0000_00_00::{BodyRootModel, TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn nested() {
    let body = BodyRootModel {
        category: Some("widget".to_owned()),
        link_type: Some("hard".to_owned()),
        was_successful: Some(true),
        ..Default::default()
    };
    let r = client()
        .nested(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
