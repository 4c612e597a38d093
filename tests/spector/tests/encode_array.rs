//! `encode/array`: arrays of strings, enums and extensible enums encoded
//! as one delimited string in a JSON property, sent and read back. The
//! Swagger typespec-autorest writes for them is a plain `string`, so the
//! tests send the joined text.

mod common;

use spector_encode_array::v0000_00_00::*;

client!(TitleClient, TitleClientOptions);

/// `POST` a model whose `value` is the colors joined by `$separator`; the
/// echo must hold the same text.
macro_rules! property {
    ($($name:ident: $op:ident($model:ident, $separator:expr)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let value = ["blue", "red", "green"].join($separator);
            let body = $model {
                value: Some(value.clone()),
                ..Default::default()
            };
            let got = client()
                .$op(body.try_into().unwrap(), None)
                .await
                .unwrap()
                .into_model()
                .unwrap();
            assert_eq!(got.value, Some(value));
        }
    )*};
}

property!(
    comma_delimited: comma_delimited(CommaDelimitedArrayProperty, ","),
    space_delimited: space_delimited(SpaceDelimitedArrayProperty, " "),
    pipe_delimited: pipe_delimited(PipeDelimitedArrayProperty, "|"),
    newline_delimited: newline_delimited(NewlineDelimitedArrayProperty, "\n"),
    enum_comma_delimited: enum_comma_delimited(CommaDelimitedEnumArrayProperty, ","),
    enum_space_delimited: enum_space_delimited(SpaceDelimitedEnumArrayProperty, " "),
    enum_pipe_delimited: enum_pipe_delimited(PipeDelimitedEnumArrayProperty, "|"),
    enum_newline_delimited: enum_newline_delimited(NewlineDelimitedEnumArrayProperty, "\n"),
    extensible_enum_comma_delimited: extensible_enum_comma_delimited(CommaDelimitedExtensibleEnumArrayProperty, ","),
    extensible_enum_space_delimited: extensible_enum_space_delimited(SpaceDelimitedExtensibleEnumArrayProperty, " "),
    extensible_enum_pipe_delimited: extensible_enum_pipe_delimited(PipeDelimitedExtensibleEnumArrayProperty, "|"),
    extensible_enum_newline_delimited: extensible_enum_newline_delimited(NewlineDelimitedExtensibleEnumArrayProperty, "\n"),
);
