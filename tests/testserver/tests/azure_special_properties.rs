//! `azure-special-properties.json`: subscription ids and api-versions
//! declared globally or per method, `x-ms-skip-url-encoding`, OData query
//! options and request-id headers.

mod common;

use autorest_azure_special_properties::v2015_07_01_preview::{
    AutoRestAzureSpecialParametersTestClient as Client,
    AutoRestAzureSpecialParametersTestClientOptions as Options, *,
};
use azure_core::http::request::options::ClientRequestId;

client!(Client, Options);

const SUBSCRIPTION: &str = "1234-5678-9012-3456";
const REQUEST_ID: &str = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";

#[tokio::test]
async fn subscription_ids() {
    let c = client();
    c.subscription_in_credentials_post_method_global_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_credentials_post_method_global_not_provided_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_method_post_method_local_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_credentials_post_path_global_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_method_post_path_local_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_credentials_post_swagger_global_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
    c.subscription_in_method_post_swagger_local_valid(SUBSCRIPTION, None)
        .await
        .unwrap();
}

#[tokio::test]
async fn api_versions() {
    let c = client();
    // The client's api-version, 2015-07-01-preview, on every global one.
    c.api_version_default_get_method_global_valid(None)
        .await
        .unwrap();
    c.api_version_default_get_method_global_not_provided_valid(None)
        .await
        .unwrap();
    c.api_version_default_get_path_global_valid(None)
        .await
        .unwrap();
    c.api_version_default_get_swagger_global_valid(None)
        .await
        .unwrap();
    // A method's own api-version (2.0).
    c.api_version_local_get_method_local_valid(None)
        .await
        .unwrap();
    c.api_version_local_get_path_local_valid(None)
        .await
        .unwrap();
    c.api_version_local_get_swagger_local_valid(None)
        .await
        .unwrap();
    c.api_version_local_get_method_local_null(None)
        .await
        .unwrap();
}

#[tokio::test]
async fn skip_url_encoding() {
    let c = client();
    c.skip_url_encoding_get_method_path_valid("path1/path2/path3", None)
        .await
        .unwrap();
    c.skip_url_encoding_get_path_path_valid("path1/path2/path3", None)
        .await
        .unwrap();
    c.skip_url_encoding_get_swagger_path_valid(None)
        .await
        .unwrap();
    c.skip_url_encoding_get_method_query_valid("value1&q2=value2&q3=value3", None)
        .await
        .unwrap();
    c.skip_url_encoding_get_path_query_valid("value1&q2=value2&q3=value3", None)
        .await
        .unwrap();
    c.skip_url_encoding_get_swagger_query_valid(None)
        .await
        .unwrap();
    c.skip_url_encoding_get_method_query_null(None)
        .await
        .unwrap();
}

#[tokio::test]
async fn odata_query_options() {
    client()
        .odata_get_with_filter(Some(
            AutoRestAzureSpecialParametersTestClientOdataGetWithFilterOptions {
                filter: Some("id gt 5 and name eq 'foo'".into()),
                top: Some(10),
                orderby: Some("id".into()),
                ..Default::default()
            },
        ))
        .await
        .unwrap();
}

#[tokio::test]
async fn request_ids() {
    let c = client();
    let mut options =
        AutoRestAzureSpecialParametersTestClientXMsClientRequestIdGetOptions::default();
    options
        .method_options
        .context
        .insert(ClientRequestId::new(REQUEST_ID.to_owned()));
    c.x_ms_client_request_id_get(Some(options)).await.unwrap();
    c.x_ms_client_request_id_param_get(REQUEST_ID, None)
        .await
        .unwrap();
    c.header_custom_named_request_id(REQUEST_ID, None)
        .await
        .unwrap();
    // The request id is grouped (`x-ms-parameter-grouping`), and required:
    // the group struct is an argument.
    let grouped = HeaderCustomNamedRequestIdParamGroupingParameters {
        foo_client_request_id: REQUEST_ID.to_owned(),
    };
    c.header_custom_named_request_id_param_grouping(grouped, None)
        .await
        .unwrap();
    assert!(c
        .header_custom_named_request_id_head(REQUEST_ID, None)
        .await
        .unwrap());
}

#[tokio::test]
async fn a_generated_request_id_is_not_the_expected_one() {
    // azure_core sends a fresh x-ms-client-request-id when the caller gives
    // none; the server answers 400 to any other id than its own.
    common::assert_status(client().x_ms_client_request_id_get(None).await, 400);
}
