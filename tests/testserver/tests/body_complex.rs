//! `body-complex.json`: models of every primitive type, with arrays and
//! maps, an `allOf` chain (`Siamese`), discriminated hierarchies (`Fish`
//! over three levels, recursive through `siblings`; `DotFish`, whose
//! discriminator is `fish.type`), a model without its discriminator, and a
//! read-only property. Every GET is read into the generated models and its
//! fields asserted; every PUT sends a model written as a struct literal, as
//! a user would, and the server compares it with what it expects.

mod common;

use autorest_body_complex::v2016_02_29::{
    ArrayWrapper, AutoRestComplexTestServiceClient as Client,
    AutoRestComplexTestServiceClientOptions as Options, Basic, BooleanWrapper, ByteWrapper,
    CmykColors, DateWrapper, DatetimeWrapper, Datetimerfc1123Wrapper, DictionaryWrapper, Dog,
    DotFish, DoubleWrapper, DurationWrapper, Fish, FloatWrapper, GoblinSharkColor, Goblinshark,
    IntWrapper, LongWrapper, ReadonlyObj, Salmon, SalmonBase, Sawshark, SharkBase, Siamese,
    SmartSalmon, StringWrapper,
};
use azure_core::time::OffsetDateTime;
use serde_json::{json, Value};
use time::macros::{date, datetime};

client!(Client, Options);

fn value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

#[tokio::test]
async fn basic() {
    let c = client();
    let read = c.basic_get_valid(None).await.unwrap().into_model().unwrap();
    assert_eq!(read.id, Some(2));
    assert_eq!(read.name.as_deref(), Some("abc"));
    assert_eq!(read.color, Some(CmykColors::Yellow));
    assert!(read.additional_properties.is_empty());

    let basic = Basic {
        id: Some(2),
        name: Some("abc".into()),
        color: Some(CmykColors::Magenta),
        ..Default::default()
    };
    c.basic_put_valid(basic.try_into().unwrap(), None)
        .await
        .unwrap();

    let empty = c.basic_get_empty(None).await.unwrap().into_model().unwrap();
    assert_eq!(value(&empty), json!({}));
    // `{ "id": null, "name": null }`: the fields are unset, and the nulls
    // are kept in the catch-all map and written back (docs/rust-api.md).
    let null = c.basic_get_null(None).await.unwrap().into_model().unwrap();
    assert_eq!((null.id, null.name.as_deref()), (None, None));
    assert_eq!(value(&null), json!({"id": null, "name": null}));
    // `"id": "a"`: a string where the spec declares an integer.
    common::assert_data_conversion(c.basic_get_invalid(None).await.unwrap().into_model());
    // A 200 without a body: no model to read.
    common::assert_data_conversion(c.basic_get_not_provided(None).await.unwrap().into_model());
}

#[tokio::test]
async fn primitives() {
    let c = client();
    let int = c
        .primitive_get_int(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!((int.field1, int.field2), (Some(-1), Some(2)));
    let int = IntWrapper {
        field1: Some(-1),
        field2: Some(2),
        ..Default::default()
    };
    c.primitive_put_int(int.try_into().unwrap(), None)
        .await
        .unwrap();

    let long = c
        .primitive_get_long(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        (long.field1, long.field2),
        (Some(1099511627775), Some(-999511627788))
    );
    let long = LongWrapper {
        field1: Some(1099511627775),
        field2: Some(-999511627788),
        ..Default::default()
    };
    c.primitive_put_long(long.try_into().unwrap(), None)
        .await
        .unwrap();

    let float = c
        .primitive_get_float(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!((float.field1, float.field2), (Some(1.05), Some(-0.003)));
    let float = FloatWrapper {
        field1: Some(1.05),
        field2: Some(-0.003),
        ..Default::default()
    };
    c.primitive_put_float(float.try_into().unwrap(), None)
        .await
        .unwrap();

    let double = c
        .primitive_get_double(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(double.field1, Some(3e-100));
    assert_eq!(
        double.field_56_zeros_after_the_dot_and_negative_zero_before_dot_and_this_is_a_long_field_name_on_purpose,
        Some(-5e-57)
    );
    let double = DoubleWrapper {
        field1: Some(3e-100),
        field_56_zeros_after_the_dot_and_negative_zero_before_dot_and_this_is_a_long_field_name_on_purpose: Some(-5e-57),
        ..Default::default()
    };
    c.primitive_put_double(double.try_into().unwrap(), None)
        .await
        .unwrap();

    let bool = c
        .primitive_get_bool(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        (bool.field_true, bool.field_false),
        (Some(true), Some(false))
    );
    let bool = BooleanWrapper {
        field_true: Some(true),
        field_false: Some(false),
        ..Default::default()
    };
    c.primitive_put_bool(bool.try_into().unwrap(), None)
        .await
        .unwrap();

    let string = c
        .primitive_get_string(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(string.field.as_deref(), Some("goodrequest"));
    assert_eq!(string.empty.as_deref(), Some(""));
    assert_eq!(string.null, None);
    let string = StringWrapper {
        field: Some("goodrequest".into()),
        empty: Some(String::new()),
        ..Default::default()
    };
    c.primitive_put_string(string.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn dates_durations_and_bytes() {
    let c = client();
    // A `format: date` field is a `time::Date`.
    let read = c
        .primitive_get_date(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let (min_date, leap) = (date!(0001 - 01 - 01), date!(2016 - 02 - 29));
    assert_eq!((read.field, read.leap), (Some(min_date), Some(leap)));
    let sent = DateWrapper {
        field: Some(min_date),
        leap: Some(leap),
        ..Default::default()
    };
    c.primitive_put_date(sent.try_into().unwrap(), None)
        .await
        .unwrap();

    let min: OffsetDateTime = datetime!(0001-01-01 00:00:00 UTC);
    let now: OffsetDateTime = datetime!(2015-05-18 18:38:00 UTC);
    let dt = c
        .primitive_get_date_time(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!((dt.field, dt.now), (Some(min), Some(now)));
    let dt = DatetimeWrapper {
        field: Some(min),
        now: Some(now),
        ..Default::default()
    };
    c.primitive_put_date_time(dt.try_into().unwrap(), None)
        .await
        .unwrap();

    let rfc = c
        .primitive_get_date_time_rfc1123(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let now_rfc: OffsetDateTime = datetime!(2015-05-18 11:38:00 UTC);
    assert_eq!((rfc.field, rfc.now), (Some(min), Some(now_rfc)));
    let rfc = Datetimerfc1123Wrapper {
        field: Some(min),
        now: Some(now_rfc),
        ..Default::default()
    };
    c.primitive_put_date_time_rfc1123(rfc.try_into().unwrap(), None)
        .await
        .unwrap();

    let duration = c
        .primitive_get_duration(None)
        .await
        .unwrap()
        .into_model()
        .unwrap()
        .field
        .unwrap();
    assert_eq!(duration.as_str(), "P123DT22H14M12.011S");
    assert_eq!(
        duration.to_std(),
        Some(std::time::Duration::from_millis(
            ((123 * 24 + 22) * 3600 + 14 * 60 + 12) * 1000 + 11
        ))
    );
    let wrapper = DurationWrapper {
        field: Some("P123DT22H14M12.011S".parse().unwrap()),
        ..Default::default()
    };
    c.primitive_put_duration(wrapper.try_into().unwrap(), None)
        .await
        .unwrap();

    let bytes = vec![255, 254, 253, 252, 0, 250, 249, 248, 247, 246];
    let read = c
        .primitive_get_byte(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read.field.as_ref(), Some(&bytes));
    let byte = ByteWrapper {
        field: Some(bytes),
        ..Default::default()
    };
    c.primitive_put_byte(byte.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn arrays_and_dictionaries() {
    let c = client();
    // The valid array and map hold a null, though the spec's items and
    // values are not `x-nullable`: reading it is an error (as in
    // body-array), and the test sends the body the server expects as JSON.
    common::assert_data_conversion(c.array_get_valid(None).await.unwrap().into_model());
    let with_null = json!({ "array": ["1, 2, 3, 4", "", null, "&S#$(*Y", "The quick brown fox jumps over the lazy dog"] });
    c.array_put_valid(common::json(&with_null), None)
        .await
        .unwrap();
    let empty = c.array_get_empty(None).await.unwrap().into_model().unwrap();
    assert_eq!(empty.array, Some(vec![]));
    let empty = ArrayWrapper {
        array: Some(vec![]),
        ..Default::default()
    };
    c.array_put_empty(empty.try_into().unwrap(), None)
        .await
        .unwrap();
    let absent = c
        .array_get_not_provided(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(absent.array, None);

    common::assert_data_conversion(c.dictionary_get_valid(None).await.unwrap().into_model());
    let programs = json!({ "defaultProgram": { "txt": "notepad", "bmp": "mspaint", "xls": "excel", "exe": "", "": null } });
    c.dictionary_put_valid(common::json(&programs), None)
        .await
        .unwrap();
    let empty = c
        .dictionary_get_empty(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(empty.default_program, Some(Default::default()));
    let empty = DictionaryWrapper {
        default_program: Some(Default::default()),
        ..Default::default()
    };
    c.dictionary_put_empty(empty.try_into().unwrap(), None)
        .await
        .unwrap();
    let null = c
        .dictionary_get_null(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(null.default_program, None);
    let absent = c
        .dictionary_get_not_provided(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(absent.default_program, None);
}

fn dog(id: i64, name: &str, food: &str) -> Dog {
    Dog {
        id: Some(id),
        name: Some(name.into()),
        food: Some(food.into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn inheritance() {
    let c = client();
    let read = c
        .inheritance_get_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read.id, Some(2));
    assert_eq!(read.name.as_deref(), Some("Siameeee"));
    assert_eq!(read.color.as_deref(), Some("green"));
    assert_eq!(read.breed.as_deref(), Some("persian"));
    let hates = read.hates.as_deref().unwrap();
    assert_eq!(hates.len(), 2);
    assert_eq!(
        (
            hates[1].id,
            hates[1].name.as_deref(),
            hates[1].food.as_deref()
        ),
        (Some(-1), Some("Tomato"), Some("french fries"))
    );

    let mut siamese = Siamese {
        id: Some(2),
        name: Some("Siameeee".into()),
        color: Some("green".into()),
        breed: Some("persian".into()),
        ..Default::default()
    };
    siamese.hates = Some(vec![
        dog(1, "Potato", "tomato"),
        dog(-1, "Tomato", "french fries"),
    ]);
    c.inheritance_put_valid(siamese.try_into().unwrap(), None)
        .await
        .unwrap();
}

/// The three siblings of every salmon the server sends: a shark, a sawshark
/// and a goblin shark, each a different level of the `Fish` hierarchy.
fn siblings() -> Vec<Fish> {
    let shark = SharkBase {
        age: Some(6),
        birthday: Some(datetime!(2012-01-05 01:00:00 UTC)),
        length: Some(20.0),
        species: Some("predator".into()),
        ..Default::default()
    };

    let sawshark = Sawshark {
        age: Some(105),
        birthday: Some(datetime!(1900-01-05 01:00:00 UTC)),
        length: Some(10.0),
        picture: Some(vec![255, 255, 255, 255, 254]),
        species: Some("dangerous".into()),
        ..Default::default()
    };

    let mut goblin = Goblinshark {
        age: Some(1),
        birthday: Some(datetime!(2015-08-08 00:00:00 UTC)),
        length: Some(30.0),
        species: Some("scary".into()),
        jawsize: Some(5),
        ..Default::default()
    };
    // Not a value of the spec's enum: kept and sent as is.
    goblin.color = Some(GoblinSharkColor::UnknownValue("pinkish-gray".into()));

    vec![Fish::Shark(shark), sawshark.into(), goblin.into()]
}

/// Asserts that `fish` are [`siblings`], each read as its own kind.
fn assert_siblings(fish: &[Fish]) {
    let [Fish::Shark(shark), Fish::Sawshark(saw), Fish::Goblinshark(goblin)] = fish else {
        panic!("expected a shark, a sawshark and a goblin shark, got {fish:?}");
    };
    assert_eq!(shark.age, Some(6));
    assert_eq!(shark.birthday, Some(datetime!(2012-01-05 01:00:00 UTC)));
    assert_eq!(shark.species.as_deref(), Some("predator"));
    assert_eq!(saw.picture.as_deref(), Some(&[255, 255, 255, 255, 254][..]));
    assert_eq!(saw.birthday, Some(datetime!(1900-01-05 01:00:00 UTC)));
    assert_eq!(saw.length, Some(10.0));
    assert_eq!(goblin.jawsize, Some(5));
    assert_eq!(goblin.length, Some(30.0));
    assert_eq!(
        goblin.color,
        Some(GoblinSharkColor::UnknownValue("pinkish-gray".into()))
    );
}

fn salmon() -> SalmonBase {
    SalmonBase {
        location: Some("alaska".into()),
        iswild: Some(true),
        species: Some("king".into()),
        length: Some(1.0),
        siblings: Some(siblings()),
        ..Default::default()
    }
}

#[tokio::test]
async fn polymorphism() {
    let c = client();
    let read = c
        .polymorphism_get_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    // A concrete middle level (`salmon` is a `Fish` and has kinds of its
    // own) is read with its own fields.
    let Fish::Salmon(read) = read else {
        panic!("expected a salmon, got {read:?}");
    };
    assert_eq!(read.location.as_deref(), Some("alaska"));
    assert_eq!(read.iswild, Some(true));
    assert_eq!(read.length, Some(1.0));
    assert_siblings(read.siblings.as_deref().unwrap());
    assert!(read.additional_properties.is_empty());

    // Built by hand: each kind is sent with its discriminator.
    c.polymorphism_put_valid(Fish::from(salmon()).try_into().unwrap(), None)
        .await
        .unwrap();
    // And what was read is written back as it came.
    c.polymorphism_put_valid(Fish::Salmon(read).try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn polymorphism_with_undefined_properties() {
    let c = client();
    let read = c
        .polymorphism_get_complicated(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Salmon::SmartSalmon(smart) = &read else {
        panic!("expected a smart salmon, got {read:?}");
    };
    assert_eq!(smart.location.as_deref(), Some("alaska"));
    assert_siblings(smart.siblings.as_deref().unwrap());
    assert_eq!(
        Value::Object(smart.additional_properties.clone()),
        json!({
            "additionalProperty1": 1,
            "additionalProperty2": false,
            "additionalProperty3": "hello",
            "additionalProperty4": { "a": 1, "b": 2 },
            "additionalProperty5": [1, 3],
        })
    );
    c.polymorphism_put_complicated(read.try_into().unwrap(), None)
        .await
        .unwrap();

    let mut smart = SmartSalmon {
        location: Some("alaska".into()),
        iswild: Some(true),
        species: Some("king".into()),
        length: Some(1.0),
        siblings: Some(siblings()),
        ..Default::default()
    };
    for (key, value) in [
        ("additionalProperty1", json!(1)),
        ("additionalProperty2", json!(false)),
        ("additionalProperty3", json!("hello")),
        ("additionalProperty4", json!({ "a": 1, "b": 2 })),
        ("additionalProperty5", json!([1, 3])),
    ] {
        smart.additional_properties.insert(key.into(), value);
    }
    c.polymorphism_put_complicated(Salmon::from(smart).try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn polymorphism_without_discriminator() {
    let c = client();
    // The request is a salmon; the answer is the same salmon without its
    // `fishtype`: an unknown kind of `Salmon`, every field kept.
    let answer = c
        .polymorphism_put_missing_discriminator(Salmon::from(salmon()).try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Salmon::UnknownKind(answer) = answer else {
        panic!("expected a salmon without discriminator, got {answer:?}");
    };
    assert_eq!(answer.fishtype, None);
    assert_eq!(answer.location.as_deref(), Some("alaska"));
    assert_eq!(answer.iswild, Some(true));
    assert_siblings(answer.siblings.as_deref().unwrap());
    // Written back without a discriminator, as it came.
    assert!(value(&Salmon::UnknownKind(answer))
        .get("fishtype")
        .is_none());
}

#[tokio::test]
async fn polymorphism_with_a_dotted_discriminator() {
    let c = client();
    let read = c
        .polymorphism_get_dot_syntax(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let DotFish::DotSalmon(salmon) = read else {
        panic!("expected a DotSalmon, got {read:?}");
    };
    assert_eq!(salmon.location.as_deref(), Some("sweden"));
    assert_eq!(salmon.iswild, Some(true));
    assert_eq!(salmon.species.as_deref(), Some("king"));

    let market = c
        .polymorphism_get_composed_with_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        market.sample_salmon.unwrap().location.as_deref(),
        Some("sweden")
    );
    let salmons = market.salmons.unwrap();
    assert_eq!(salmons[1].location.as_deref(), Some("atlantic"));
    assert_eq!(salmons[1].iswild, Some(true));
    let Some(DotFish::DotSalmon(sample)) = market.sample_fish else {
        panic!("expected sampleFish to be a DotSalmon");
    };
    assert_eq!(sample.location.as_deref(), Some("australia"));
    let fishes = market.fishes.unwrap();
    let [DotFish::DotSalmon(_), DotFish::DotSalmon(canada)] = &fishes[..] else {
        panic!("expected two DotSalmons, got {fishes:?}");
    };
    assert_eq!(canada.location.as_deref(), Some("canada"));

    // The same market without any `fish.type`: the positions typed
    // `DotFish` are its unknown kind, whose undefined properties keep the
    // salmon's fields.
    let market = c
        .polymorphism_get_composed_without_discriminator(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        market.sample_salmon.unwrap().location.as_deref(),
        Some("sweden")
    );
    let Some(DotFish::UnknownKind(sample)) = market.sample_fish else {
        panic!("expected sampleFish of no known kind");
    };
    assert_eq!(sample.species.as_deref(), Some("king"));
    assert_eq!(sample.additional_properties["location"], "australia");
    let fishes = market.fishes.unwrap();
    let [DotFish::UnknownKind(_), DotFish::UnknownKind(canada)] = &fishes[..] else {
        panic!("expected two fish of no known kind, got {fishes:?}");
    };
    assert_eq!(canada.additional_properties["iswild"], true);
    assert_eq!(
        value(canada),
        json!({ "location": "canada", "iswild": true, "species": "king" })
    );
}

#[tokio::test]
async fn polymorphism_with_missing_required_fields_is_sent_as_built() {
    // Every model field is an `Option` (a spec's `required` is kept in the
    // docs): a fish without its required `length` and `birthday` is sent,
    // and the server refuses it.
    let sawshark = Sawshark {
        age: Some(105),
        species: Some("dangerous".into()),
        ..Default::default()
    };
    let salmon = SalmonBase {
        siblings: Some(vec![sawshark.into()]),
        ..Default::default()
    };
    let result = client()
        .polymorphism_put_valid_missing_required(Fish::from(salmon).try_into().unwrap(), None)
        .await;
    common::assert_status(result, 400);
}

/// The recursive salmon of `/complex/polymorphicrecursive/valid`: sharks
/// and salmons among each other's siblings, three levels deep.
fn recursive() -> Fish {
    let [shark, sawshark, _] = <[Fish; 3]>::try_from(siblings()).unwrap();
    let Fish::Sawshark(mut sawshark) = sawshark else {
        unreachable!()
    };
    sawshark.siblings = Some(vec![]);
    let Fish::Shark(mut outer_shark) = shark.clone() else {
        unreachable!()
    };
    let mut coho = SalmonBase {
        location: Some("atlantic".into()),
        iswild: Some(true),
        species: Some("coho".into()),
        length: Some(2.0),
        ..Default::default()
    };
    let [inner_shark, inner_sawshark, _] = <[Fish; 3]>::try_from(siblings()).unwrap();
    coho.siblings = Some(vec![inner_shark, inner_sawshark]);
    outer_shark.siblings = Some(vec![Fish::Salmon(coho), sawshark.clone().into()]);
    let mut top = salmon();
    top.siblings = Some(vec![Fish::Shark(outer_shark), sawshark.into()]);
    Fish::Salmon(top)
}

#[tokio::test]
async fn recursive_polymorphism() {
    let c = client();
    let read = c
        .polymorphicrecursive_get_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let Fish::Salmon(top) = &read else {
        panic!("expected a salmon, got {read:?}");
    };
    let [Fish::Shark(shark), Fish::Sawshark(_)] = top.siblings.as_deref().unwrap() else {
        panic!("expected a shark and a sawshark");
    };
    let [Fish::Salmon(coho), Fish::Sawshark(saw)] = shark.siblings.as_deref().unwrap() else {
        panic!("expected a salmon and a sawshark under the shark");
    };
    assert_eq!(saw.siblings.as_deref().map(<[Fish]>::len), Some(0));
    assert_eq!(coho.species.as_deref(), Some("coho"));
    let [Fish::Shark(_), Fish::Sawshark(deepest)] = coho.siblings.as_deref().unwrap() else {
        panic!("expected a shark and a sawshark under the coho");
    };
    assert_eq!(
        deepest.picture.as_deref(),
        Some(&[255, 255, 255, 255, 254][..])
    );
    assert_eq!(value(&read), value(&recursive()));

    c.polymorphicrecursive_put_valid(recursive().try_into().unwrap(), None)
        .await
        .unwrap();
    c.polymorphicrecursive_put_valid(read.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn read_only_property() {
    let c = client();
    let mut read = c
        .readonlyproperty_get_valid(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(read.id.as_deref(), Some("1234"));
    assert_eq!(read.size, Some(2));
    // Models are written back whole (read-modify-write keeps everything);
    // a service that refuses its read-only properties gets them cleared.
    read.id = None;
    c.readonlyproperty_put_valid(read.try_into().unwrap(), None)
        .await
        .unwrap();
    let with_id = ReadonlyObj {
        id: Some("1234".into()),
        size: Some(2),
        ..Default::default()
    };
    common::assert_status(
        c.readonlyproperty_put_valid(with_id.try_into().unwrap(), None)
            .await,
        400,
    );
}

#[test]
fn kinds_are_written_back_exactly() {
    // `length` is a `float` (f32): written through the hierarchy, it keeps
    // the digits it was read with, built or read, at any depth.
    let text = r#"{"fishtype":"salmon","length":1.05,"siblings":[{"fishtype":"shark","length":0.1,"age":3},{"fishtype":"bat","length":2.7,"wings":2}]}"#;
    let read: Fish = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&read).unwrap(), text);
    let shark = SharkBase {
        length: Some(0.1),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&Fish::from(shark)).unwrap(),
        r#"{"fishtype":"shark","length":0.1}"#
    );
}
