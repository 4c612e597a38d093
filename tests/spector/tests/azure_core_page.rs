//! `azure/core/page`: pageable operations: the standard page, one with a
//! body and query parameters, two item models, a custom page model, a next
//! link relative to the endpoint. (`withParameterizedNextLink` is left
//! out: see docs/spector.md.)

mod common;

use futures::TryStreamExt as _;
use spector_azure_core_page::v2022_12_01_preview::{
    FirstItem, ListItemInputBody, ListItemInputExtensibleEnum, SecondItem, TitleClient,
    TitleClientListWithParametersOptions, TitleClientOptions, User,
};

client!(TitleClient, TitleClientOptions);

/// Checks the mock API's one user, Madge.
fn check_madge(users: &[User]) {
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].id, Some(1));
    assert_eq!(users[0].name.as_deref(), Some("Madge"));
    assert_eq!(
        users[0].etag.as_ref().map(ToString::to_string).as_deref(),
        Some("11bdc430-65e8-45ad-81d9-8ffa60d55b59")
    );
}

/// The (id, name) of each user.
fn ids_and_names(users: &[User]) -> Vec<(Option<i32>, Option<&str>)> {
    users.iter().map(|u| (u.id, u.name.as_deref())).collect()
}

#[tokio::test]
async fn list_with_page() {
    let users: Vec<User> = client()
        .list_with_page(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    check_madge(&users);
}

#[tokio::test]
async fn list_with_parameters() {
    let body = ListItemInputBody {
        input_name: Some("Madge".to_owned()),
        ..Default::default()
    };
    let options = TitleClientListWithParametersOptions {
        another: Some(ListItemInputExtensibleEnum::Second),
        ..Default::default()
    };
    let users: Vec<User> = client()
        .list_with_parameters(body.try_into().unwrap(), Some(options))
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    check_madge(&users);
}

#[tokio::test]
async fn two_models_as_page_item() {
    let c = client();
    let first: Vec<FirstItem> = c
        .two_models_as_page_item_list_first_item(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].id, Some(1));
    let second: Vec<SecondItem> = c
        .two_models_as_page_item_list_second_item(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].name.as_deref(), Some("Madge"));
}

#[tokio::test]
async fn list_with_custom_page_model() {
    let users: Vec<User> = client()
        .list_with_custom_page_model(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    check_madge(&users);
}

#[tokio::test]
async fn with_relative_next_link() {
    let users: Vec<User> = client()
        .with_relative_next_link(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        ids_and_names(&users),
        [(Some(1), Some("User1")), (Some(2), Some("User2"))]
    );
}
