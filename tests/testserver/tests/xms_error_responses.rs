//! `xms-error-responses.json`: responses marked `x-ms-error-response`,
//! read through the generated error-model traits.
//!
//! The error models are discriminated hierarchies (`whatNotFound`,
//! `errorType`): each error reads as the kind its discriminator names.

mod common;

use autorest_xms_error_responses::v0_0_0::{
    NotFoundErrorBase, NotFoundErrorBaseExt as _, PetActionError, PetActionErrorExt as _,
    XmsErrorResponseExtensionsClient as Client,
    XmsErrorResponseExtensionsClientHasModelsParamOptions,
    XmsErrorResponseExtensionsClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn get_pet_by_id() {
    let c = client();
    let pet = c
        .get_pet_by_id("tommy", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pet.name.as_deref(), Some("Tommy Tomson"));
    assert_eq!(pet.ani_type.as_deref(), Some("Dog"));
    let response = c.get_pet_by_id("django", None).await.unwrap();
    assert_eq!(u16::from(response.status()), 202);

    let error = c.get_pet_by_id("coyoteUgly", None).await.unwrap_err();
    assert_eq!(error.http_status().map(u16::from), Some(404));
    let Some(NotFoundErrorBase::AnimalNotFound(animal)) = error.not_found_error_base() else {
        panic!("an AnimalNotFound: {error:?}");
    };
    assert_eq!(animal.what_not_found.as_deref(), Some("AnimalNotFound"));
    assert_eq!(animal.name.as_deref(), Some("coyote"));
    assert_eq!(
        animal.reason.as_deref(),
        Some("the type of animal requested is not available")
    );

    let error = c.get_pet_by_id("weirdAlYankovic", None).await.unwrap_err();
    let Some(NotFoundErrorBase::LinkNotFound(link)) = error.not_found_error_base() else {
        panic!("a LinkNotFound: {error:?}");
    };
    assert_eq!(link.what_not_found.as_deref(), Some("InvalidResourceLink"));
    assert_eq!(
        link.what_sub_address.as_deref(),
        Some("pet/yourpet was not found")
    );

    let error = c.get_pet_by_id("ringo", None).await.unwrap_err();
    let text: String = common::error_model(&error, 400);
    assert_eq!(text, "ringo is missing");
    let error = c.get_pet_by_id("alien123", None).await.unwrap_err();
    let number: i32 = common::error_model(&error, 501);
    assert_eq!(number, 123);
}

#[tokio::test]
async fn do_something() {
    let c = client();
    let action = c
        .do_something("stay", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(action.action_response, None);

    let error = c.do_something("jump", None).await.unwrap_err();
    assert_eq!(error.http_status().map(u16::from), Some(500));
    let Some(PetActionError::PetSadError(sad)) = error.pet_action_error() else {
        panic!("a PetSadError: {error:?}");
    };
    assert_eq!(sad.error_type.as_deref(), Some("PetSadError"));
    assert_eq!(sad.reason.as_deref(), Some("need more treats"));
    assert_eq!(sad.error_message.as_deref(), Some("casper aint happy"));

    let error = c.do_something("fetch", None).await.unwrap_err();
    assert_eq!(error.http_status().map(u16::from), Some(404));
    let Some(PetActionError::PetHungryOrThirstyError(hungry)) = error.pet_action_error() else {
        panic!("a PetHungryOrThirstyError: {error:?}");
    };
    assert_eq!(
        hungry.hungry_or_thirsty.as_deref(),
        Some("hungry and thirsty")
    );
    assert_eq!(hungry.action_response.as_deref(), Some("howl"));
}

#[tokio::test]
async fn a_parameter_named_models() {
    let error = client()
        .has_models_param(Some(
            XmsErrorResponseExtensionsClientHasModelsParamOptions {
                models: Some("value1".into()),
                ..Default::default()
            },
        ))
        .await
        .unwrap_err();
    assert_eq!(error.http_status().map(u16::from), Some(500));
    let Some(PetActionError::PetSadError(sad)) = error.pet_action_error() else {
        panic!("a PetSadError: {error:?}");
    };
    assert_eq!(sad.error_type.as_deref(), Some("PetSadError"));
}
