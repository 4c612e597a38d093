//! `type/property/value-types`: a model whose one property holds each kind of value,
//! read (`get`) and sent (`put`).

mod common;

use serde_json::json;
use spector_type_property_value_types::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

round_trip!(boolean, boolean_get, boolean_put, json!({"property": true}));
round_trip!(string, string_get, string_put, json!({"property": "hello"}));
round_trip!(
    bytes,
    bytes_get,
    bytes_put,
    json!({"property": "aGVsbG8sIHdvcmxkIQ=="})
);
round_trip!(int, int_get, int_put, json!({"property": 42}));
round_trip!(float, float_get, float_put, json!({"property": 43.125}));
round_trip!(
    decimal,
    decimal_get,
    decimal_put,
    json!({"property": 0.33333})
);
round_trip!(
    decimal128,
    decimal128_get,
    decimal128_put,
    json!({"property": 0.33333})
);
round_trip!(
    datetime,
    datetime_get,
    datetime_put,
    json!({"property": "2022-08-26T18:38:00Z"})
);
round_trip!(
    duration,
    duration_get,
    duration_put,
    json!({"property": "P123DT22H14M12.011S"})
);
round_trip!(
    enum_value,
    enum_get,
    enum_put,
    json!({"property": "ValueOne"})
);
round_trip!(
    extensible_enum,
    extensible_enum_get,
    extensible_enum_put,
    json!({"property": "UnknownValue"})
);
round_trip!(
    model,
    model_get,
    model_put,
    json!({"property": {"property": "hello"}})
);
round_trip!(
    collections_string,
    collections_string_get,
    collections_string_put,
    json!({"property": ["hello", "world"]})
);
round_trip!(
    collections_int,
    collections_int_get,
    collections_int_put,
    json!({"property": [1, 2]})
);
round_trip!(
    collections_model,
    collections_model_get,
    collections_model_put,
    json!({"property": [{"property": "hello"}, {"property": "world"}]})
);
round_trip!(
    dictionary_string,
    dictionary_string_get,
    dictionary_string_put,
    json!({"property": {"k1": "hello", "k2": "world"}})
);
round_trip!(never, never_get, never_put, json!({}));
round_trip!(
    unknown_string,
    unknown_string_get,
    unknown_string_put,
    json!({"property": "hello"})
);
round_trip!(
    unknown_int,
    unknown_int_get,
    unknown_int_put,
    json!({"property": 42})
);
round_trip!(
    unknown_dict,
    unknown_dict_get,
    unknown_dict_put,
    json!({"property": {"k1": "hello", "k2": 42}})
);
round_trip!(
    unknown_array,
    unknown_array_get,
    unknown_array_put,
    json!({"property": ["hello", "world"]})
);
round_trip!(
    string_literal,
    string_literal_get,
    string_literal_put,
    json!({"property": "hello"})
);
round_trip!(
    int_literal,
    int_literal_get,
    int_literal_put,
    json!({"property": 42})
);
round_trip!(
    float_literal,
    float_literal_get,
    float_literal_put,
    json!({"property": 43.125})
);
round_trip!(
    boolean_literal,
    boolean_literal_get,
    boolean_literal_put,
    json!({"property": true})
);
round_trip!(
    union_string_literal,
    union_string_literal_get,
    union_string_literal_put,
    json!({"property": "world"})
);
round_trip!(
    union_int_literal,
    union_int_literal_get,
    union_int_literal_put,
    json!({"property": 42})
);
round_trip!(
    union_float_literal,
    union_float_literal_get,
    union_float_literal_put,
    json!({"property": 46.875})
);
round_trip!(
    union_enum_value,
    union_enum_value_get,
    union_enum_value_put,
    json!({"property": "value2"})
);
