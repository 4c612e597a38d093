//! `type/enum/extensible`: an open string enum read and sent, a value the
//! crate does not know kept as sent both ways.

mod common;

use spector_type_enum_extensible::v0000_00_00::{
    DaysOfWeekExtensibleEnum, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn known_value() {
    let c = client();
    let got = c.get_known_value(None).await.unwrap().into_model().unwrap();
    assert_eq!(got, DaysOfWeekExtensibleEnum::Monday);
    c.put_known_value(DaysOfWeekExtensibleEnum::Monday.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn unknown_value() {
    let c = client();
    let got = c
        .get_unknown_value(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        got,
        DaysOfWeekExtensibleEnum::UnknownValue("Weekend".to_owned())
    );
    c.put_unknown_value(got.try_into().unwrap(), None)
        .await
        .unwrap();
}
