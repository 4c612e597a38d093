//! `incorrect-error-response.json`: an error status whose body is not the
//! error model stays an HTTP error with its status, not a parse failure.

mod common;

use autorest_incorrect_error_response::v1_0_0::{
    IncorrectReturnedErrorModelClient as Client,
    IncorrectReturnedErrorModelClientOptions as Options,
};

client!(Client, Options);

#[tokio::test]
async fn unparsable_error_body() {
    common::assert_status(client().get_incorrect_error_from_server(None).await, 444);
}
