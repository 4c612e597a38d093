//! Lists continued by a cursor in the page's body, a convention no
//! Swagger or OpenAPI form names (Azure OpenAI's lists, written as
//! OpenAI's: a page `{"data": [...], "has_more": true, "last_id": "..."}`,
//! the next asked for with `?after=<last_id>`). Read as a single page,
//! every list past the service's page size would silently end early, so
//! an operation of exactly that shape is a pager ([`Cursor`]).

use crate::ir::{Api, BodyFormat, Cursor, Pageable, ParamLocation, Scalar, TypeRef};

/// The page's items, its "more" flag, its cursor, and the query parameter
/// taking the cursor back.
const ITEMS: &str = "data";
const MORE: &str = "has_more";
const TOKEN: &str = "last_id";
const PARAMETER: &str = "after";

/// Marks each operation that is not pageable already, answers a JSON page
/// with an array `data`, a boolean `has_more` and a string `last_id`, and
/// takes an optional query parameter `after`, as a cursor pager.
pub(super) fn mark(api: &mut Api) {
    let found: Vec<usize> = api
        .operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.pageable.is_none() && op.response_format != BodyFormat::Xml)
        .filter(|(_, op)| {
            op.parameters.iter().any(|p| {
                p.location == ParamLocation::Query && !p.required && p.wire_name == PARAMETER
            })
        })
        .filter(|(_, op)| {
            let Some(TypeRef::Model(page)) = op.success_body() else {
                return false;
            };
            let properties = api.all_properties(page);
            let has = |name: &str, fits: fn(&TypeRef) -> bool| {
                properties
                    .iter()
                    .any(|p| p.wire_name == name && fits(&p.ty))
            };
            has(ITEMS, |ty| matches!(ty, TypeRef::Array(_)))
                && has(MORE, |ty| matches!(ty, TypeRef::Scalar(Scalar::Boolean)))
                && has(TOKEN, |ty| {
                    matches!(ty, TypeRef::Scalar(Scalar::String { .. }))
                })
        })
        .map(|(index, _)| index)
        .collect();
    for index in found {
        api.operations[index].pageable = Some(Pageable {
            item_name: ITEMS.to_owned(),
            next_link_name: None,
            next_operation: None,
            cursor: Some(Cursor {
                more: MORE.to_owned(),
                token: TOKEN.to_owned(),
                parameter: PARAMETER.to_owned(),
            }),
        });
    }
}
