//! HTTP-date headers: which `date-time` headers of a spec go on the wire
//! as RFC 7231 text rather than RFC 3339.
//!
//! HTTP defines the value of its date headers as an HTTP-date, the
//! IMF-fixdate form `Fri, 26 Aug 2022 14:38:00 GMT` (RFC 9110 §5.6.7,
//! RFC 7231 §7.1.1.1), and servers read them only so. Swagger specs do not
//! always say it: typespec-autorest writes Azure.Core's `If-Modified-Since`,
//! `If-Unmodified-Since` and `Repeatability-First-Sent` as `format:
//! date-time`, which read literally would send `2022-08-26T14:38:00Z`, a
//! value the server refuses or, worse for a condition, ignores. So a
//! request or response header named by [`HEADERS`] (any case) whose type is
//! an RFC 3339 date-time becomes [`DateTimeFormat::Rfc7231`], written and
//! read as an HTTP-date by every consumer of the IR. Other formats (`date`,
//! `unixtime`, a plain string, an explicit RFC 1123/7231) are the spec's
//! word and are kept; so are other headers' date-times (`x-ms-date-time`
//! headers are read as RFC 3339 by the services that define them).

use super::headers;
use crate::ir::{Api, DateTimeFormat, Scalar, TypeRef};

/// Headers whose value is an HTTP-date, lower case.
///
/// * `date`, `last-modified`, `expires`, `if-modified-since`,
///   `if-unmodified-since`: RFC 9110 §6.6.1, §8.8.2, §13.1.3, §13.1.4 and
///   RFC 9111 §5.3 (RFC 7231/7232/7234 before them).
/// * `repeatability-first-sent`: OASIS Repeatable Requests Version 1.0
///   §2.2 ("a date-time value in the format of an HTTP-date").
///
/// `Retry-After` and `If-Range` are left out: their value is an HTTP-date
/// or something else (seconds, an entity tag), which one a spec cannot say
/// with a date-time format.
const HEADERS: &[&str] = &[
    "date",
    "last-modified",
    "expires",
    "if-modified-since",
    "if-unmodified-since",
    "repeatability-first-sent",
];

/// Marks the RFC 3339 date-time headers of `api` that HTTP defines as
/// HTTP-dates as [`DateTimeFormat::Rfc7231`]; any other type is kept.
pub(super) fn mark(api: &mut Api) {
    let date_time = |format| TypeRef::Scalar(Scalar::DateTime(format));
    headers::retype(
        api,
        HEADERS,
        HEADERS,
        &date_time(DateTimeFormat::Rfc3339),
        &date_time(DateTimeFormat::Rfc7231),
    );
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::ir::{Api, DateTimeFormat, Scalar, TypeRef};

    /// A spec whose one operation sends and answers date headers of every
    /// kind the rule tells apart.
    const SPEC: &str = r#"{
      "swagger": "2.0",
      "info": {"title": "Dates", "version": "2024-01-01"},
      "host": "example.com",
      "paths": {"/things": {"get": {
        "operationId": "Things_Get",
        "parameters": [
          {"name": "If-Modified-Since", "in": "header", "type": "string", "format": "date-time"},
          {"name": "if-unmodified-since", "in": "header", "type": "string", "format": "date-time"},
          {"name": "Repeatability-First-Sent", "in": "header", "type": "string", "format": "date-time"},
          {"name": "x-ms-date-time", "in": "header", "type": "string", "format": "date-time"},
          {"name": "Date", "in": "header", "type": "string", "format": "date"},
          {"name": "Expires", "in": "header", "type": "string"},
          {"name": "last-modified", "in": "query", "type": "string", "format": "date-time"}
        ],
        "responses": {"200": {"description": "ok", "headers": {
          "Last-Modified": {"type": "string", "format": "date-time"},
          "Expires": {"type": "string", "format": "date-time-rfc1123"},
          "x-ms-created": {"type": "string", "format": "date-time"}
        }}}
      }}}
    }"#;

    fn api() -> Api {
        crate::lower::load_api_with(Path::new("dates.json"), &|_| Ok(SPEC.as_bytes().to_vec()))
            .unwrap()
    }

    fn date_time(format: DateTimeFormat) -> TypeRef {
        TypeRef::Scalar(Scalar::DateTime(format))
    }

    #[test]
    fn http_date_headers_written_as_date_time_are_rfc_7231() {
        let api = api();
        let op = &api.operations[0];
        let parameter = |name: &str| {
            op.parameters
                .iter()
                .find(|p| p.wire_name == name)
                .unwrap()
                .ty
                .clone()
        };
        for name in [
            "If-Modified-Since",
            "if-unmodified-since",
            "Repeatability-First-Sent",
        ] {
            assert_eq!(
                parameter(name),
                date_time(DateTimeFormat::Rfc7231),
                "{name}"
            );
        }
        // Another header's date-time, another format, no format, and a
        // query parameter of a header's name keep their types.
        assert_eq!(
            parameter("x-ms-date-time"),
            date_time(DateTimeFormat::Rfc3339)
        );
        assert_eq!(parameter("Date"), TypeRef::Scalar(Scalar::Date));
        assert_eq!(parameter("Expires"), TypeRef::string());
        assert_eq!(
            parameter("last-modified"),
            date_time(DateTimeFormat::Rfc3339)
        );

        let header = |name: &str| {
            op.responses[0]
                .headers
                .iter()
                .find(|h| h.wire_name == name)
                .unwrap()
                .ty
                .clone()
        };
        assert_eq!(header("Last-Modified"), date_time(DateTimeFormat::Rfc7231));
        assert_eq!(header("Expires"), date_time(DateTimeFormat::Rfc1123));
        assert_eq!(header("x-ms-created"), date_time(DateTimeFormat::Rfc3339));
    }
}
