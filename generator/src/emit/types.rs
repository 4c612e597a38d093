//! Rust types for IR types: what a property, parameter or header holds in
//! the generated code, the serde attributes its wire form needs, and which
//! model fields must be boxed to break recursion.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, DateTimeFormat, Scalar, TypeId, TypeRef};

/// The Rust type of a value of `ty`, spelled for code inside a generated
/// api-version module (models and enums by bare name).
///
/// Date-times and base64 bytes need serde helpers that exist only for a
/// top-level `Option`; nested inside arrays or maps they stay as the wire
/// string rather than be read wrongly.
pub(crate) fn rust_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(api, ty, false)
}

/// The Rust type of a whole request or response body. serde reads a body
/// directly, with no field attribute to pick a helper, so a date-time or
/// base64 body is its wire text, as inside arrays and maps.
pub(crate) fn body_rust_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(api, ty, true)
}

fn type_tokens(api: &Api, ty: &TypeRef, nested: bool) -> TokenStream {
    match ty {
        TypeRef::Scalar(scalar) => scalar_type(scalar, nested),
        TypeRef::Array(item) => {
            let item = type_tokens(api, item, true);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = type_tokens(api, value, true);
            quote!(std::collections::HashMap<String, #value>)
        }
        TypeRef::Model(id) => {
            let name = format_ident!("{}", api.model(id).name.rust);
            quote!(#name)
        }
        TypeRef::Enum(id) => {
            let e = api.enum_(id);
            if super::enums::is_open_enum(e) {
                let name = format_ident!("{}", e.name.rust);
                quote!(#name)
            } else {
                scalar_type(&e.base, nested)
            }
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(api, inner, true);
            quote!(Option<#inner>)
        }
    }
}

fn scalar_type(scalar: &Scalar, nested: bool) -> TokenStream {
    match scalar {
        Scalar::Int32 => quote!(i32),
        Scalar::Int64 | Scalar::UnixTime => quote!(i64),
        Scalar::Float32 => quote!(f32),
        Scalar::Float64 | Scalar::Decimal => quote!(f64),
        Scalar::Boolean => quote!(bool),
        Scalar::DateTime(_) if !nested => quote!(azure_core::time::OffsetDateTime),
        Scalar::Duration => quote!(crate::Duration),
        Scalar::Uuid => quote!(azure_core::Uuid),
        Scalar::Base64 | Scalar::Base64Url | Scalar::Binary if !nested => quote!(Vec<u8>),
        Scalar::String { .. }
        | Scalar::Date
        | Scalar::Time
        | Scalar::DateTime(_)
        | Scalar::Base64
        | Scalar::Base64Url
        | Scalar::Binary => quote!(String),
    }
}

/// The type of a model's catch-all field, given the `additionalProperties`
/// in force for it: the spec's typed map when it declares a value type, else
/// every undefined JSON property as it came (`additionalProperties: true`
/// says no more than that). One spelling for open and closed models, so a
/// spec that adds `additionalProperties: true` changes no Rust type.
pub(crate) fn additional_properties_type(api: &Api, values: Option<&TypeRef>) -> TokenStream {
    match values {
        None | Some(TypeRef::Any) => quote!(serde_json::Map<String, serde_json::Value>),
        Some(values) => {
            let values = type_tokens(api, values, true);
            quote!(std::collections::HashMap<String, #values>)
        }
    }
}

/// Serde attributes an `Option<_>` field of type `ty` needs beyond
/// `rename`/`skip_serializing_if`: the helper module for its wire format.
pub(crate) fn serde_with(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc3339)) => {
            quote!(#[serde(default, with = "crate::runtime::rfc3339::option")])
        }
        TypeRef::Scalar(Scalar::DateTime(_)) => {
            quote!(#[serde(default, with = "azure_core::time::rfc7231::option")])
        }
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => {
            quote!(#[serde(default, with = "azure_core::base64::option")])
        }
        TypeRef::Scalar(Scalar::Base64Url) => quote!(#[serde(
            default,
            deserialize_with = "azure_core::base64::option::deserialize_url_safe",
            serialize_with = "azure_core::base64::option::serialize_url_safe"
        )]),
        _ => TokenStream::new(),
    }
}

/// An expression turning `value` (a reference to a value of `ty`) into the
/// text sent in a URL or header.
///
/// A date-time is sent in the format the spec names: `date-time` as RFC
/// 3339, `date-time-rfc1123` as RFC 1123, in headers as elsewhere (a server
/// reading an `x-ms-date-time` header as RFC 3339 refuses RFC 1123).
pub(crate) fn wire_text(ty: &TypeRef, value: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Scalar(Scalar::DateTime(DateTimeFormat::Rfc3339)) => {
            quote!(crate::runtime::rfc3339(#value))
        }
        TypeRef::Scalar(Scalar::DateTime(_)) => quote!(crate::runtime::rfc7231(#value)),
        TypeRef::Scalar(Scalar::Base64 | Scalar::Binary) => {
            quote!(azure_core::base64::encode(#value))
        }
        TypeRef::Scalar(Scalar::Base64Url) => quote!(azure_core::base64::encode_url_safe(#value)),
        _ => quote!(ToString::to_string(#value)),
    }
}

/// Models whose fields must be boxed: for each model, the properties whose
/// type is (directly, not through a `Vec` or map) a model that contains the
/// owner again.
#[derive(Debug, Default)]
pub(crate) struct Recursion {
    boxed: HashSet<(TypeId, String)>,
}

impl Recursion {
    /// Finds the cycles of direct containment in `api`.
    pub(crate) fn of(api: &Api) -> Self {
        let direct = |id: &str| -> Vec<(String, TypeId)> {
            api.all_properties(id)
                .into_iter()
                .filter_map(|p| match &p.ty {
                    TypeRef::Model(target) => Some((p.wire_name.clone(), target.clone())),
                    _ => None,
                })
                .collect()
        };
        // What a value of `id` holds directly: its fields' models and, for
        // a polymorphic model's enum, every kind it can be.
        let holds = |id: &str| -> Vec<TypeId> {
            let mut held: Vec<TypeId> = direct(id).into_iter().map(|(_, t)| t).collect();
            held.extend(
                super::polymorphism::variant_models(api, id)
                    .into_iter()
                    .map(str::to_owned),
            );
            held
        };
        let mut boxed = HashSet::new();
        for id in api.models.keys() {
            for (property, target) in direct(id) {
                // Does `target` lead back to `id` through direct fields?
                let mut stack = vec![target];
                let mut seen = HashSet::new();
                while let Some(current) = stack.pop() {
                    if &current == id {
                        boxed.insert((id.clone(), property.clone()));
                        break;
                    }
                    if seen.insert(current.clone()) {
                        stack.extend(holds(&current));
                    }
                }
            }
        }
        Self { boxed }
    }

    /// Whether `model`'s property with this wire name is boxed.
    pub(crate) fn is_boxed(&self, model: &str, wire_name: &str) -> bool {
        self.boxed
            .contains(&(model.to_owned(), wire_name.to_owned()))
    }
}
