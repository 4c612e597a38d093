//! The generated Storage File Share 2024-08-04 client (fixture
//! `azure_storage_file_share_fixture`) against the harness's loopback
//! [`MockServer`]: a directory listing as the service writes it (files and
//! directories side by side in `Entries`, names with their `Encoded`
//! attribute, ISO 8601 and RFC 1123 dates, ETags), read typed page by page
//! through `NextMarker` and written back.

use azure_conformance::{MockServer, Reply};
use azure_storage_file_share_fixture::v2024_08_04::{
    ListFilesAndDirectoriesSegmentResponse, ShareClient, ShareClientOptions,
};
use azure_storage_file_share_fixture::xml::{from_xml, to_xml};
use futures::TryStreamExt as _;

fn properties(length: Option<u64>) -> String {
    let length = length
        .map(|l| format!("<Content-Length>{l}</Content-Length>"))
        .unwrap_or_default();
    format!(
        "<Properties>{length}\
         <CreationTime>2024-11-02T08:15:30.1234567Z</CreationTime>\
         <LastAccessTime>2024-11-03T08:15:30.0000000Z</LastAccessTime>\
         <LastWriteTime>2024-11-04T08:15:30.0000000Z</LastWriteTime>\
         <ChangeTime>2024-11-04T08:15:30.0000000Z</ChangeTime>\
         <Last-Modified>Mon, 04 Nov 2024 08:15:30 GMT</Last-Modified>\
         <Etag>\"0x8DCFC1A2B3C4D5E\"</Etag></Properties>"
    )
}

/// A page of `directory`: its subdirectories, then its files.
fn page(directories: &[&str], files: &[(&str, u64)], next: &str) -> String {
    let directories: String = directories
        .iter()
        .map(|d| {
            format!(
                "<Directory><Name Encoded=\"false\">{d}</Name><FileId>1383{}</FileId>{}\
                 <Attributes>Directory</Attributes><PermissionKey>4066528134148476695*1</PermissionKey></Directory>",
                d.len(),
                properties(None)
            )
        })
        .collect();
    let files: String = files
        .iter()
        .map(|(f, size)| {
            format!(
                "<File><Name>{f}</Name><FileId>9{size}</FileId>{}\
                 <Attributes>Archive | ReadOnly</Attributes></File>",
                properties(Some(*size))
            )
        })
        .collect();
    let next = if next.is_empty() {
        "<NextMarker />".to_owned()
    } else {
        format!("<NextMarker>{next}</NextMarker>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <EnumerationResults ServiceEndpoint=\"https://account.file.core.windows.net/\" \
         ShareName=\"maps\" DirectoryPath=\"regions/north\">\
         <MaxResults>3</MaxResults><DirectoryId>13835128424026341376</DirectoryId>\
         <Entries>{directories}{files}</Entries>{next}</EnumerationResults>"
    )
}

#[tokio::test]
async fn a_directory_is_listed_page_by_page_and_each_page_written_back() {
    let first = page(
        &["coast", "hills"],
        &[("index.md", 2048)],
        "2!regions/north/lakes",
    );
    let second = page(&[], &[("lakes.geojson", 912_384)], "");
    let server = MockServer::start(vec![Reply::xml(200, &first), Reply::xml(200, &second)]).await;
    let client = ShareClient::new(
        server.endpoint().as_str(),
        None,
        Some(ShareClientOptions {
            client_options: server.client_options(),
            ..ShareClientOptions::default()
        }),
    )
    .expect("a client");
    // Files and directories share a page: each page is an item.
    let pages: Vec<ListFilesAndDirectoriesSegmentResponse> = client
        .directory_list_files_and_directories_segment("maps", "regions/north", None)
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    assert_eq!(pages.len(), 2);
    let entries = pages[0].segment.as_ref().expect("entries");
    let directories: Vec<&str> = entries
        .directory_items
        .iter()
        .flatten()
        .filter_map(|d| d.name.as_ref()?.content.as_deref())
        .collect();
    assert_eq!(directories, ["coast", "hills"]);
    let file = &entries.file_items.as_ref().expect("files")[0];
    assert_eq!(
        file.name.as_ref().unwrap().content.as_deref(),
        Some("index.md")
    );
    let props = file.properties.as_ref().expect("properties");
    assert_eq!(props.content_length, Some(2048));
    assert_eq!(
        props.etag.as_ref().map(ToString::to_string).as_deref(),
        Some("\"0x8DCFC1A2B3C4D5E\"")
    );
    let created = props.creation_time.expect("a date");
    assert_eq!(created.nanosecond(), 123_456_700);
    assert_eq!(
        props.last_modified.map(|d| d.day()),
        Some(4),
        "RFC 1123 beside ISO 8601"
    );
    let last = &pages[1]
        .segment
        .as_ref()
        .unwrap()
        .file_items
        .as_ref()
        .unwrap()[0];
    assert_eq!(
        last.properties.as_ref().unwrap().content_length,
        Some(912_384)
    );

    let requests = server.requests();
    // The spec says `x-ms-skip-url-encoding: false`: the path is one
    // segment, its slash escaped (the service reads `%2F` as `/`).
    assert_eq!(requests[0].path, "/maps/regions%2Fnorth");
    let query = requests[1].query.clone().unwrap_or_default();
    assert!(query.contains("restype=directory"), "{query}");
    assert!(query.contains("comp=list"), "{query}");
    assert!(
        query.contains("marker=2%21regions%2Fnorth%2Flakes"),
        "{query}"
    );

    // Each page written back is the same bytes: `DirectoryId` where the
    // service sends it (before `Entries`, the spec lists it last), files
    // and directories in their order, `.0000000Z` fractions as read.
    for (read, body) in pages.iter().zip([&first, &second]) {
        let written = String::from_utf8(to_xml(read).expect("it writes")).unwrap();
        assert_eq!(&written, body);
    }
}

#[test]
fn files_and_directories_mixed_are_written_back_in_their_order() {
    // The service lists entries in name order, files and directories mixed:
    // two unwrapped lists keep every entry, and the order read puts them
    // back where they were.
    let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults><Entries>\
                <File><Name>a.txt</Name></File><Directory><Name>b</Name></Directory>\
                <File><Name>c.txt</Name></File></Entries></EnumerationResults>";
    let mut read: ListFilesAndDirectoriesSegmentResponse =
        from_xml(body.as_bytes()).expect("it reads");
    let entries = read.segment.as_ref().unwrap();
    assert_eq!(entries.directory_items.as_ref().map(Vec::len), Some(1));
    assert_eq!(entries.file_items.as_ref().map(Vec::len), Some(2));
    assert_eq!(String::from_utf8(to_xml(&read).unwrap()).unwrap(), body);

    // Changed after reading: what it still has keeps its order, a new file
    // follows the file written before it, a removed directory is gone.
    let entries = read.segment.as_mut().unwrap();
    let mut added = entries.file_items.as_ref().unwrap()[1].clone();
    added.name.as_mut().unwrap().content = Some("d.txt".into());
    entries.file_items.as_mut().unwrap().push(added);
    entries.directory_items = None;
    let written = String::from_utf8(to_xml(&read).unwrap()).unwrap();
    assert!(
        written.ends_with(
            "<Entries><File><Name>a.txt</Name></File><File><Name>c.txt</Name></File>\
             <File><Name>d.txt</Name></File></Entries></EnumerationResults>"
        ),
        "{written}"
    );
}
