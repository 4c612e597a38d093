//! `any-type.json`: bodies of any JSON value.

mod common;

use autorest_any_type::v1_0_0::{AnythingClient as Client, AnythingClientOptions as Options};
use serde_json::json;

client!(Client, Options);

#[tokio::test]
async fn strings_objects_and_arrays() {
    let c = client();
    assert_eq!(
        c.get_string(None).await.unwrap().into_model().unwrap(),
        json!("anything")
    );
    c.put_string(json!("anything").try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        c.get_object(None).await.unwrap().into_model().unwrap(),
        json!({ "message": "An object was successfully returned" })
    );
    c.put_object(json!({ "foo": "bar" }).try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(
        c.get_array(None).await.unwrap().into_model().unwrap(),
        json!(["foo", "bar"])
    );
    c.put_array(json!(["foo", "bar"]).try_into().unwrap(), None)
        .await
        .unwrap();
}
