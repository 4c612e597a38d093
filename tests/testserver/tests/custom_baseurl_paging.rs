//! `custom-baseUrl-paging.json`: a pager under a host template
//! (`{accountName}{host}`; the client takes the whole endpoint) whose next
//! link is a path without host, resolved against the page's URL.

mod common;

use autorest_custom_baseurl_paging::v1_0_0::{
    AutoRestParameterizedHostTestPagingClient as Client,
    AutoRestParameterizedHostTestPagingClientOptions as Options, Product,
};
use futures::TryStreamExt as _;

client!(Client, Options);

#[tokio::test]
async fn a_partial_next_link_is_resolved_against_the_endpoint() {
    let items: Vec<Product> = client()
        .get_pages_partial_url(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<i64> = items
        .into_iter()
        .map(|p| p.properties.and_then(|p| p.id).expect("an id"))
        .collect();
    assert_eq!(ids, [1, 2]);
}
