//! `payload/multipart` through `@typespec/openapi3`'s rendering (run by
//! `cargo xtask spector --openapi3`): there every file part is
//! `format: binary` and each JSON part its model, where typespec-autorest
//! writes `type: string` for both (`../payload_multipart.rs`), so this
//! rendering's client takes a [`FilePart`] and an [`Address`] where the
//! Swagger one takes text, and the five scenarios whose file parts are
//! `HttpPart<File>` (the JPEG and PNG the mock API expects are not UTF-8)
//! pass here too: every scenario of the folder.

#[path = "../common/mod.rs"]
mod common;

use azure_core::http::StatusCode;
use spector_payload_multipart::multipart::FilePart;
use spector_payload_multipart::v0000_00_00::{
    Address, TitleClient, TitleClientFormDataMultiBinaryPartsOptions as MultiBinaryOptions,
    TitleClientFormDataOptionalPartsOptions as OptionalOptions, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

/// The images the mock API expects, from the installed scenario package.
const JPG: &[u8] = include_bytes!("../../node_modules/@typespec/http-specs/assets/image.jpg");
const PNG: &[u8] = include_bytes!("../../node_modules/@typespec/http-specs/assets/image.png");

fn jpg() -> FilePart {
    FilePart::from(JPG)
}

fn png() -> FilePart {
    FilePart::from(PNG)
}

fn address(city: &str) -> Address {
    Address {
        city: Some(city.to_owned()),
        ..Address::default()
    }
}

#[tokio::test]
async fn basic() {
    client().form_data_basic("123", jpg(), None).await.unwrap();
}

#[tokio::test]
async fn with_wire_name() {
    client()
        .form_data_with_wire_name("123", jpg(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn optional_parts() {
    let c = client();
    let id = OptionalOptions {
        id: Some("123".to_owned()),
        ..Default::default()
    };
    c.form_data_optional_parts(Some(id)).await.unwrap();
    let image = OptionalOptions {
        profile_image: Some(jpg()),
        ..Default::default()
    };
    c.form_data_optional_parts(Some(image)).await.unwrap();
    let both = OptionalOptions {
        id: Some("123".to_owned()),
        profile_image: Some(jpg()),
        ..Default::default()
    };
    c.form_data_optional_parts(Some(both)).await.unwrap();
}

#[tokio::test]
async fn file_array_and_basic() {
    client()
        .form_data_file_array_and_basic("123", address("X"), jpg(), &[png(), png()], None)
        .await
        .unwrap();
}

#[tokio::test]
async fn json_part() {
    client()
        .form_data_json_part(address("X"), jpg(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn binary_array_parts() {
    client()
        .form_data_binary_array_parts("123", &[png(), png()], None)
        .await
        .unwrap();
}

#[tokio::test]
async fn multi_binary_parts() {
    let c = client();
    c.form_data_multi_binary_parts(jpg(), None).await.unwrap();
    let options = MultiBinaryOptions {
        picture: Some(png()),
        ..Default::default()
    };
    c.form_data_multi_binary_parts(jpg(), Some(options))
        .await
        .unwrap();
}

#[tokio::test]
async fn check_file_name_and_content_type() {
    let image = jpg()
        .with_file_name("hello.jpg")
        .with_content_type("image/jpg");
    client()
        .form_data_check_file_name_and_content_type("123", image, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_wrong_content_type_is_refused() {
    // The same call with the default content type: the part's type is checked.
    let image = jpg().with_file_name("hello.jpg");
    let error = client()
        .form_data_check_file_name_and_content_type("123", image, None)
        .await
        .unwrap_err();
    assert_eq!(error.http_status(), Some(StatusCode::BadRequest), "{error}");
}

#[tokio::test]
async fn anonymous_model() {
    client()
        .form_data_anonymous_model(jpg(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn non_string_float() {
    client().non_string_float(0.5, None).await.unwrap();
}

#[tokio::test]
async fn upload_file_specific_content_type() {
    let image = png()
        .with_file_name("image.png")
        .with_content_type("image/png");
    client()
        .file_upload_file_specific_content_type(image, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn upload_file_array() {
    let image = || {
        png()
            .with_file_name("image.png")
            .with_content_type("image/png")
    };
    client()
        .file_upload_file_array(&[image(), image()], None)
        .await
        .unwrap();
}

// The five `HttpPart<File>` scenarios the Swagger rendering cannot send.

#[tokio::test]
async fn image_jpeg_content_type() {
    let image = jpg()
        .with_file_name("hello.jpg")
        .with_content_type("image/jpg");
    client()
        .content_type_image_jpeg_content_type(image, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn required_content_type() {
    let image = jpg()
        .with_file_name("image.jpg")
        .with_content_type("application/octet-stream");
    client()
        .content_type_required_content_type(image, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn optional_content_type() {
    client()
        .content_type_optional_content_type(jpg().with_file_name("image.jpg"), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn json_array_and_file_array() {
    client()
        .http_parts_json_array_and_file_array(
            "123",
            address("X"),
            jpg(),
            &[address("Y"), address("Z")],
            &[png(), png()],
            None,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn upload_file_required_filename() {
    let image = png()
        .with_file_name("image.png")
        .with_content_type("image/png");
    client()
        .file_upload_file_required_filename(image, None)
        .await
        .unwrap();
}
