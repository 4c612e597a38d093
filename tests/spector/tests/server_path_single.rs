//! `server/path/single`: a server URL template of one `{endpoint}`
//! parameter, the operation's path appended to it.

mod common;

use azure_core::http::StatusCode;

use spector_server_path_single::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

#[tokio::test]
async fn my_op() {
    let response = client().my_op(None).await.unwrap();
    assert_eq!(response.status(), StatusCode::Ok);
}
