//! The Queue client against Azurite: a queue created with metadata (and
//! listed page by page among others), messages put, peeked, got (dequeued)
//! and one updated and deleted by its pop receipts, the queue cleared and deleted, and
//! Azurite's errors (`QueueAlreadyExists` with other metadata,
//! `QueueNotFound`, `MessageNotFound`) read as typed errors.

use super::{azurite, status_and_code, unique};
use azure_core::http::StatusCode;
use azure_storage_queue_fixture::v2018_03_28::{
    DequeuedMessageItem, PeekedMessageItemListHeaders as _, QueueClient,
    QueueClientMessageIdUpdateOptions, QueueClientMessageIdUpdateResultHeaders as _,
    QueueClientMessagesDequeueOptions, QueueClientMessagesPeekOptions,
    QueueClientQueueCreateOptions, QueueClientQueueGetPropertiesResultHeaders as _,
    QueueClientServiceListQueuesSegmentOptions, QueueMessage, StorageErrorExt as _,
};
use azurite::Service;
use futures::StreamExt as _;
use std::collections::HashMap;

fn client() -> QueueClient {
    QueueClient::new(&azurite().endpoint(Service::Queue), None, None).expect("a client")
}

fn message(text: &str) -> QueueMessage {
    QueueMessage {
        message_text: Some(text.into()),
        ..QueueMessage::default()
    }
}

async fn approximate_count(client: &QueueClient, queue: &str) -> Option<i64> {
    client
        .queue_get_properties(queue, None)
        .await
        .expect("the queue's properties")
        .approximate_messages_count()
        .unwrap()
}

#[tokio::test]
async fn messages_are_put_peeked_got_deleted_and_cleared() {
    let client = client();
    let queue = unique("jobs");
    let owner: HashMap<String, String> = [("owner".to_owned(), "ops".to_owned())].into();
    client
        .queue_create(
            &queue,
            Some(QueueClientQueueCreateOptions {
                metadata: Some(owner.clone()),
                ..Default::default()
            }),
        )
        .await
        .expect("the queue is created");
    let properties = client
        .queue_get_properties(&queue, None)
        .await
        .expect("the queue's properties");
    assert_eq!(properties.metadata().unwrap(), Some(owner));

    for text in ["first", "second & more", "third"] {
        let enqueued = client
            .messages_enqueue(&queue, message(text), None)
            .await
            .expect("the put succeeds")
            .into_model()
            .expect("the answer reads");
        assert_eq!(enqueued.len(), 1);
        assert!(enqueued[0].message_id.is_some() && enqueued[0].pop_receipt.is_some());
        assert!(enqueued[0].insertion_time.is_some());
    }
    assert_eq!(approximate_count(&client, &queue).await, Some(3));

    let peeked = client
        .messages_peek(
            &queue,
            Some(QueueClientMessagesPeekOptions {
                number_of_messages: Some(2),
                ..Default::default()
            }),
        )
        .await
        .expect("the peek succeeds");
    // A list body's response has its typed headers too.
    // (Azurite answers with the newest version it speaks.)
    assert!(peeked
        .version()
        .unwrap()
        .is_some_and(|v| v.as_str() >= "2018-03-28"));
    assert!(peeked.request_id().unwrap().is_some());
    assert!(peeked.date().unwrap().is_some_and(|d| d.year() >= 2025));
    let peeked = peeked.into_model().expect("the answer reads");
    let texts: Vec<&str> = peeked
        .iter()
        .filter_map(|m| m.message_text.as_deref())
        .collect();
    assert_eq!(texts, ["first", "second & more"]);
    assert_eq!(peeked[0].dequeue_count, Some(0));

    let got: Vec<DequeuedMessageItem> = client
        .messages_dequeue(
            &queue,
            Some(QueueClientMessagesDequeueOptions {
                number_of_messages: Some(1),
                visibilitytimeout: Some(30),
                ..Default::default()
            }),
        )
        .await
        .expect("the get succeeds")
        .into_model()
        .expect("the answer reads");
    assert_eq!(got.len(), 1);
    let first = &got[0];
    assert_eq!(first.message_text.as_deref(), Some("first"));
    assert_eq!(first.dequeue_count, Some(1));
    assert!(first.time_next_visible > first.insertion_time);
    let id = first.message_id.clone().expect("an id");
    let receipt = first.pop_receipt.clone().expect("a pop receipt");

    // Got, the message is invisible: a peek now starts at the second.
    let peeked = client
        .messages_peek(&queue, None)
        .await
        .expect("the peek succeeds")
        .into_model()
        .expect("the answer reads");
    assert_eq!(peeked[0].message_text.as_deref(), Some("second & more"));

    // Updated (new text, visible at once), it has a new pop receipt.
    let updated = client
        .message_id_update(
            &queue,
            &id,
            &receipt,
            0,
            Some(QueueClientMessageIdUpdateOptions {
                queue_message: Some(message("first, updated")),
                ..Default::default()
            }),
        )
        .await
        .expect("the message is updated");
    let receipt = updated.pop_receipt().unwrap().expect("a new pop receipt");
    assert!(updated.time_next_visible().unwrap().is_some());
    let peeked = client
        .messages_peek(
            &queue,
            Some(QueueClientMessagesPeekOptions {
                number_of_messages: Some(32),
                ..Default::default()
            }),
        )
        .await
        .expect("the peek succeeds")
        .into_model()
        .expect("the answer reads");
    let updated: Vec<_> = peeked
        .iter()
        .filter(|m| m.message_id.as_deref() == Some(id.as_str()))
        .collect();
    assert_eq!(updated.len(), 1);
    assert_eq!(updated[0].message_text.as_deref(), Some("first, updated"));

    client
        .message_id_delete(&queue, &id, &receipt, None)
        .await
        .expect("the message is deleted");
    assert_eq!(approximate_count(&client, &queue).await, Some(2));
    let error = client
        .message_id_delete(&queue, &id, &receipt, None)
        .await
        .expect_err("the message is gone");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::NotFound, "MessageNotFound".to_owned())
    );

    client
        .messages_clear(&queue, None)
        .await
        .expect("the queue is cleared");
    assert_eq!(approximate_count(&client, &queue).await, Some(0));
    let peeked = client
        .messages_peek(&queue, None)
        .await
        .expect("the peek succeeds")
        .into_model()
        .expect("the answer reads");
    assert!(peeked.is_empty(), "{peeked:?}");

    client
        .queue_delete(&queue, None)
        .await
        .expect("the queue is deleted");
    let error = client
        .messages_peek(&queue, None)
        .await
        .expect_err("the queue is gone");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::NotFound, "QueueNotFound".to_owned())
    );
    let model = error.storage_error().expect("the error body reads");
    assert!(
        model
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("The specified queue does not exist.")),
        "{model:?}"
    );
}

#[tokio::test]
async fn creating_a_queue_again_with_other_metadata_is_queue_already_exists() {
    let client = client();
    let queue = unique("jobs");
    client
        .queue_create(&queue, None)
        .await
        .expect("the queue is created");
    let error = client
        .queue_create(
            &queue,
            Some(QueueClientQueueCreateOptions {
                metadata: Some([("owner".to_owned(), "someone".to_owned())].into()),
                ..Default::default()
            }),
        )
        .await
        .expect_err("other metadata conflicts");
    assert_eq!(
        status_and_code(&error),
        (StatusCode::Conflict, "QueueAlreadyExists".to_owned())
    );
}

#[tokio::test]
async fn queues_list_page_by_page_with_their_metadata() {
    let client = client();
    let prefix = unique("list");
    for i in 0..3 {
        client
            .queue_create(
                &format!("{prefix}-{i}"),
                Some(QueueClientQueueCreateOptions {
                    metadata: Some([("index".to_owned(), i.to_string())].into()),
                    ..Default::default()
                }),
            )
            .await
            .expect("the queue is created");
    }
    let mut pages = client
        .service_list_queues_segment(Some(QueueClientServiceListQueuesSegmentOptions {
            prefix: Some(prefix.clone()),
            maxresults: Some(1),
            include: Some(vec![
                azure_storage_queue_fixture::v2018_03_28::ListQueuesIncludeType::Metadata,
            ]),
            ..Default::default()
        }))
        .expect("a pager")
        .into_pages();
    let mut listed = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.expect("a page").into_model().expect("the page reads");
        let queues = page.queue_items.unwrap_or_default();
        assert_eq!(queues.len(), 1, "a page of at most one");
        for queue in queues {
            let index = queue
                .metadata
                .as_ref()
                .and_then(|m| m.get("index").cloned());
            listed.push((queue.name.unwrap_or_default(), index.unwrap_or_default()));
        }
    }
    let expected: Vec<(String, String)> = (0..3)
        .map(|i| (format!("{prefix}-{i}"), i.to_string()))
        .collect();
    assert_eq!(listed, expected);
}
