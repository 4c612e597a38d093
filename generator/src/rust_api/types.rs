//! Rust types for IR types: what a property, parameter or header holds in
//! the generated code, which enums are Rust enums, and which model fields
//! must be boxed to break recursion.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, Enum, Scalar, TypeId, TypeRef};

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
            if is_open_enum(e) {
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

/// Whether an enum is a Rust enum: string enums are (open, keeping values
/// they do not know); others are their scalar type.
pub(crate) fn is_open_enum(e: &Enum) -> bool {
    matches!(e.base, Scalar::String { .. })
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
                super::hierarchy::variant_models(api, id)
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
