//! `type/property/nullable`: nullable properties, read (`get`) with a value and as
//! `null`, and sent as a JSON merge patch (`patch`) the same two ways.

mod common;

use serde_json::json;
use spector_type_property_nullable::v0000_00_00::{TitleClient, TitleClientOptions};

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

// A `null` property is an absent one in the generated model (`Option<T>`
// without a third state for `x-nullable`), so the `patch…Null` scenarios,
// which must send `"nullableProperty": null`, are left out: the reads of
// `null` are checked as `None`.
macro_rules! get_null {
    ($($name:ident: $get:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let got = client().$get(None).await.unwrap().into_model().unwrap();
            assert_eq!(got.required_property.as_deref(), Some("foo"));
            assert!(got.nullable_property.is_none());
        }
    )*};
}

get_null!(
    string_get_null: string_get_null,
    bytes_get_null: bytes_get_null,
    datetime_get_null: datetime_get_null,
    duration_get_null: duration_get_null,
    collections_byte_get_null: collections_byte_get_null,
    collections_model_get_null: collections_model_get_null,
    collections_string_get_null: collections_string_get_null,
);
