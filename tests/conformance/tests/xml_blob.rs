//! The generated Storage Blob 2024-08-04 client (fixture
//! `azure_storage_blob_fixture`) against the harness's loopback
//! [`MockServer`], on bodies written as the service writes them: a blob
//! listing page by page through `NextMarker`, blob names with their
//! `Encoded` attribute, metadata with its `Encrypted` attribute beside the
//! user's keys, tags, empty elements; read and written back byte for byte;
//! a blob uploaded as bytes and a range of it downloaded as a stream; a
//! SAS on the endpoint, or an Entra ID token for Storage's scope.

use std::sync::{Arc, Mutex};

use azure_conformance::{FixedTokenCredential, MockServer, Reply, TEST_TOKEN};
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::http::RequestContent;
use azure_storage_blob_fixture::v2024_08_04::{
    BlobClient, BlobClientBlobDownloadOptions, BlobClientBlockBlobUploadResultHeaders as _,
    BlobClientOptions, BlobItemInternal, DownloadHeaders as _, ListBlobsFlatSegmentResponse,
};
use futures::{StreamExt as _, TryStreamExt};

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
    // All of it, the empty typed element (no value) included.
    assert_eq!(String::from_utf8(written).unwrap(), body);
}

#[test]
fn attributes_and_metadata_in_the_services_order_are_written_back_so() {
    // The table writes attributes in the spec's order and a map's entries
    // sorted by key; a body read another way is written back as read.
    let body = page(&["a.txt"], "")
        .replace(
            "ServiceEndpoint=\"https://account.blob.core.windows.net/\" ContainerName=\"maps\"",
            "ContainerName=\"maps\" ServiceEndpoint=\"https://account.blob.core.windows.net/\"",
        )
        .replace(
            "<author>ann</author><topic>maps</topic>",
            "<topic>maps</topic><author>ann</author>",
        );
    let mut list: ListBlobsFlatSegmentResponse =
        azure_storage_blob_fixture::xml::from_xml(body.as_bytes()).expect("the page reads");
    let written = azure_storage_blob_fixture::xml::to_xml(&list).expect("the page writes");
    assert_eq!(String::from_utf8(written).unwrap(), body);

    // A value changed keeps its place; a date changed is written anew.
    let blob = &mut list.segment.as_mut().unwrap().blob_items.as_mut().unwrap()[0];
    let properties = blob.properties.as_mut().unwrap();
    properties.creation_time = properties.last_modified;
    let metadata = blob.metadata.as_mut().unwrap();
    metadata
        .additional_properties
        .insert("topic".into(), "seas".into());
    let written =
        String::from_utf8(azure_storage_blob_fixture::xml::to_xml(&list).unwrap()).unwrap();
    assert_eq!(
        written,
        body.replace(
            "<Creation-Time>Tue, 31 Dec 2024 09:00:00 GMT",
            "<Creation-Time>Wed, 01 Jan 2025 10:00:00 GMT"
        )
        .replace("<topic>maps</topic>", "<topic>seas</topic>")
    );
}

#[tokio::test]
async fn list_blobs_follows_next_marker() {
    let server = MockServer::start(vec![
        Reply::xml(200, &page(&["a.txt", "b.txt"], "2!c")),
        Reply::xml(200, &page(&["c.txt"], "")),
    ])
    .await;
    let client = BlobClient::new(
        server.endpoint().as_str(),
        None,
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

fn client(server: &MockServer) -> BlobClient {
    BlobClient::new(
        server.endpoint().as_str(),
        None,
        Some(BlobClientOptions {
            client_options: server.client_options(),
            ..BlobClientOptions::default()
        }),
    )
    .expect("a client")
}

#[tokio::test]
async fn a_blob_uploads_as_bytes_and_a_range_downloads_as_a_stream() {
    let content = b"Atlas of the northern shelves".to_vec();
    let server = MockServer::start(vec![
        Reply {
            status: 201,
            headers: vec![
                ("etag".into(), "\"0x8DD2A\"".into()),
                (
                    "last-modified".into(),
                    "Wed, 01 Jan 2025 10:00:00 GMT".into(),
                ),
            ],
            ..Reply::default()
        },
        Reply {
            status: 206,
            headers: vec![
                ("content-type".into(), "application/octet-stream".into()),
                ("content-range".into(), "bytes 9-11/29".into()),
                (
                    "last-modified".into(),
                    "Wed, 01 Jan 2025 10:00:00 GMT".into(),
                ),
            ],
            body: content[9..12].to_vec(),
            ..Reply::default()
        },
    ])
    .await;
    let client = client(&server);
    let uploaded = client
        .block_blob_upload(
            "maps",
            "atlas.txt",
            content.len() as i64,
            RequestContent::from(content.clone()),
            None,
        )
        .await
        .expect("the upload succeeds");
    assert_eq!(
        uploaded.etag().unwrap().map(|e| e.to_string()).as_deref(),
        Some("\"0x8DD2A\"")
    );
    let download = client
        .blob_download(
            "maps",
            "atlas.txt",
            Some(BlobClientBlobDownloadOptions {
                range: Some("bytes=9-11".into()),
                ..Default::default()
            }),
        )
        .await
        .expect("the download starts");
    assert_eq!(
        download.content_range().unwrap().as_deref(),
        Some("bytes 9-11/29")
    );
    let mut body = download.into_body();
    let mut read = Vec::new();
    while let Some(chunk) = body.next().await {
        read.extend_from_slice(&chunk.expect("a chunk"));
    }
    assert_eq!(read, b"the");

    let requests = server.requests();
    // The bytes go as they are, not as a JSON document.
    assert_eq!(requests[0].method, "PUT");
    assert_eq!(requests[0].body, content);
    assert_eq!(
        requests[0].header_values("content-type"),
        ["application/octet-stream"]
    );
    assert_eq!(requests[0].header_values("x-ms-blob-type"), ["BlockBlob"]);
    assert_eq!(requests[0].header_values("content-length"), ["29"]);
    assert_eq!(requests[1].header_values("x-ms-range"), ["bytes=9-11"]);
}

#[tokio::test]
async fn a_sas_on_the_endpoint_rides_on_every_request_and_page() {
    let server = MockServer::start(vec![
        Reply::xml(200, &page(&["a.txt", "b.txt"], "2!c")),
        Reply::xml(200, &page(&["c.txt"], "")),
        Reply {
            status: 200,
            body: b"blob".to_vec(),
            ..Reply::default()
        },
    ])
    .await;
    let sas = "sv=2024-08-04&ss=b&srt=sco&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=k%2Bq%2Fz%3D";
    let endpoint = format!("{}?{sas}", server.endpoint());
    let client = BlobClient::new(
        &endpoint,
        None,
        Some(BlobClientOptions {
            client_options: server.client_options(),
            ..BlobClientOptions::default()
        }),
    )
    .expect("a client");
    let listed = client
        .container_list_blob_flat_segment("maps", None)
        .expect("a pager")
        .try_collect::<Vec<BlobItemInternal>>()
        .await
        .expect("every page reads");
    assert_eq!(listed.len(), 3);
    client
        .blob_download("maps", "a.txt", None)
        .await
        .expect("the download");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    // Each SAS field once, as given (the signature's escapes kept).
    for request in &requests {
        request.assert_query_once(sas);
    }
    assert!(requests[1]
        .query
        .as_deref()
        .unwrap()
        .contains("marker=2%21c"));
    // No credential given: the SAS is the authorization, no token is sent.
    for request in &requests {
        assert!(request.header_values("authorization").is_empty());
    }
}

/// A token credential that records the scopes it is asked for.
#[derive(Debug, Default)]
struct ScopeRecorder {
    scopes: Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl TokenCredential for ScopeRecorder {
    async fn get_token(
        &self,
        scopes: &[&str],
        options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        self.scopes
            .lock()
            .expect("unpoisoned")
            .extend(scopes.iter().map(|s| s.to_string()));
        FixedTokenCredential::default()
            .get_token(scopes, options)
            .await
    }
}

#[tokio::test]
async fn an_entra_id_token_is_asked_for_storages_scope_and_sent() {
    // The spec declares no `security`; the manifest gives Storage's scope.
    let server = MockServer::start(vec![Reply {
        status: 200,
        body: b"blob".to_vec(),
        ..Reply::default()
    }])
    .await;
    let credential = Arc::new(ScopeRecorder::default());
    let client = BlobClient::new(
        server.endpoint().as_str(),
        Some(credential.clone()),
        Some(BlobClientOptions {
            client_options: server.client_options(),
            ..BlobClientOptions::default()
        }),
    )
    .expect("a client");
    client
        .blob_download("maps", "a.txt", None)
        .await
        .expect("the download");
    assert_eq!(
        *credential.scopes.lock().expect("unpoisoned"),
        ["https://storage.azure.com/.default"]
    );
    let requests = server.requests();
    assert_eq!(
        requests[0].header_values("authorization"),
        [format!("Bearer {TEST_TOKEN}")]
    );
}
