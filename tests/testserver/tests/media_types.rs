//! `media_types.json`: operations that consume several media types.
//!
//! The generated client sends the first media type the spec lists; a
//! caller cannot pick another yet, so the JSON variants of `analyze_body`
//! (`MediaTypeJson`) are out of reach (see the README).

mod common;

use autorest_media_types::v2_0_preview::{
    MediaTypesClient as Client, MediaTypesClientAnalyzeBodyNoAcceptHeaderOptions,
    MediaTypesClientAnalyzeBodyOptions, MediaTypesClientContentTypeWithEncodingOptions,
    MediaTypesClientOptions as Options,
};
use azure_core::http::RequestContent;

client!(Client, Options);

#[tokio::test]
async fn pdf_bodies() {
    let c = client();
    let answer = c
        .analyze_body(Some(MediaTypesClientAnalyzeBodyOptions {
            input: Some(RequestContent::from(b"PDF".to_vec())),
            ..Default::default()
        }))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer, "Nice job with PDF");
    let response = c
        .analyze_body_no_accept_header(Some(MediaTypesClientAnalyzeBodyNoAcceptHeaderOptions {
            input: Some(RequestContent::from(b"PDF".to_vec())),
            ..Default::default()
        }))
        .await
        .unwrap();
    assert_eq!(u16::from(response.status()), 202);
}

#[tokio::test]
async fn content_type_with_encoding() {
    let answer = client()
        .content_type_with_encoding(Some(MediaTypesClientContentTypeWithEncodingOptions {
            // `text/plain; charset=UTF-8`: the text itself goes.
            input: Some(String::from("input")),
            ..Default::default()
        }))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer, "Nice job sending content type with encoding");
}

#[tokio::test]
async fn binary_bodies() {
    let c = client();
    let bytes = || RequestContent::from(b"\x00\x01binary".to_vec());
    c.binary_body_with_two_content_types(bytes(), None)
        .await
        .unwrap();
    c.binary_body_with_three_content_types(bytes(), None)
        .await
        .unwrap();
    c.body_three_types(RequestContent::from(b"\x00\x01binary".to_vec()), None)
        .await
        .unwrap();
}
