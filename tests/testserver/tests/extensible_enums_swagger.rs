//! `extensible-enums-swagger.json`: values the spec lists, values it does
//! not, and a round trip.

mod common;

use autorest_extensible_enums_swagger::v2016_07_07::{
    DaysOfWeekExtensibleEnum, IntEnum, Pet, PetStoreIncClient as Client,
    PetStoreIncClientAddPetOptions, PetStoreIncClientOptions as Options,
};

client!(Client, Options);

async fn pet(id: &str) -> Pet {
    client()
        .get_by_pet_id(id, None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
}

#[tokio::test]
async fn known_and_unknown_values() {
    let tommy = pet("tommy").await;
    assert_eq!(tommy.name.as_deref(), Some("Tommy Tomson"));
    assert_eq!(tommy.days_of_week, Some(DaysOfWeekExtensibleEnum::Monday));
    assert_eq!(tommy.int_enum, Some(IntEnum::V1));
    let casper = pet("casper").await;
    assert_eq!(
        casper.days_of_week,
        Some(DaysOfWeekExtensibleEnum::UnknownValue("Weekend".into()))
    );
    assert_eq!(casper.int_enum, Some(IntEnum::V2));
    let scooby = pet("scooby").await;
    assert_eq!(
        scooby.days_of_week,
        Some(DaysOfWeekExtensibleEnum::Thursday)
    );
    assert_eq!(scooby.int_enum, Some(IntEnum::UnknownValue("2.1".into())));
}

#[tokio::test]
async fn round_trip() {
    let sent = Pet {
        name: Some("Retriever".into()),
        int_enum: Some(IntEnum::V2),
        days_of_week: Some(DaysOfWeekExtensibleEnum::UnknownValue("Weekend".into())),
        ..Default::default()
    };
    let echoed = client()
        .add_pet(Some(PetStoreIncClientAddPetOptions {
            pet_param: Some(sent.try_into().unwrap()),
            ..Default::default()
        }))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(echoed.name.as_deref(), Some("Retriever"));
    assert_eq!(echoed.int_enum, Some(IntEnum::V2));
    assert_eq!(
        echoed.days_of_week,
        Some(DaysOfWeekExtensibleEnum::UnknownValue("Weekend".into()))
    );
}
