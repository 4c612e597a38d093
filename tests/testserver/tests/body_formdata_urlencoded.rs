//! `body-formdata-urlencoded.json`: URL-encoded forms, fields required and
//! optional, enums and integers as their text, a constant field filled by
//! the client.

mod common;

use autorest_body_formdata_urlencoded::v1_0_0::{
    BodyFormsDataUrlEncodedClient as Client, BodyFormsDataUrlEncodedClientOptions as Options,
    BodyFormsDataUrlEncodedClientUpdatePetWithFormOptions as UpdateOptions, PetFood, PetType,
};

client!(Client, Options);

#[tokio::test]
async fn a_form_with_optional_fields() {
    let options = UpdateOptions {
        name: Some("Fido".to_owned()),
        ..Default::default()
    };
    client()
        .update_pet_with_form(1, PetType::Dog, PetFood::Meat, 42, Some(options))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_form_without_an_expected_field_is_refused() {
    // The server expects `name`: without it, the form differs.
    common::assert_status(
        client()
            .update_pet_with_form(1, PetType::Dog, PetFood::Meat, 42, None)
            .await,
        400,
    );
}

#[tokio::test]
async fn a_partly_constant_form() {
    client()
        .partial_constant_body("bar", "foo", None)
        .await
        .unwrap();
}
