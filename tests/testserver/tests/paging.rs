//! `paging.json`: pagers over `nextLink`, `odata.nextLink`, custom item
//! names, retries and failures on first and later pages, next links with
//! their own query (api-version appended or replaced, `$filter` kept), next
//! pages fetched through another operation (`operationName`).
//!
//! Each test reads every item of every page and checks the ids in order.

mod common;

use autorest_paging::v1_0_0::*;
use azure_core::http::poller::PollerOptions;
use azure_core::http::Pager;
use azure_core::time::Duration;
use futures::TryStreamExt as _;

type Client = AutoRestPagingTestServiceClient;
type Options = AutoRestPagingTestServiceClientOptions;

client!(Client, Options);

/// A client that keeps cookies and retries quickly: the retry scenarios
/// answer 500 first and tell the retry by a cookie.
fn retrying_client() -> Client {
    Client::new(
        &common::endpoint(),
        Some(Options {
            client_options: common::retrying_client_options(),
            ..Options::default()
        }),
    )
    .unwrap()
}

/// The product ids of every item of every page.
async fn ids<P>(pager: azure_core::Result<Pager<P>>) -> Vec<i64>
where
    P: azure_core::http::pager::Page<Item = Product> + serde::de::DeserializeOwned + Send + 'static,
{
    let items: Vec<Product> = pager.unwrap().try_collect().await.unwrap();
    items
        .into_iter()
        .map(|p| p.properties.and_then(|p| p.id).expect("an id"))
        .collect()
}

#[tokio::test]
async fn one_page() {
    let c = client();
    assert_eq!(ids(c.get_single_pages(None)).await, [1]);
    assert_eq!(ids(c.get_no_item_name_pages(None)).await, [1]);
    assert_eq!(ids(c.get_empty_next_link_name_pages(None)).await, [1]);
    assert_eq!(
        ids(c.get_paging_model_with_item_name_with_xms_client_name(None)).await,
        [1]
    );
    let body = common::json(&serde_json::json!({ "name": "body" }));
    assert_eq!(
        ids(c.get_single_pages_with_body_params(body, None)).await,
        [1]
    );
}

#[tokio::test]
async fn next_link_name_null_is_a_pager_of_one_page() {
    // The server sends a nextLink that answers 404: a pager that followed
    // it would yield that error.
    assert_eq!(ids(client().get_null_next_link_name_pages(None)).await, [1]);
}

#[tokio::test]
async fn many_pages() {
    let c = client();
    let multiple = ids(c.get_multiple_pages(Some(
        AutoRestPagingTestServiceClientGetMultiplePagesOptions {
            maxresults: Some(100),
            timeout: Some(30),
            client_request_id: Some("id".into()),
            ..Default::default()
        },
    )))
    .await;
    assert_eq!(multiple, (1..=10).collect::<Vec<_>>());
    assert_eq!(
        ids(c.get_odata_multiple_pages(None)).await,
        (1..=10).collect::<Vec<_>>()
    );
    // The first page has id 1, the next ones offset + page number.
    let offset = ids(c.get_multiple_pages_with_offset(100, None)).await;
    assert_eq!(offset, [1].into_iter().chain(102..=110).collect::<Vec<_>>());
    // A first page without items is not the end.
    assert_eq!(ids(c.first_response_empty(None)).await, [1]);
}

#[tokio::test]
async fn next_links_keep_their_query_and_get_the_api_version() {
    let c = client();
    assert_eq!(
        ids(c.duplicate_params(Some(
            AutoRestPagingTestServiceClientDuplicateParamsOptions {
                filter: Some("foo".into()),
                ..Default::default()
            }
        )))
        .await,
        [1]
    );
    assert_eq!(ids(c.append_api_version(None)).await, [1]);
    assert_eq!(ids(c.replace_api_version(None)).await, [1]);
    // An optional `$maxpagesize` the caller does not set is not sent.
    assert!(ids(c.page_with_max_page_size(None)).await.is_empty());
}

#[tokio::test]
async fn next_pages_come_from_the_named_operation() {
    let c = client();
    // The next operation takes only `queryConstant` (the server refuses the
    // first operation's `requiredQueryParameter` there); the link is only
    // the sign that a page follows.
    assert_eq!(ids(c.get_with_query_params(100, None)).await, [1, 2]);
    // The link is a fragment (`next?page=2`), the next operation's path
    // parameter; tenant and api_version are carried over, each page checks
    // them.
    let all: Vec<i64> = (1..=10).collect();
    assert_eq!(
        ids(c.get_multiple_pages_fragment_next_link("1.6", "test_user", None)).await,
        all
    );
    // The same with the carried parameters in a group.
    let group = CustomParameterGroup {
        api_version: "1.6".into(),
        tenant: "test_user".into(),
    };
    assert_eq!(
        ids(c.get_multiple_pages_fragment_with_grouping_next_link(group, None)).await,
        all
    );
    // A pager resumed from a page's continuation (the fragment as sent)
    // goes on through the next operation.
    let resumed = c.get_multiple_pages_fragment_next_link(
        "1.6",
        "test_user",
        Some(
            AutoRestPagingTestServiceClientGetMultiplePagesFragmentNextLinkOptions {
                method_options: azure_core::http::pager::PagerOptions {
                    continuation: Some(azure_core::http::pager::PagerContinuation::Token(
                        "next?page=9".into(),
                    )),
                    ..Default::default()
                },
            },
        ),
    );
    assert_eq!(ids(resumed).await, [9, 10]);
}

#[tokio::test]
async fn retries_on_the_first_and_a_later_page() {
    let c = retrying_client();
    assert_eq!(
        ids(c.get_multiple_pages_retry_first(None)).await,
        (1..=10).collect::<Vec<_>>()
    );
    // The retried second page holds id 1 again.
    assert_eq!(
        ids(c.get_multiple_pages_retry_second(None)).await,
        [1, 1].into_iter().chain(3..=10).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_failing_page_is_the_error() {
    let c = client();
    let pages: azure_core::Result<Vec<Product>> = c
        .get_single_pages_failure(None)
        .unwrap()
        .try_collect()
        .await;
    common::assert_status(pages, 400);
    let mut pager = c.get_multiple_pages_failure(None).unwrap();
    assert!(pager.try_next().await.unwrap().is_some());
    common::assert_status(pager.try_next().await, 400);
    // A next link that is no URL.
    let mut pager = c.get_multiple_pages_failure_uri(None).unwrap();
    assert!(pager.try_next().await.unwrap().is_some());
    assert!(pager.try_next().await.is_err());
}

#[tokio::test]
async fn a_long_running_operation_whose_result_is_a_page() {
    let poller = client()
        .get_multiple_pages_lro(Some(
            AutoRestPagingTestServiceClientGetMultiplePagesLroOptions {
                method_options: PollerOptions {
                    frequency: Duration::ZERO,
                    ..Default::default()
                },
                ..Default::default()
            },
        ))
        .unwrap();
    // A POST: the result is read at the first response's Location, the
    // first page of /paging/multiple.
    let page = poller.await.unwrap().into_model().unwrap();
    assert_eq!(page.values.unwrap().len(), 1);
    assert!(page.next_link.unwrap().ends_with("/paging/multiple/page/2"));
}

#[tokio::test]
async fn a_long_running_operation_whose_result_is_a_page_pages_through_every_page() {
    // The second method polls the operation to its end, then follows each
    // page's next link: every page, not the first alone.
    let pages: Vec<_> = client()
        .get_multiple_pages_lro_pages(Some(
            AutoRestPagingTestServiceClientGetMultiplePagesLroOptions {
                method_options: PollerOptions {
                    frequency: Duration::ZERO,
                    ..Default::default()
                },
                ..Default::default()
            },
        ))
        .unwrap()
        .into_pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 10);
    for page in pages {
        assert_eq!(page.into_model().unwrap().values.unwrap().len(), 1);
    }
}
