//! The generated Storage Data Lake clients (fixture
//! `azure_storage_datalake_fixture`, modules `v2019_10_31` and
//! `v2023_05_03`) against the harness's loopback [`MockServer`], on bodies
//! and headers written as the service writes them (Data Lake's specs carry
//! no x-ms-examples; the List Paths page is the service's own, numbers and
//! booleans as strings): paths and filesystems listed page by page through
//! the `x-ms-continuation` header, and resumed from a saved token; the
//! filesystem's blobs listed as XML through `NextMarker`; a file created,
//! appended and flushed; its properties as typed headers; a JSON error's
//! code in the error; a SAS on the endpoint on every request and page.

use azure_conformance::{MockServer, Reply};
use azure_core::error::ErrorKind;
use azure_core::http::pager::{PagerContinuation, PagerOptions};
use azure_core::http::RequestContent;
use azure_storage_datalake_fixture::v2023_05_03::{
    DataLakeClient, DataLakeClientFileSystemListBlobHierarchySegmentOptions,
    DataLakeClientFileSystemListPathsOptions, DataLakeClientOptions,
    DataLakeClientPathAppendDataOptions, DataLakeClientPathAppendDataResultHeaders as _,
    DataLakeClientPathCreateOptions, DataLakeClientPathCreateResultHeaders as _,
    DataLakeClientPathFlushDataOptions, DataLakeClientPathFlushDataResultHeaders as _,
    DataLakeClientPathGetPropertiesResultHeaders as _, ListBlobsHierarchySegmentResponse, Path,
    PathHttpHeaders, PathResourceType, StorageErrorExt as _,
};
use futures::TryStreamExt as _;

/// The service's List Paths entries: `contentLength`, `isDirectory` and
/// the times are strings; a file has no `isDirectory`.
fn path_entry(name: &str, directory: bool) -> serde_json::Value {
    let mut entry = serde_json::json!({
        "contentLength": if directory { "0" } else { "1024" },
        "creationTime": "133256687100169757",
        "etag": "0x8DB3A575D040E1D",
        "expiryTime": "0",
        "group": "$superuser",
        "lastModified": "Tue, 11 Apr 2023 06:38:30 GMT",
        "name": name,
        "owner": "$superuser",
        "permissions": if directory { "rwx---rwx" } else { "rw-r-----" }
    });
    if directory {
        entry["isDirectory"] = "true".into();
    }
    entry
}

/// A List Paths answer: its page, and the token of the rest, if any.
fn paths_page(names: &[(&str, bool)], continuation: Option<&str>) -> Reply {
    let paths: Vec<serde_json::Value> = names.iter().map(|(n, d)| path_entry(n, *d)).collect();
    let mut reply = Reply::json(200, &serde_json::json!({ "paths": paths }));
    reply.headers.extend([
        ("date".into(), "Tue, 11 Apr 2023 06:40:00 GMT".into()),
        (
            "x-ms-request-id".into(),
            "5c8fa8ef-001f-0030-2f3c-6c8b8a000000".into(),
        ),
        ("x-ms-version".into(), "2023-05-03".into()),
    ]);
    if let Some(token) = continuation {
        reply
            .headers
            .push(("x-ms-continuation".into(), token.into()));
    }
    reply
}

/// Tokens as the service writes them: opaque base64, with `/`, `+`, `=`
/// that the query must escape.
const FIRST_TOKEN: &str = "VBaS6LfytfKX1wEYnQEYby9hdGxhcy9mczEBMDFEOTBEMkM3/RkMx+QTE2MS9kaXIx==";
const SECOND_TOKEN: &str = "VBbzu86Hto/ksJQBGGAYWy9hdGxhcy9mczEBMDFEOTBEMkM3+RkMxQTE2MS9kaXIy";

fn client(server: &MockServer) -> DataLakeClient {
    client_at(server, server.endpoint().as_str())
}

fn client_at(server: &MockServer, endpoint: &str) -> DataLakeClient {
    DataLakeClient::new(
        endpoint,
        None,
        Some(DataLakeClientOptions {
            client_options: server.client_options(),
            ..DataLakeClientOptions::default()
        }),
    )
    .expect("a client")
}

/// The decoded values of query parameter `name` in a request.
fn query_values(query: Option<&str>, name: &str) -> Vec<String> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .collect()
}

#[tokio::test]
async fn list_paths_reads_three_pages_through_the_continuation_header() {
    let server = MockServer::start(vec![
        paths_page(&[("dir1", true), ("dir1/a.txt", false)], Some(FIRST_TOKEN)),
        paths_page(&[("dir1/b.txt", false)], Some(SECOND_TOKEN)),
        paths_page(&[("dir2", true)], None),
    ])
    .await;
    let paths: Vec<Path> = client(&server)
        .file_system_list_paths(
            "atlas",
            true,
            Some(DataLakeClientFileSystemListPathsOptions {
                max_results: Some(2),
                ..Default::default()
            }),
        )
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    let names: Vec<&str> = paths.iter().filter_map(|p| p.name.as_deref()).collect();
    assert_eq!(names, ["dir1", "dir1/a.txt", "dir1/b.txt", "dir2"]);
    // The service's strings read as the spec's types.
    assert_eq!(paths[0].is_directory, Some(true));
    assert_eq!(paths[0].content_length, Some(0));
    assert_eq!(paths[1].is_directory, None);
    assert_eq!(paths[1].content_length, Some(1024));
    assert_eq!(paths[1].permissions.as_deref(), Some("rw-r-----"));
    assert_eq!(paths[1].expiry_time.as_deref(), Some("0"));
    assert_eq!(
        paths[1].creation_time.as_deref(),
        Some("133256687100169757")
    );
    // The spec spells the property `eTag`, the service `etag`; JSON keys
    // keep their case, so the value is kept with what the spec does not
    // define.
    assert_eq!(paths[1].etag, None);
    assert_eq!(
        paths[1].additional_properties.get("etag"),
        Some(&serde_json::json!("0x8DB3A575D040E1D"))
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for (request, token) in requests
        .iter()
        .zip([None, Some(FIRST_TOKEN), Some(SECOND_TOKEN)])
    {
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/atlas");
        let query = request.query.as_deref();
        assert_eq!(query_values(query, "resource"), ["filesystem"]);
        assert_eq!(query_values(query, "recursive"), ["true"]);
        assert_eq!(query_values(query, "maxResults"), ["2"]);
        // Each page's token once, as the header gave it.
        let expected: Vec<String> = token.into_iter().map(str::to_owned).collect();
        assert_eq!(query_values(query, "continuation"), expected);
        assert_eq!(request.header_values("x-ms-version"), ["2023-05-03"]);
    }
}

#[tokio::test]
async fn list_paths_resumes_from_a_saved_continuation() {
    let server = MockServer::start(vec![
        paths_page(&[("dir1/b.txt", false)], Some(SECOND_TOKEN)),
        paths_page(&[("dir2", true)], None),
    ])
    .await;
    let options = DataLakeClientFileSystemListPathsOptions {
        method_options: PagerOptions {
            continuation: Some(PagerContinuation::Token(FIRST_TOKEN.into())),
            ..Default::default()
        },
        ..Default::default()
    };
    let names: Vec<String> = client(&server)
        .file_system_list_paths("atlas", false, Some(options))
        .expect("a pager")
        .try_collect::<Vec<Path>>()
        .await
        .expect("the pages read")
        .into_iter()
        .filter_map(|p| p.name)
        .collect();
    assert_eq!(names, ["dir1/b.txt", "dir2"]);
    let requests = server.requests();
    assert_eq!(
        query_values(requests[0].query.as_deref(), "continuation"),
        [FIRST_TOKEN]
    );
    assert_eq!(
        query_values(requests[1].query.as_deref(), "continuation"),
        [SECOND_TOKEN]
    );
}

#[tokio::test]
async fn a_page_without_a_token_or_with_an_empty_one_ends_the_list() {
    let mut last = paths_page(&[("dir2", true)], None);
    last.headers
        .push(("x-ms-continuation".into(), String::new()));
    let server =
        MockServer::start(vec![paths_page(&[("dir1", true)], Some(FIRST_TOKEN)), last]).await;
    let paths: Vec<Path> = client(&server)
        .file_system_list_paths("atlas", false, None)
        .expect("a pager")
        .try_collect()
        .await
        .expect("the pages read");
    assert_eq!(paths.len(), 2);
    // No third request: the script has no reply for one.
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn list_filesystems_of_2019_10_31_pages_through_the_continuation_header() {
    use azure_storage_datalake_fixture::v2019_10_31::{
        DataLakeClient, DataLakeClientOptions, Filesystem,
    };
    let filesystems = |names: &[&str], token: Option<&str>| {
        let list: Vec<serde_json::Value> = names
            .iter()
            .map(|n| {
                serde_json::json!({
                    "etag": "0x8D7A4F9D1A2B3C4",
                    "lastModified": "Fri, 31 Jan 2020 10:00:00 GMT",
                    "name": n
                })
            })
            .collect();
        let mut reply = Reply::json(200, &serde_json::json!({ "filesystems": list }));
        reply
            .headers
            .push(("x-ms-version".into(), "2019-10-31".into()));
        if let Some(token) = token {
            reply
                .headers
                .push(("x-ms-continuation".into(), token.into()));
        }
        reply
    };
    let host = "atlasaccount.dfs.core.windows.net";
    let server = MockServer::start_for_host(
        Some(host),
        vec![
            filesystems(&["fs1", "fs2"], Some(FIRST_TOKEN)),
            filesystems(&["fs3"], Some(SECOND_TOKEN)),
            filesystems(&["fs4"], None),
        ],
    )
    .await;
    let port = server.endpoint().port().expect("the server's port");
    // The spec's host template `{accountName}.{dnsSuffix}`, the suffix
    // carrying the loopback server's port.
    let client = DataLakeClient::new(
        "atlasaccount",
        None,
        Some(DataLakeClientOptions {
            dns_suffix: format!("dfs.core.windows.net:{port}"),
            client_options: server.client_options(),
            ..DataLakeClientOptions::default()
        }),
    )
    .expect("a client");
    let names: Vec<String> = client
        .filesystem_list(None)
        .expect("a pager")
        .try_collect::<Vec<Filesystem>>()
        .await
        .expect("every page reads")
        .into_iter()
        .filter_map(|f| f.name)
        .collect();
    assert_eq!(names, ["fs1", "fs2", "fs3", "fs4"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(
        query_values(requests[2].query.as_deref(), "continuation"),
        [SECOND_TOKEN]
    );
    assert_eq!(
        query_values(requests[2].query.as_deref(), "resource"),
        ["account"]
    );
    assert_eq!(
        requests[0].header_values("host"),
        [format!("{host}:{port}")]
    );
    // 2019-10-31 leaves `x-ms-version` to the caller (an optional header).
    assert!(requests[0].header_values("x-ms-version").is_empty());
}

/// A page of the filesystem's blob listing (its Blob endpoint's XML, by
/// hierarchy): a prefix and a file, as the service writes them.
fn blobs_page(prefix: &str, blob: &str, next: &str) -> String {
    let next = if next.is_empty() {
        "<NextMarker />".to_owned()
    } else {
        format!("<NextMarker>{next}</NextMarker>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <EnumerationResults ServiceEndpoint=\"https://atlasaccount.blob.core.windows.net/\" ContainerName=\"atlas\">\
         <Prefix>dir1/</Prefix><MaxResults>2</MaxResults><Delimiter>/</Delimiter>\
         <Blobs><BlobPrefix><Name>{prefix}</Name></BlobPrefix>\
         <Blob><Name>{blob}</Name><Properties>\
         <Creation-Time>Tue, 11 Apr 2023 06:38:35 GMT</Creation-Time>\
         <Last-Modified>Tue, 11 Apr 2023 06:38:35 GMT</Last-Modified>\
         <Etag>0x8DB3A5760706833</Etag><Content-Length>1024</Content-Length>\
         <Content-Type>application/octet-stream</Content-Type><Content-Encoding />\
         <Content-MD5>+nKge+ovHG9eiFijblIQ9g==</Content-MD5>\
         <ServerEncrypted>true</ServerEncrypted><AccessTierInferred>true</AccessTierInferred>\
         </Properties><OrMetadata /></Blob></Blobs>{next}</EnumerationResults>"
    )
}

#[tokio::test]
async fn the_filesystem_blob_listing_is_xml_read_with_a_pager_by_next_marker() {
    let first = blobs_page("dir1/a/", "dir1/b.txt", "2!88!MDAwMDE");
    let server = MockServer::start(vec![
        Reply::xml(200, &first),
        Reply::xml(200, &blobs_page("dir1/c/", "dir1/d.txt", "")),
    ])
    .await;
    let pages: Vec<ListBlobsHierarchySegmentResponse> = client(&server)
        .file_system_list_blob_hierarchy_segment(
            "atlas",
            Some(DataLakeClientFileSystemListBlobHierarchySegmentOptions {
                prefix: Some("dir1/".into()),
                delimiter: Some("/".into()),
                max_results: Some(2),
                ..Default::default()
            }),
        )
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    // Prefixes and blobs are two lists: each page is one item.
    assert_eq!(pages.len(), 2);
    let segment = pages[0].segment.as_ref().expect("a segment");
    let prefixes = segment.blob_prefixes.as_ref().expect("prefixes");
    assert_eq!(prefixes[0].name.as_deref(), Some("dir1/a/"));
    let blob = &segment.blob_items.as_ref().expect("blobs")[0];
    assert_eq!(blob.name.as_deref(), Some("dir1/b.txt"));
    let properties = blob.properties.as_ref().expect("properties");
    assert_eq!(properties.content_length, Some(1024));
    assert_eq!(properties.server_encrypted, Some(true));
    assert_eq!(properties.content_encoding.as_deref(), Some(""));
    assert_eq!(
        properties.content_md5.as_deref(),
        Some(&[250, 114, 160, 123, 234, 47, 28, 111, 94, 136, 88, 163, 110, 82, 16, 246][..])
    );
    assert_eq!(
        properties.last_modified.map(|t| t.unix_timestamp()),
        Some(1_681_195_115)
    );
    // An element the spec does not define is kept in place.
    assert_eq!(blob.additional_xml.elements[0].name, "OrMetadata");
    assert_eq!(pages[1].next_marker.as_deref(), Some(""));
    // The page read is written back byte for byte.
    let written = azure_storage_datalake_fixture::xml::to_xml(&pages[0]).expect("the page writes");
    assert_eq!(String::from_utf8(written).unwrap(), first);

    let requests = server.requests();
    let query = requests[1].query.as_deref();
    assert_eq!(query_values(query, "marker"), ["2!88!MDAwMDE"]);
    assert_eq!(query_values(query, "restype"), ["container"]);
    assert_eq!(query_values(query, "comp"), ["list"]);
    assert_eq!(query_values(query, "delimiter"), ["/"]);
    assert_eq!(requests[1].header_values("accept"), ["application/xml"]);
}

#[tokio::test]
async fn a_file_is_created_appended_and_flushed() {
    let content = b"Atlas of the northern shelves".to_vec();
    let md5: Vec<u8> = vec![
        250, 114, 160, 123, 234, 47, 28, 111, 94, 136, 88, 163, 110, 82, 16, 246,
    ];
    let header = |name: &str, value: &str| (name.to_owned(), value.to_owned());
    let server = MockServer::start(vec![
        Reply {
            status: 201,
            headers: vec![
                header("date", "Tue, 11 Apr 2023 06:38:35 GMT"),
                header("etag", "\"0x8DB3A5760706833\""),
                header("last-modified", "Tue, 11 Apr 2023 06:38:35 GMT"),
                header("x-ms-request-id", "5c8fa8ef-001f-0030-2f3c-6c8b8a000001"),
                header("x-ms-version", "2023-05-03"),
                header("x-ms-request-server-encrypted", "true"),
            ],
            ..Reply::default()
        },
        Reply {
            status: 202,
            headers: vec![
                header("date", "Tue, 11 Apr 2023 06:38:36 GMT"),
                header("content-md5", "+nKge+ovHG9eiFijblIQ9g=="),
                header("x-ms-request-server-encrypted", "true"),
                header("x-ms-version", "2023-05-03"),
            ],
            ..Reply::default()
        },
        Reply {
            status: 200,
            headers: vec![
                header("date", "Tue, 11 Apr 2023 06:38:37 GMT"),
                header("etag", "\"0x8DB3A5762ADED9C\""),
                header("last-modified", "Tue, 11 Apr 2023 06:38:37 GMT"),
                header("x-ms-request-server-encrypted", "true"),
                header("x-ms-lease-renewed", "false"),
                header("x-ms-version", "2023-05-03"),
            ],
            ..Reply::default()
        },
    ])
    .await;
    let client = client(&server);
    let created = client
        .path_create(
            "atlas",
            "dir1/atlas.txt",
            Some(DataLakeClientPathCreateOptions {
                resource: Some(PathResourceType::File),
                properties: Some("author=YW5u,topic=bWFwcw==".into()),
                path_http_headers: Some(PathHttpHeaders {
                    content_type: Some("text/plain".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("the file is created");
    assert_eq!(
        created.etag().unwrap().map(|e| e.to_string()).as_deref(),
        Some("\"0x8DB3A5760706833\"")
    );
    assert_eq!(created.is_server_encrypted().unwrap(), Some(true));
    assert_eq!(
        created.last_modified().unwrap().map(|t| t.unix_timestamp()),
        Some(1_681_195_115)
    );

    let appended = client
        .path_append_data(
            "atlas",
            "dir1/atlas.txt",
            RequestContent::from(content.clone()),
            Some(DataLakeClientPathAppendDataOptions {
                position: Some(0),
                content_length: Some(content.len() as i64),
                path_http_headers: Some(PathHttpHeaders {
                    transactional_content_hash: Some(md5.clone()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("the data is appended");
    assert_eq!(appended.content_md5().unwrap(), Some(md5.clone()));
    assert_eq!(appended.is_server_encrypted().unwrap(), Some(true));

    let flushed = client
        .path_flush_data(
            "atlas",
            "dir1/atlas.txt",
            Some(DataLakeClientPathFlushDataOptions {
                position: Some(content.len() as i64),
                close: Some(true),
                content_length: Some(0),
                path_http_headers: Some(PathHttpHeaders {
                    content_md5: Some(md5.clone()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        )
        .await
        .expect("the data is flushed");
    assert_eq!(flushed.lease_renewed().unwrap(), Some(false));
    assert_eq!(
        flushed.etag().unwrap().map(|e| e.to_string()).as_deref(),
        Some("\"0x8DB3A5762ADED9C\"")
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let create = &requests[0];
    assert_eq!(create.method, "PUT");
    assert_eq!(create.path, "/atlas/dir1%2Fatlas.txt");
    assert_eq!(query_values(create.query.as_deref(), "resource"), ["file"]);
    assert_eq!(
        create.header_values("x-ms-properties"),
        ["author=YW5u,topic=bWFwcw=="]
    );
    assert_eq!(create.header_values("x-ms-content-type"), ["text/plain"]);
    let append = &requests[1];
    assert_eq!(append.method, "PATCH");
    assert_eq!(query_values(append.query.as_deref(), "action"), ["append"]);
    assert_eq!(query_values(append.query.as_deref(), "position"), ["0"]);
    // The bytes go as they are, with their MD5.
    assert_eq!(append.body, content);
    assert_eq!(append.header_values("content-length"), ["29"]);
    assert_eq!(
        append.header_values("content-md5"),
        ["+nKge+ovHG9eiFijblIQ9g=="]
    );
    let flush = &requests[2];
    assert_eq!(flush.method, "PATCH");
    assert_eq!(query_values(flush.query.as_deref(), "action"), ["flush"]);
    assert_eq!(query_values(flush.query.as_deref(), "position"), ["29"]);
    assert_eq!(query_values(flush.query.as_deref(), "close"), ["true"]);
    assert_eq!(
        flush.header_values("x-ms-content-md5"),
        ["+nKge+ovHG9eiFijblIQ9g=="]
    );
    assert!(flush.body.is_empty());
}

#[tokio::test]
async fn get_properties_reads_typed_headers() {
    let header = |name: &str, value: &str| (name.to_owned(), value.to_owned());
    let server = MockServer::start(vec![Reply {
        status: 200,
        headers: vec![
            header("accept-ranges", "bytes"),
            header("content-type", "text/plain"),
            header("content-md5", "+nKge+ovHG9eiFijblIQ9g=="),
            header("date", "Tue, 11 Apr 2023 06:40:00 GMT"),
            header("etag", "\"0x8DB3A5762ADED9C\""),
            header("last-modified", "Tue, 11 Apr 2023 06:38:37 GMT"),
            header("x-ms-request-id", "5c8fa8ef-001f-0030-2f3c-6c8b8a000002"),
            header("x-ms-version", "2023-05-03"),
            header("x-ms-resource-type", "file"),
            header("x-ms-properties", "author=YW5u,topic=bWFwcw=="),
            header("x-ms-owner", "$superuser"),
            header("x-ms-group", "$superuser"),
            header("x-ms-permissions", "rw-r-----"),
            header("x-ms-lease-state", "available"),
            header("x-ms-lease-status", "unlocked"),
        ],
        // A HEAD answer announces the file's length and sends no body.
        declared_length: Some(29),
        ..Reply::default()
    }])
    .await;
    let properties = client(&server)
        .path_get_properties("atlas", "dir1/atlas.txt", None)
        .await
        .expect("the properties");
    assert_eq!(properties.content_length().unwrap(), Some(29));
    assert_eq!(
        properties
            .last_modified()
            .unwrap()
            .map(|t| t.unix_timestamp()),
        Some(1_681_195_117)
    );
    assert_eq!(
        properties.date().unwrap().map(|t| t.unix_timestamp()),
        Some(1_681_195_200)
    );
    assert_eq!(
        properties.etag().unwrap().map(|e| e.to_string()).as_deref(),
        Some("\"0x8DB3A5762ADED9C\"")
    );
    assert_eq!(
        properties.properties().unwrap().as_deref(),
        Some("author=YW5u,topic=bWFwcw==")
    );
    assert_eq!(properties.resource_type().unwrap().as_deref(), Some("file"));
    assert_eq!(
        properties.permissions().unwrap().as_deref(),
        Some("rw-r-----")
    );
    assert_eq!(
        properties.lease_state().unwrap().as_deref(),
        Some("available")
    );
    assert_eq!(properties.acl().unwrap(), None);
    let requests = server.requests();
    assert_eq!(requests[0].method, "HEAD");
    assert_eq!(requests[0].path, "/atlas/dir1%2Fatlas.txt");
}

/// The service's error answer: JSON, `code` and `message` under `error`.
fn not_found(with_header: bool) -> Reply {
    let mut reply = Reply::json(
        404,
        &serde_json::json!({"error": {
            "code": "PathNotFound",
            "message": "The specified path does not exist.\nRequestId:5c8fa8ef-001f-0030-2f3c-6c8b8a000003\nTime:2023-04-11T06:40:00.0000000Z"
        }}),
    );
    if with_header {
        reply
            .headers
            .push(("x-ms-error-code".into(), "PathNotFound".into()));
    }
    reply
}

#[tokio::test]
async fn a_json_error_body_gives_the_error_its_code_with_or_without_the_header() {
    for with_header in [true, false] {
        let server = MockServer::start(vec![not_found(with_header)]).await;
        let error = client(&server)
            .file_system_list_paths(
                "atlas",
                false,
                Some(DataLakeClientFileSystemListPathsOptions {
                    path: Some("missing".into()),
                    ..Default::default()
                }),
            )
            .expect("a pager")
            .try_collect::<Vec<Path>>()
            .await
            .expect_err("a 404");
        match error.kind() {
            ErrorKind::HttpResponse {
                status, error_code, ..
            } => {
                assert_eq!(u16::from(*status), 404);
                assert_eq!(error_code.as_deref(), Some("PathNotFound"), "{with_header}");
            }
            other => panic!("not an HTTP error: {other:?}"),
        }
        assert!(
            error
                .to_string()
                .contains("The specified path does not exist."),
            "{error}"
        );
        // The spec names the error's fields `Code` and `Message`; the
        // service writes them in lower case, which the model keeps.
        let model = error.storage_error().expect("the error model reads");
        let inner = model.error.expect("its error object");
        assert_eq!(inner.code, None);
        assert_eq!(
            inner.additional_properties.get("code"),
            Some(&serde_json::json!("PathNotFound"))
        );
    }
}

#[tokio::test]
async fn a_sas_on_the_endpoint_rides_on_every_request_and_page() {
    let server = MockServer::start(vec![
        paths_page(&[("dir1", true)], Some(FIRST_TOKEN)),
        paths_page(&[("dir1/a.txt", false)], Some(SECOND_TOKEN)),
        paths_page(&[("dir2", true)], None),
        Reply::status(200),
    ])
    .await;
    let sas = "sv=2023-05-03&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00%3A00%3A00Z&sig=k%2Bq%2Fz%3D";
    let client = client_at(&server, &format!("{}?{sas}", server.endpoint()));
    let listed: Vec<Path> = client
        .file_system_list_paths("atlas", true, None)
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    assert_eq!(listed.len(), 3);
    client
        .path_get_properties("atlas", "dir1/a.txt", None)
        .await
        .expect("the properties");
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    // Each SAS field once, as given (the signature's escapes kept).
    for request in &requests {
        request.assert_query_once(sas);
    }
    assert_eq!(
        query_values(requests[2].query.as_deref(), "continuation"),
        [SECOND_TOKEN]
    );
}
