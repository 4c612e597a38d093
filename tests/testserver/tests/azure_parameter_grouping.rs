//! `azure-parameter-grouping.json`: `x-ms-parameter-grouping` gathers
//! parameters into one struct named as the extension says (or after the
//! operation with its postfix); a group with a required member is a method
//! argument, one without is a field of the options struct.
mod common;

use autorest_azure_parameter_grouping::v1_0_0::{
    AutoRestParameterGroupingTestServiceClient as Client,
    AutoRestParameterGroupingTestServiceClientOptions as Options, *,
};

client!(Client, Options);

#[tokio::test]
async fn required_group_is_an_argument() {
    let c = client();
    let all = ParameterGroupingPostRequiredParameters {
        body: common::json(&1234),
        path: "path".to_owned(),
        custom_header: Some("header".to_owned()),
        query: Some(21),
    };
    c.post_required(all, None).await.unwrap();
    // The optional members left out: the server accepts their absence.
    let required_only = ParameterGroupingPostRequiredParameters {
        body: common::json(&1234),
        path: "path".to_owned(),
        custom_header: None,
        query: None,
    };
    c.post_required(required_only, None).await.unwrap();
    // A wrong member reaches the wire: the server refuses it.
    let wrong = ParameterGroupingPostRequiredParameters {
        body: common::json(&1234),
        path: "path".to_owned(),
        custom_header: Some("other".to_owned()),
        query: None,
    };
    common::assert_status(c.post_required(wrong, None).await, 400);
}

#[tokio::test]
async fn optional_group_is_an_options_field() {
    let c = client();
    c.post_optional(None).await.unwrap();
    let options = AutoRestParameterGroupingTestServiceClientPostOptionalOptions {
        parameter_grouping_post_optional_parameters: Some(
            ParameterGroupingPostOptionalParameters {
                custom_header: Some("header".to_owned()),
                query: Some(21),
            },
        ),
        ..Default::default()
    };
    c.post_optional(Some(options)).await.unwrap();
    let wrong = AutoRestParameterGroupingTestServiceClientPostOptionalOptions {
        parameter_grouping_post_optional_parameters: Some(
            ParameterGroupingPostOptionalParameters {
                query: Some(22),
                ..Default::default()
            },
        ),
        ..Default::default()
    };
    common::assert_status(c.post_optional(Some(wrong)).await, 400);
}

#[tokio::test]
async fn reserved_words_in_a_group() {
    let options = AutoRestParameterGroupingTestServiceClientPostReservedWordsOptions {
        parameter_grouping_post_reserved_words_parameters: Some(
            ParameterGroupingPostReservedWordsParameters {
                from: Some("bob".to_owned()),
                accept: Some("yes".to_owned()),
            },
        ),
        ..Default::default()
    };
    client().post_reserved_words(Some(options)).await.unwrap();
}

#[tokio::test]
async fn two_groups_and_a_group_named_by_postfix() {
    let c = client();
    c.post_multi_param_groups(None).await.unwrap();
    let options = AutoRestParameterGroupingTestServiceClientPostMultiParamGroupsOptions {
        first_parameter_group: Some(FirstParameterGroup {
            header_one: Some("header".to_owned()),
            query_one: Some(21),
        }),
        parameter_grouping_post_multi_param_groups_second_param_group: Some(
            ParameterGroupingPostMultiParamGroupsSecondParamGroup {
                header_two: Some("header2".to_owned()),
                query_two: Some(42),
            },
        ),
        ..Default::default()
    };
    c.post_multi_param_groups(Some(options)).await.unwrap();
}

#[tokio::test]
async fn one_group_struct_shared_by_two_operations() {
    let group = FirstParameterGroup {
        header_one: Some("header".to_owned()),
        query_one: Some(21),
    };
    let options = AutoRestParameterGroupingTestServiceClientPostSharedParameterGroupObjectOptions {
        first_parameter_group: Some(group.clone()),
        ..Default::default()
    };
    // The server reads `headerOne`/`queryOne` while the spec names them
    // `header-one`/`query-one`, so it cannot tell a wrong value: the
    // scenario is that the shared struct is accepted by both methods.
    let c = client();
    c.post_shared_parameter_group_object(Some(options))
        .await
        .unwrap();
    let options = AutoRestParameterGroupingTestServiceClientPostMultiParamGroupsOptions {
        first_parameter_group: Some(group),
        ..Default::default()
    };
    c.post_multi_param_groups(Some(options)).await.unwrap();
}

#[tokio::test]
async fn group_with_a_single_valued_enum() {
    let options = AutoRestParameterGroupingTestServiceClientGroupWithConstantOptions {
        grouper: Some(Grouper {
            grouped_constant: Some(EncryptionAlgorithmType::Foo),
            grouped_parameter: Some("bar".to_owned()),
        }),
        ..Default::default()
    };
    client().group_with_constant(Some(options)).await.unwrap();
}
