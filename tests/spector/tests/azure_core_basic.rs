//! `azure/core/basic`: the standard Azure resource operations on a user
//! (create or replace, merge-patch update, get, list with the standard
//! query parameters, delete, an action on one and on all).

mod common;

use futures::TryStreamExt as _;
use spector_azure_core_basic::v2022_12_01_preview::{
    TitleClient, TitleClientListOptions, TitleClientOptions, User, UserCreateOrUpdate,
};

client!(TitleClient, TitleClientOptions);

/// Checks a user against the mock API's `{id, name, etag}`.
fn check_user(user: &User, id: i32, name: &str, etag: &str) {
    assert_eq!(user.id, Some(id));
    assert_eq!(user.name.as_deref(), Some(name));
    assert_eq!(
        user.etag.as_ref().map(ToString::to_string).as_deref(),
        Some(etag)
    );
}

const MADGE_ETAG: &str = "11bdc430-65e8-45ad-81d9-8ffa60d55b59";

#[tokio::test]
async fn create_or_update() {
    let body = UserCreateOrUpdate {
        name: Some("Madge".to_owned()),
        ..Default::default()
    };
    let got = client()
        .create_or_update(1, body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_user(&got, 1, "Madge", MADGE_ETAG);
}

#[tokio::test]
async fn create_or_replace() {
    let body = User {
        name: Some("Madge".to_owned()),
        ..Default::default()
    };
    let got = client()
        .create_or_replace(1, body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_user(&got, 1, "Madge", MADGE_ETAG);
}

#[tokio::test]
async fn get() {
    let got = client().get(1, None).await.unwrap().into_model().unwrap();
    check_user(&got, 1, "Madge", MADGE_ETAG);
}

#[tokio::test]
async fn list() {
    let options = TitleClientListOptions {
        top: Some(5),
        skip: Some(10),
        orderby: Some(vec!["id".to_owned()]),
        filter: Some("id lt 10".to_owned()),
        select: Some(vec![
            "id".to_owned(),
            "orders".to_owned(),
            "etag".to_owned(),
        ]),
        expand: Some(vec!["orders".to_owned()]),
        ..Default::default()
    };
    let users: Vec<User> = client()
        .list(Some(options))
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users.len(), 2);
    check_user(&users[0], 1, "Madge", MADGE_ETAG);
    check_user(&users[1], 2, "John", "11bdc430-65e8-45ad-81d9-8ffa60d55b5a");
    for (user, (id, detail)) in users.iter().zip([(1, "a recorder"), (2, "a TV")]) {
        let orders = user.orders.as_deref().unwrap();
        assert_eq!(orders.len(), 1);
        assert_eq!(orders[0].id, Some(id));
        assert_eq!(orders[0].user_id, Some(id));
        assert_eq!(orders[0].detail.as_deref(), Some(detail));
    }
}

#[tokio::test]
async fn delete() {
    let response = client().delete(1, None).await.unwrap();
    assert_eq!(response.status(), azure_core::http::StatusCode::NoContent);
}

#[tokio::test]
async fn export() {
    let got = client()
        .export(1, "json", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_user(&got, 1, "Madge", MADGE_ETAG);
}

#[tokio::test]
async fn export_all_users() {
    let got = client()
        .export_all_users("json", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let users = got.users.as_deref().unwrap();
    assert_eq!(users.len(), 2);
    check_user(&users[0], 1, "Madge", MADGE_ETAG);
    check_user(&users[1], 2, "John", "22bdc430-65e8-45ad-81d9-8ffa60d55b59");
}
