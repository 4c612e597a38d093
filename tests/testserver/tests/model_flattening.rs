//! `model-flattening.json`: `x-ms-client-flatten` on properties. The
//! fields of a flattened property (ARM's `properties` bag, nested twice in
//! `SimpleProduct`) are fields of the model itself, under their client
//! names, while the wire stays nested; a name the model has already takes
//! its holder's name first (`properties.type` → `properties_type`).
//!
//! A body parameter marked `x-ms-client-flatten` is passed as its model, as
//! the official Rust crates and AutoRest for Go do (see the README).

mod common;

use std::collections::HashMap;

use autorest_model_flattening::v1_0_0::{
    AutoRestResourceFlatteningTestServiceClient as Client,
    AutoRestResourceFlatteningTestServiceClientOptions as Options,
    FlattenedProductPropertiesProvisioningStateValues as ProvisioningStateValues, *,
};
use serde_json::json;

client!(Client, Options);

fn tags() -> HashMap<String, String> {
    HashMap::from([
        ("tag1".to_owned(), "value1".to_owned()),
        ("tag2".to_owned(), "value3".to_owned()),
    ])
}

fn resource(location: &str, tags: Option<HashMap<String, String>>) -> Resource {
    Resource {
        location: Some(location.to_owned()),
        tags,
        ..Default::default()
    }
}

fn product(location: &str, name: &str, tags: Option<HashMap<String, String>>) -> FlattenedProduct {
    FlattenedProduct {
        location: Some(location.to_owned()),
        tags,
        p_name: Some(name.to_owned()),
        properties_type: Some("Flat".to_owned()),
        ..Default::default()
    }
}

/// The first resource the server sends in every scenario, with its
/// flattened `properties`.
fn assert_flattened_first(p: &FlattenedProduct, id: &str, name: &str) {
    assert_eq!(p.id.as_deref(), Some(id));
    assert_eq!(p.location.as_deref(), Some("Building 44"));
    assert_eq!(p.name.as_deref(), Some(name));
    assert_eq!(p.type_.as_deref(), Some("Microsoft.Web/sites"));
    assert_eq!(p.tags, Some(tags()));
    assert_eq!(p.provisioning_state.as_deref(), Some("Succeeded"));
    assert_eq!(
        p.provisioning_state_values,
        Some(ProvisioningStateValues::Ok_)
    );
    assert_eq!(
        p.p_name.as_deref(),
        Some(&*name.replace("Resource", "Product"))
    );
    assert_eq!(p.properties_type.as_deref(), Some("Flat"));
    // Nothing of `properties` is left over for the catch-all.
    assert!(p.additional_properties.is_empty(), "{p:?}");
}

fn assert_plain(p: &FlattenedProduct, id: &str, location: Option<&str>) {
    assert_eq!(p.id.as_deref(), Some(id));
    assert_eq!(p.location.as_deref(), location);
    assert_eq!(p.p_name, None);
    assert_eq!(p.provisioning_state, None);
}

#[tokio::test]
async fn get_array() {
    let products = client()
        .get_array(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(products.len(), 3);
    assert_flattened_first(&products[0], "1", "Resource1");
    assert_plain(&products[1], "2", Some("Building 44"));
    assert_plain(&products[2], "3", None);
}

#[tokio::test]
async fn put_array() {
    let body = vec![
        resource("West US", Some(tags())),
        resource("Building 44", None),
    ];
    let options = AutoRestResourceFlatteningTestServiceClientPutArrayOptions {
        resource_array: Some(common::json(&body)),
        ..Default::default()
    };
    client().put_array(Some(options)).await.unwrap();
}

#[tokio::test]
async fn get_dictionary() {
    let products = client()
        .get_dictionary(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_flattened_first(&products["Product1"], "1", "Resource1");
    assert_plain(&products["Product2"], "2", Some("Building 44"));
    assert_plain(&products["Product3"], "3", None);
}

fn products_dictionary() -> HashMap<String, FlattenedProduct> {
    HashMap::from([
        (
            "Resource1".to_owned(),
            product("West US", "Product1", Some(tags())),
        ),
        (
            "Resource2".to_owned(),
            product("Building 44", "Product2", None),
        ),
    ])
}

#[tokio::test]
async fn put_dictionary() {
    let body = products_dictionary();
    // The wire is nested again.
    let wire = serde_json::to_value(&body["Resource2"]).unwrap();
    assert_eq!(
        wire,
        json!({ "location": "Building 44", "properties": { "p.name": "Product2", "type": "Flat" } })
    );
    let options = AutoRestResourceFlatteningTestServiceClientPutDictionaryOptions {
        resource_dictionary: Some(common::json(&body)),
        ..Default::default()
    };
    client().put_dictionary(Some(options)).await.unwrap();
}

#[tokio::test]
async fn get_resource_collection() {
    let collection = client()
        .get_resource_collection(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let dictionary = collection.dictionaryofresources.unwrap();
    assert_flattened_first(&dictionary["Product1"], "1", "Resource1");
    assert_plain(&dictionary["Product3"], "3", None);
    let array = collection.arrayofresources.unwrap();
    assert_flattened_first(&array[0], "4", "Resource4");
    assert_plain(&array[2], "6", None);
    assert_plain(
        &collection.productresource.unwrap(),
        "7",
        Some("Building 44"),
    );
}

#[tokio::test]
async fn put_resource_collection() {
    let body = ResourceCollection {
        arrayofresources: Some(vec![
            product("West US", "Product1", Some(tags())),
            product("East US", "Product2", None),
        ]),
        dictionaryofresources: Some(products_dictionary()),
        productresource: Some(product("India", "Azure", None)),
        ..Default::default()
    };
    let options = AutoRestResourceFlatteningTestServiceClientPutResourceCollectionOptions {
        resource_complex_object: Some(common::json(&body)),
        ..Default::default()
    };
    client()
        .put_resource_collection(Some(options))
        .await
        .unwrap();
}

/// `SimpleProduct` with `details` and, inside it, `max_product_image`
/// flattened: five fields on one struct, three levels on the wire.
fn simple_product(generic_value: Option<&str>) -> SimpleProduct {
    SimpleProduct {
        product_id: Some("123".to_owned()),
        description: Some("product description".to_owned()),
        max_product_display_name: Some("max name".to_owned()),
        capacity: Some(SimpleProductPropertiesMaxProductCapacity::Large),
        odata_value: Some("http://foo".to_owned()),
        generic_value: generic_value.map(str::to_owned),
        ..Default::default()
    }
}

fn assert_simple_product(p: &SimpleProduct, generic_value: Option<&str>) {
    assert_eq!(p.product_id.as_deref(), Some("123"));
    assert_eq!(p.description.as_deref(), Some("product description"));
    assert_eq!(p.max_product_display_name.as_deref(), Some("max name"));
    assert_eq!(
        p.capacity,
        Some(SimpleProductPropertiesMaxProductCapacity::Large)
    );
    assert_eq!(p.odata_value.as_deref(), Some("http://foo"));
    assert_eq!(p.generic_value.as_deref(), generic_value);
    assert!(p.additional_properties.is_empty(), "{p:?}");
}

#[tokio::test]
async fn put_simple_product_with_an_inherited_nested_field() {
    let options = AutoRestResourceFlatteningTestServiceClientPutSimpleProductOptions {
        simple_body_product: Some(common::json(&simple_product(Some("https://generic")))),
        ..Default::default()
    };
    let echoed = client()
        .put_simple_product(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_simple_product(&echoed, Some("https://generic"));
}

#[tokio::test]
async fn post_flattened_body_parameter() {
    let options = AutoRestResourceFlatteningTestServiceClientPostFlattenedSimpleProductOptions {
        simple_body_product: Some(common::json(&simple_product(None))),
        ..Default::default()
    };
    let echoed = client()
        .post_flattened_simple_product(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_simple_product(&echoed, None);
}

#[tokio::test]
async fn flattened_body_in_a_parameter_group() {
    let group = FlattenParameterGroup {
        name: "groupproduct".to_owned(),
        simple_body_product: Some(common::json(&simple_product(None))),
    };
    let echoed = client()
        .put_simple_product_with_grouping(group, None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_simple_product(&echoed, None);
}

#[test]
fn unknown_nested_properties_are_kept_and_written_back() {
    let wire = json!({
        "id": "1",
        "properties": { "p.name": "a", "newSetting": { "on": true } },
        "newTopLevel": 2
    });
    let product: FlattenedProduct = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(product.p_name.as_deref(), Some("a"));
    assert_eq!(
        product.additional_properties["properties"],
        json!({ "newSetting": { "on": true } })
    );
    assert_eq!(serde_json::to_value(&product).unwrap(), wire);
}
