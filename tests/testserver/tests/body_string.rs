//! `body-string.json`: strings, single-value string enums and enums in
//! bodies.

mod common;

use autorest_body_string::v1_0_0::{
    AutoRestSwaggerBatServiceClient as Client, AutoRestSwaggerBatServiceClientOptions as Options,
    AutoRestSwaggerBatServiceClientStringPutNullOptions, ColorConstant, Colors, RefColorConstant,
    StringGetEmptyResponse200, StringGetMbcsResponse200, StringGetWhitespaceResponse200,
    StringPutEmptyBody, StringPutMbcsBody, StringPutWhitespaceBody,
};

client!(Client, Options);

const MBCS: &str = "啊齄丂狛狜\u{f9f1}\u{f92c}\u{f9f1}\u{fa0c}\u{fa29}ˊ〞〡￤℡㈱‐ー﹡﹢﹫、〓ⅰⅹ⒈€㈠㈩ⅠⅫ！￣ぁんァヶΑ︴АЯаяāɡㄅㄩ─╋︵﹄︻︱︳︴ⅰⅹɑ\u{e7c7}ɡ〇〾⿻⺁\u{e843}䜣\u{e864}€";
const WHITESPACE: &str =
    "    Now is the time for all good men to come to the aid of their country    ";

#[tokio::test]
async fn null_and_not_provided() {
    let client = client();
    // 200 without a body: no string to read.
    common::assert_data_conversion(client.string_get_null(None).await.unwrap().into_model());
    common::assert_data_conversion(
        client
            .string_get_not_provided(None)
            .await
            .unwrap()
            .into_model(),
    );
    // The body is optional: none is sent.
    client
        .string_put_null(Some(
            AutoRestSwaggerBatServiceClientStringPutNullOptions::default(),
        ))
        .await
        .unwrap();
}

#[tokio::test]
async fn empty() {
    let client = client();
    let empty = client
        .string_get_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(empty, StringGetEmptyResponse200::Empty);
    assert_eq!(empty.as_str(), "");
    client
        .string_put_empty(StringPutEmptyBody::Empty.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn multi_byte_characters() {
    let client = client();
    let mbcs = client
        .string_get_mbcs(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(mbcs.as_str(), MBCS);
    assert!(matches!(mbcs, StringGetMbcsResponse200::Symbol), "{mbcs:?}");
    client
        .string_put_mbcs(StringPutMbcsBody::Symbol.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn leading_and_trailing_whitespace() {
    let client = client();
    let text = client
        .string_get_whitespace(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(text.as_str(), WHITESPACE);
    assert!(matches!(
        text,
        StringGetWhitespaceResponse200::NowIsTheTimeForAllGoodMenToComeToTheAidOfTheirCountry
    ));
    client
        .string_put_whitespace(
            StringPutWhitespaceBody::NowIsTheTimeForAllGoodMenToComeToTheAidOfTheirCountry
                .try_into()
                .unwrap(),
            None,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn enums() {
    let client = client();
    let color = client
        .enum_get_not_expandable(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(color, Colors::RedColor);
    client
        .enum_put_not_expandable(Colors::RedColor.try_into().unwrap(), None)
        .await
        .unwrap();
    let color = client
        .enum_get_referenced(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(color, Colors::RedColor);
    client
        .enum_put_referenced(Colors::RedColor.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn referenced_constant() {
    let client = client();
    let model = client
        .enum_get_referenced_constant(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(model.field1.as_deref(), Some("Sample String"));
    assert_eq!(model.color_constant, None);
    let body = RefColorConstant {
        color_constant: Some(ColorConstant::GreenColor),
        ..Default::default()
    };
    client
        .enum_put_referenced_constant(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn base64_and_base64url() {
    let c = client();
    let bytes = c
        .string_get_base64_encoded(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(bytes, b"a string that gets encoded with base64");
    let bytes = c
        .string_get_base64_url_encoded(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(bytes, b"a string that gets encoded with base64url");
    c.string_put_base64_url_encoded(b"a string that gets encoded with base64url".to_vec(), None)
        .await
        .unwrap();
    common::assert_data_conversion(
        c.string_get_null_base64_url_encoded(None)
            .await
            .unwrap()
            .into_model(),
    );
}
