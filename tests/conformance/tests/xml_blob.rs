//! The generated Storage Blob 2024-08-04 client (fixture
//! `azure_storage_blob_fixture`) against the harness's loopback
//! [`MockServer`], on bodies written as the service writes them: a blob
//! listing page by page through `NextMarker`, blob names with their
//! `Encoded` attribute, metadata with its `Encrypted` attribute beside the
//! user's keys, tags, empty elements; read and written back byte for byte.

use azure_conformance::{MockServer, Reply};
use azure_storage_blob_fixture::v2024_08_04::{
    BlobClient, BlobClientOptions, BlobItemInternal, ListBlobsFlatSegmentResponse,
};
use futures::TryStreamExt;

fn xml(body: &str) -> Reply {
    Reply {
        status: 200,
        headers: vec![("content-type".into(), "application/xml".into())],
        body: body.as_bytes().to_vec(),
        ..Reply::default()
    }
}

fn blob(name: &str) -> String {
    format!(
        "<Blob><Name Encoded=\"false\">{name}</Name><Properties>\
         <Creation-Time>Tue, 31 Dec 2024 09:00:00 GMT</Creation-Time>\
         <Last-Modified>Wed, 01 Jan 2025 10:00:00 GMT</Last-Modified>\
         <Etag>0x8DD2A</Etag><Content-Length>1024</Content-Length>\
         <Content-Type>text/plain</Content-Type><Content-Encoding />\
         <Content-MD5>sQqNsWTgdUEFt6mb5y4/5Q==</Content-MD5>\
         <BlobType>BlockBlob</BlobType><LeaseStatus>unlocked</LeaseStatus>\
         <LeaseState>available</LeaseState><ServerEncrypted>true</ServerEncrypted>\
         <AccessTier>Hot</AccessTier><AccessTierInferred>true</AccessTierInferred>\
         <CopyCompletionTime /></Properties>\
         <Metadata Encrypted=\"false\"><author>ann</author><topic>maps</topic></Metadata>\
         <Tags><TagSet><Tag><Key>project</Key><Value>atlas</Value></Tag></TagSet></Tags>\
         <NewThing kind=\"x\">kept</NewThing></Blob>"
    )
}

fn page(names: &[&str], next: &str) -> String {
    let blobs: String = names.iter().map(|n| blob(n)).collect();
    let next = if next.is_empty() {
        "<NextMarker />".to_owned()
    } else {
        format!("<NextMarker>{next}</NextMarker>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <EnumerationResults ServiceEndpoint=\"https://account.blob.core.windows.net/\" ContainerName=\"maps\">\
         <MaxResults>2</MaxResults><Blobs>{blobs}</Blobs>{next}</EnumerationResults>"
    )
}

#[test]
fn a_blob_listing_reads_typed_and_writes_back_byte_for_byte() {
    let body = page(&["a.txt", "b.txt"], "2!c");
    let list: ListBlobsFlatSegmentResponse =
        azure_storage_blob_fixture::xml::from_xml(body.as_bytes()).expect("the page reads");
    assert_eq!(list.container_name.as_deref(), Some("maps"));
    let blobs = list
        .segment
        .as_ref()
        .and_then(|s| s.blob_items.as_ref())
        .expect("blobs");
    let first: &BlobItemInternal = &blobs[0];
    let name = first.name.as_ref().unwrap();
    assert_eq!(name.content.as_deref(), Some("a.txt"));
    assert_eq!(name.encoded, Some(false));
    let properties = first.properties.as_ref().unwrap();
    assert_eq!(properties.content_length, Some(1024));
    assert_eq!(properties.content_encoding.as_deref(), Some(""));
    assert_eq!(properties.copy_completion_time, None);
    assert_eq!(properties.server_encrypted, Some(true));
    assert_eq!(properties.content_md5.as_ref().map(Vec::len), Some(16));
    let metadata = first.metadata.as_ref().unwrap();
    assert_eq!(metadata.encrypted.as_deref(), Some("false"));
    assert_eq!(
        metadata
            .additional_properties
            .get("author")
            .map(String::as_str),
        Some("ann")
    );
    let tags = first
        .blob_tags
        .as_ref()
        .and_then(|t| t.blob_tag_set.as_ref());
    assert_eq!(tags.map(Vec::len), Some(1));
    assert_eq!(first.additional_xml.elements[0].name, "NewThing");
    let written = azure_storage_blob_fixture::xml::to_xml(&list).expect("the page writes");
    // Only the empty typed element is not written back: it held no value.
    assert_eq!(
        String::from_utf8(written).unwrap(),
        body.replace("<CopyCompletionTime /></Properties>", "</Properties>")
    );
}

#[tokio::test]
async fn list_blobs_follows_next_marker() {
    let server = MockServer::start(vec![
        xml(&page(&["a.txt", "b.txt"], "2!c")),
        xml(&page(&["c.txt"], "")),
    ])
    .await;
    let client = BlobClient::new(
        server.endpoint().as_str(),
        Some(BlobClientOptions {
            client_options: server.client_options(),
            ..BlobClientOptions::default()
        }),
    )
    .expect("a client");
    let names: Vec<String> = client
        .container_list_blob_flat_segment("maps", None)
        .expect("a pager")
        .try_collect::<Vec<BlobItemInternal>>()
        .await
        .expect("every page reads")
        .into_iter()
        .filter_map(|b| b.name?.content)
        .collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let second = requests[1].query.clone().unwrap_or_default();
    assert!(second.contains("marker=2%21c"), "{second}");
    assert!(second.contains("restype=container"), "{second}");
}
