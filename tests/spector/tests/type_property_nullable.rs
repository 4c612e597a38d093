//! `type/property/nullable`: nullable properties, read (`get`) with a value and as
//! `null`, and sent as a JSON merge patch (`patch`) the same two ways: an
//! explicit `null` through the model's catch-all map (docs/rust-api.md).

mod common;

use serde_json::{json, Value};
use spector_type_property_nullable::v0000_00_00::{
    BytesProperty, CollectionsByteProperty, CollectionsModelProperty, CollectionsStringProperty,
    DatetimeProperty, DurationProperty, StringProperty, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

round_trip!(
    string_non_null,
    string_get_non_null,
    string_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": "hello"})
);
round_trip!(
    bytes_non_null,
    bytes_get_non_null,
    bytes_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": "aGVsbG8sIHdvcmxkIQ=="})
);
round_trip!(
    datetime_non_null,
    datetime_get_non_null,
    datetime_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": "2022-08-26T18:38:00Z"})
);
round_trip!(
    duration_non_null,
    duration_get_non_null,
    duration_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": "P123DT22H14M12.011S"})
);
round_trip!(
    collections_byte_non_null,
    collections_byte_get_non_null,
    collections_byte_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": ["aGVsbG8sIHdvcmxkIQ==", "aGVsbG8sIHdvcmxkIQ=="]})
);
round_trip!(
    collections_model_non_null,
    collections_model_get_non_null,
    collections_model_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": [{"property": "hello"}, {"property": "world"}]})
);
round_trip!(
    collections_string_non_null,
    collections_string_get_non_null,
    collections_string_patch_non_null,
    json!({"requiredProperty": "foo", "nullableProperty": ["hello", "world"]})
);

// An explicit `null` is read as an unset field whose `null` the model's
// catch-all map keeps (so that writing the model back loses nothing), and
// is sent by putting `Value::Null` there under the property's name.
macro_rules! null {
    ($($name:ident: $get:ident, $patch:ident, $model:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let c = client();
            let got = c.$get(None).await.unwrap().into_model().unwrap();
            assert_eq!(got.required_property.as_deref(), Some("foo"));
            assert!(got.nullable_property.is_none());
            assert_eq!(
                serde_json::to_value(&got).unwrap(),
                json!({"requiredProperty": "foo", "nullableProperty": null})
            );
            let mut body = $model {
                required_property: Some("foo".to_owned()),
                ..Default::default()
            };
            body.additional_properties
                .insert("nullableProperty".to_owned(), Value::Null);
            c.$patch(body.try_into().unwrap(), None).await.unwrap();
        }
    )*};
}

null!(
    string_null: string_get_null, string_patch_null, StringProperty,
    bytes_null: bytes_get_null, bytes_patch_null, BytesProperty,
    datetime_null: datetime_get_null, datetime_patch_null, DatetimeProperty,
    duration_null: duration_get_null, duration_patch_null, DurationProperty,
    collections_byte_null: collections_byte_get_null, collections_byte_patch_null,
        CollectionsByteProperty,
    collections_model_null: collections_model_get_null, collections_model_patch_null,
        CollectionsModelProperty,
    collections_string_null: collections_string_get_null, collections_string_patch_null,
        CollectionsStringProperty,
);
