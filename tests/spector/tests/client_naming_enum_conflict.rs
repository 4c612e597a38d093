//! `client/naming/enum-conflict`: two enums of one name in two namespaces,
//! each a type of its own here (`Status`, `SecondStatus`).

mod common;

use spector_client_naming_enum_conflict::v0000_00_00::{
    FirstNamespaceFirstModel, SecondNamespaceSecondModel, SecondStatus, Status, TitleClient,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn first_operations_first() {
    let body = FirstNamespaceFirstModel {
        status: Some(Status::Active),
        name: Some("test".to_owned()),
        ..Default::default()
    };
    let got = client()
        .first_operations_first(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.status, Some(Status::Active));
    assert_eq!(got.name.as_deref(), Some("test"));
}

#[tokio::test]
async fn second_operations_second() {
    let body = SecondNamespaceSecondModel {
        status: Some(SecondStatus::Running),
        description: Some("test description".to_owned()),
        ..Default::default()
    };
    let got = client()
        .second_operations_second(body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.status, Some(SecondStatus::Running));
    assert_eq!(got.description.as_deref(), Some("test description"));
}
