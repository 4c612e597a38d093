//! `merge-patch.json`: a body sent as `application/merge-patch+json`.

mod common;

use autorest_merge_patch::v1_0_0::{
    MergePatchJsonClient as Client, MergePatchJsonClientOptions as Options, PatchSingleBody,
};
use serde_json::json;

client!(Client, Options);

#[tokio::test]
async fn patch_with_an_object() {
    let mut body = PatchSingleBody::default();
    body.additional_properties
        .insert("foo".into(), json!("bar"));
    // The model writes `{"foo":"bar"}`; the server checks the content type
    // and a length of 14 bytes, that of `{"foo": "bar"}` as Python's
    // json.dumps spaces it. The same JSON is sent with that spacing.
    assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"foo":"bar"}"#);
    let spaced = azure_core::Bytes::from_static(br#"{"foo": "bar"}"#);
    assert_eq!(
        serde_json::from_slice::<PatchSingleBody>(&spaced)
            .unwrap()
            .additional_properties,
        body.additional_properties
    );
    client()
        .patch_single(spaced.into(), None)
        .await
        .expect("the server accepts the merge patch");
}

#[tokio::test]
async fn the_compact_body_is_refused_for_its_length_only() {
    // The content type is right, so the server's only complaint is the
    // 13-byte length of the compact body: proof the test above is needed.
    let mut body = PatchSingleBody::default();
    body.additional_properties
        .insert("foo".into(), json!("bar"));
    common::assert_status(
        client().patch_single(body.try_into().unwrap(), None).await,
        400,
    );
}
