//! `documentation`: operations and models whose docs hold lists and text
//! formatting; each operation called as the mock API expects.

mod common;

use azure_core::http::StatusCode;
use spector_documentation::v0000_00_00::{
    BulletPointsEnum, ListsBulletPointsModel, ListsBulletPointsModelBody, TitleClient,
    TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn operations_without_bodies() {
    let c = client();
    let statuses = [
        c.lists_bullet_points_op(None).await.unwrap().status(),
        c.lists_numbered(None).await.unwrap().status(),
        c.text_formatting_bold_text(None).await.unwrap().status(),
        c.text_formatting_italic_text(None).await.unwrap().status(),
        c.text_formatting_combined_formatting(None)
            .await
            .unwrap()
            .status(),
    ];
    assert!(
        statuses.iter().all(|s| *s == StatusCode::NoContent),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn bullet_points_model() {
    let input = ListsBulletPointsModel {
        prop: Some(BulletPointsEnum::Simple),
        ..Default::default()
    };
    let body = ListsBulletPointsModelBody {
        input: Some(input),
        ..Default::default()
    };
    let response = client()
        .lists_bullet_points_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
