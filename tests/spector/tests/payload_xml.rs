//! `payload/xml`: models read from and sent as XML bodies: renamed
//! elements and attributes, nested models, wrapped lists of models and of
//! scalars with their own item name, a namespace on the model and on single
//! properties, text content, an optional field, an empty list, a map, an
//! enum, both date-time encodings and an XML error body.
//!
//! Each GET reads the model and checks it value by value; each PUT sends a
//! model built here with the values the mock API expects (not the one read:
//! the writer is tested on its own, with nothing kept from a read).
//!
//! Left out, for the Swagger typespec-autorest writes (docs/spector.md):
//! the scenarios whose XML names follow TypeSpec's rules where the Swagger
//! says otherwise, as AutoRest's test server and Storage read it: a wrapped
//! list of scalars whose items are named by their TypeSpec type (`<string>`,
//! `<int32>`: no `items.xml.name` is written, and Swagger names such an item
//! like its list) in `ModelWithSimpleArrays`, `ModelWithUnwrappedArray`,
//! `ModelWithRenamedArrays` and `ModelWithEncodedNames`; a property naming
//! a model with its own `xml.name` (`ModelWithRenamedNestedModel`: the
//! model's name names the element); an unwrapped list of models
//! (`ModelWithUnwrappedModelArray`, `ModelWithRenamedUnwrappedModelArray`:
//! each item is named by its model).

mod common;

use std::collections::HashMap;

use azure_core::http::StatusCode;
use azure_core::time::OffsetDateTime;
use spector_payload_xml::v0000_00_00::{
    Book, ModelWithArrayOfModel, ModelWithAttributes, ModelWithDatetime, ModelWithDictionary,
    ModelWithEmptyArray, ModelWithEnum, ModelWithNamespace, ModelWithNamespaceOnProperties,
    ModelWithNestedModel, ModelWithOptionalField, ModelWithRenamedAttribute,
    ModelWithRenamedFields, ModelWithRenamedProperty, ModelWithRenamedWrappedAndItemModelArray,
    ModelWithRenamedWrappedModelArray, ModelWithText, ModelWithWrappedPrimitiveCustomItemNames,
    SimpleModel, Status, TitleClient, TitleClientOptions, XmlErrorBodyExt as _,
};
use time::macros::datetime;

client!(TitleClient, TitleClientOptions);

fn simple(name: &str, age: i32) -> SimpleModel {
    SimpleModel {
        name: Some(name.to_owned()),
        age: Some(age),
        ..Default::default()
    }
}

/// The (name, age) of a simple model, to compare.
fn fields(model: Option<SimpleModel>) -> (String, i32) {
    let model = model.expect("the model is read");
    (
        model.name.unwrap_or_default(),
        model.age.unwrap_or_default(),
    )
}

fn list(model: Option<Vec<SimpleModel>>) -> Vec<(String, i32)> {
    model
        .expect("the list is read")
        .into_iter()
        .map(|m| fields(Some(m)))
        .collect()
}

fn two() -> Vec<SimpleModel> {
    vec![simple("foo", 123), simple("bar", 456)]
}

fn two_fields() -> Vec<(String, i32)> {
    vec![("foo".to_owned(), 123), ("bar".to_owned(), 456)]
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}

#[tokio::test]
async fn simple_model() {
    let c = client();
    let got = c.simple_model_value_get(None).await.unwrap();
    assert_eq!(
        fields(Some(got.into_model().unwrap())),
        ("foo".to_owned(), 123)
    );
    c.simple_model_value_put(simple("foo", 123), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn renamed_property() {
    let c = client();
    let got = c
        .model_with_renamed_property_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.title.as_deref(), Some("foo"));
    assert_eq!(got.author.as_deref(), Some("bar"));
    let model = ModelWithRenamedProperty {
        title: Some("foo".to_owned()),
        author: Some("bar".to_owned()),
        ..Default::default()
    };
    c.model_with_renamed_property_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn renamed_fields() {
    let c = client();
    let got = c
        .model_with_renamed_fields_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(fields(got.input_data), ("foo".to_owned(), 123));
    assert_eq!(fields(got.output_data), ("bar".to_owned(), 456));
    let model = ModelWithRenamedFields {
        input_data: Some(simple("foo", 123)),
        output_data: Some(simple("bar", 456)),
        ..Default::default()
    };
    c.model_with_renamed_fields_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn nested_model() {
    let c = client();
    let got = c
        .model_with_nested_model_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(fields(got.nested), ("foo".to_owned(), 123));
    let model = ModelWithNestedModel {
        nested: Some(simple("foo", 123)),
        ..Default::default()
    };
    c.model_with_nested_model_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn wrapped_primitive_custom_item_names() {
    let c = client();
    let got = c
        .model_with_wrapped_primitive_custom_item_names_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.tags, Some(strings(&["fiction", "classic"])));
    let model = ModelWithWrappedPrimitiveCustomItemNames {
        tags: Some(strings(&["fiction", "classic"])),
        ..Default::default()
    };
    c.model_with_wrapped_primitive_custom_item_names_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn array_of_model() {
    let c = client();
    let got = c
        .model_with_array_of_model_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(list(got.items), two_fields());
    let model = ModelWithArrayOfModel {
        items: Some(two()),
        ..Default::default()
    };
    c.model_with_array_of_model_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn renamed_wrapped_model_array() {
    let c = client();
    let got = c
        .model_with_renamed_wrapped_model_array_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(list(got.items), two_fields());
    let model = ModelWithRenamedWrappedModelArray {
        items: Some(two()),
        ..Default::default()
    };
    c.model_with_renamed_wrapped_model_array_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn renamed_wrapped_and_item_model_array() {
    const TITLES: [&str; 2] = ["The Great Gatsby", "Les Miserables"];
    let c = client();
    let got = c
        .model_with_renamed_wrapped_and_item_model_array_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let titles: Vec<String> = got
        .books
        .unwrap()
        .into_iter()
        .map(|b| b.title.unwrap_or_default())
        .collect();
    assert_eq!(titles, strings(&TITLES));
    let books = TITLES
        .iter()
        .map(|t| Book {
            title: Some((*t).to_owned()),
            ..Default::default()
        })
        .collect();
    let model = ModelWithRenamedWrappedAndItemModelArray {
        books: Some(books),
        ..Default::default()
    };
    c.model_with_renamed_wrapped_and_item_model_array_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn attributes() {
    let c = client();
    let got = c
        .model_with_attributes_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id1, Some(123));
    assert_eq!(got.id2.as_deref(), Some("foo"));
    assert_eq!(got.enabled, Some(true));
    let model = ModelWithAttributes {
        id1: Some(123),
        id2: Some("foo".to_owned()),
        enabled: Some(true),
        ..Default::default()
    };
    c.model_with_attributes_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn renamed_attribute() {
    let c = client();
    let got = c
        .model_with_renamed_attribute_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id, Some(123));
    assert_eq!(got.title.as_deref(), Some("The Great Gatsby"));
    assert_eq!(got.author.as_deref(), Some("F. Scott Fitzgerald"));
    let model = ModelWithRenamedAttribute {
        id: Some(123),
        title: Some("The Great Gatsby".to_owned()),
        author: Some("F. Scott Fitzgerald".to_owned()),
        ..Default::default()
    };
    c.model_with_renamed_attribute_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn namespace() {
    let c = client();
    let got = c
        .model_with_namespace_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id, Some(123));
    assert_eq!(got.title.as_deref(), Some("The Great Gatsby"));
    let model = ModelWithNamespace {
        id: Some(123),
        title: Some("The Great Gatsby".to_owned()),
        ..Default::default()
    };
    c.model_with_namespace_value_put(model, None).await.unwrap();
}

#[tokio::test]
async fn namespace_on_properties() {
    let c = client();
    let got = c
        .model_with_namespace_on_properties_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.id, Some(123));
    assert_eq!(got.title.as_deref(), Some("The Great Gatsby"));
    assert_eq!(got.author.as_deref(), Some("F. Scott Fitzgerald"));
    let model = ModelWithNamespaceOnProperties {
        id: Some(123),
        title: Some("The Great Gatsby".to_owned()),
        author: Some("F. Scott Fitzgerald".to_owned()),
        ..Default::default()
    };
    c.model_with_namespace_on_properties_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn text() {
    let c = client();
    let got = c
        .model_with_text_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.language.as_deref(), Some("foo"));
    // The element's text as written, its indentation included.
    assert_eq!(
        got.content.as_deref().map(str::trim),
        Some("This is some text.")
    );
    let model = ModelWithText {
        language: Some("foo".to_owned()),
        content: Some("This is some text.".to_owned()),
        ..Default::default()
    };
    c.model_with_text_value_put(model, None).await.unwrap();
}

#[tokio::test]
async fn optional_field() {
    let c = client();
    let got = c
        .model_with_optional_field_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.item.as_deref(), Some("widget"));
    assert_eq!(got.value, None);
    let model = ModelWithOptionalField {
        item: Some("widget".to_owned()),
        ..Default::default()
    };
    c.model_with_optional_field_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn empty_array() {
    let c = client();
    let got = c
        .model_with_empty_array_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    // `<items />`: the list is there, and empty.
    assert_eq!(list(got.items), Vec::new());
    let model = ModelWithEmptyArray {
        items: Some(Vec::new()),
        ..Default::default()
    };
    c.model_with_empty_array_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn dictionary() {
    let c = client();
    let got = c
        .model_with_dictionary_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let expected: HashMap<String, String> =
        [("Color", "blue"), ("Count", "123"), ("Enabled", "false")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
    assert_eq!(got.metadata, Some(expected.clone()));
    let model = ModelWithDictionary {
        metadata: Some(expected),
        ..Default::default()
    };
    c.model_with_dictionary_value_put(model, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn enum_value() {
    let c = client();
    let got = c
        .model_with_enum_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.status, Some(Status::Success));
    let model = ModelWithEnum {
        status: Some(Status::Success),
        ..Default::default()
    };
    c.model_with_enum_value_put(model, None).await.unwrap();
}

#[tokio::test]
async fn datetime() {
    const RFC3339: OffsetDateTime = datetime!(2022-08-26 18:38:00 UTC);
    const RFC7231: OffsetDateTime = datetime!(2022-08-26 14:38:00 UTC);
    let c = client();
    let got = c
        .model_with_datetime_value_get(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got.rfc3339, Some(RFC3339));
    assert_eq!(got.rfc7231, Some(RFC7231));
    let model = ModelWithDatetime {
        rfc3339: Some(RFC3339),
        rfc7231: Some(RFC7231),
        ..Default::default()
    };
    c.model_with_datetime_value_put(model, None).await.unwrap();
}

#[tokio::test]
async fn xml_error() {
    let error = client().xml_error_value_get(None).await.unwrap_err();
    assert_eq!(error.http_status(), Some(StatusCode::BadRequest));
    let body = error.xml_error_body().expect("the XML error body");
    assert_eq!(body.message.as_deref(), Some("Something went wrong"));
    assert_eq!(body.code, Some(400));
}
