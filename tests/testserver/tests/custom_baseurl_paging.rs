//! `custom-baseUrl-paging.json`: a pager under a host template
//! (`{accountName}{host}`: the account, and the host as an option) whose next
//! link is a path without host, resolved against the page's URL, or a
//! partial path given to a next-page operation (`operationName`).

mod common;

use autorest_custom_baseurl_paging::v1_0_0::{
    AutoRestParameterizedHostTestPagingClient as Client,
    AutoRestParameterizedHostTestPagingClientOptions as Options, Product, ProductResult,
};
use futures::TryStreamExt as _;

account_client!(Client, Options);

/// The product ids of every item of every page.
async fn ids(pager: azure_core::Result<azure_core::http::Pager<ProductResult>>) -> Vec<i64> {
    let items: Vec<Product> = pager.unwrap().try_collect().await.unwrap();
    items
        .into_iter()
        .map(|p| p.properties.and_then(|p| p.id).expect("an id"))
        .collect()
}

#[tokio::test]
async fn a_partial_next_link_is_resolved_against_the_endpoint() {
    assert_eq!(ids(client().get_pages_partial_url(None)).await, [1, 2]);
}

#[tokio::test]
async fn a_partial_next_link_is_the_next_operations_path_parameter() {
    // `partialnextlinkop/page/2` goes into `/paging/customurl/{nextLink}`
    // under the endpoint, not against the first page's URL.
    assert_eq!(
        ids(client().get_pages_partial_url_operation(None)).await,
        [1, 2]
    );
}
