//! XML over the wire: the generated client of `tests/specs/xml/storage.json`
//! (fixture `azure_xml_shelves`) against the harness's loopback
//! [`MockServer`]. A container list with metadata is read and written back
//! byte for byte; elements and attributes the spec does not define survive
//! a read-modify-write; a pager follows `NextMarker` through `marker`
//! over three pages; an XML error body gives the error its code; metadata
//! goes out and comes back as `x-ms-meta-*` headers; a discriminated
//! hierarchy is read by each kind's `xsi:type`.

use azure_conformance::{MockServer, Reply};
use azure_core::http::StatusCode;
use std::collections::HashMap;

use azure_xml_shelves::v2025_01_01::{
    ContainerItem, ListContainersResponse, Rule, RuleFilter, ShelvesClient,
    ShelvesClientContainerGetMetadataResultHeaders as _, ShelvesClientContainerSetMetadataOptions,
    ShelvesClientOptions, ShelvesClientServiceListContainersOptions, SqlFilter,
    StorageErrorExt as _, Tag, Tags,
};
use futures::TryStreamExt;

fn client(server: &MockServer) -> ShelvesClient {
    ShelvesClient::new(
        server.endpoint().as_str(),
        Some(ShelvesClientOptions {
            client_options: server.client_options(),
            ..ShelvesClientOptions::default()
        }),
    )
    .expect("a client for the loopback server")
}

/// A page of containers as Storage writes it: an attribute on the root,
/// a wrapped list, an RFC 1123 date, an enum, metadata named by key.
fn page(marker: &str, names: &[&str], next: &str) -> String {
    let containers: String = names
        .iter()
        .map(|name| {
            format!(
                "<Container><Name>{name}</Name><Properties>\
                 <Last-Modified>Wed, 01 Jan 2025 10:00:00 GMT</Last-Modified>\
                 <Etag>\"0x8D{name}\"</Etag><LeaseState>available</LeaseState>\
                 <RemainingRetentionDays>7</RemainingRetentionDays></Properties>\
                 <Metadata><color>blue</color><owner>team-a &amp; b</owner></Metadata></Container>"
            )
        })
        .collect();
    let next = if next.is_empty() {
        "<NextMarker />".to_owned()
    } else {
        format!("<NextMarker>{next}</NextMarker>")
    };
    let marker = if marker.is_empty() {
        "<Marker />".to_owned()
    } else {
        format!("<Marker>{marker}</Marker>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <EnumerationResults ServiceEndpoint=\"https://shelves.example.com/\">\
         <Prefix>c</Prefix>{marker}<MaxResults>2</MaxResults>\
         <Containers>{containers}</Containers>{next}</EnumerationResults>"
    )
}

#[test]
fn a_container_list_with_metadata_is_written_back_byte_for_byte() {
    let body = page("", &["c1", "c2"], "c3");
    let list: ListContainersResponse =
        azure_xml_shelves::xml::from_xml(body.as_bytes()).expect("the page reads");
    assert_eq!(
        list.service_endpoint.as_deref(),
        Some("https://shelves.example.com/")
    );
    assert_eq!(list.max_results, Some(2));
    assert_eq!(list.next_marker.as_deref(), Some("c3"));
    let items = list.container_items.as_ref().expect("containers");
    assert_eq!(items.len(), 2);
    let first: &ContainerItem = &items[0];
    assert_eq!(first.name.as_deref(), Some("c1"));
    let properties = first.properties.as_ref().unwrap();
    assert_eq!(
        properties.last_modified.map(|t| t.unix_timestamp()),
        Some(1_735_725_600)
    );
    assert_eq!(properties.remaining_retention_days, Some(7));
    assert_eq!(
        properties.lease_state,
        Some(azure_xml_shelves::v2025_01_01::LeaseState::Available)
    );
    let metadata = first.metadata.as_ref().expect("metadata");
    assert_eq!(metadata.get("color").map(String::as_str), Some("blue"));
    assert_eq!(
        metadata.get("owner").map(String::as_str),
        Some("team-a & b")
    );
    let written = azure_xml_shelves::xml::to_xml(&list).expect("the page writes");
    assert_eq!(String::from_utf8(written).unwrap(), body);
}

#[tokio::test]
async fn unknown_elements_and_attributes_survive_a_read_modify_write() {
    let read = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
        <Tags Version=\"3\"><TagSet><Tag><Key>env</Key><Value>test</Value><Since>2024</Since></Tag></TagSet>\
        <Policy><Mode>strict</Mode></Policy></Tags>";
    let server = MockServer::start(vec![Reply::xml(200, read), Reply::status(204)]).await;
    let client = client(&server);
    let mut tags: Tags = client
        .container_get_tags("shelf", None)
        .await
        .expect("get_tags succeeds")
        .into_model()
        .expect("the tags read");
    assert_eq!(
        tags.additional_xml.attributes,
        [("Version".into(), "3".into())]
    );
    assert_eq!(tags.additional_xml.elements[0].name, "Policy");
    let set = tags.tag_set.as_mut().expect("a tag set");
    set[0].value = Some("prod".into());
    set.push(Tag {
        key: Some("team".into()),
        value: Some("a".into()),
        ..Tag::default()
    });
    client
        .container_set_tags("shelf", tags, None)
        .await
        .expect("set_tags succeeds");
    let requests = server.requests();
    assert_eq!(
        requests[1].header_values("content-type"),
        ["application/xml"]
    );
    assert_eq!(
        String::from_utf8(requests[1].body.clone()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <Tags Version=\"3\"><TagSet><Tag><Key>env</Key><Value>prod</Value><Since>2024</Since></Tag>\
         <Tag><Key>team</Key><Value>a</Value></Tag></TagSet>\
         <Policy><Mode>strict</Mode></Policy></Tags>"
    );
}

#[tokio::test]
async fn a_pager_follows_next_marker_over_three_pages() {
    let server = MockServer::start(vec![
        Reply::xml(200, &page("", &["c1", "c2"], "m2")),
        Reply::xml(200, &page("m2", &["c3", "c4"], "m3")),
        Reply::xml(200, &page("m3", &["c5"], "")),
    ])
    .await;
    let client = client(&server);
    let options = ShelvesClientServiceListContainersOptions {
        maxresults: Some(2),
        ..Default::default()
    };
    let names: Vec<String> = client
        .service_list_containers(Some(options))
        .expect("a pager")
        .try_collect::<Vec<ContainerItem>>()
        .await
        .expect("every page reads")
        .into_iter()
        .map(|c| c.name.unwrap_or_default())
        .collect();
    assert_eq!(names, ["c1", "c2", "c3", "c4", "c5"]);
    let queries: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.query.clone().unwrap_or_default())
        .collect();
    assert_eq!(queries.len(), 3, "{queries:?}");
    assert!(!queries[0].contains("marker="), "{queries:?}");
    assert!(queries[1].contains("marker=m2"), "{queries:?}");
    assert!(queries[2].contains("marker=m3"), "{queries:?}");
    // The page size asked for goes with every page.
    assert!(
        queries.iter().all(|q| q.contains("maxresults=2")),
        "{queries:?}"
    );
}

/// A page after the first that fails is read as any XML call's error: its
/// code from the body when no `x-ms-error-code` header gives one.
#[tokio::test]
async fn a_failed_page_takes_its_code_from_the_xml_error_body() {
    let server = MockServer::start(vec![
        Reply::xml(200, &page("", &["c1"], "m2")),
        Reply::xml(
            403,
            "<Error><Code>AuthorizationFailure</Code><Message>m</Message></Error>",
        ),
    ])
    .await;
    let client = client(&server);
    let failure = client
        .service_list_containers(None)
        .expect("a pager")
        .try_collect::<Vec<ContainerItem>>()
        .await
        .expect_err("the second page fails");
    let azure_core::error::ErrorKind::HttpResponse { error_code, .. } = failure.kind() else {
        panic!("not an HTTP error: {failure:?}");
    };
    assert_eq!(error_code.as_deref(), Some("AuthorizationFailure"));
}

#[tokio::test]
async fn an_xml_error_body_gives_the_error_its_code() {
    let error = "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?>\
        <Error><Code>ContainerNotFound</Code><Message>The specified container does not exist.</Message></Error>";
    let server = MockServer::start(vec![Reply::xml(404, error)]).await;
    let client = client(&server);
    let failure = client
        .container_get_tags("missing", None)
        .await
        .expect_err("a 404 is an error");
    match failure.kind() {
        azure_core::error::ErrorKind::HttpResponse {
            status, error_code, ..
        } => {
            assert_eq!(*status, StatusCode::NotFound);
            assert_eq!(error_code.as_deref(), Some("ContainerNotFound"));
        }
        other => panic!("not an HTTP error: {other:?}"),
    }
    // The error model is readable, as the JSON error models are.
    let model = failure.storage_error().expect("the XML error model");
    assert_eq!(model.code.as_deref(), Some("ContainerNotFound"));
    assert_eq!(
        model.message.as_deref(),
        Some("The specified container does not exist.")
    );
    assert!(
        failure
            .to_string()
            .contains("The specified container does not exist."),
        "{failure}"
    );
}

#[tokio::test]
async fn the_error_code_header_wins_over_the_body() {
    let mut reply = Reply::xml(
        409,
        "<Error><Code>BodyCode</Code><Message>m</Message></Error>",
    );
    reply
        .headers
        .push(("x-ms-error-code".into(), "HeaderCode".into()));
    let server = MockServer::start(vec![reply]).await;
    let failure = client(&server)
        .container_get_tags("c", None)
        .await
        .expect_err("a 409 is an error");
    let azure_core::error::ErrorKind::HttpResponse { error_code, .. } = failure.kind() else {
        panic!("not an HTTP error: {failure:?}");
    };
    assert_eq!(error_code.as_deref(), Some("HeaderCode"));
}

#[tokio::test]
async fn metadata_is_a_map_of_prefixed_headers_both_ways() {
    let mut reply = Reply::status(200);
    reply.headers = vec![
        ("x-ms-meta-color".into(), "blue".into()),
        ("x-ms-meta-owner".into(), "team-a".into()),
        ("x-ms-request-id".into(), "r1".into()),
    ];
    let server = MockServer::start(vec![Reply::status(200), reply]).await;
    let client = client(&server);
    let metadata = HashMap::from([
        ("color".to_owned(), "blue".to_owned()),
        ("owner".to_owned(), "team-a".to_owned()),
    ]);
    client
        .container_set_metadata(
            "shelf",
            Some(ShelvesClientContainerSetMetadataOptions {
                metadata: Some(metadata.clone()),
                ..Default::default()
            }),
        )
        .await
        .expect("set_metadata succeeds");
    let sent = &server.requests()[0];
    assert_eq!(sent.header_values("x-ms-meta-color"), ["blue"]);
    assert_eq!(sent.header_values("x-ms-meta-owner"), ["team-a"]);
    assert!(sent.header_values("x-ms-meta").is_empty());
    let read = client
        .container_get_metadata("shelf", None)
        .await
        .expect("get_metadata succeeds")
        .metadata()
        .expect("the headers read");
    assert_eq!(read, Some(metadata));
}

#[tokio::test]
async fn a_pager_resumes_from_a_saved_marker() {
    let server = MockServer::start(vec![Reply::xml(200, &page("m3", &["c5"], ""))]).await;
    let options = ShelvesClientServiceListContainersOptions {
        method_options: azure_core::http::pager::PagerOptions {
            continuation: Some(azure_core::http::pager::PagerContinuation::Token(
                "m3".into(),
            )),
            ..Default::default()
        },
        ..Default::default()
    };
    let names: Vec<String> = client(&server)
        .service_list_containers(Some(options))
        .expect("a pager")
        .try_collect::<Vec<ContainerItem>>()
        .await
        .expect("the page reads")
        .into_iter()
        .filter_map(|c| c.name)
        .collect();
    assert_eq!(names, ["c5"]);
    let query = server.requests()[0].query.clone().unwrap_or_default();
    assert!(query.contains("marker=m3"), "{query}");
}

#[tokio::test]
async fn a_body_that_is_a_list_of_strings_keeps_its_item_names() {
    let body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Ids><Id>a</Id><Id>b &lt;2&gt;</Id></Ids>";
    let server = MockServer::start(vec![Reply::xml(200, body), Reply::status(204)]).await;
    let client = client(&server);
    let ids: Vec<String> = client
        .container_get_ids("shelf", None)
        .await
        .expect("get_ids succeeds")
        .into_model()
        .expect("the ids read");
    assert_eq!(ids, ["a", "b <2>"]);
    client
        .container_set_ids("shelf", ids, None)
        .await
        .expect("set_ids succeeds");
    assert_eq!(
        String::from_utf8(server.requests()[1].body.clone()).unwrap(),
        body
    );
}

#[tokio::test]
async fn a_namespaced_body_with_unwrapped_lists_of_named_strings() {
    let server = MockServer::start(vec![Reply::status(201)]).await;
    let blocks = azure_xml_shelves::v2025_01_01::BlockLookupList {
        committed: Some(vec!["AAA".into(), "BBB".into()]),
        latest: Some(vec!["CCC".into()]),
        ..Default::default()
    };
    client(&server)
        .container_commit_blocks("shelf", blocks, None)
        .await
        .expect("commit_blocks succeeds");
    let sent = String::from_utf8(server.requests()[0].body.clone()).unwrap();
    assert_eq!(
        sent,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <b:BlockList xmlns:b=\"https://shelves.example.com/blocks\">\
         <Committed>AAA</Committed><Committed>BBB</Committed><Latest>CCC</Latest></b:BlockList>"
    );
    // Read back, the namespace declaration is the model's, not an unknown
    // attribute, and the items are where they were.
    let read: azure_xml_shelves::v2025_01_01::BlockLookupList =
        azure_xml_shelves::xml::from_xml(sent.as_bytes()).expect("the list reads");
    assert!(read.additional_xml.attributes.is_empty());
    assert_eq!(read.committed, Some(vec!["AAA".into(), "BBB".into()]));
    assert_eq!(
        azure_xml_shelves::xml::to_xml(&read).expect("writes"),
        sent.as_bytes()
    );
}

const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// A filter element of kind `kind` with its content, as Service Bus writes
/// its rules' filters.
fn filter(kind: &str, content: &str) -> String {
    format!("<Filter xmlns:xsi=\"{XSI}\" xsi:type=\"{kind}\">{content}</Filter>")
}

#[tokio::test]
async fn a_hierarchy_in_xml_reads_each_kind_by_its_xsi_type_and_writes_it_back() {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <RuleDescription xmlns=\"http://schemas.microsoft.com/netservices/2010/10/servicebus/connect\">{}\
         <Fallbacks>{}{}</Fallbacks><Name>blue-only</Name></RuleDescription>",
        filter(
            "SqlFilter",
            "<SqlExpression>color = 'blue'</SqlExpression><CompatibilityLevel>20</CompatibilityLevel>"
        ),
        filter("CorrelationFilter", "<CorrelationId>order-7</CorrelationId>"),
        filter("TrueFilter", "<SqlExpression>1=1</SqlExpression>"),
    );
    let server = MockServer::start(vec![Reply::xml(200, &body), Reply::status(200)]).await;
    let client = client(&server);
    let rule: Rule = client
        .container_get_rule("shelf", None)
        .await
        .expect("get_rule succeeds")
        .into_model()
        .expect("the rule reads");
    let Some(RuleFilter::SqlFilter(sql)) = &rule.filter else {
        panic!("a SQL filter: {:?}", rule.filter);
    };
    assert_eq!(sql.sql_expression.as_deref(), Some("color = 'blue'"));
    assert_eq!(sql.compatibility_level, Some(20));
    let fallbacks = rule.fallbacks.as_ref().expect("fallbacks");
    let RuleFilter::CorrelationFilter(correlation) = &fallbacks[0] else {
        panic!("a correlation filter: {:?}", fallbacks[0]);
    };
    assert_eq!(correlation.correlation_id.as_deref(), Some("order-7"));
    // A kind the spec does not name is kept whole, its content unknown.
    let RuleFilter::UnknownKind(unknown) = &fallbacks[1] else {
        panic!("an unknown kind: {:?}", fallbacks[1]);
    };
    assert_eq!(unknown.type_.as_deref(), Some("TrueFilter"));
    assert_eq!(unknown.additional_xml.elements[0].name, "SqlExpression");
    assert_eq!(
        String::from_utf8(azure_xml_shelves::xml::to_xml(&rule).unwrap()).unwrap(),
        body
    );

    // A kind built in code is written with its `xsi:type`.
    let built = Rule {
        filter: Some(
            SqlFilter {
                sql_expression: Some("size > 3".into()),
                ..SqlFilter::default()
            }
            .into(),
        ),
        ..Rule::default()
    };
    client
        .container_set_rule("shelf", built, None)
        .await
        .expect("set_rule succeeds");
    let sent = String::from_utf8(server.requests()[1].body.clone()).unwrap();
    assert!(
        sent.contains(&filter(
            "SqlFilter",
            "<SqlExpression>size &gt; 3</SqlExpression>"
        )),
        "{sent}"
    );
}
