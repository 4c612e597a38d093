//! `required-optional.json`: optional parameters left out are not sent.
//!
//! The server's required-parameter scenarios expect the client to refuse a
//! null before sending; in Rust a required parameter is a plain argument and
//! cannot be null, so there is nothing to call (and the server names no
//! scenario for them).

mod common;

use autorest_required_optional::v1_0_0::{
    AutoRestRequiredOptionalTestServiceClient as Client,
    AutoRestRequiredOptionalTestServiceClientOptions as Options, *,
};
use azure_core::http::RequestContent;

client!(Client, Options);

#[tokio::test]
async fn implicit_optionals_are_not_sent() {
    let c = client();
    c.implicit_put_optional_query(None).await.unwrap();
    c.implicit_put_optional_header(None).await.unwrap();
    c.implicit_put_optional_body(None).await.unwrap();
    c.implicit_put_optional_binary_body(None).await.unwrap();
    c.implicit_get_optional_global_query(None).await.unwrap();
}

#[tokio::test]
async fn binary_bodies() {
    let c = client();
    c.explicit_put_optional_binary_body(None).await.unwrap();
    c.explicit_put_required_binary_body(RequestContent::from(b"\x01\x02\x03".to_vec()), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn explicit_optional_parameters_are_not_sent() {
    let c = client();
    c.explicit_post_optional_integer_parameter(None)
        .await
        .unwrap();
    c.explicit_post_optional_integer_header(None).await.unwrap();
    c.explicit_post_optional_string_parameter(None)
        .await
        .unwrap();
    c.explicit_post_optional_string_header(None).await.unwrap();
    c.explicit_post_optional_class_parameter(None)
        .await
        .unwrap();
    c.explicit_post_optional_array_parameter(None)
        .await
        .unwrap();
    c.explicit_post_optional_array_header(None).await.unwrap();
}

#[tokio::test]
async fn explicit_optional_properties_are_left_out_of_the_object() {
    let c = client();
    c.explicit_post_optional_integer_property(Some(
        AutoRestRequiredOptionalTestServiceClientExplicitPostOptionalIntegerPropertyOptions {
            body_parameter: Some(IntOptionalWrapper::default().try_into().unwrap()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.explicit_post_optional_string_property(Some(
        AutoRestRequiredOptionalTestServiceClientExplicitPostOptionalStringPropertyOptions {
            body_parameter: Some(StringOptionalWrapper::default().try_into().unwrap()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.explicit_post_optional_class_property(Some(
        AutoRestRequiredOptionalTestServiceClientExplicitPostOptionalClassPropertyOptions {
            body_parameter: Some(ClassOptionalWrapper::default().try_into().unwrap()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
    c.explicit_post_optional_array_property(Some(
        AutoRestRequiredOptionalTestServiceClientExplicitPostOptionalArrayPropertyOptions {
            body_parameter: Some(ArrayOptionalWrapper::default().try_into().unwrap()),
            ..Default::default()
        },
    ))
    .await
    .unwrap();
}
