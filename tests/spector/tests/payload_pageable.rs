//! `payload/pageable`: next links (a URL, a string, a POST then GETs),
//! pages of a fixed size, and continuation tokens (in the query or a
//! header, answered in the body, a nested body property or a header).
//!
//! A continuation token has no Swagger form (`x-ms-pageable` names a next
//! link only), nor does a next link nested in the page: those operations
//! return one page each, and the test asks for the next one with the
//! token or link the page gave. The XML pages: one followed by its
//! `NextLink` as a pager, one whose `NextMarker` is a continuation token
//! (no `x-ms-pageable`: it returns its page, and the test sends the marker).

mod common;

use futures::TryStreamExt as _;
use spector_payload_pageable::v0000_00_00::{
    ContinuationTokenRequestHeaderResponseHeaderResponseHeaders as _,
    ContinuationTokenRequestQueryResponseHeaderResponseHeaders as _, Pet,
    ServerDrivenPaginationAlternateInitialVerbFilter, TitleClient,
    TitleClientContinuationTokenRequestHeaderNestedResponseBodyOptions,
    TitleClientContinuationTokenRequestHeaderResponseBodyOptions,
    TitleClientContinuationTokenRequestHeaderResponseHeaderOptions,
    TitleClientContinuationTokenRequestQueryNestedResponseBodyOptions,
    TitleClientContinuationTokenRequestQueryResponseBodyOptions,
    TitleClientContinuationTokenRequestQueryResponseHeaderOptions, TitleClientOptions,
    TitleClientPageSizeListWithPageSizeOptions,
    TitleClientXmlPaginationListWithContinuationOptions, XmlPet,
};

client!(TitleClient, TitleClientOptions);

const FIRST: [(&str, &str); 2] = [("1", "dog"), ("2", "cat")];
const SECOND: [(&str, &str); 2] = [("3", "bird"), ("4", "fish")];
const ALL: [(&str, &str); 4] = [("1", "dog"), ("2", "cat"), ("3", "bird"), ("4", "fish")];

/// The (id, name) of each pet.
fn pets(pets: Option<Vec<Pet>>) -> Vec<(String, String)> {
    pets.unwrap_or_default()
        .into_iter()
        .map(|p| (p.id.unwrap_or_default(), p.name.unwrap_or_default()))
        .collect()
}

fn expected(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(id, name)| ((*id).to_owned(), (*name).to_owned()))
        .collect()
}

async fn all(
    pager: azure_core::Result<
        azure_core::http::Pager<
            impl azure_core::http::pager::Page<Item = Pet>
                + serde::de::DeserializeOwned
                + Send
                + 'static,
        >,
    >,
) -> Vec<(String, String)> {
    let items: Vec<Pet> = pager.unwrap().try_collect().await.unwrap();
    pets(Some(items))
}

#[tokio::test]
async fn link() {
    assert_eq!(
        all(client().server_driven_pagination_link(None)).await,
        expected(&ALL)
    );
}

#[tokio::test]
async fn link_string() {
    assert_eq!(
        all(client().server_driven_pagination_link_string(None)).await,
        expected(&ALL)
    );
}

#[tokio::test]
async fn alternate_initial_verb_post() {
    let body = ServerDrivenPaginationAlternateInitialVerbFilter {
        filter: Some("foo eq bar".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        all(client().alternate_initial_verb_post(body.try_into().unwrap(), None)).await,
        expected(&ALL)
    );
}

#[tokio::test]
async fn nested_link() {
    let c = client();
    let first = c
        .server_driven_pagination_nested_link(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        pets(first.nested_items.and_then(|i| i.pets)),
        expected(&FIRST)
    );
    let next = first.nested_next.and_then(|n| n.next).unwrap();
    assert!(
        next.ends_with("/payload/pageable/server-driven-pagination/nested-link/nextPage"),
        "{next}"
    );
}

#[tokio::test]
async fn page_size() {
    let c = client();
    let got = c
        .page_size_list_without_continuation(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pets(got.pets), expected(&ALL));
    for (size, want) in [(2, &FIRST[..]), (4, &ALL[..])] {
        let options = TitleClientPageSizeListWithPageSizeOptions {
            page_size: Some(size),
            ..Default::default()
        };
        let got = c
            .page_size_list_with_page_size(Some(options))
            .await
            .unwrap()
            .into_model()
            .unwrap();
        assert_eq!(pets(got.pets), expected(want));
    }
}

/// The options of a continuation-token operation: `foo` and `bar` as the
/// mock API expects, and the token when there is one.
macro_rules! token_options {
    ($options:ident, $token:expr) => {
        Some($options {
            token: $token,
            foo: Some("foo".to_owned()),
            bar: Some("bar".to_owned()),
            ..Default::default()
        })
    };
}

#[tokio::test]
async fn request_query_response_body() {
    let c = client();
    let first = c
        .continuation_token_request_query_response_body(token_options!(
            TitleClientContinuationTokenRequestQueryResponseBodyOptions,
            None
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pets(first.pets), expected(&FIRST));
    let token = first.next_token;
    assert_eq!(token.as_deref(), Some("page2"));
    let second = c
        .continuation_token_request_query_response_body(token_options!(
            TitleClientContinuationTokenRequestQueryResponseBodyOptions,
            token
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pets(second.pets), expected(&SECOND));
    assert_eq!(second.next_token, None);
}

#[tokio::test]
async fn request_header_response_body() {
    let c = client();
    let first = c
        .continuation_token_request_header_response_body(token_options!(
            TitleClientContinuationTokenRequestHeaderResponseBodyOptions,
            None
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pets(first.pets), expected(&FIRST));
    let token = first.next_token;
    assert_eq!(token.as_deref(), Some("page2"));
    let second = c
        .continuation_token_request_header_response_body(token_options!(
            TitleClientContinuationTokenRequestHeaderResponseBodyOptions,
            token
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(pets(second.pets), expected(&SECOND));
}

#[tokio::test]
async fn request_query_response_header() {
    let c = client();
    let first = c
        .continuation_token_request_query_response_header(token_options!(
            TitleClientContinuationTokenRequestQueryResponseHeaderOptions,
            None
        ))
        .await
        .unwrap();
    let token = first.next_token().unwrap();
    assert_eq!(token.as_deref(), Some("page2"));
    assert_eq!(pets(first.into_model().unwrap().pets), expected(&FIRST));
    let second = c
        .continuation_token_request_query_response_header(token_options!(
            TitleClientContinuationTokenRequestQueryResponseHeaderOptions,
            token
        ))
        .await
        .unwrap();
    assert_eq!(second.next_token().unwrap(), None);
    assert_eq!(pets(second.into_model().unwrap().pets), expected(&SECOND));
}

#[tokio::test]
async fn request_header_response_header() {
    let c = client();
    let first = c
        .continuation_token_request_header_response_header(token_options!(
            TitleClientContinuationTokenRequestHeaderResponseHeaderOptions,
            None
        ))
        .await
        .unwrap();
    let token = first.next_token().unwrap();
    assert_eq!(token.as_deref(), Some("page2"));
    assert_eq!(pets(first.into_model().unwrap().pets), expected(&FIRST));
    let second = c
        .continuation_token_request_header_response_header(token_options!(
            TitleClientContinuationTokenRequestHeaderResponseHeaderOptions,
            token
        ))
        .await
        .unwrap();
    assert_eq!(pets(second.into_model().unwrap().pets), expected(&SECOND));
}

#[tokio::test]
async fn request_query_nested_response_body() {
    let c = client();
    let first = c
        .continuation_token_request_query_nested_response_body(token_options!(
            TitleClientContinuationTokenRequestQueryNestedResponseBodyOptions,
            None
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        pets(first.nested_items.and_then(|i| i.pets)),
        expected(&FIRST)
    );
    let token = first.nested_next.and_then(|n| n.next_token);
    assert_eq!(token.as_deref(), Some("page2"));
    let second = c
        .continuation_token_request_query_nested_response_body(token_options!(
            TitleClientContinuationTokenRequestQueryNestedResponseBodyOptions,
            token
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        pets(second.nested_items.and_then(|i| i.pets)),
        expected(&SECOND)
    );
    assert!(second.nested_next.is_none());
}

#[tokio::test]
async fn request_header_nested_response_body() {
    let c = client();
    let first = c
        .continuation_token_request_header_nested_response_body(token_options!(
            TitleClientContinuationTokenRequestHeaderNestedResponseBodyOptions,
            None
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        pets(first.nested_items.and_then(|i| i.pets)),
        expected(&FIRST)
    );
    let token = first.nested_next.and_then(|n| n.next_token);
    assert_eq!(token.as_deref(), Some("page2"));
    let second = c
        .continuation_token_request_header_nested_response_body(token_options!(
            TitleClientContinuationTokenRequestHeaderNestedResponseBodyOptions,
            token
        ))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(
        pets(second.nested_items.and_then(|i| i.pets)),
        expected(&SECOND)
    );
}

/// The (id, name) of each XML pet.
fn xml_pets(pets: Option<Vec<XmlPet>>) -> Vec<(String, String)> {
    pets.unwrap_or_default()
        .into_iter()
        .map(|p| (p.id.unwrap_or_default(), p.name.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn xml_next_link() {
    let items: Vec<XmlPet> = client()
        .xml_pagination_list_with_next_link(None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(xml_pets(Some(items)), expected(&ALL));
}

#[tokio::test]
async fn xml_continuation() {
    let c = client();
    let first = c
        .xml_pagination_list_with_continuation(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(xml_pets(first.pets), expected(&FIRST));
    assert_eq!(first.next_marker.as_deref(), Some("page2"));
    let options = TitleClientXmlPaginationListWithContinuationOptions {
        marker: first.next_marker,
        ..Default::default()
    };
    let second = c
        .xml_pagination_list_with_continuation(Some(options))
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(xml_pets(second.pets), expected(&SECOND));
    assert_eq!(second.next_marker, None);
}
