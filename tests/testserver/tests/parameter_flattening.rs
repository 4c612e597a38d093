//! `parameter-flattening.json`: a PATCH whose body is a model with one map
//! (`tags`), and a path parameter with a client name (`avset`). The test
//! server implements no route for it (it counts no scenario), so the test
//! checks what is sent: the body's JSON, and the request reaching the
//! server at the spec's path (answered 404 there).

mod common;

use std::collections::HashMap;

use autorest_parameter_flattening::v1_0_0::{
    AutoRestParameterFlatteningClient as Client,
    AutoRestParameterFlatteningClientOptions as Options, *,
};

client!(Client, Options);

#[tokio::test]
async fn update_sends_the_tags_under_the_client_names() {
    let body = AvailabilitySetUpdateParameters {
        tags: Some(HashMap::from([("tag1".to_owned(), "value1".to_owned())])),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({ "tags": { "tag1": "value1" } })
    );
    let result = client()
        .availability_sets_update("rg", "set", common::json(&body), None)
        .await;
    common::assert_status(result, 404);
}
