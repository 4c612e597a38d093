//! `azure/payload/pageable`: a pager whose next link carries the page size
//! and a skip token.

mod common;

use futures::TryStreamExt as _;
use spector_azure_payload_pageable::v0000_00_00::{
    TitleClient, TitleClientListOptions, TitleClientOptions, User,
};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn list() {
    let options = TitleClientListOptions {
        maxpagesize: Some(3),
        ..Default::default()
    };
    let users: Vec<User> = client()
        .list(Some(options))
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let names: Vec<_> = users.iter().map(|u| u.name.as_deref()).collect();
    assert_eq!(
        names,
        [Some("user5"), Some("user6"), Some("user7"), Some("user8")]
    );
}
