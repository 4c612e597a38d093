//! The request and response shapes of an operation, in full and multi-line
//! as Azure's published changelogs print them:
//!
//! ```text
//! POST:  /pools
//! {
//! api-version: string ,
//! pool:
//! {
//! id: string ,
//! dataDisks:
//! [
//! {
//! lun: integer ,
//! caching: enum ,
//! }
//! ,
//! ]
//! ,
//! }
//! ,
//! }
//! ```
//!
//! Every parameter of the request in spec order, the body parameter last
//! and expanded; scalars by JSON type, `enum` for enums (their JSON type as
//! array items, as published), `object` for maps
//! and free-form values, `array` for a parameter's array, `file` for a
//! stream. A response is `{}` when it has neither headers nor body, its
//! headers alone (names in lower case) or its body alone, and
//! `$headers` / `$schema` only when it has both. A model already being
//! printed on the current path is `object` (recursive models terminate).

use super::compare::json_type;
use crate::ir::{Api, Operation, Response, Scalar, TypeRef};

/// A value: on the field's line (`string`) or a block of lines (`{ ... }`).
enum Value {
    Inline(String),
    Block(String),
}

/// `GET:  /jobs` (a no-break space and a space after the colon, as
/// published) and the parameters' block.
pub(crate) fn request(api: &Api, op: &Operation) -> String {
    let mut fields: Vec<(String, Value)> = op
        .parameters
        .iter()
        .map(|p| (p.wire_name.clone(), parameter(&p.ty)))
        .collect();
    if let Some(body) = &op.body {
        fields.push((
            body.name.client.clone(),
            value(api, &body.ty, &mut Vec::new()),
        ));
    }
    format!(
        "{}:\u{a0} {}\n{}",
        op.method.as_str(),
        op.path.template,
        object(fields)
    )
}

/// The block of one response (see the module docs).
pub(crate) fn response(api: &Api, response: &Response) -> String {
    let headers: Vec<(String, Value)> = response
        .headers
        .iter()
        .map(|h| (h.wire_name.to_lowercase(), parameter(&h.ty)))
        .collect();
    let body = response
        .body
        .as_ref()
        .map(|ty| value(api, ty, &mut Vec::new()));
    match (headers.is_empty(), body) {
        (true, None) => "{}".to_owned(),
        (false, None) => object(headers),
        (true, Some(Value::Block(block))) => block,
        (true, Some(inline)) => object(vec![("$schema".to_owned(), inline)]),
        (false, Some(body)) => object(vec![
            ("$headers".to_owned(), Value::Block(object(headers))),
            ("$schema".to_owned(), body),
        ]),
    }
}

/// A parameter's or header's value: never expanded.
fn parameter(ty: &TypeRef) -> Value {
    Value::Inline(
        match ty {
            TypeRef::Scalar(s) => scalar(s),
            TypeRef::Enum(_) => "enum",
            TypeRef::Array(_) => "array",
            TypeRef::Nullable(inner) => return parameter(inner),
            TypeRef::Map(_) | TypeRef::Any | TypeRef::Model(_) => "object",
        }
        .to_owned(),
    )
}

fn scalar(s: &Scalar) -> &'static str {
    match s {
        Scalar::Binary => "file",
        other => json_type(other),
    }
}

fn value<'a>(api: &'a Api, ty: &'a TypeRef, stack: &mut Vec<&'a str>) -> Value {
    match ty {
        TypeRef::Scalar(s) => Value::Inline(scalar(s).to_owned()),
        TypeRef::Enum(_) => Value::Inline("enum".to_owned()),
        TypeRef::Any | TypeRef::Map(_) => Value::Inline("object".to_owned()),
        TypeRef::Nullable(inner) => value(api, inner, stack),
        TypeRef::Array(item) => {
            let item = match item.as_ref() {
                // An enum as items is its JSON type, as published.
                TypeRef::Enum(id) => Value::Inline(
                    api.enums
                        .get(id)
                        .map_or("string", |e| scalar(&e.base))
                        .to_owned(),
                ),
                other => value(api, other, stack),
            };
            let mut out = String::from("[\n");
            push_item(&mut out, None, item);
            out.push(']');
            Value::Block(out)
        }
        TypeRef::Model(id) => {
            if stack.contains(&id.as_str()) || !api.models.contains_key(id) {
                return Value::Inline("object".to_owned());
            }
            let properties = api.all_properties(id);
            if properties.is_empty() {
                return Value::Inline("object".to_owned());
            }
            stack.push(id);
            let fields = properties
                .into_iter()
                .map(|p| (p.wire_name.clone(), value(api, &p.ty, stack)))
                .collect();
            stack.pop();
            Value::Block(object(fields))
        }
    }
}

fn object(fields: Vec<(String, Value)>) -> String {
    let mut out = String::from("{\n");
    for (key, value) in fields {
        push_item(&mut out, Some(&key), value);
    }
    out.push('}');
    out
}

/// `key: string ,` or `key:` + block + `,` (without a key in an array).
fn push_item(out: &mut String, key: Option<&str>, value: Value) {
    match (key, value) {
        (Some(key), Value::Inline(v)) => out.push_str(&format!("{key}: {v} ,\n")),
        (None, Value::Inline(v)) => out.push_str(&format!("{v} ,\n")),
        (key, Value::Block(block)) => {
            if let Some(key) = key {
                out.push_str(&format!("{key}:\n"));
            }
            out.push_str(&block);
            out.push_str("\n,\n");
        }
    }
}
