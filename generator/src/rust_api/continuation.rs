//! Lists continued by a response header: Storage's convention beside
//! `x-ms-pageable` with `nextLinkName: null`. Data Lake's List Paths
//! answers a JSON page and, when there is more, the token of the rest in
//! the header `x-ms-continuation`, which the next request sends back as the
//! query parameter `continuation` (Table's `x-ms-continuation-NextTableName`
//! goes back as `NextTableName`). The spec says no more than that the
//! operation is pageable and has both; read as a single page, every list
//! past the service's page size would silently end early.

use crate::ir::{Operation, ParamLocation};

/// The header every such token starts with.
const PREFIX: &str = "x-ms-continuation";

/// How a pageable operation's next page is asked for by a response header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderContinuation<'a> {
    /// The response header holding the token, as the spec spells it.
    pub header: &'a str,
    /// The optional query parameter taking it back, as the spec spells it.
    pub parameter: &'a str,
}

/// The header continuation of `op`: it is pageable without a next link,
/// a success response declares `x-ms-continuation` (or
/// `x-ms-continuation-{Name}`), and it takes an optional query parameter
/// `continuation` (or `{Name}`), names compared without case.
pub(crate) fn header_continuation(op: &Operation) -> Option<HeaderContinuation<'_>> {
    let paging = op.pageable.as_ref()?;
    if paging.next_link_name.is_some() {
        return None;
    }
    op.responses
        .iter()
        .filter(|r| !r.is_error)
        .flat_map(|r| &r.headers)
        .find_map(|header| {
            let wire = header.wire_name.as_str();
            let rest = wire
                .get(..PREFIX.len())
                .filter(|start| start.eq_ignore_ascii_case(PREFIX))
                .map(|_| &wire[PREFIX.len()..])?;
            let wanted = match rest {
                "" => "continuation",
                _ => rest.strip_prefix('-').filter(|name| !name.is_empty())?,
            };
            let parameter = op.parameters.iter().find(|p| {
                p.location == ParamLocation::Query
                    && !p.required
                    && p.wire_name.eq_ignore_ascii_case(wanted)
            })?;
            Some(HeaderContinuation {
                header: wire,
                parameter: &parameter.wire_name,
            })
        })
}
