//! `azure/versioning/previewVersion`: a preview api-version beside stable
//! ones; one module per version, each client sending its own.

mod common;

use spector_azure_versioning_previewversion::{v2024_06_01, v2024_12_01_preview as preview};

fn preview_client() -> preview::TitleClient {
    let options = preview::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    preview::TitleClient::new(&common::endpoint(), Some(options)).unwrap()
}

#[tokio::test]
async fn get_widget() {
    let c = preview_client();
    assert_eq!(c.api_version(), "2024-12-01-preview");
    let got = c
        .get_widget("widget-123", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("widget-123"));
    assert_eq!(got.name.as_deref(), Some("Sample Widget"));
    assert_eq!(got.color.as_deref(), Some("blue"));
}

#[tokio::test]
async fn update_widget_color() {
    let body = preview::UpdateWidgetColorRequest {
        color: Some("red".to_owned()),
        ..Default::default()
    };
    let got = preview_client()
        .update_widget_color("widget-123", body.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id.as_deref(), Some("widget-123"));
    assert_eq!(got.name.as_deref(), Some("Sample Widget"));
    assert_eq!(got.color.as_deref(), Some("red"));
}

#[tokio::test]
async fn list_widgets() {
    let options = v2024_06_01::TitleClientOptions {
        client_options: common::client_options(),
        ..Default::default()
    };
    let c = v2024_06_01::TitleClient::new(&common::endpoint(), Some(options)).unwrap();
    assert_eq!(c.api_version(), "2024-06-01");
    let list_options = v2024_06_01::TitleClientListWidgetsOptions {
        name: Some("test".to_owned()),
        ..Default::default()
    };
    let got = c
        .list_widgets(Some(list_options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let widgets = got.widgets.unwrap();
    assert_eq!(widgets.len(), 1);
    assert_eq!(widgets[0].id.as_deref(), Some("widget-1"));
    assert_eq!(widgets[0].name.as_deref(), Some("test"));
}
