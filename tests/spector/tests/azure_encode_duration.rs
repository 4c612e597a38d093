//! `azure/encode/duration`: a duration in .NET `TimeSpan` form
//! (`d.hh:mm:ss.fffffff`), a string in the Swagger.

mod common;

use azure_core::http::StatusCode;
use spector_azure_encode_duration::v0000_00_00::{DurationModel, TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn duration_constant() {
    let body = DurationModel {
        input: Some("1.02:59:59.5000000".to_owned()),
        ..Default::default()
    };
    let r = client()
        .duration_constant(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}
