//! One-line shapes of an operation's request and responses, as Azure's
//! changelog prints them: `GET: /jobs  { api-version: string, ... }` and
//! `Response (200) { $headers: { ... }, $schema: { value: [ { ... } ] } }`.
//!
//! Shapes are cut deterministically: at most [`MAX_FIELDS`] fields per
//! object (then `...`), models nested at most [`MAX_DEPTH`] deep (then
//! `{...}`), and a model already being printed on the current path is
//! printed `{...}` (recursive models terminate).

use super::compare::json_type;
use crate::ir::{Api, Operation, Response, TypeRef};

/// Fields shown per object before `...`.
pub const MAX_FIELDS: usize = 8;
/// Model nesting shown before `{...}`.
pub const MAX_DEPTH: usize = 3;

/// `GET: /jobs  { api-version: string, timeOut: integer, body: { ... } }`.
pub(crate) fn request_line(api: &Api, op: &Operation) -> String {
    let mut fields: Vec<(String, String)> = op
        .parameters
        .iter()
        .map(|p| (p.wire_name.clone(), shape(api, &p.ty, 0, &mut Vec::new())))
        .collect();
    if let Some(body) = &op.body {
        fields.push((
            body.name.client.clone(),
            shape(api, &body.ty, 0, &mut Vec::new()),
        ));
    }
    format!(
        "{}: {}  {}",
        op.method.as_str(),
        op.path.template,
        object(fields)
    )
}

/// `Response (200) { $headers: { ETag: string }, $schema: { ... } }`.
pub(crate) fn response_line(api: &Api, response: &Response) -> String {
    let mut fields = Vec::new();
    if !response.headers.is_empty() {
        let headers = response
            .headers
            .iter()
            .map(|h| (h.wire_name.clone(), shape(api, &h.ty, 0, &mut Vec::new())))
            .collect();
        fields.push(("$headers".to_owned(), object(headers)));
    }
    if let Some(body) = &response.body {
        fields.push(("$schema".to_owned(), shape(api, body, 0, &mut Vec::new())));
    }
    format!("Response ({}) {}", response.status, object(fields))
}

fn object(fields: Vec<(String, String)>) -> String {
    if fields.is_empty() {
        return "{ }".to_owned();
    }
    let total = fields.len();
    let mut parts: Vec<String> = fields
        .into_iter()
        .take(MAX_FIELDS)
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    if total > MAX_FIELDS {
        parts.push("...".to_owned());
    }
    format!("{{ {} }}", parts.join(", "))
}

fn shape<'a>(api: &'a Api, ty: &'a TypeRef, depth: usize, stack: &mut Vec<&'a str>) -> String {
    match ty {
        TypeRef::Scalar(s) => json_type(s).to_owned(),
        TypeRef::Enum(_) => "enum".to_owned(),
        TypeRef::Any => "object".to_owned(),
        TypeRef::Array(item) => format!("[ {} ]", shape(api, item, depth, stack)),
        TypeRef::Map(value) => format!("{{ *: {} }}", shape(api, value, depth, stack)),
        TypeRef::Nullable(inner) => format!("{} | null", shape(api, inner, depth, stack)),
        TypeRef::Model(id) => {
            if depth >= MAX_DEPTH || stack.contains(&id.as_str()) || !api.models.contains_key(id) {
                return "{...}".to_owned();
            }
            stack.push(id);
            let fields = api
                .all_properties(id)
                .into_iter()
                .map(|p| (p.wire_name.clone(), shape(api, &p.ty, depth + 1, stack)))
                .collect();
            stack.pop();
            object(fields)
        }
    }
}
