//! The generated Storage Queue 2018-03-28 client (fixture
//! `azure_storage_queue_fixture`) against the harness's loopback
//! [`MockServer`], on bodies written as the service writes them: a message
//! put as XML and the service's `QueueMessagesList` answers of put, peek
//! and get, read typed (RFC 1123 dates, counts) and each message written
//! back byte for byte; queues listed page by page through `NextMarker`
//! with their metadata; an XML error read into the error and its model.

use azure_conformance::{MockServer, Reply};
use azure_core::error::ErrorKind;
use azure_core::http::StatusCode;
use azure_storage_queue_fixture::v2018_03_28::{
    DequeuedMessageItem, ListQueuesSegmentResponse, QueueClient, QueueClientMessagesDequeueOptions,
    QueueClientOptions, QueueClientServiceListQueuesSegmentOptions, QueueItem, QueueMessage,
    StorageErrorExt as _,
};
use azure_storage_queue_fixture::xml::{from_xml, to_xml};
use futures::TryStreamExt as _;

fn client(server: &MockServer) -> QueueClient {
    QueueClient::new(
        server.endpoint().as_str(),
        None,
        Some(QueueClientOptions {
            client_options: server.client_options(),
            ..QueueClientOptions::default()
        }),
    )
    .expect("a client")
}

/// One received message as Get Messages answers it.
fn dequeued(id: &str, text: &str, count: u32) -> String {
    format!(
        "<QueueMessage><MessageId>{id}</MessageId>\
         <InsertionTime>Fri, 09 Oct 2009 21:04:30 GMT</InsertionTime>\
         <ExpirationTime>Fri, 16 Oct 2009 21:04:30 GMT</ExpirationTime>\
         <PopReceipt>YzQ4Yzg1MDIGM0MDFiZDAwYzEw</PopReceipt>\
         <TimeNextVisible>Fri, 09 Oct 2009 23:29:20 GMT</TimeNextVisible>\
         <DequeueCount>{count}</DequeueCount><MessageText>{text}</MessageText></QueueMessage>"
    )
}

fn list(items: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessagesList>{items}</QueueMessagesList>"
    )
}

#[tokio::test]
async fn messages_are_put_peeked_and_got_as_xml_lists() {
    let first = dequeued("e6b6d4f0-1", "hello", 1);
    let second = dequeued("e6b6d4f0-2", "world &amp; more", 3);
    let server = MockServer::start(vec![
        Reply::xml(
            201,
            &list(
                "<QueueMessage><MessageId>e6b6d4f0-1</MessageId>\
                 <InsertionTime>Fri, 09 Oct 2009 21:04:30 GMT</InsertionTime>\
                 <ExpirationTime>Fri, 16 Oct 2009 21:04:30 GMT</ExpirationTime>\
                 <PopReceipt>AgAAAAMAAAAAAAAA</PopReceipt>\
                 <TimeNextVisible>Fri, 09 Oct 2009 21:04:30 GMT</TimeNextVisible></QueueMessage>",
            ),
        ),
        Reply::xml(
            200,
            &list(
                "<QueueMessage><MessageId>e6b6d4f0-1</MessageId>\
                 <InsertionTime>Fri, 09 Oct 2009 21:04:30 GMT</InsertionTime>\
                 <ExpirationTime>Fri, 16 Oct 2009 21:04:30 GMT</ExpirationTime>\
                 <DequeueCount>0</DequeueCount><MessageText>hello</MessageText></QueueMessage>",
            ),
        ),
        Reply::xml(200, &list(&format!("{first}{second}"))),
    ])
    .await;
    let client = client(&server);

    let message = QueueMessage {
        message_text: Some("hello".into()),
        ..QueueMessage::default()
    };
    let enqueued = client
        .messages_enqueue("jobs", message, None)
        .await
        .expect("the put succeeds")
        .into_model()
        .expect("the answer reads");
    assert_eq!(enqueued.len(), 1);
    assert_eq!(enqueued[0].pop_receipt.as_deref(), Some("AgAAAAMAAAAAAAAA"));

    let peeked = client
        .messages_peek("jobs", None)
        .await
        .expect("the peek succeeds")
        .into_model()
        .expect("the answer reads");
    assert_eq!(peeked[0].dequeue_count, Some(0));
    assert_eq!(peeked[0].message_text.as_deref(), Some("hello"));

    let got: Vec<DequeuedMessageItem> = client
        .messages_dequeue(
            "jobs",
            Some(QueueClientMessagesDequeueOptions {
                number_of_messages: Some(2),
                visibilitytimeout: Some(30),
                ..Default::default()
            }),
        )
        .await
        .expect("the get succeeds")
        .into_model()
        .expect("the answer reads");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].message_text.as_deref(), Some("world & more"));
    assert_eq!(got[1].dequeue_count, Some(3));
    let visible = got[0].time_next_visible.expect("a date");
    assert_eq!((visible.hour(), visible.minute()), (23, 29));
    // Each message written back is the element the service sent.
    for (item, sent) in got.iter().zip([&first, &second]) {
        let written = String::from_utf8(to_xml(item).expect("it writes")).unwrap();
        assert!(written.ends_with(sent.as_str()), "{written}");
    }

    let requests = server.requests();
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].path, "/jobs/messages");
    let body = String::from_utf8(requests[0].body.clone()).unwrap();
    assert!(
        body.ends_with("<QueueMessage><MessageText>hello</MessageText></QueueMessage>"),
        "{body}"
    );
    assert!(requests[1]
        .query
        .as_deref()
        .unwrap()
        .contains("peekonly=true"));
    let query = requests[2].query.clone().unwrap_or_default();
    assert!(query.contains("numofmessages=2"), "{query}");
    assert!(query.contains("visibilitytimeout=30"), "{query}");
}

fn queues(names: &[&str], next: &str) -> String {
    let items: String = names
        .iter()
        .map(|n| format!("<Queue><Name>{n}</Name><Metadata><owner>ops</owner><tier>{n}-t</tier></Metadata></Queue>"))
        .collect();
    let next = if next.is_empty() {
        "<NextMarker />".to_owned()
    } else {
        format!("<NextMarker>{next}</NextMarker>")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <EnumerationResults ServiceEndpoint=\"https://account.queue.core.windows.net/\">\
         <MaxResults>2</MaxResults><Queues>{items}</Queues>{next}</EnumerationResults>"
    )
}

#[tokio::test]
async fn queues_are_listed_through_next_marker_with_their_metadata() {
    let server = MockServer::start(vec![
        Reply::xml(200, &queues(&["alpha", "beta"], "/account/gamma")),
        Reply::xml(200, &queues(&["gamma"], "")),
    ])
    .await;
    let client = client(&server);
    let listed: Vec<QueueItem> = client
        .service_list_queues_segment(Some(QueueClientServiceListQueuesSegmentOptions {
            maxresults: Some(2),
            ..Default::default()
        }))
        .expect("a pager")
        .try_collect()
        .await
        .expect("every page reads");
    let names: Vec<&str> = listed.iter().filter_map(|q| q.name.as_deref()).collect();
    assert_eq!(names, ["alpha", "beta", "gamma"]);
    let metadata = listed[2].metadata.as_ref().expect("metadata");
    assert_eq!(metadata["owner"], "ops");
    assert_eq!(metadata["tier"], "gamma-t");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let second = requests[1].query.clone().unwrap_or_default();
    assert!(second.contains("marker=%2Faccount%2Fgamma"), "{second}");
    assert!(second.contains("maxresults=2"), "{second}");

    // A page read and written back is the same bytes.
    let page = queues(&["alpha"], "x");
    let read: ListQueuesSegmentResponse = from_xml(page.as_bytes()).expect("it reads");
    let written = String::from_utf8(to_xml(&read).expect("it writes")).unwrap();
    assert_eq!(written, page);
}

#[tokio::test]
async fn an_xml_error_fills_the_error_code_and_its_model() {
    let server = MockServer::start(vec![Reply::xml(
        404,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>QueueNotFound</Code>\
         <Message>The specified queue does not exist.\nRequestId:5a1f</Message></Error>",
    )])
    .await;
    let error = client(&server)
        .messages_peek("missing", None)
        .await
        .expect_err("the service refuses");
    match error.kind() {
        ErrorKind::HttpResponse {
            status, error_code, ..
        } => {
            assert_eq!(*status, StatusCode::NotFound);
            assert_eq!(error_code.as_deref(), Some("QueueNotFound"));
        }
        other => panic!("{other:?}"),
    }
    let model = error.storage_error().expect("the error body reads");
    assert!(model
        .message
        .as_deref()
        .is_some_and(|m| m.starts_with("The specified queue does not exist.")));
}
