//! `additionalProperties.json`: `additionalProperties` as `true`, in a
//! subclass, typed `object` and `string`, and a declared property named
//! `additionalProperties` beside a typed map. Each model keeps the keys it
//! does not declare in its `additional_properties` field, typed as the spec
//! says, and writes them back; the server answers with the body it got plus
//! `status: true`.

mod common;

use autorest_additionalproperties::v1_0_0::{
    AdditionalPropertiesClient as Client, AdditionalPropertiesClientOptions as Options, CatApTrue,
    PetApInProperties, PetApInPropertiesWithApString, PetApObject, PetApString, PetApTrue,
};
use serde_json::{json, Map, Value};

client!(Client, Options);

fn map(value: Value) -> Map<String, Value> {
    let Value::Object(map) = value else {
        panic!("not an object")
    };
    map
}

fn puppy() -> Map<String, Value> {
    map(json!({ "birthdate": "2017-12-13T02:29:51Z", "complexProperty": { "color": "Red" } }))
}

#[tokio::test]
async fn additional_properties_true() {
    let c = client();
    let pet = PetApTrue {
        id: Some(1),
        name: Some("Puppy".into()),
        additional_properties: puppy(),
        ..Default::default()
    };
    let answer = c
        .create_ap_true(pet.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        (answer.id, answer.name.as_deref()),
        (Some(1), Some("Puppy"))
    );
    assert_eq!(answer.status, Some(true));
    assert_eq!(answer.additional_properties, puppy());

    // In a subclass of such a model.
    let cat = CatApTrue {
        id: Some(1),
        name: Some("Lisa".into()),
        friendly: Some(true),
        additional_properties: puppy(),
        ..Default::default()
    };
    let answer = c
        .create_cat_ap_true(cat.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer.friendly, Some(true));
    assert_eq!(answer.status, Some(true));
    assert_eq!(answer.additional_properties, puppy());
}

#[tokio::test]
async fn additional_properties_typed_object_and_string() {
    let c = client();
    let mut pet = PetApObject {
        id: Some(2),
        name: Some("Hira".into()),
        ..Default::default()
    };
    let extra = map(json!({
        "siblings": [{ "id": 1, "name": "Puppy", "birthdate": "2017-12-13T02:29:51Z", "complexProperty": { "color": "Red" } }],
        "picture": "//////4=",
    }));
    pet.additional_properties = extra.clone();
    let answer = c
        .create_ap_object(pet.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!((answer.id, answer.status), (Some(2), Some(true)));
    assert_eq!(answer.additional_properties, extra);

    // `additionalProperties: {type: string}`: a map of strings.
    let mut pet = PetApString {
        id: Some(3),
        name: Some("Tommy".into()),
        ..Default::default()
    };
    for (key, value) in [("color", "red"), ("weight", "10 kg"), ("city", "Bombay")] {
        pet.additional_properties.insert(key.into(), value.into());
    }
    let sent = pet.additional_properties.clone();
    let answer = c
        .create_ap_string(pet.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer.name.as_deref(), Some("Tommy"));
    assert_eq!(answer.status, Some(true));
    assert_eq!(answer.additional_properties, sent);
}

#[tokio::test]
async fn a_property_named_additional_properties() {
    let c = client();
    let sizes = [("height", 5.61), ("weight", 599.0), ("footsize", 11.5)];
    let pet = PetApInProperties {
        id: Some(4),
        name: Some("Bunny".into()),
        additional_properties2: Some(sizes.map(|(k, v)| (k.to_owned(), v)).into()),
        ..Default::default()
    };
    let answer = c
        .create_ap_in_properties(pet.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer.status, Some(true));
    assert_eq!(
        answer.additional_properties2,
        Some(sizes.map(|(k, v)| (k.to_owned(), v)).into())
    );
    assert!(answer.additional_properties.is_empty());

    // The same beside a map of strings and a declared `@odata.location`.
    let mut pet = PetApInPropertiesWithApString {
        id: Some(5),
        name: Some("Funny".into()),
        odata_location: Some("westus".into()),
        additional_properties2: Some(sizes.map(|(k, v)| (k.to_owned(), v)).into()),
        ..Default::default()
    };
    for (key, value) in [
        ("color", "red"),
        ("city", "Seattle"),
        ("food", "tikka masala"),
    ] {
        pet.additional_properties.insert(key.into(), value.into());
    }
    let sent = pet.additional_properties.clone();
    let answer = c
        .create_ap_in_properties_with_ap_string(pet.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(answer.odata_location.as_deref(), Some("westus"));
    assert_eq!(answer.status, Some(true));
    assert_eq!(answer.additional_properties, sent);
    assert_eq!(answer.additional_properties2.unwrap()["weight"], 599.0);
}
