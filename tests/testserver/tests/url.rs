//! `url.json`: every primitive type in paths and queries, encoding, and
//! arrays in both.

mod common;

use autorest_url::v1_0_0::{
    AutoRestUrlTestServiceClient as Client, AutoRestUrlTestServiceClientOptions as Options, *,
};

client!(Client, Options);

const MULTIBYTE: &str = "啊齄丂狛狜\u{f9f1}\u{f92c}\u{f9f1}\u{fa0c}\u{fa29}";
/// The array the server expects, in paths and queries, after its first item.
const ARRAY_TAIL: [&str; 3] = ["begin!*'();:@ &=+$,/?#[]end", "", ""];

fn array(first: &str) -> Vec<String> {
    std::iter::once(first)
        .chain(ARRAY_TAIL)
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn path_constants() {
    // Each value is the spec's one allowed value, filled in by the client.
    let c = client();
    c.paths_get_boolean_true(None).await.unwrap();
    c.paths_get_boolean_false(None).await.unwrap();
    c.paths_get_int_one_million(None).await.unwrap();
    c.paths_get_int_negative_one_million(None).await.unwrap();
    c.paths_get_ten_billion(None).await.unwrap();
    c.paths_get_negative_ten_billion(None).await.unwrap();
    c.paths_float_scientific_positive(None).await.unwrap();
    c.paths_float_scientific_negative(None).await.unwrap();
    c.paths_double_decimal_positive(None).await.unwrap();
    c.paths_double_decimal_negative(None).await.unwrap();
    c.paths_string_unicode(None).await.unwrap();
    c.paths_string_url_encoded(None).await.unwrap();
    c.paths_string_url_non_encoded(None).await.unwrap();
    c.paths_date_valid(None).await.unwrap();
    c.paths_date_time_valid(None).await.unwrap();
}

#[tokio::test]
async fn path_values() {
    let c = client();
    c.paths_enum_valid(UriColor::GreenColor, None)
        .await
        .unwrap();
    c.paths_byte_multi_byte(MULTIBYTE.as_bytes().to_vec(), None)
        .await
        .unwrap();
    c.paths_base64_url(b"lorem".to_vec(), None).await.unwrap();
    c.paths_array_csv_in_path(&array("ArrayPath1"), None)
        .await
        .unwrap();
    // Sent as `1460505600`.
    c.paths_unix_time_url(time::macros::datetime!(2016-04-13 00:00:00 UTC), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn empty_path_segments_are_refused_before_sending() {
    // An empty segment would address another resource; the server's
    // `/paths/string/empty/` scenario expects one, which this client
    // refuses on purpose.
    let c = client();
    let error = c.paths_string_empty(None).await.unwrap_err();
    assert!(error.to_string().contains("cannot be empty"), "{error}");
    let error = c.paths_byte_empty(None).await.unwrap_err();
    assert!(error.to_string().contains("cannot be empty"), "{error}");
    let error = c.paths_string_null("", None).await.unwrap_err();
    assert!(error.to_string().contains("cannot be empty"), "{error}");
}

#[tokio::test]
async fn query_constants() {
    let c = client();
    c.queries_get_boolean_true(None).await.unwrap();
    c.queries_get_boolean_false(None).await.unwrap();
    c.queries_get_int_one_million(None).await.unwrap();
    c.queries_get_int_negative_one_million(None).await.unwrap();
    c.queries_get_ten_billion(None).await.unwrap();
    c.queries_get_negative_ten_billion(None).await.unwrap();
    c.queries_float_scientific_positive(None).await.unwrap();
    c.queries_float_scientific_negative(None).await.unwrap();
    c.queries_double_decimal_positive(None).await.unwrap();
    c.queries_double_decimal_negative(None).await.unwrap();
    c.queries_string_unicode(None).await.unwrap();
    c.queries_string_url_encoded(None).await.unwrap();
    c.queries_string_empty(None).await.unwrap();
    c.queries_byte_empty(None).await.unwrap();
    c.queries_date_valid(None).await.unwrap();
    c.queries_date_time_valid(None).await.unwrap();
}

#[tokio::test]
async fn query_nulls_send_no_parameter() {
    let c = client();
    c.queries_get_boolean_null(None).await.unwrap();
    c.queries_get_int_null(None).await.unwrap();
    c.queries_get_long_null(None).await.unwrap();
    c.queries_float_null(None).await.unwrap();
    c.queries_double_null(None).await.unwrap();
    c.queries_string_null(None).await.unwrap();
    c.queries_enum_null(None).await.unwrap();
    c.queries_byte_null(None).await.unwrap();
    c.queries_date_null(None).await.unwrap();
    c.queries_date_time_null(None).await.unwrap();
    c.queries_array_string_csv_null(None).await.unwrap();
}

#[tokio::test]
async fn query_values() {
    let c = client();
    c.queries_enum_valid(Some(AutoRestUrlTestServiceClientQueriesEnumValidOptions {
        enum_query: Some(UriColor::GreenColor),
        ..Default::default()
    }))
    .await
    .unwrap();
    c.queries_byte_multi_byte(Some(
        AutoRestUrlTestServiceClientQueriesByteMultiByteOptions {
            byte_query: Some(MULTIBYTE.as_bytes().to_vec()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
}

#[tokio::test]
async fn query_arrays() {
    let c = client();
    c.queries_array_string_csv_valid(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringCsvValidOptions {
            array_query: Some(array("ArrayQuery1")),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.queries_array_string_csv_empty(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringCsvEmptyOptions {
            array_query: Some(Vec::new()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.queries_array_string_no_collection_format_empty(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringNoCollectionFormatEmptyOptions {
            array_query: Some(["hello", "nihao", "bonjour"].map(str::to_owned).to_vec()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.queries_array_string_ssv_valid(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringSsvValidOptions {
            array_query: Some(array("ArrayQuery1")),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.queries_array_string_tsv_valid(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringTsvValidOptions {
            array_query: Some(array("ArrayQuery1")),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.queries_array_string_pipes_valid(Some(
        AutoRestUrlTestServiceClientQueriesArrayStringPipesValidOptions {
            array_query: Some(array("ArrayQuery1")),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
}

#[tokio::test]
async fn path_items() {
    let c = client();
    let paths = ("pathItemStringPath", "globalStringPath", "localStringPath");
    c.path_items_get_all_with_values(
        paths.0,
        paths.1,
        paths.2,
        Some(
            AutoRestUrlTestServiceClientPathItemsGetAllWithValuesOptions {
                path_item_string_query: Some("pathItemStringQuery".into()),
                global_string_query: Some("globalStringQuery".into()),
                local_string_query: Some("localStringQuery".into()),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
    c.path_items_get_global_query_null(
        paths.0,
        paths.1,
        paths.2,
        Some(
            AutoRestUrlTestServiceClientPathItemsGetGlobalQueryNullOptions {
                path_item_string_query: Some("pathItemStringQuery".into()),
                local_string_query: Some("localStringQuery".into()),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
    c.path_items_get_global_and_local_query_null(
        paths.0,
        paths.1,
        paths.2,
        Some(
            AutoRestUrlTestServiceClientPathItemsGetGlobalAndLocalQueryNullOptions {
                path_item_string_query: Some("pathItemStringQuery".into()),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
    c.path_items_get_local_path_item_query_null(
        paths.0,
        paths.1,
        paths.2,
        Some(
            AutoRestUrlTestServiceClientPathItemsGetLocalPathItemQueryNullOptions {
                global_string_query: Some("globalStringQuery".into()),
                ..Default::default()
            },
        ),
    )
    .await
    .unwrap();
}
