//! The Blob client against Azurite: a container created (and created
//! again: `ContainerAlreadyExists`), blobs put with `x-ms-meta-*` metadata
//! and tags, listed page by page through the pager (three pages of at most
//! two) and resumed from a saved marker, their properties read from typed
//! headers, a range downloaded as a stream, a blob copied both ways (Copy
//! From URL, Start Copy), tags set and read, and blob and container
//! deleted, a missing blob read as `BlobNotFound`; containers listed page
//! by page with their metadata, a hierarchy listing's prefixes, metadata
//! replaced, the service's properties through a read-modify-write (a CORS
//! rule added), names with spaces, non-ASCII and reserved characters, ETag
//! conditions, page and append blobs, blocks staged and committed, a
//! lease; and a SAS with a wrong signature refused (so the passing
//! requests were let in by the SAS, not let through).

use super::{azurite, status_and_code, unique};
use azure_core::http::pager::PagerOptions;
use azure_core::http::{Etag, RequestContent, StatusCode};
use azure_storage_blob_fixture::v2024_08_04::{
    BlobClient, BlobClientBlobAcquireLeaseOptions, BlobClientBlobAcquireLeaseResultHeaders as _,
    BlobClientBlobCopyFromUrlResultHeaders as _, BlobClientBlobDeleteOptions,
    BlobClientBlobDownloadOptions, BlobClientBlobGetPropertiesResultHeaders as _,
    BlobClientBlobSetMetadataOptions, BlobClientBlobSetTagsOptions,
    BlobClientBlobStartCopyFromUrlResultHeaders as _, BlobClientBlockBlobUploadOptions,
    BlobClientBlockBlobUploadResultHeaders as _, BlobClientContainerCreateOptions,
    BlobClientContainerCreateResultHeaders as _,
    BlobClientContainerGetPropertiesResultHeaders as _,
    BlobClientContainerListBlobFlatSegmentOptions, BlobClientPageBlobUploadPagesOptions,
    BlobClientServiceListContainersSegmentOptions, BlobHttpHeaders, BlobItemInternal, BlobTag,
    BlobTags, BlobType, BlockListType, BlockLookupList, CopyStatusType, CorsRule,
    DownloadHeaders as _, LeaseAccessConditions, LeaseStateType, ListBlobsIncludeItem,
    ListContainersIncludeType, ModifiedAccessConditions, PageList, StorageErrorExt as _,
    StorageServiceProperties, SyncCopyStatusType,
};
use azure_storage_blob_fixture::xml::to_xml;
use azurite::Service;
use futures::{StreamExt as _, TryStreamExt as _};
use std::collections::HashMap;

const CONTENT: &[u8] = b"Atlas of the northern shelves";

fn client() -> BlobClient {
    BlobClient::new(&azurite().endpoint(Service::Blob), None, None).expect("a client")
}

/// A new container of the test's own.
async fn container(client: &BlobClient) -> String {
    let name = unique("maps");
    client
        .container_create(&name, None)
        .await
        .expect("the container is created");
    name
}

fn metadata(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Puts `content` as a block blob with `metadata` and the tags `tags`
/// (`key=value&...`).
async fn upload(
    client: &BlobClient,
    container: &str,
    blob: &str,
    content: &[u8],
    metadata: HashMap<String, String>,
    tags: &str,
) -> azure_core::http::Response<
    azure_storage_blob_fixture::v2024_08_04::BlobClientBlockBlobUploadResult,
    azure_core::http::NoFormat,
> {
    client
        .block_blob_upload(
            container,
            blob,
            content.len() as i64,
            RequestContent::from(content.to_vec()),
            Some(BlobClientBlockBlobUploadOptions {
                metadata: Some(metadata),
                blob_tags_string: Some(tags.to_owned()),
                ..Default::default()
            }),
        )
        .await
        .unwrap_or_else(|e| panic!("{blob} uploads: {e}"))
}

/// Reads a whole download, chunk by chunk as it streams.
async fn read_all(download: azure_core::http::AsyncResponse) -> Vec<u8> {
    let mut body = download.into_body();
    let mut read = Vec::new();
    while let Some(chunk) = body.next().await {
        read.extend_from_slice(&chunk.expect("a chunk"));
    }
    read
}

#[tokio::test]
async fn a_container_is_created_and_creating_it_again_is_container_already_exists() {
    let client = client();
    let name = unique("maps");
    let created = client
        .container_create(&name, None)
        .await
        .expect("the container is created");
    assert_eq!(created.status(), StatusCode::Created);
    let etag = created.etag().unwrap().expect("an ETag");
    let properties = client
        .container_get_properties(&name, None)
        .await
        .expect("its properties");
    assert_eq!(properties.etag().unwrap(), Some(etag));

    let error = client
        .container_create(&name, None)
        .await
        .expect_err("a second create is refused");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::Conflict, "ContainerAlreadyExists".to_owned())
    );
    // The XML error body reads as the spec's error model.
    let model = error.storage_error().expect("the error body reads");
    assert!(
        model
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("The specified container already exists.")),
        "{model:?}"
    );
}

#[tokio::test]
async fn blobs_put_with_metadata_and_tags_list_in_pages_of_two() {
    let client = client();
    let container = container(&client).await;
    let names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
    for (i, name) in names.iter().enumerate() {
        upload(
            &client,
            &container,
            name,
            CONTENT,
            metadata(&[("owner", "atlas"), ("index", &i.to_string())]),
            &format!("project=atlas&index={i}"),
        )
        .await;
    }
    let options = |marker: Option<String>| BlobClientContainerListBlobFlatSegmentOptions {
        maxresults: Some(2),
        marker,
        include: Some(vec![
            ListBlobsIncludeItem::Metadata,
            ListBlobsIncludeItem::Tags,
        ]),
        ..Default::default()
    };
    let mut pages = client
        .container_list_blob_flat_segment(&container, Some(options(None)))
        .expect("a pager")
        .into_pages();
    let mut listed: Vec<Vec<BlobItemInternal>> = Vec::new();
    let mut markers = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("a page").into_model().expect("the page reads");
        markers.push(page.next_marker.clone().unwrap_or_default());
        listed.push(page.segment.and_then(|s| s.blob_items).unwrap_or_default());
    }
    let names_of = |items: &[BlobItemInternal]| -> Vec<String> {
        items
            .iter()
            .filter_map(|b| b.name.as_ref()?.content.clone())
            .collect()
    };
    let per_page: Vec<Vec<String>> = listed.iter().map(|p| names_of(p)).collect();
    assert_eq!(
        per_page,
        [
            vec!["a.txt", "b.txt"],
            vec!["c.txt", "d.txt"],
            vec!["e.txt"]
        ]
    );
    // Each page but the last says where the next starts; the last, nowhere.
    assert!(
        !markers[0].is_empty() && !markers[1].is_empty() && markers[2].is_empty(),
        "{markers:?}"
    );

    // Metadata and tags come back in the listing, as put.
    let third = &listed[1][0];
    let user = &third
        .metadata
        .as_ref()
        .expect("metadata")
        .additional_properties;
    assert_eq!(user.get("owner").map(String::as_str), Some("atlas"));
    assert_eq!(user.get("index").map(String::as_str), Some("2"));
    let tags: Vec<(String, String)> = third
        .blob_tags
        .as_ref()
        .and_then(|t| t.blob_tag_set.clone())
        .expect("tags")
        .into_iter()
        .map(|t| (t.key.unwrap_or_default(), t.value.unwrap_or_default()))
        .collect();
    assert!(
        tags.contains(&("project".into(), "atlas".into())),
        "{tags:?}"
    );
    assert!(tags.contains(&("index".into(), "2".into())), "{tags:?}");
    assert_eq!(
        third.properties.as_ref().and_then(|p| p.content_length),
        Some(CONTENT.len() as i64)
    );

    // A listing resumed from the first page's marker goes on from there.
    let resumed: Vec<BlobItemInternal> = client
        .container_list_blob_flat_segment(&container, Some(options(Some(markers[0].clone()))))
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    assert_eq!(names_of(&resumed), ["c.txt", "d.txt", "e.txt"]);

    // So does one resumed from a page iterator's continuation, azure_core's
    // own way to stop and go on later.
    let mut first = client
        .container_list_blob_flat_segment(&container, Some(options(None)))
        .expect("a pager")
        .into_pages();
    first.next().await.expect("a first page").expect("it reads");
    let continuation = first.into_continuation().expect("a continuation");
    assert_eq!(continuation.as_ref(), markers[0]);
    let resumed: Vec<BlobItemInternal> = client
        .container_list_blob_flat_segment(
            &container,
            Some(BlobClientContainerListBlobFlatSegmentOptions {
                method_options: PagerOptions {
                    continuation: Some(continuation),
                    ..Default::default()
                },
                ..options(None)
            }),
        )
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    assert_eq!(names_of(&resumed), ["c.txt", "d.txt", "e.txt"]);
}

#[tokio::test]
async fn a_blobs_properties_read_from_typed_headers() {
    let client = client();
    let container = container(&client).await;
    let uploaded = client
        .block_blob_upload(
            &container,
            "atlas.txt",
            CONTENT.len() as i64,
            RequestContent::from(CONTENT.to_vec()),
            Some(BlobClientBlockBlobUploadOptions {
                metadata: Some(metadata(&[("author", "ann"), ("topic", "maps")])),
                blob_tags_string: Some("project=atlas".into()),
                blob_http_headers: Some(BlobHttpHeaders {
                    blob_content_type: Some("text/plain; charset=utf-8".into()),
                    blob_content_language: Some("en".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("the upload succeeds");
    assert_eq!(uploaded.status(), StatusCode::Created);
    let properties = client
        .blob_get_properties(&container, "atlas.txt", None)
        .await
        .expect("the properties");
    assert_eq!(
        properties.content_length().unwrap(),
        Some(CONTENT.len() as i64)
    );
    assert_eq!(properties.etag().unwrap(), uploaded.etag().unwrap());
    let modified = properties.last_modified().unwrap().expect("Last-Modified");
    assert_eq!(Some(modified), uploaded.last_modified().unwrap());
    assert!(modified.year() >= 2025, "{modified}");
    assert!(properties
        .creation_time()
        .unwrap()
        .is_some_and(|c| c <= modified));
    assert_eq!(
        properties.metadata().unwrap(),
        Some(metadata(&[("author", "ann"), ("topic", "maps")]))
    );
    assert_eq!(
        properties.content_type().unwrap().as_deref(),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(
        properties.content_language().unwrap().as_deref(),
        Some("en")
    );
    // Content-MD5, base64 on the wire, read as the 16 bytes Azurite hashed.
    let md5 = properties.content_md5().unwrap().expect("Content-MD5");
    assert_eq!(md5.len(), 16);
    assert_eq!(uploaded.content_md5().unwrap(), Some(md5));
    assert_eq!(properties.blob_type().unwrap(), Some(BlobType::BlockBlob));
    assert_eq!(
        properties.lease_state().unwrap(),
        Some(LeaseStateType::Available)
    );
    assert_eq!(properties.is_server_encrypted().unwrap(), Some(true));
    assert_eq!(properties.tag_count().unwrap(), Some(1));
}

#[tokio::test]
async fn a_range_downloads_as_a_stream() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        HashMap::new(),
        "",
    )
    .await;
    let download = client
        .blob_download(
            &container,
            "atlas.txt",
            Some(BlobClientBlobDownloadOptions {
                range: Some("bytes=9-11".into()),
                ..Default::default()
            }),
        )
        .await
        .expect("the download starts");
    assert_eq!(download.status(), StatusCode::PartialContent);
    assert_eq!(
        download.content_range().unwrap().as_deref(),
        Some("bytes 9-11/29")
    );
    assert_eq!(download.content_length().unwrap(), Some(3));
    assert_eq!(read_all(download).await, b"the");
}

#[tokio::test]
async fn a_blob_copies_from_its_url_and_by_start_copy() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "source.txt",
        CONTENT,
        metadata(&[("author", "ann")]),
        "",
    )
    .await;
    // The source is read with the same SAS.
    let azurite = azurite();
    let source = format!(
        "{}/{container}/source.txt?{}",
        azurite.account_url(Service::Blob),
        azurite.sas()
    );

    let copied = client
        .blob_copy_from_url(&container, "copy-from-url.txt", &source, None)
        .await
        .expect("Copy From URL");
    assert_eq!(
        copied.copy_status().unwrap(),
        Some(SyncCopyStatusType::Success)
    );
    assert!(copied.copy_id().unwrap().is_some());

    let started = client
        .blob_start_copy_from_url(&container, "start-copy.txt", &source, None)
        .await
        .expect("Start Copy");
    let copy_id = started.copy_id().unwrap().expect("a copy id");
    let mut status = started.copy_status().unwrap();
    // A copy within the account may still be pending: its properties say
    // when it is done.
    for _ in 0..50 {
        if status != Some(CopyStatusType::Pending) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let properties = client
            .blob_get_properties(&container, "start-copy.txt", None)
            .await
            .expect("the copy's properties");
        assert_eq!(
            properties.copy_id().unwrap().as_deref(),
            Some(copy_id.as_str())
        );
        status = properties.copy_status().unwrap();
    }
    assert_eq!(status, Some(CopyStatusType::Success));

    for copy in ["copy-from-url.txt", "start-copy.txt"] {
        let download = client
            .blob_download(&container, copy, None)
            .await
            .unwrap_or_else(|e| panic!("{copy} downloads: {e}"));
        assert_eq!(
            download.metadata().unwrap(),
            Some(metadata(&[("author", "ann")]))
        );
        assert_eq!(read_all(download).await, CONTENT, "{copy}");
    }
}

#[tokio::test]
async fn tags_are_set_and_read_back() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        HashMap::new(),
        "old=1",
    )
    .await;
    let tag = |key: &str, value: &str| BlobTag {
        key: Some(key.into()),
        value: Some(value.into()),
        ..Default::default()
    };
    client
        .blob_set_tags(
            &container,
            "atlas.txt",
            Some(BlobClientBlobSetTagsOptions {
                tags: Some(BlobTags {
                    blob_tag_set: Some(vec![tag("project", "atlas"), tag("stage", "draft")]),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("the tags are set");
    let tags = client
        .blob_get_tags(&container, "atlas.txt", None)
        .await
        .expect("the tags")
        .into_model()
        .expect("the tags read");
    let mut pairs: Vec<(String, String)> = tags
        .blob_tag_set
        .unwrap_or_default()
        .into_iter()
        .map(|t| (t.key.unwrap_or_default(), t.value.unwrap_or_default()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("project".to_owned(), "atlas".to_owned()),
            ("stage".to_owned(), "draft".to_owned())
        ]
    );
}

#[tokio::test]
async fn a_blob_and_its_container_delete_and_then_are_not_found() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        HashMap::new(),
        "",
    )
    .await;
    client
        .blob_delete(&container, "atlas.txt", None)
        .await
        .expect("the blob is deleted");

    // Get Blob's error has a body: the code is in it and in the header.
    let error = client
        .blob_download(&container, "atlas.txt", None)
        .await
        .expect_err("the blob is gone");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::NotFound, "BlobNotFound".to_owned())
    );
    // Get Blob Properties is a HEAD: the code comes from the header alone.
    let error = client
        .blob_get_properties(&container, "atlas.txt", None)
        .await
        .expect_err("the blob is gone");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::NotFound, "BlobNotFound".to_owned())
    );

    client
        .container_delete(&container, None)
        .await
        .expect("the container is deleted");
    let error = client
        .container_get_properties(&container, None)
        .await
        .expect_err("the container is gone");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::NotFound, "ContainerNotFound".to_owned())
    );
}

#[tokio::test]
async fn containers_list_page_by_page_with_their_metadata() {
    let client = client();
    let prefix = unique("shelf");
    for i in 0..3 {
        client
            .container_create(
                &format!("{prefix}-{i}"),
                Some(BlobClientContainerCreateOptions {
                    metadata: Some(metadata(&[("index", &i.to_string())])),
                    ..Default::default()
                }),
            )
            .await
            .expect("the container is created");
    }
    let mut pages = client
        .service_list_containers_segment(Some(BlobClientServiceListContainersSegmentOptions {
            prefix: Some(prefix.clone()),
            maxresults: Some(1),
            include: Some(vec![ListContainersIncludeType::Metadata]),
            ..Default::default()
        }))
        .expect("a pager")
        .into_pages();
    let mut listed = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("a page").into_model().expect("the page reads");
        let containers = page.container_items.unwrap_or_default();
        assert_eq!(containers.len(), 1, "a page of at most one");
        for container in containers {
            let index = container.metadata.and_then(|m| m.get("index").cloned());
            assert!(container.properties.and_then(|p| p.etag).is_some());
            listed.push((
                container.name.unwrap_or_default(),
                index.unwrap_or_default(),
            ));
        }
    }
    let expected: Vec<(String, String)> = (0..3)
        .map(|i| (format!("{prefix}-{i}"), i.to_string()))
        .collect();
    assert_eq!(listed, expected);
}

#[tokio::test]
async fn a_hierarchy_listing_gives_prefixes_and_blobs() {
    let client = client();
    let container = container(&client).await;
    for name in ["north/a.txt", "north/b.txt", "south/c.txt", "top.txt"] {
        upload(&client, &container, name, CONTENT, HashMap::new(), "").await;
    }
    let mut prefixes = Vec::new();
    let mut blobs = Vec::new();
    let mut pages = client
        .container_list_blob_hierarchy_segment(&container, "/", None)
        .expect("a pager")
        .into_pages();
    while let Some(page) = pages.next().await {
        let page = page.expect("a page").into_model().expect("the page reads");
        let segment = page.segment.expect("a segment");
        prefixes.extend(
            segment
                .blob_prefixes
                .unwrap_or_default()
                .into_iter()
                .filter_map(|p| p.name?.content),
        );
        blobs.extend(
            segment
                .blob_items
                .unwrap_or_default()
                .into_iter()
                .filter_map(|b| b.name?.content),
        );
    }
    assert_eq!(prefixes, ["north/", "south/"]);
    assert_eq!(blobs, ["top.txt"]);
}

#[tokio::test]
async fn metadata_set_on_a_blob_replaces_its_metadata() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        metadata(&[("author", "ann")]),
        "",
    )
    .await;
    client
        .blob_set_metadata(
            &container,
            "atlas.txt",
            Some(BlobClientBlobSetMetadataOptions {
                metadata: Some(metadata(&[("reviewer", "bo"), ("state", "final")])),
                ..Default::default()
            }),
        )
        .await
        .expect("the metadata is set");
    let properties = client
        .blob_get_properties(&container, "atlas.txt", None)
        .await
        .expect("the properties");
    assert_eq!(
        properties.metadata().unwrap(),
        Some(metadata(&[("reviewer", "bo"), ("state", "final")]))
    );
}

#[tokio::test]
async fn a_sas_signed_with_another_key_is_refused() {
    let azurite = azurite();
    // The same fields, the signature of other bytes: Azurite checks it.
    let (fields, _) = azurite.sas().rsplit_once("&sig=").expect("a signature");
    let forged = format!(
        "{}?{fields}&sig=a00Hmggux06MEYKfrQ1czLI9Q%2BSp%2F8sULsFIRdjkmE4%3D",
        azurite.account_url(Service::Blob)
    );
    let client = BlobClient::new(&forged, None, None).expect("a client");
    let error = client
        .container_create(&unique("maps"), None)
        .await
        .expect_err("the forged SAS is refused");
    let (status, code) = status_and_code(&error);
    assert_eq!(status, StatusCode::Forbidden);
    assert_eq!(code, "AuthorizationFailure");
}

/// The only test that touches the account's Blob service properties.
#[tokio::test]
async fn service_properties_go_through_a_read_modify_write() {
    let client = client();
    let before = client
        .service_get_properties(None)
        .await
        .expect("the service's properties")
        .into_model()
        .expect("they read");
    let mut changed = before.clone();
    changed.cors = Some(vec![CorsRule {
        allowed_origins: Some("https://maps.example".into()),
        allowed_methods: Some("GET,PUT".into()),
        allowed_headers: Some("x-ms-meta-*".into()),
        exposed_headers: Some("x-ms-request-id".into()),
        max_age_in_seconds: Some(600),
        ..Default::default()
    }]);
    client
        .service_set_properties(changed.clone(), None)
        .await
        .expect("the properties are set");
    let after = client
        .service_get_properties(None)
        .await
        .expect("the service's properties")
        .into_model()
        .expect("they read");
    let rule = &after.cors.as_ref().expect("CORS rules")[0];
    assert_eq!(
        rule.allowed_origins.as_deref(),
        Some("https://maps.example")
    );
    assert_eq!(rule.allowed_methods.as_deref(), Some("GET,PUT"));
    assert_eq!(rule.max_age_in_seconds, Some(600));
    // Everything else came back as it was: the same XML once the rules
    // are put back.
    let mut restored = after.clone();
    restored.cors = before.cors.clone();
    let xml = |p: &StorageServiceProperties| {
        String::from_utf8(to_xml(p).expect("it writes")).expect("UTF-8")
    };
    assert_eq!(xml(&restored), xml(&before));
    assert!(xml(&after).contains("<AllowedOrigins>https://maps.example</AllowedOrigins>"));
}

#[tokio::test]
async fn blob_names_with_spaces_unicode_and_reserved_characters_round_trip() {
    let client = client();
    let container = container(&client).await;
    let names = [
        "shelf one/atlas #1.txt",
        "kühl+schrank?.txt",
        "100%/a&b=c;d.txt",
    ];
    for name in names {
        upload(
            &client,
            &container,
            name,
            name.as_bytes(),
            HashMap::new(),
            "",
        )
        .await;
    }
    let listed: Vec<String> = client
        .container_list_blob_flat_segment(&container, None)
        .expect("a pager")
        .try_collect::<Vec<BlobItemInternal>>()
        .await
        .expect("every page reads")
        .into_iter()
        .filter_map(|b| b.name?.content)
        .collect();
    let mut sorted = names.map(String::from).to_vec();
    sorted.sort();
    assert_eq!(listed, sorted);
    for name in names {
        let download = client
            .blob_download(&container, name, None)
            .await
            .unwrap_or_else(|e| panic!("{name} downloads: {e}"));
        assert_eq!(read_all(download).await, name.as_bytes());
    }
}

#[tokio::test]
async fn conditions_on_etags_are_kept_and_broken_ones_are_typed_errors() {
    let client = client();
    let container = container(&client).await;
    let uploaded = upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        HashMap::new(),
        "",
    )
    .await;
    let etag = uploaded.etag().unwrap().expect("an ETag");

    // If-None-Match: * refuses to overwrite.
    let error = client
        .block_blob_upload(
            &container,
            "atlas.txt",
            1,
            RequestContent::from(b"x".to_vec()),
            Some(BlobClientBlockBlobUploadOptions {
                modified_access_conditions: Some(ModifiedAccessConditions {
                    if_none_match: Some(Etag::from("*")),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect_err("the blob exists");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::Conflict, "BlobAlreadyExists".to_owned())
    );

    // If-Match with the current ETag lets a download through; a stale one
    // is a failed condition.
    let matching = |etag: Etag| BlobClientBlobDownloadOptions {
        modified_access_conditions: Some(ModifiedAccessConditions {
            if_match: Some(etag),
            ..Default::default()
        }),
        ..Default::default()
    };
    client
        .blob_download(&container, "atlas.txt", Some(matching(etag.clone())))
        .await
        .expect("the ETag matches");
    let error = client
        .blob_download(
            &container,
            "atlas.txt",
            Some(matching(Etag::from("\"0x1\""))),
        )
        .await
        .expect_err("a stale ETag");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::PreconditionFailed, "ConditionNotMet".to_owned())
    );
}

#[tokio::test]
async fn page_and_append_blobs_are_written_and_read() {
    let client = client();
    let container = container(&client).await;

    // A page blob of four 512-byte pages, the second and fourth written:
    // Get Page Ranges lists them through its pager.
    client
        .page_blob_create(&container, "disk.vhd", 0, 2048, None)
        .await
        .expect("the page blob is created");
    for range in ["bytes=512-1023", "bytes=1536-2047"] {
        client
            .page_blob_upload_pages(
                &container,
                "disk.vhd",
                512,
                RequestContent::from(vec![7u8; 512]),
                Some(BlobClientPageBlobUploadPagesOptions {
                    range: Some(range.into()),
                    ..Default::default()
                }),
            )
            .await
            .unwrap_or_else(|e| panic!("pages {range}: {e}"));
    }
    let pages: Vec<PageList> = client
        .page_blob_get_page_ranges(&container, "disk.vhd", None)
        .expect("a pager")
        .try_collect()
        .await
        .expect("the page ranges read");
    let ranges: Vec<(i64, i64)> = pages
        .iter()
        .flat_map(|p| p.page_range.clone().unwrap_or_default())
        .map(|r| (r.start.unwrap_or(-1), r.end.unwrap_or(-1)))
        .collect();
    assert_eq!(ranges, [(512, 1023), (1536, 2047)]);

    // An append blob grows block by block.
    client
        .append_blob_create(&container, "log.txt", 0, None)
        .await
        .expect("the append blob is created");
    for line in ["one\n", "two\n"] {
        client
            .append_blob_append_block(
                &container,
                "log.txt",
                line.len() as i64,
                RequestContent::from(line.as_bytes().to_vec()),
                None,
            )
            .await
            .expect("a block is appended");
    }
    let download = client
        .blob_download(&container, "log.txt", None)
        .await
        .expect("the download");
    assert_eq!(download.blob_type().unwrap(), Some(BlobType::AppendBlob));
    assert_eq!(read_all(download).await, b"one\ntwo\n");
}

#[tokio::test]
async fn blocks_are_staged_committed_in_another_order_and_listed() {
    use base64::Engine as _;
    let client = client();
    let container = container(&client).await;
    let id = |i: usize| base64::engine::general_purpose::STANDARD.encode(format!("block-{i:03}"));
    let parts: [&[u8]; 3] = [b"north ", b"(left out) ", b"south "];
    for (i, part) in parts.iter().enumerate() {
        client
            .block_blob_stage_block(
                &container,
                "atlas.txt",
                &id(i),
                part.len() as i64,
                RequestContent::from(part.to_vec()),
                None,
            )
            .await
            .expect("a block is staged");
    }
    // The list is an XML body of `Latest` elements, in the blob's order.
    client
        .block_blob_commit_block_list(
            &container,
            "atlas.txt",
            BlockLookupList {
                latest: Some(vec![id(2), id(0)]),
                ..Default::default()
            },
            None,
        )
        .await
        .expect("the block list is committed");
    let list = client
        .block_blob_get_block_list(&container, "atlas.txt", BlockListType::All, None)
        .await
        .expect("the block list")
        .into_model()
        .expect("it reads");
    let committed: Vec<(String, i64)> = list
        .committed_blocks
        .unwrap_or_default()
        .into_iter()
        .map(|b| (b.name.unwrap_or_default(), b.size.unwrap_or_default()))
        .collect();
    assert_eq!(committed, [(id(2), 6), (id(0), 6)]);
    let download = client
        .blob_download(&container, "atlas.txt", None)
        .await
        .expect("the download");
    assert_eq!(read_all(download).await, b"south north ");
}

#[tokio::test]
async fn a_leased_blob_deletes_only_with_its_lease() {
    let client = client();
    let container = container(&client).await;
    upload(
        &client,
        &container,
        "atlas.txt",
        CONTENT,
        HashMap::new(),
        "",
    )
    .await;
    let lease = client
        .blob_acquire_lease(
            &container,
            "atlas.txt",
            Some(BlobClientBlobAcquireLeaseOptions {
                duration: Some(-1),
                ..Default::default()
            }),
        )
        .await
        .expect("the lease is acquired")
        .lease_id()
        .unwrap()
        .expect("a lease id");
    let properties = client
        .blob_get_properties(&container, "atlas.txt", None)
        .await
        .expect("the properties");
    assert_eq!(
        properties.lease_state().unwrap(),
        Some(LeaseStateType::Leased)
    );

    let error = client
        .blob_delete(&container, "atlas.txt", None)
        .await
        .expect_err("the lease guards it");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::PreconditionFailed, "LeaseIdMissing".to_owned())
    );
    client
        .blob_delete(
            &container,
            "atlas.txt",
            Some(BlobClientBlobDeleteOptions {
                lease_access_conditions: Some(LeaseAccessConditions {
                    lease_id: Some(lease),
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("deleted with its lease");
}
