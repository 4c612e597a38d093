//! `complex-model.json`: catalogs of products in arrays, maps, arrays of
//! maps and maps of arrays. The test server has no route for this file's
//! operations (the other generators only generate it), so its models are
//! read and written back here without a server.

use autorest_complex_model::v2014_04_01_preview::{
    CatalogArray, CatalogArrayOfDictionary, CatalogDictionaryOfArray, Product,
};
use serde_json::{json, Value};

fn product(id: &str) -> Value {
    json!({ "product_id": id, "description": "a product", "display_name": id.to_uppercase(), "capacity": "Large", "image": "https://example.com/p.png" })
}

#[test]
fn catalogs_are_read_and_written_back() {
    let body = json!({ "productArray": [product("a"), product("b")] });
    let array: CatalogArray = serde_json::from_value(body.clone()).unwrap();
    let products = array.product_array.as_deref().unwrap();
    assert_eq!(products[1].product_id.as_deref(), Some("b"));
    assert_eq!(products[1].display_name.as_deref(), Some("B"));
    assert_eq!(products[0].capacity.as_deref(), Some("Large"));
    assert_eq!(serde_json::to_value(&array).unwrap(), body);

    let body = json!({ "productDictionaryOfArray": { "x": [product("a")], "y": [] } });
    let read: CatalogDictionaryOfArray = serde_json::from_value(body.clone()).unwrap();
    let map = read.product_dictionary_of_array.as_ref().unwrap();
    assert_eq!(
        map["x"][0].image.as_deref(),
        Some("https://example.com/p.png")
    );
    assert!(map["y"].is_empty());
    assert_eq!(serde_json::to_value(&read).unwrap(), body);

    let body = json!({ "productArrayOfDictionary": [{ "x": product("a") }, {}] });
    let read: CatalogArrayOfDictionary = serde_json::from_value(body.clone()).unwrap();
    let array = read.product_array_of_dictionary.as_ref().unwrap();
    assert_eq!(array[0]["x"].description.as_deref(), Some("a product"));
    assert_eq!(serde_json::to_value(&read).unwrap(), body);
    assert!(serde_json::from_value::<Product>(json!({ "product_id": 5 })).is_err());
}
