//! `xml-service.json`: XML bodies. Each scenario reads the server's body,
//! checks it value by value, and (where the server takes one) sends the
//! model it read back: the server compares what it parses with its own.
//! Every scenario of the file: the legacy Storage-shaped ones and the
//! `XmlGetBytes`/`XmlPutBytes`/`XmlGetUrl`/`XmlPutUrl` of the new routes.

mod common;

use autorest_xml_service::v1_0_0::{
    AccessTier, AutoRestSwaggerBatXmlServiceClient as Client,
    AutoRestSwaggerBatXmlServiceClientGetHeadersResultHeaders as _,
    AutoRestSwaggerBatXmlServiceClientOptions as Options, BlobType, JsonInput, LeaseStatusType,
    PublicAccessType,
};
use azure_core::http::RequestContent;

client!(Client, Options);

#[tokio::test]
async fn simple() {
    let client = client();
    let slideshow = client.get_simple(None).await.unwrap().into_model().unwrap();
    assert_eq!(slideshow.title.as_deref(), Some("Sample Slide Show"));
    assert_eq!(slideshow.date.as_deref(), Some("Date of publication"));
    assert_eq!(slideshow.author.as_deref(), Some("Yours Truly"));
    let slides = slideshow.slides.as_ref().unwrap();
    assert_eq!(slides.len(), 2);
    assert_eq!(slides[0].type_.as_deref(), Some("all"));
    assert_eq!(
        slides[0].title.as_deref(),
        Some("Wake up to WonderWidgets!")
    );
    assert_eq!(slides[0].items, None);
    assert_eq!(
        slides[1].items.as_deref().unwrap(),
        ["Why WonderWidgets are great", "", "Who buys WonderWidgets"]
    );
    client.put_simple(slideshow, None).await.unwrap();
}

#[tokio::test]
async fn wrapped_lists() {
    let client = client();
    let barrel = client
        .get_wrapped_lists(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(barrel.good_apples.as_deref().unwrap(), ["Fuji", "Gala"]);
    assert_eq!(barrel.bad_apples.as_deref().unwrap(), ["Red Delicious"]);
    client.put_wrapped_lists(barrel, None).await.unwrap();
}

#[tokio::test]
async fn empty_lists() {
    let client = client();
    let slideshow = client
        .get_empty_list(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(slideshow.slides.is_none());
    assert_eq!(slideshow.title, None);
    client.put_empty_list(slideshow, None).await.unwrap();

    let barrel = client
        .get_empty_wrapped_lists(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(barrel.good_apples.as_deref(), Some(&[][..]));
    assert_eq!(barrel.bad_apples.as_deref(), Some(&[][..]));
    client.put_empty_wrapped_lists(barrel, None).await.unwrap();
}

#[tokio::test]
async fn lists_at_the_root() {
    let client = client();
    let bananas = client
        .get_root_list(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let names: Vec<_> = bananas.iter().filter_map(|b| b.name.as_deref()).collect();
    assert_eq!(names, ["Cavendish", "Plantain"]);
    assert_eq!(bananas[1].flavor.as_deref(), Some("Savory"));
    let expiration = bananas[0].expiration.unwrap();
    assert_eq!(expiration.unix_timestamp(), 1_519_778_400);
    assert_eq!(expiration.millisecond(), 123);
    client.put_root_list(bananas, None).await.unwrap();

    let single = client
        .get_root_list_single_item(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(single.len(), 1);
    assert_eq!(single[0].name.as_deref(), Some("Cavendish"));
    client
        .put_root_list_single_item(single, None)
        .await
        .unwrap();

    let empty = client
        .get_empty_root_list(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert!(empty.is_empty());
    client.put_empty_root_list(empty, None).await.unwrap();
}

#[tokio::test]
async fn empty_child_element() {
    let client = client();
    let banana = client
        .get_empty_child_element(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(banana.name.as_deref(), Some("Unknown Banana"));
    // `<flavor></flavor>`: an empty string, not a missing one.
    assert_eq!(banana.flavor.as_deref(), Some(""));
    client.put_empty_child_element(banana, None).await.unwrap();
}

#[tokio::test]
async fn complex_types_by_reference() {
    let client = client();
    let no_meta = client
        .get_complex_type_ref_no_meta(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        no_meta.ref_to_model.as_ref().unwrap().id.as_deref(),
        Some("myid")
    );
    assert_eq!(no_meta.something.as_deref(), Some("else"));
    client
        .put_complex_type_ref_no_meta(no_meta, None)
        .await
        .unwrap();

    // The referenced model names its own element: `XMLComplexTypeWithMeta`.
    let with_meta = client
        .get_complex_type_ref_with_meta(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        with_meta.ref_to_model.as_ref().unwrap().id.as_deref(),
        Some("myid")
    );
    assert_eq!(with_meta.something.as_deref(), Some("else"));
    client
        .put_complex_type_ref_with_meta(with_meta, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn storage_containers_and_blobs() {
    let client = client();
    let list = client
        .list_containers(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        list.service_endpoint.as_deref(),
        Some("https://myaccount.blob.core.windows.net/")
    );
    assert_eq!(list.max_results, Some(3));
    assert_eq!(list.next_marker.as_deref(), Some("video"));
    let containers = list.containers.as_ref().unwrap();
    let names: Vec<_> = containers
        .iter()
        .filter_map(|c| c.name.as_deref())
        .collect();
    assert_eq!(names, ["audio", "images", "textfiles"]);
    let properties = containers[0].properties.as_ref().unwrap();
    assert_eq!(properties.etag.as_deref(), Some("0x8CACB9BD7C6B1B2"));
    assert_eq!(properties.public_access, Some(PublicAccessType::Container));
    assert_eq!(
        properties.last_modified.unwrap().unix_timestamp(),
        1_477_514_379
    );

    let blobs = client.list_blobs(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        blobs.container_name.as_deref(),
        Some("https://myaccount.blob.core.windows.net/mycontainer")
    );
    assert_eq!(blobs.next_marker.as_deref(), Some(""));
    let items = blobs.blobs.as_ref().unwrap().blob.as_ref().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(
        items[1].snapshot.as_deref(),
        Some("2009-09-09T09:20:03.0427659Z")
    );
    let first = items[0].properties.as_ref().unwrap();
    assert_eq!(first.content_length, Some(100));
    assert_eq!(first.content_encoding.as_deref(), Some(""));
    assert_eq!(first.blob_type, Some(BlobType::BlockBlob));
    assert_eq!(first.lease_status, Some(LeaseStatusType::Unlocked));
    assert_eq!(first.access_tier, None::<AccessTier>);
    let metadata = items[1].metadata.as_ref().unwrap();
    assert_eq!(metadata["Color"], "green");
    assert_eq!(metadata["x-ms-invalid-name"], "nasdf$@#$$");
    let last = items[4].properties.as_ref().unwrap();
    assert_eq!(last.blob_sequence_number, Some(3));
    assert_eq!(last.blob_type, Some(BlobType::PageBlob));
}

#[tokio::test]
async fn storage_service_properties() {
    let client = client();
    let properties = client
        .get_service_properties(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    let logging = properties.logging.as_ref().unwrap();
    assert_eq!(logging.version.as_deref(), Some("1.0"));
    assert_eq!(
        (logging.delete, logging.read, logging.write),
        (Some(true), Some(false), Some(true))
    );
    assert_eq!(logging.retention_policy.as_ref().unwrap().days, Some(7));
    let minute = properties.minute_metrics.as_ref().unwrap();
    assert_eq!(minute.include_ap_is, Some(true));
    assert!(properties.cors.is_none());
    client
        .put_service_properties(properties, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn storage_container_acls() {
    let client = client();
    let acls = client.get_acls(None).await.unwrap().into_model().unwrap();
    assert_eq!(acls.len(), 1);
    assert_eq!(
        acls[0].id.as_deref(),
        Some("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=")
    );
    let policy = acls[0].access_policy.as_ref().unwrap();
    assert_eq!(policy.permission.as_deref(), Some("rwd"));
    assert_eq!(policy.start.unwrap().millisecond(), 123);
    client.put_acls(acls, None).await.unwrap();
}

#[tokio::test]
async fn json_in_an_xml_spec() {
    let client = client();
    let body = JsonInput {
        id: Some(42),
        ..JsonInput::default()
    };
    client
        .json_input(RequestContent::try_from(body).unwrap(), None)
        .await
        .unwrap();
    let output = client
        .json_output(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(output.id, Some(42));
}

#[tokio::test]
async fn text_beside_an_attribute() {
    let data = client()
        .get_x_ms_text(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(data.language.as_deref(), Some("english"));
    assert_eq!(data.content.as_deref(), Some("I am text"));
}

#[tokio::test]
async fn a_response_header() {
    let response = client().get_headers(None).await.unwrap();
    assert_eq!(
        response.custom_header().unwrap().as_deref(),
        Some("custom-value")
    );
}

#[tokio::test]
async fn bytes_as_base64() {
    let client = client();
    let model = client.get_bytes(None).await.unwrap().into_model().unwrap();
    assert_eq!(model.bytes.as_deref(), Some(&b"Hello world"[..]));
    client.put_binary(model, None).await.unwrap();
}

#[tokio::test]
async fn a_url() {
    let client = client();
    let model = client.get_uri(None).await.unwrap().into_model().unwrap();
    assert_eq!(
        model.url.as_deref(),
        Some("https://myaccount.blob.core.windows.net/")
    );
    client.put_uri(model, None).await.unwrap();
}
