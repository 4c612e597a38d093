//! `type/model/visibility`: a model whose properties are visible in some
//! operations only (read, create, update, delete, query); each operation
//! is sent the properties its mock API expects.

mod common;

use std::collections::HashMap;

use azure_core::http::StatusCode;
use spector_type_model_visibility::v0000_00_00::{
    ReadOnlyModel, TitleClient, TitleClientOptions, VisibilityModel, VisibilityModelDelete,
    VisibilityModelUpdate,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn get_model() {
    let got = client()
        .get_model(123, VisibilityModel::default().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.read_prop.as_deref(), Some("abc"));
    assert_eq!(got.create_prop, None);
    assert_eq!(got.update_prop, None);
}

#[tokio::test]
async fn head_model() {
    let r = client()
        .head_model(123, VisibilityModel::default().try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::Ok);
}

#[tokio::test]
async fn put_model() {
    let body = VisibilityModel {
        create_prop: Some(vec!["foo".to_owned(), "bar".to_owned()]),
        update_prop: Some(vec![1, 2]),
        ..Default::default()
    };
    let r = client()
        .put_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn patch_model() {
    let body = VisibilityModelUpdate {
        update_prop: Some(vec![1, 2]),
        ..Default::default()
    };
    let r = client()
        .patch_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn post_model() {
    let body = VisibilityModel {
        create_prop: Some(vec!["foo".to_owned(), "bar".to_owned()]),
        ..Default::default()
    };
    let r = client()
        .post_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn delete_model() {
    let body = VisibilityModelDelete {
        delete_prop: Some(true),
        ..Default::default()
    };
    let r = client()
        .delete_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NoContent);
}

#[tokio::test]
async fn put_read_only_model() {
    let got = client()
        .put_read_only_model(ReadOnlyModel::default().try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        got.optional_nullable_int_list.as_deref(),
        Some(&[1, 2, 3][..])
    );
    assert_eq!(
        got.optional_string_record,
        Some(HashMap::from([
            ("k1".to_owned(), "value1".to_owned()),
            ("k2".to_owned(), "value2".to_owned())
        ]))
    );
}
