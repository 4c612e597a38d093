//! `type/property/additional-properties`: models that extend, are, or
//! spread records of unknown values, strings, floats, models and arrays
//! of models, and records beside differently typed known properties, read
//! (`get`) and sent (`put`) with every extra property kept.

mod common;

use serde_json::json;
use spector_type_property_additional_properties::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

round_trip!(
    extends_unknown,
    extends_unknown_get,
    extends_unknown_put,
    json!({"name": "ExtendsUnknownAdditionalProperties", "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    extends_unknown_derived,
    extends_unknown_derived_get,
    extends_unknown_derived_put,
    json!({"name": "ExtendsUnknownAdditionalProperties", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    extends_unknown_discriminated,
    extends_unknown_discriminated_get,
    extends_unknown_discriminated_put,
    json!({"kind": "derived", "name": "Derived", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    is_unknown,
    is_unknown_get,
    is_unknown_put,
    json!({"name": "IsUnknownAdditionalProperties", "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    is_unknown_derived,
    is_unknown_derived_get,
    is_unknown_derived_put,
    json!({"name": "IsUnknownAdditionalProperties", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    is_unknown_discriminated,
    is_unknown_discriminated_get,
    is_unknown_discriminated_put,
    json!({"kind": "derived", "name": "Derived", "index": 314, "age": 2.71875, "prop1": 32, "prop2": true, "prop3": "abc"})
);
round_trip!(
    extends_string,
    extends_string_get,
    extends_string_put,
    json!({"name": "ExtendsStringAdditionalProperties", "prop": "abc"})
);
round_trip!(
    is_string,
    is_string_get,
    is_string_put,
    json!({"name": "IsStringAdditionalProperties", "prop": "abc"})
);
round_trip!(
    extends_float,
    extends_float_get,
    extends_float_put,
    json!({"id": 43.125, "prop": 43.125})
);
round_trip!(
    is_float,
    is_float_get,
    is_float_put,
    json!({"id": 43.125, "prop": 43.125})
);
round_trip!(
    extends_model,
    extends_model_get,
    extends_model_put,
    json!({"knownProp": {"state": "ok"}, "prop": {"state": "ok"}})
);
round_trip!(
    is_model,
    is_model_get,
    is_model_put,
    json!({"knownProp": {"state": "ok"}, "prop": {"state": "ok"}})
);
round_trip!(
    extends_model_array,
    extends_model_array_get,
    extends_model_array_put,
    json!({"knownProp": [{"state": "ok"}, {"state": "ok"}], "prop": [{"state": "ok"}, {"state": "ok"}]})
);
round_trip!(
    is_model_array,
    is_model_array_get,
    is_model_array_put,
    json!({"knownProp": [{"state": "ok"}, {"state": "ok"}], "prop": [{"state": "ok"}, {"state": "ok"}]})
);
round_trip!(
    spread_string,
    spread_string_get,
    spread_string_put,
    json!({"name": "SpreadSpringRecord", "prop": "abc"})
);
round_trip!(
    spread_float,
    spread_float_get,
    spread_float_put,
    json!({"id": 43.125, "prop": 43.125})
);
round_trip!(
    spread_model,
    spread_model_get,
    spread_model_put,
    json!({"knownProp": {"state": "ok"}, "prop": {"state": "ok"}})
);
round_trip!(
    spread_model_array,
    spread_model_array_get,
    spread_model_array_put,
    json!({"knownProp": [{"state": "ok"}, {"state": "ok"}], "prop": [{"state": "ok"}, {"state": "ok"}]})
);
round_trip!(
    spread_different_string,
    spread_different_string_get,
    spread_different_string_put,
    json!({"id": 43.125, "prop": "abc"})
);
round_trip!(
    spread_different_float,
    spread_different_float_get,
    spread_different_float_put,
    json!({"name": "abc", "prop": 43.125})
);
round_trip!(
    spread_different_model,
    spread_different_model_get,
    spread_different_model_put,
    json!({"knownProp": "abc", "prop": {"state": "ok"}})
);
round_trip!(
    spread_different_model_array,
    spread_different_model_array_get,
    spread_different_model_array_put,
    json!({"knownProp": "abc", "prop": [{"state": "ok"}, {"state": "ok"}]})
);
round_trip!(
    extends_different_spread_string,
    extends_different_spread_string_get,
    extends_different_spread_string_put,
    json!({"id": 43.125, "prop": "abc", "derivedProp": "abc"})
);
round_trip!(
    extends_different_spread_float,
    extends_different_spread_float_get,
    extends_different_spread_float_put,
    json!({"name": "abc", "prop": 43.125, "derivedProp": 43.125})
);
round_trip!(
    extends_different_spread_model,
    extends_different_spread_model_get,
    extends_different_spread_model_put,
    json!({"knownProp": "abc", "prop": {"state": "ok"}, "derivedProp": {"state": "ok"}})
);
round_trip!(
    extends_different_spread_model_array,
    extends_different_spread_model_array_get,
    extends_different_spread_model_array_put,
    json!({"knownProp": "abc", "prop": [{"state": "ok"}, {"state": "ok"}], "derivedProp": [{"state": "ok"}, {"state": "ok"}]})
);
round_trip!(
    multiple_spread,
    multiple_spread_get,
    multiple_spread_put,
    json!({"flag": true, "prop1": "abc", "prop2": 43.125})
);
round_trip!(
    spread_record_union,
    spread_record_union_get,
    spread_record_union_put,
    json!({"flag": true, "prop1": "abc", "prop2": 43.125})
);
round_trip!(
    spread_record_non_discriminated_union,
    spread_record_non_discriminated_union_get,
    spread_record_non_discriminated_union_put,
    json!({"name": "abc", "prop1": {"kind": "kind0", "fooProp": "abc"}, "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}})
);
round_trip!(
    spread_record_non_discriminated_union2,
    spread_record_non_discriminated_union2_get,
    spread_record_non_discriminated_union2_put,
    json!({"name": "abc", "prop1": {"kind": "kind1", "start": "2021-01-01T00:00:00Z"}, "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}})
);
round_trip!(
    spread_record_non_discriminated_union3,
    spread_record_non_discriminated_union3_get,
    spread_record_non_discriminated_union3_put,
    json!({"name": "abc", "prop1": [{"kind": "kind1", "start": "2021-01-01T00:00:00Z"}, {"kind": "kind1", "start": "2021-01-01T00:00:00Z"}], "prop2": {"kind": "kind1", "start": "2021-01-01T00:00:00Z", "end": "2021-01-02T00:00:00Z"}})
);
