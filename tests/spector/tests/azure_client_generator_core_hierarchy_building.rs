//! `azure/client-generator-core/hierarchy-building`: a discriminated
//! hierarchy (animal, pet, dog) sent and read back as each of its levels.

mod common;

use spector_azure_client_generator_core_hierarchy_building::v0000_00_00::{
    Animal, Dog, Pet, PetBase, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn pet() -> PetBase {
    PetBase {
        name: Some("Buddy".to_owned()),
        trained: Some(true),
        ..Default::default()
    }
}

fn dog() -> Dog {
    Dog {
        name: Some("Rex".to_owned()),
        trained: Some(true),
        breed: Some("German Shepherd".to_owned()),
        ..Default::default()
    }
}

fn check_pet(pet: &PetBase) {
    assert_eq!(pet.name.as_deref(), Some("Buddy"));
    assert_eq!(pet.trained, Some(true));
}

fn check_dog(dog: &Dog) {
    assert_eq!(dog.name.as_deref(), Some("Rex"));
    assert_eq!(dog.trained, Some(true));
    assert_eq!(dog.breed.as_deref(), Some("German Shepherd"));
}

#[tokio::test]
async fn update_pet_as_animal() {
    let got = client()
        .animal_operations_update_pet_as_animal(Animal::Pet(pet()).try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Animal::Pet(got) = got else {
        panic!("expected a pet, got {got:?}");
    };
    check_pet(&got);
}

#[tokio::test]
async fn update_dog_as_animal() {
    let got = client()
        .animal_operations_update_dog_as_animal(Animal::Dog(dog()).try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Animal::Dog(got) = got else {
        panic!("expected a dog, got {got:?}");
    };
    check_dog(&got);
}

#[tokio::test]
async fn update_pet_as_pet() {
    let got = client()
        .pet_operations_update_pet_as_pet(Pet::Pet(pet()).try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Pet::Pet(got) = got else {
        panic!("expected a pet, got {got:?}");
    };
    check_pet(&got);
}

#[tokio::test]
async fn update_dog_as_pet() {
    let got = client()
        .pet_operations_update_dog_as_pet(Pet::Dog(dog()).try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Pet::Dog(got) = got else {
        panic!("expected a dog, got {got:?}");
    };
    check_dog(&got);
}

#[tokio::test]
async fn update_dog_as_dog() {
    // Sent as itself, not as a kind of `Animal`, a dog writes the
    // discriminator its field holds.
    let dog = Dog {
        kind: Some("dog".to_owned()),
        ..dog()
    };
    let got = client()
        .dog_operations_update_dog_as_dog(dog.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    check_dog(&got);
}
