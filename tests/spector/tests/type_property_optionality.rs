//! `type/property/optionality`: optional properties of every kind of value, read
//! (`get`) and sent (`put`) both absent (`default`) and present (`all`).

mod common;

use serde_json::json;
use spector_type_property_optionality::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

round_trip!(
    string_default,
    string_get_default,
    string_put_default,
    json!({})
);
round_trip!(
    string_all,
    string_get_all,
    string_put_all,
    json!({"property": "hello"})
);
round_trip!(
    bytes_default,
    bytes_get_default,
    bytes_put_default,
    json!({})
);
round_trip!(
    bytes_all,
    bytes_get_all,
    bytes_put_all,
    json!({"property": "aGVsbG8sIHdvcmxkIQ=="})
);
round_trip!(
    datetime_default,
    datetime_get_default,
    datetime_put_default,
    json!({})
);
round_trip!(
    datetime_all,
    datetime_get_all,
    datetime_put_all,
    json!({"property": "2022-08-26T18:38:00Z"})
);
round_trip!(
    duration_default,
    duration_get_default,
    duration_put_default,
    json!({})
);
round_trip!(
    duration_all,
    duration_get_all,
    duration_put_all,
    json!({"property": "P123DT22H14M12.011S"})
);
round_trip!(
    plain_date_default,
    plain_date_get_default,
    plain_date_put_default,
    json!({})
);
round_trip!(
    plain_date_all,
    plain_date_get_all,
    plain_date_put_all,
    json!({"property": "2022-12-12"})
);
round_trip!(
    plain_time_default,
    plain_time_get_default,
    plain_time_put_default,
    json!({})
);
round_trip!(
    plain_time_all,
    plain_time_get_all,
    plain_time_put_all,
    json!({"property": "13:06:12"})
);
round_trip!(
    collections_byte_default,
    collections_byte_get_default,
    collections_byte_put_default,
    json!({})
);
round_trip!(
    collections_byte_all,
    collections_byte_get_all,
    collections_byte_put_all,
    json!({"property": ["aGVsbG8sIHdvcmxkIQ==", "aGVsbG8sIHdvcmxkIQ=="]})
);
round_trip!(
    collections_model_default,
    collections_model_get_default,
    collections_model_put_default,
    json!({})
);
round_trip!(
    collections_model_all,
    collections_model_get_all,
    collections_model_put_all,
    json!({"property": [{"property": "hello"}, {"property": "world"}]})
);
round_trip!(
    string_literal_default,
    string_literal_get_default,
    string_literal_put_default,
    json!({})
);
round_trip!(
    string_literal_all,
    string_literal_get_all,
    string_literal_put_all,
    json!({"property": "hello"})
);
round_trip!(
    int_literal_default,
    int_literal_get_default,
    int_literal_put_default,
    json!({})
);
round_trip!(
    int_literal_all,
    int_literal_get_all,
    int_literal_put_all,
    json!({"property": 1})
);
round_trip!(
    float_literal_default,
    float_literal_get_default,
    float_literal_put_default,
    json!({})
);
round_trip!(
    float_literal_all,
    float_literal_get_all,
    float_literal_put_all,
    json!({"property": 1.25})
);
round_trip!(
    boolean_literal_default,
    boolean_literal_get_default,
    boolean_literal_put_default,
    json!({})
);
round_trip!(
    boolean_literal_all,
    boolean_literal_get_all,
    boolean_literal_put_all,
    json!({"property": true})
);
round_trip!(
    union_string_literal_default,
    union_string_literal_get_default,
    union_string_literal_put_default,
    json!({})
);
round_trip!(
    union_string_literal_all,
    union_string_literal_get_all,
    union_string_literal_put_all,
    json!({"property": "world"})
);
round_trip!(
    union_int_literal_default,
    union_int_literal_get_default,
    union_int_literal_put_default,
    json!({})
);
round_trip!(
    union_int_literal_all,
    union_int_literal_get_all,
    union_int_literal_put_all,
    json!({"property": 2})
);
round_trip!(
    union_float_literal_default,
    union_float_literal_get_default,
    union_float_literal_put_default,
    json!({})
);
round_trip!(
    union_float_literal_all,
    union_float_literal_get_all,
    union_float_literal_put_all,
    json!({"property": 2.375})
);
round_trip!(
    required_and_optional_required_only,
    required_and_optional_get_required_only,
    required_and_optional_put_required_only,
    json!({"requiredProperty": 42})
);
round_trip!(
    required_and_optional_all,
    required_and_optional_get_all,
    required_and_optional_put_all,
    json!({"optionalProperty": "hello", "requiredProperty": 42})
);
