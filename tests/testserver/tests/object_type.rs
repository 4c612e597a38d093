//! `object-type.json`: bodies of `type: object` without properties. The
//! generated `Object` and `PutBody` models keep every property in their
//! `additional_properties` map, so nothing the server sends is lost.

mod common;

use autorest_object_type::v1_0_0::{
    Object, ObjectTypeClient as Client, ObjectTypeClientOptions as Options, PutBody,
};
use serde_json::json;

client!(Client, Options);

#[tokio::test]
async fn get_and_put_objects() {
    let c = client();
    let read: Object = c.get(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        json!({ "message": "An object was successfully returned" })
    );
    assert_eq!(
        read.additional_properties["message"],
        "An object was successfully returned"
    );
    let mut body = PutBody::default();
    body.additional_properties
        .insert("foo".into(), json!("bar"));
    c.put(body.try_into().unwrap(), None).await.unwrap();
}

#[tokio::test]
async fn an_unexpected_object_is_refused() {
    let mut body = PutBody::default();
    body.additional_properties
        .insert("should".into(), json!("fail"));
    let error = client()
        .put(body.try_into().unwrap(), None)
        .await
        .unwrap_err();
    let model: Object = common::error_model(&error, 400);
    assert_eq!(
        model.additional_properties["message"],
        "The object you passed was incorrect"
    );
}
