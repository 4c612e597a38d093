//! `object-type.json`: bodies of `type: object` without properties.
//!
//! The generated `Object` and `PutBody` models have no fields yet (every
//! model gains a map of unknown properties in a coming change), so the test
//! reads and writes the JSON itself through the generated operations.

mod common;

use autorest_object_type::v1_0_0::{
    ObjectTypeClient as Client, ObjectTypeClientOptions as Options,
};
use serde_json::{json, Value};

client!(Client, Options);

#[tokio::test]
async fn get_and_put_objects() {
    let c = client();
    let read: Value = c.get(None).await.unwrap().into_body().json().unwrap();
    assert_eq!(
        read,
        json!({ "message": "An object was successfully returned" })
    );
    c.put(common::json(&json!({ "foo": "bar" })), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_unexpected_object_is_refused() {
    let error = put_other().await;
    let body: Value = common::error_model(&error, 400);
    assert_eq!(body["message"], "The object you passed was incorrect");
}

async fn put_other() -> azure_core::Error {
    client()
        .put(common::json(&json!({ "should": "fail" })), None)
        .await
        .unwrap_err()
}
