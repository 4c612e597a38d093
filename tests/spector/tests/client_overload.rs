//! `client/overload`: two operations TypeSpec overloads as one client
//! method (all resources, and those of a scope); two methods here.

mod common;

use spector_client_overload::v0000_00_00::{Resource, TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

fn ids_names_scopes(resources: &[Resource]) -> Vec<(Option<&str>, Option<&str>, Option<&str>)> {
    resources
        .iter()
        .map(|r| (r.id.as_deref(), r.name.as_deref(), r.scope.as_deref()))
        .collect()
}

#[tokio::test]
async fn list() {
    let got = client().list(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        ids_names_scopes(&got),
        [
            (Some("1"), Some("foo"), Some("car")),
            (Some("2"), Some("bar"), Some("bike"))
        ]
    );
}

#[tokio::test]
async fn list_by_scope() {
    let got = client()
        .list_by_scope("car", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        ids_names_scopes(&got),
        [(Some("1"), Some("foo"), Some("car"))]
    );
}
