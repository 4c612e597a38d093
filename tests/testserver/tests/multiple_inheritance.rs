//! `multiple-inheritance.json`: models made of several others through
//! `allOf` without a discriminator (`Cat` is a `Pet` and a `Feline`,
//! `Kitten` a `Cat`): each is one struct with every inherited field.

mod common;

use autorest_multiple_inheritance::v3_0_0::{
    Cat, Feline, Horse, Kitten, MultipleInheritanceServiceClient as Client,
    MultipleInheritanceServiceClientOptions as Options, Pet,
};

client!(Client, Options);

#[tokio::test]
async fn pets_and_horses() {
    let c = client();
    let pet = c.get_pet(None).await.unwrap().into_model().unwrap();
    assert_eq!(pet.name.as_deref(), Some("Peanut"));
    let pet = Pet {
        name: Some("Butter".into()),
        ..Default::default()
    };
    let answer = c.put_pet(pet.try_into().unwrap(), None).await.unwrap();
    assert_eq!(answer.into_model().unwrap(), "Pet was correct!");

    let horse = c.get_horse(None).await.unwrap().into_model().unwrap();
    assert_eq!(horse.name.as_deref(), Some("Fred"));
    assert_eq!(horse.is_a_show_horse, Some(true));
    let horse = Horse {
        name: Some("General".into()),
        is_a_show_horse: Some(false),
        ..Default::default()
    };
    let answer = c.put_horse(horse.try_into().unwrap(), None).await.unwrap();
    assert_eq!(answer.into_model().unwrap(), "Horse was correct!");
}

#[tokio::test]
async fn felines_cats_and_kittens() {
    let c = client();
    let feline = c.get_feline(None).await.unwrap().into_model().unwrap();
    assert_eq!((feline.meows, feline.hisses), (Some(true), Some(true)));
    let feline = Feline {
        meows: Some(false),
        hisses: Some(true),
        ..Default::default()
    };
    let answer = c
        .put_feline(feline.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(answer.into_model().unwrap(), "Feline was correct!");

    // A cat has the fields of both its parents, and its own.
    let cat = c.get_cat(None).await.unwrap().into_model().unwrap();
    assert_eq!(cat.name.as_deref(), Some("Whiskers"));
    assert_eq!(
        (cat.likes_milk, cat.meows, cat.hisses),
        (Some(true), Some(true), Some(true))
    );
    assert!(cat.additional_properties.is_empty());
    let cat = Cat {
        name: Some("Boots".into()),
        likes_milk: Some(false),
        meows: Some(true),
        hisses: Some(false),
        ..Default::default()
    };
    let answer = c.put_cat(cat.try_into().unwrap(), None).await.unwrap();
    assert_eq!(answer.into_model().unwrap(), "Cat was correct!");

    let kitten = c.get_kitten(None).await.unwrap().into_model().unwrap();
    assert_eq!(kitten.name.as_deref(), Some("Gatito"));
    assert_eq!(
        (
            kitten.likes_milk,
            kitten.meows,
            kitten.hisses,
            kitten.eats_mice_yet
        ),
        (Some(true), Some(true), Some(true), Some(false))
    );
    assert!(kitten.additional_properties.is_empty());
    let kitten = Kitten {
        name: Some("Kitty".into()),
        likes_milk: Some(false),
        meows: Some(true),
        hisses: Some(false),
        eats_mice_yet: Some(true),
        ..Default::default()
    };
    let answer = c
        .put_kitten(kitten.try_into().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(answer.into_model().unwrap(), "Kitten was correct!");
}
