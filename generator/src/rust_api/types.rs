//! Rust types for IR types: what a property, parameter or header holds in
//! the generated code, which enums are Rust enums, and which model fields
//! must be boxed to break recursion.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, DateTimeFormat, Enum, Scalar, TypeId, TypeRef};

/// The Rust type of a parameter or header value of `ty`, spelled for code
/// inside a generated api-version module (models and enums by bare name).
pub(crate) fn rust_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(api, ty)
}

/// The Rust type of a model field of `ty`: date-times, bytes and
/// string-encoded numbers typed at every depth (`Vec<OffsetDateTime>`,
/// `HashMap<String, Vec<u8>>`), read and written through the field's
/// encoding in its model's table.
pub(crate) fn field_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(api, ty)
}

/// The Rust type of a whole request or response body: typed as a field
/// is, read and written through its [`encoding`] when it has one.
pub(crate) fn body_rust_type(api: &Api, ty: &TypeRef) -> TokenStream {
    type_tokens(api, ty)
}

/// Every date-time, date, time, bytes and string-encoded number is typed,
/// at any depth and in every position (field, parameter, header, body,
/// catch-all map), because each of these places names the value's
/// [`encoding`]: a model's `json_object!` table (its catch-all map's too),
/// a body's `crate::encoding::Json`, a parameter's or header's text.
fn type_tokens(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Scalar(scalar) => scalar_type(scalar),
        TypeRef::Array(item) => {
            let item = type_tokens(api, item);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = type_tokens(api, value);
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
                scalar_type(&e.base)
            }
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(api, inner);
            quote!(Option<#inner>)
        }
    }
}

/// How a value of type `ty` is written in JSON where serde's form of its
/// Rust type is not the wire's (none for the rest), spelled as a
/// `json_object!` table takes it: `Rfc3339`, or a container around its
/// items' encoding, `List(Rfc3339)`, `Map(Nullable(Base64))`. The names
/// are the types of the emitted crate's `encoding` module.
pub(crate) fn encoding(api: &Api, ty: &TypeRef) -> Option<TokenStream> {
    encoding_spelled(&wire_type(api, ty), &|name, inner| match inner {
        Some(inner) => quote!(#name(#inner)),
        None => quote!(#name),
    })
}

/// [`encoding`] as a Rust type, for a body's `crate::encoding::Json<E>`:
/// `crate::encoding::List<crate::encoding::Rfc3339>`.
pub(crate) fn encoding_type(api: &Api, ty: &TypeRef) -> Option<TokenStream> {
    encoding_spelled(&wire_type(api, ty), &|name, inner| match inner {
        Some(inner) => quote!(crate::encoding::#name<#inner>),
        None => quote!(crate::encoding::#name),
    })
}

/// `ty` with each closed enum replaced by its base scalar, which is its
/// Rust type (a closed `date` enum is a `time::Date`), so that its encoding
/// and wire text are the scalar's.
pub(crate) fn wire_type(api: &Api, ty: &TypeRef) -> TypeRef {
    match ty {
        TypeRef::Enum(id) if !is_open_enum(api.enum_(id)) => {
            TypeRef::Scalar(api.enum_(id).base.clone())
        }
        TypeRef::Array(item) => TypeRef::Array(Box::new(wire_type(api, item))),
        TypeRef::Map(value) => TypeRef::Map(Box::new(wire_type(api, value))),
        TypeRef::Nullable(inner) => TypeRef::Nullable(Box::new(wire_type(api, inner))),
        other => other.clone(),
    }
}

/// [`encoding`] spelled by `spell` (an encoding's name, and its items'
/// encoding for a container).
fn encoding_spelled(
    ty: &TypeRef,
    spell: &dyn Fn(proc_macro2::Ident, Option<TokenStream>) -> TokenStream,
) -> Option<TokenStream> {
    let container = |name: &str, inner: &TypeRef| {
        let inner = encoding_spelled(inner, spell)?;
        Some(spell(format_ident!("{name}"), Some(inner)))
    };
    match ty {
        TypeRef::Scalar(scalar) => {
            scalar_encoding(scalar).map(|name| spell(format_ident!("{name}"), None))
        }
        TypeRef::Array(item) => container("List", item),
        TypeRef::Map(value) => container("Map", value),
        TypeRef::Nullable(inner) => container("Nullable", inner),
        TypeRef::Model(_) | TypeRef::Enum(_) | TypeRef::Any => None,
    }
}

/// The encoding whose text a value of `ty` (its [`wire_type`]) is in a URL
/// or header, as a Rust path (`crate::encoding::Base64`): see
/// [`text_encoding_name`].
pub(crate) fn text_encoding(ty: &TypeRef) -> Option<TokenStream> {
    text_encoding_name(ty).map(|name| {
        let name = format_ident!("{name}");
        quote!(crate::encoding::#name)
    })
}

/// The name in `crate::encoding` of the encoding whose text a value of
/// `ty` is in a URL or header: the scalars with an [`encoding`] written as
/// text (a string-encoded number's text is its `Display`, so it has none
/// here).
pub(crate) fn text_encoding_name(ty: &TypeRef) -> Option<&'static str> {
    match ty {
        TypeRef::Scalar(Scalar::NumberAsString(_)) => None,
        TypeRef::Scalar(scalar) => scalar_encoding(scalar),
        _ => None,
    }
}

/// The encoding of a scalar whose Rust type serde does not write as the
/// wire does.
fn scalar_encoding(scalar: &Scalar) -> Option<&'static str> {
    Some(match scalar {
        Scalar::DateTime(DateTimeFormat::Rfc3339) => "Rfc3339",
        Scalar::DateTime(_) => "Rfc7231",
        Scalar::UnixTime => "UnixTime",
        Scalar::Date => "Date",
        Scalar::Time => "Time",
        Scalar::Base64 | Scalar::Binary => "Base64",
        Scalar::Base64Url => "Base64Url",
        Scalar::NumberAsString(_) => "AsString",
        _ => return None,
    })
}

/// Whether an enum is a Rust enum: string enums are (open, keeping values
/// they do not know); others are their scalar type.
pub(crate) fn is_open_enum(e: &Enum) -> bool {
    matches!(e.base, Scalar::String { .. })
}

/// The Rust type of a scalar.
fn scalar_type(scalar: &Scalar) -> TokenStream {
    match scalar {
        Scalar::Int32 => quote!(i32),
        Scalar::Int64 => quote!(i64),
        Scalar::Float32 => quote!(f32),
        Scalar::Float64 | Scalar::Decimal => quote!(f64),
        Scalar::Boolean => quote!(bool),
        Scalar::DateTime(_) | Scalar::UnixTime => quote!(azure_core::time::OffsetDateTime),
        Scalar::Date => quote!(time::Date),
        Scalar::Time => quote!(time::Time),
        Scalar::Duration => quote!(crate::Duration),
        Scalar::Uuid => quote!(azure_core::Uuid),
        Scalar::ETag => quote!(azure_core::http::Etag),
        Scalar::NumberAsString(number) => scalar_type(number),
        Scalar::Base64 | Scalar::Base64Url | Scalar::Binary => quote!(Vec<u8>),
        Scalar::String { .. } => quote!(String),
    }
}

/// The type of a model's catch-all field, given the `additionalProperties`
/// in force for it: the spec's typed map when it declares a value type
/// (its values typed as a field's, read and written through the encoding
/// [`encoding`] names for them, which the model's table carries), else
/// every undefined JSON property as it came (`additionalProperties: true`
/// says no more than that). One spelling for open and closed models, so a
/// spec that adds `additionalProperties: true` changes no Rust type.
pub(crate) fn additional_properties_type(api: &Api, values: Option<&TypeRef>) -> TokenStream {
    match values {
        Some(values) if !keeps_json(Some(values)) => {
            let values = type_tokens(api, values);
            quote!(std::collections::HashMap<String, #values>)
        }
        _ => quote!(serde_json::Map<String, serde_json::Value>),
    }
}

/// Whether a model's catch-all map keeps JSON as it came, given the
/// `additionalProperties` in force for it (none, or any value), rather
/// than values of the spec's type: only such a map can hold a `null`.
fn keeps_json(values: Option<&TypeRef>) -> bool {
    matches!(values, None | Some(TypeRef::Any))
}

/// The rustdoc of a model's catch-all field, given the
/// `additionalProperties` in force for it: what it keeps and, where it
/// keeps JSON, how it carries an explicit `null` for a field
/// (`templates/src/object.rs`). That `null` is the third state beside a
/// value and an absent property, which a JSON merge patch needs to remove
/// a property; it lives in the catch-all map so that every field stays a
/// plain `Option`, as the official crates keep them. A `flattened` model
/// (`x-ms-client-flatten`) keeps a nested field's `null` in the nested
/// object, where the wire has it.
pub(crate) fn additional_properties_doc(values: Option<&TypeRef>, flattened: bool) -> String {
    let kept = match values {
        None => "JSON properties the spec does not define, kept so that writing the model back loses nothing.",
        Some(_) => "Keys beyond the declared properties (the spec's `additionalProperties`), as sent.",
    };
    let nulls = if keeps_json(values) {
        "An explicit `null` read for a field is kept here under the field's JSON name \
         (the field is `None`). `serde_json::Value::Null` under the JSON name of a field \
         left `None` sends `null`, as a JSON merge patch does to remove a property; \
         a field that is set is sent instead of an entry of its name."
    } else {
        "Its values are typed, so it holds no `null` for a field: a `null` read for a \
         field is `None` and is not written back, and `null` cannot be sent for one."
    };
    let nested = if keeps_json(values) && flattened {
        " A nested (`x-ms-client-flatten`) field's entry is inside its nested object \
         (`\"properties\": {\"name\": null}`)."
    } else {
        ""
    };
    format!("{kept}\n\n{nulls}{nested}")
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
