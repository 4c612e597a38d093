//! `type/union`: unions of strings, numbers, models, enums, arrays and
//! literals as a property `prop`, read (`get`) and sent (`send`, with the
//! model read: both bodies are `{"prop": …}`).

mod common;

use serde_json::json;
use spector_type_union::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

round_trip!(
    strings_only,
    strings_only_get,
    strings_only_send,
    json!({"prop": "b"})
);
round_trip!(
    string_extensible,
    string_extensible_get,
    string_extensible_send,
    json!({"prop": "custom"})
);
round_trip!(
    string_extensible_named,
    string_extensible_named_get,
    string_extensible_named_send,
    json!({"prop": "custom"})
);
round_trip!(ints_only, ints_only_get, ints_only_send, json!({"prop": 2}));
round_trip!(
    floats_only,
    floats_only_get,
    floats_only_send,
    json!({"prop": 2.2})
);
round_trip!(
    models_only,
    models_only_get,
    models_only_send,
    json!({"prop": {"name": "test"}})
);
round_trip!(
    enums_only,
    enums_only_get,
    enums_only_send,
    json!({"prop": {"lr": "right", "ud": "up"}})
);
round_trip!(
    string_and_array,
    string_and_array_get,
    string_and_array_send,
    json!({"prop": {"string": "test", "array": ["test1", "test2"]}})
);
round_trip!(
    mixed_literals,
    mixed_literals_get,
    mixed_literals_send,
    json!({"prop": {"stringLiteral": "a", "intLiteral": 2, "floatLiteral": 3.3, "booleanLiteral": true}})
);
round_trip!(
    mixed_types,
    mixed_types_get,
    mixed_types_send,
    json!({"prop": {"model": {"name": "test"}, "literal": "a", "int": 2, "boolean": true, "array": [{"name": "test"}, "a", 2, true]}})
);
