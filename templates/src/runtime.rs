//! Helpers shared by every api-version module: request building, status
//! checks, response headers and the enum macro.
//!
//! Hand-written once so that generated modules stay small: each operation
//! calls these instead of repeating the same code.

// Which helpers are used depends on the specs and the enabled features.
#![allow(dead_code)]

use azure_core::{
    error::ErrorKind,
    http::{
        headers::{HeaderName, Headers},
        pager::{Page, PagerContinuation, PagerOptions, PagerResult, PagerState},
        AsyncRawResponse, Context, JsonFormat, Pager, Pipeline, PipelineSendOptions,
        PipelineStreamOptions, RawResponse, Request, Response, StatusCode, Url, UrlExt,
    },
    time::OffsetDateTime,
    Error, Result,
};
use std::fmt::Write as _;

/// What stays as it is in a path segment: RFC 3986's unreserved characters.
/// Every other byte, `/`, `?`, `#`, `%` and non-ASCII among them, is
/// percent-encoded.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Encodes a path parameter so that it stays one path segment: every byte
/// that is not an RFC 3986 unreserved character is percent-encoded.
///
/// Empty values, `.` and `..` are rejected: an empty segment, or a dot
/// segment that URL normalisation collapses, would address another resource.
pub(crate) fn path_segment(name: &str, value: &str) -> Result<String> {
    check_segment(name, value)?;
    Ok(percent_encoding::utf8_percent_encode(value, SEGMENT).to_string())
}

/// A path parameter that is an array: each item encoded as [`path_segment`]
/// encodes a value, then joined by its `collectionFormat` separator, which
/// stays as it is where a path segment allows it (the `,` of `csv`, as a URI
/// template's list `a,b`) and is percent-encoded elsewhere (`ssv`'s space,
/// `pipes`' `|`): a comma inside an item stays told apart from one between
/// items. An empty array is refused as an empty value is.
pub(crate) fn path_segment_list<T: std::fmt::Display>(
    name: &str,
    items: &[T],
    separator: &str,
) -> Result<String> {
    let separator = if separator
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b))
    {
        separator.to_owned()
    } else {
        percent_encoding::utf8_percent_encode(separator, SEGMENT).to_string()
    };
    let text = items
        .iter()
        .map(|item| percent_encoding::utf8_percent_encode(&item.to_string(), SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join(&separator);
    check_segment(name, &text)?;
    Ok(text)
}

/// A path parameter marked `x-ms-skip-url-encoding`: sent as given (its `/`
/// separate segments), but never empty, and none of its segments a dot
/// segment, written plainly or percent-encoded (`./key`, `dir/../key`,
/// `%2E/key`, `dir/%2e%2e/key`, `.%2Fkey`): the URL library or the service
/// would remove it and address another resource (a blob `./key` is stored
/// as `key`, azure-sdk-for-rust#5275). Such a value is refused before
/// anything is sent.
pub(crate) fn path_segment_raw(name: &str, value: &str) -> Result<String> {
    check_segment(name, value)?;
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    let dot = decoded
        .split(['/', '\\'])
        .chain(value.split('/'))
        .any(|piece| piece == "." || piece == "..");
    if dot {
        return Err(Error::with_message(
            ErrorKind::Other,
            format!(
                "path parameter `{name}` cannot hold a `.` or `..` segment, \
                 which would address another resource (got {value:?})"
            ),
        ));
    }
    Ok(value.to_owned())
}

/// A scope: a raw path parameter that opens the path, the template's text
/// going on after it (`/{resourceUri}/providers/…`, ARM's extension
/// resources and scoped operations). Its value is a resource ID's path
/// (`subscriptions/…/resourceGroups/rg`), which at the tenant scope is
/// empty: the request then goes to `/providers/…`, not `//providers/…`,
/// which would address no resource. The template holds no `/` before the
/// scope; this gives the value with its own: one `/` first, whether the
/// value came with it (a resource's `id`) or not, and nothing for an
/// empty value or a lone `/`. Otherwise checked as [`path_segment_raw`].
pub(crate) fn path_scope(name: &str, value: &str) -> Result<String> {
    let value = value.strip_prefix('/').unwrap_or(value);
    if value.is_empty() {
        return Ok(String::new());
    }
    Ok(format!("/{}", path_segment_raw(name, value)?))
}

fn check_segment(name: &str, value: &str) -> Result<()> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::with_message(
            ErrorKind::Other,
            format!("path parameter `{name}` cannot be empty, `.` or `..` (got {value:?})"),
        ));
    }
    Ok(())
}

/// A piece of a host template (`x-ms-parameterized-host`), for
/// [`endpoint_url`].
pub(crate) enum HostPart<'a> {
    /// The template's own text.
    Text(&'static str),
    /// A template parameter's value; `raw` for `x-ms-skip-url-encoding`.
    Value {
        /// The parameter's name in the spec, for errors.
        name: &'static str,
        /// The value the user gave (or its default).
        value: &'a str,
        /// Sent as given even in the path.
        raw: bool,
    },
}

/// The URL a host template spells with its parameters' values, `scheme://`
/// first when given (`useSchemePrefix`), `base_path` after.
///
/// A value that starts the text is a whole URL (`https://svc.example.com`,
/// a slash at its end dropped before the template's own). A value in the
/// host (`{geography}.atlas.microsoft.com`) may not hold a character that
/// would end the host or move the request elsewhere (`/`, `?`, `#`, `@`,
/// `\`, a space); one in the path is percent-encoded as a path segment is,
/// unless it is raw. No value may be empty.
pub(crate) fn endpoint_url(
    scheme: Option<&str>,
    parts: &[HostPart<'_>],
    base_path: &str,
) -> Result<Url> {
    let mut text = scheme.map(|s| format!("{s}://")).unwrap_or_default();
    for (i, part) in parts.iter().enumerate() {
        let (name, value, raw) = match part {
            HostPart::Text(literal) => {
                text.push_str(literal);
                continue;
            }
            HostPart::Value { name, value, raw } => (*name, *value, *raw),
        };
        if value.is_empty() {
            return Err(Error::with_message(
                ErrorKind::Other,
                format!("host parameter `{name}` cannot be empty"),
            ));
        }
        let after_scheme = text.split_once("://").map(|(_, rest)| rest);
        if text.is_empty() {
            let slash_follows =
                matches!(parts.get(i + 1), Some(HostPart::Text(next)) if next.starts_with('/'));
            text.push_str(if slash_follows {
                value.trim_end_matches('/')
            } else {
                value
            });
        } else if after_scheme.is_some_and(|rest| rest.contains('/')) {
            let segment = if raw {
                path_segment_raw(name, value)?
            } else {
                path_segment(name, value)?
            };
            text.push_str(&segment);
        } else if value
            .chars()
            .any(|c| matches!(c, '/' | '?' | '#' | '@' | '\\') || c.is_whitespace())
        {
            return Err(Error::with_message(
                ErrorKind::Other,
                format!(
                    "host parameter `{name}` is part of the host name and cannot hold {value:?}"
                ),
            ));
        } else {
            text.push_str(value);
        }
    }
    let mut url = Url::parse(&text).map_err(|e| {
        Error::with_message(
            ErrorKind::Other,
            format!("the host template gives {text:?}, which is not a URL: {e}"),
        )
    })?;
    if !url.scheme().starts_with("http") {
        return Err(Error::with_message(
            ErrorKind::Other,
            format!("{url} must use http(s)"),
        ));
    }
    if !base_path.is_empty() {
        url.append_path(base_path);
    }
    Ok(url)
}

/// Appends `key=value` to the query of `url` as given, for a parameter
/// marked `x-ms-skip-url-encoding` (the caller encodes it, or means its
/// `&` and `=`).
pub(crate) fn append_raw_query(url: &mut Url, key: &str, value: impl AsRef<str>) {
    let value = value.as_ref();
    let query = match url.query() {
        Some(query) if !query.is_empty() => format!("{query}&{key}={value}"),
        _ => format!("{key}={value}"),
    };
    url.set_query(Some(&query));
}

/// Appends `path` to the path of `url`; what follows a `?` in it is added
/// to the query as given. A path parameter marked `x-ms-skip-url-encoding`
/// may carry its own query: a next link given to a next-page operation
/// (`next?page=2`), which the URL's path would otherwise percent-encode.
pub(crate) fn append_path_and_query(url: &mut Url, path: &str) {
    match path.split_once('?') {
        Some((path, query)) => {
            url.append_path(path);
            let query = match url.query() {
                Some(own) if !own.is_empty() && !query.is_empty() => format!("{own}&{query}"),
                Some(own) if query.is_empty() => own.to_owned(),
                _ => query.to_owned(),
            };
            url.set_query((!query.is_empty()).then_some(query.as_str()));
        }
        None => url.append_path(path),
    }
}

/// Joins the items of an array parameter with a `collectionFormat`
/// separator.
pub(crate) fn join<T: std::fmt::Display>(items: &[T], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        let _ = write!(out, "{item}");
    }
    out
}

/// Formats a date-time as RFC 7231 / RFC 1123 (`Thu, 01 Feb 2024 10:00:00 GMT`).
///
/// The form has no offset, only `GMT`: a time of another offset is converted
/// to UTC first (`10:00+05:00` is `05:00:00 GMT`), as azure_core's formatter
/// would print its local clock time with `GMT` after it.
pub(crate) fn rfc7231(value: &OffsetDateTime) -> String {
    // `UNIX_EPOCH`'s offset is UTC: azure_core re-exports no `UtcOffset`.
    let utc = OffsetDateTime::UNIX_EPOCH.offset();
    // Out of range only at the edges of year ±9999: kept as it is there.
    let value = value.checked_to_offset(utc).unwrap_or(*value);
    azure_core::time::to_rfc7231(&value)
}

/// Parsing RFC 7231 (RFC 1123) date-times (`crate::encoding::Rfc7231`
/// reads and writes them).
///
/// The day and month names are read in any case (`fri, 31 dec 9999
/// 23:59:59 gmt`, which some services send): the date is plain, and failing
/// the whole response over its case helps no one.
pub(crate) mod rfc7231 {
    use azure_core::time::OffsetDateTime;

    /// Parses RFC 7231, its names in any case.
    pub(crate) fn parse(text: &str) -> azure_core::Result<OffsetDateTime> {
        azure_core::time::parse_rfc7231(text).or_else(|error| {
            // `Fri`, `Dec`, `GMT`: each word capitalized, then `GMT`.
            let mut cased = String::with_capacity(text.len());
            let mut starts_word = true;
            for c in text.chars() {
                cased.push(if starts_word {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                });
                starts_word = !c.is_ascii_alphabetic();
            }
            let cased = cased.replace("Gmt", "GMT");
            if cased == text {
                Err(error)
            } else {
                azure_core::time::parse_rfc7231(&cased).map_err(|_| error)
            }
        })
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn names_are_read_in_any_case() {
            let upper = super::parse("Fri, 31 Dec 9999 23:59:59 GMT").unwrap();
            assert_eq!(
                super::parse("fri, 31 dec 9999 23:59:59 gmt").unwrap(),
                upper
            );
            assert_eq!(
                super::parse("FRI, 31 DEC 9999 23:59:59 GMT").unwrap(),
                upper
            );
            assert!(super::parse("Fri, 31 Dez 9999 23:59:59 GMT").is_err());
        }
    }
}

/// Parsing RFC 3339 date-times (`crate::encoding::Rfc3339` reads and
/// writes them).
///
/// A date-time without a UTC offset (`2024-02-01T10:00:00`, which some
/// services send) is read as UTC, as other Azure SDKs do, instead of
/// failing the whole response.
pub(crate) mod rfc3339 {
    use azure_core::time::OffsetDateTime;

    /// Parses RFC 3339, or RFC 3339 without its offset as UTC; `t` and `z`
    /// may be lower case, as RFC 3339 allows.
    pub(crate) fn parse(text: &str) -> azure_core::Result<OffsetDateTime> {
        parse_cased(text).or_else(|error| {
            let upper = text.to_ascii_uppercase();
            if upper == text {
                Err(error)
            } else {
                parse_cased(&upper).map_err(|_| error)
            }
        })
    }

    fn parse_cased(text: &str) -> azure_core::Result<OffsetDateTime> {
        azure_core::time::parse_rfc3339(text).or_else(|error| {
            let time = text.split_once(['T', 't']).map_or("", |(_, time)| time);
            let has_offset = time.contains(['Z', 'z', '+', '-']);
            if has_offset {
                Err(error)
            } else {
                azure_core::time::parse_rfc3339(&format!("{text}Z"))
            }
        })
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn a_missing_offset_is_utc() {
            let utc = super::parse("2024-02-01T10:00:00Z").unwrap();
            assert_eq!(super::parse("2024-02-01T10:00:00").unwrap(), utc);
            assert_eq!(super::parse("2024-02-01t10:00:00.000").unwrap(), utc);
            assert_eq!(super::parse("2024-02-01t10:00:00z").unwrap(), utc);
            let east = super::parse("2024-02-01T11:00:00+01:00").unwrap();
            assert_eq!(east, utc);
            assert!(super::parse("2024-02-01").is_err());
            assert!(super::parse("2024-02-01T10:00:00+25:00").is_err());
        }
    }
}

/// The [`Format`](azure_core::http::Format) of a response whose body is
/// text, not JSON (an operation that `produces` only `text/plain` or another
/// non-JSON text type): `into_model()` gives the text as the service sent
/// it.
#[derive(Debug, Clone)]
pub struct TextFormat;

impl azure_core::http::Format for TextFormat {
    fn deserialize<T: serde::de::DeserializeOwned, S: AsRef<[u8]>>(body: S) -> Result<T> {
        let text = std::str::from_utf8(body.as_ref()).map_err(|e| {
            Error::with_message(
                ErrorKind::DataConversion,
                format!("the body is not UTF-8 text: {e}"),
            )
        })?;
        T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(text))
            .map_err(|e| Error::with_message(ErrorKind::DataConversion, e.to_string()))
    }
}

impl azure_core::http::DeserializeWith<TextFormat> for String {
    fn deserialize_with(body: azure_core::http::response::ResponseBody) -> Result<Self> {
        body.into_string()
    }
}

/// A text request body (an operation that `consumes` a non-JSON text type):
/// the caller's text as the body's bytes, not a JSON string.
pub(crate) fn text_body(text: impl Into<String>) -> azure_core::http::RequestContent<String> {
    azure_core::http::RequestContent::from(text.into().into_bytes())
}

/// A response header's value type: how it is parsed from the wire.
pub(crate) trait HeaderValue: Sized {
    /// Parses the header's text.
    fn parse_header(text: &str) -> Result<Self>;
}

macro_rules! header_value_from_str {
    ($($ty:ty),*) => {$(
        impl HeaderValue for $ty {
            fn parse_header(text: &str) -> Result<Self> {
                text.parse().map_err(|e| {
                    Error::with_message(ErrorKind::DataConversion, format!("invalid header value {text:?}: {e}"))
                })
            }
        }
    )*};
}
header_value_from_str!(
    String,
    i32,
    i64,
    f32,
    f64,
    bool,
    azure_core::Uuid,
    azure_core::http::Etag,
    crate::Duration
);

/// RFC 1123 / RFC 7231 date-times, the form HTTP headers use; RFC 3339 is
/// accepted too.
impl HeaderValue for OffsetDateTime {
    fn parse_header(text: &str) -> Result<Self> {
        rfc7231::parse(text).or_else(|_| rfc3339::parse(text))
    }
}

/// Sends an API key on every try: in a header, or as a query parameter
/// (an `apiKey` security scheme).
#[derive(Debug)]
pub(crate) struct KeyPolicy {
    parameter: &'static str,
    in_query: bool,
    key: azure_core::credentials::Secret,
}

impl KeyPolicy {
    pub(crate) fn new(
        parameter: &'static str,
        in_query: bool,
        key: azure_core::credentials::Secret,
    ) -> Self {
        Self {
            parameter,
            in_query,
            key,
        }
    }
}

#[async_trait::async_trait]
impl azure_core::http::policies::Policy for KeyPolicy {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[std::sync::Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        if self.in_query {
            let mut query = request.url_mut().query_builder();
            query.set_pair(self.parameter, self.key.secret());
            query.build();
        } else {
            request.insert_header(self.parameter, self.key.secret().to_owned());
        }
        next[0].send(ctx, request, &next[1..]).await
    }
}

/// The query of the client's endpoint (a SAS: `?sv=...&sig=...`), put on
/// every request to the endpoint's origin that lacks it: the operations'
/// requests start from the endpoint and have it already, but a page's
/// next link or a poller's status URL is the service's, which may leave
/// it out. A request to another origin never gets it (a SAS is a secret
/// of its service).
#[derive(Debug)]
pub(crate) struct EndpointQueryPolicy {
    /// `scheme://host:port` of the endpoint.
    origin: String,
    pairs: Vec<(String, String)>,
}

/// The policy of `endpoint`'s query, if it has one.
pub(crate) fn endpoint_query(
    endpoint: &Url,
) -> Option<std::sync::Arc<dyn azure_core::http::policies::Policy>> {
    EndpointQueryPolicy::of(endpoint).map(|policy| {
        std::sync::Arc::new(policy) as std::sync::Arc<dyn azure_core::http::policies::Policy>
    })
}

impl EndpointQueryPolicy {
    /// The policy of `endpoint`'s query, if it has one.
    fn of(endpoint: &Url) -> Option<Self> {
        let pairs: Vec<(String, String)> = endpoint
            .query_pairs()
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        (!pairs.is_empty()).then(|| Self {
            origin: endpoint.origin().ascii_serialization(),
            pairs,
        })
    }

    /// Appends to `url`, when it is of the endpoint's origin, each pair of
    /// the endpoint's query it names no value for.
    fn complete(&self, url: &mut Url) {
        if url.origin().ascii_serialization() != self.origin {
            return;
        }
        let present: Vec<String> = url
            .query_pairs()
            .map(|(name, _)| name.into_owned())
            .collect();
        let missing: Vec<&(String, String)> = self
            .pairs
            .iter()
            .filter(|(name, _)| !present.contains(name))
            .collect();
        if !missing.is_empty() {
            let mut query = url.query_pairs_mut();
            for (name, value) in missing {
                query.append_pair(name, value);
            }
        }
    }
}

#[async_trait::async_trait]
impl azure_core::http::policies::Policy for EndpointQueryPolicy {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[std::sync::Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        self.complete(request.url_mut());
        next[0].send(ctx, request, &next[1..]).await
    }
}

/// Seals the generated response-header traits: only this crate implements
/// them, so adding a header method is not a breaking change.
pub trait Sealed {}

// Shared by every module's status-only and download header traits.
impl Sealed for Response<(), azure_core::http::NoFormat> {}
impl Sealed for azure_core::http::AsyncResponse {}

/// Reads an optional typed response header.
pub(crate) fn header<T: HeaderValue>(headers: &Headers, name: &'static str) -> Result<Option<T>> {
    headers
        .get_optional_str(&HeaderName::from_static(name))
        .map(T::parse_header)
        .transpose()
}

/// Reads an optional response header whose text is in encoding `E`
/// (`crate::encoding::Base64`, `UnixTime`, `Date`, ...), the text a model's
/// field of its type holds in its JSON string.
pub(crate) fn header_in<E: crate::encoding::Text<T>, T>(
    headers: &Headers,
    name: &'static str,
) -> Result<Option<T>> {
    headers
        .get_optional_str(&HeaderName::from_static(name))
        .map(E::parse_text)
        .transpose()
}

/// Every header whose name starts with `prefix` (an
/// `x-ms-header-collection-prefix`, Storage's `x-ms-meta-`), keyed by the
/// rest of its name; `None` when there is none.
pub(crate) fn header_collection(
    headers: &Headers,
    prefix: &str,
) -> Result<Option<std::collections::HashMap<String, String>>> {
    let map: std::collections::HashMap<String, String> = headers
        .iter()
        .filter_map(|(name, value)| {
            let key = name.as_str().strip_prefix(prefix)?;
            Some((key.to_owned(), value.as_str().to_owned()))
        })
        .collect();
    Ok((!map.is_empty()).then_some(map))
}

/// Implements a typed-headers trait for a response type from its table,
/// `Response::<T>, TraitName { method: "header-name" as Type, ... }`: each
/// method reads its header with [`header`], or, when the line names an
/// encoding after its type (`"x-ms-digest" as Vec<u8> as Base64`: a
/// `Vec<u8>` read from `Base64` text), with [`header_in`] in that encoding;
/// `collections { method: "prefix-" }` reads header collections with
/// [`header_collection`].
// Unused in a crate whose responses declare no headers.
#[allow(unused_macros)]
macro_rules! header_accessors {
    (
        $target:ty,
        $name:ident { $($method:ident: $wire:literal as $value:ty $(as $encoding:ident)?),* $(,)? }
        $(collections { $($collection:ident: $prefix:literal),* $(,)? })?
    ) => {
        impl $name for $target {
            $(
                fn $method(&self) -> azure_core::Result<Option<$value>> {
                    crate::runtime::header_accessors!(@read self, $wire $(, $encoding)?)
                }
            )*
            $($(
                fn $collection(
                    &self,
                ) -> azure_core::Result<Option<std::collections::HashMap<String, String>>> {
                    crate::runtime::header_collection(self.headers(), $prefix)
                }
            )*)?
        }
    };
    (@read $self:ident, $wire:literal) => {
        crate::runtime::header($self.headers(), $wire)
    };
    (@read $self:ident, $wire:literal, $encoding:ident) => {
        crate::runtime::header_in::<crate::encoding::$encoding, _>($self.headers(), $wire)
    };
}
#[allow(unused_imports)]
pub(crate) use header_accessors;

/// Turns a response whose status is not one of `success` into an
/// [`ErrorKind::HttpResponse`] error that keeps the raw response.
///
/// The error code comes from the `x-ms-error-code` header, else from the
/// body's `code` (Batch's error shape) or `error.code` (the Azure shape).
pub(crate) fn check_status(response: RawResponse, success: &[u16]) -> Result<RawResponse> {
    if success.contains(&u16::from(response.status())) {
        return Ok(response);
    }
    let status: StatusCode = response.status();
    let body: Option<serde_json::Value> = serde_json::from_slice(response.body()).ok();
    // Keys without case: Data Lake writes `code` where its spec says `Code`.
    fn get<'a>(object: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
        let object = object.as_object()?;
        object.get(key).or_else(|| {
            object
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }
    let from_body = |key: &str| {
        body.as_ref().and_then(|b| {
            let value = get(b, key).or_else(|| get(b, "error").and_then(|e| get(e, key)))?;
            // Batch writes `message` as `{ "lang": ..., "value": ... }`.
            value
                .as_str()
                .or_else(|| value.get("value").and_then(|v| v.as_str()))
                .map(str::to_owned)
        })
    };
    let error_code = response
        .headers()
        .get_optional_str(&HeaderName::from_static("x-ms-error-code"))
        .map(str::to_owned)
        .or_else(|| from_body("code"));
    let message = match from_body("message") {
        Some(message) => format!("{status}: {message}"),
        None => status.to_string(),
    };
    Err(Error::with_message(
        ErrorKind::HttpResponse {
            status,
            error_code,
            raw_response: Some(Box::new(response)),
        },
        message,
    ))
}

/// Sends `request` and checks its status against `success` (see
/// [`check_status`]); retries, authentication and logging happen in the
/// pipeline.
pub(crate) async fn send(
    pipeline: &Pipeline,
    ctx: &Context<'_>,
    request: &mut Request,
    success: &[u16],
) -> Result<RawResponse> {
    let options = PipelineSendOptions {
        skip_checks: true,
        ..Default::default()
    };
    check_status(pipeline.send(ctx, request, Some(options)).await?, success)
}

/// Like [`send`], but the body of a successful response is left unread so
/// that a download streams instead of being buffered.
pub(crate) async fn stream(
    pipeline: &Pipeline,
    ctx: &Context<'_>,
    request: &mut Request,
    success: &[u16],
) -> Result<AsyncRawResponse> {
    let options = PipelineStreamOptions {
        skip_checks: true,
        ..Default::default()
    };
    let response = pipeline.stream(ctx, request, Some(options)).await?;
    if success.contains(&u16::from(response.status())) {
        return Ok(response);
    }
    Err(
        check_status(response.try_into_raw_response().await?, success)
            .expect_err("a status outside `success` is always an error"),
    )
}

/// Builds the request of a next-page operation from a page's next link.
pub(crate) type NextRequest = Box<dyn Fn(&str) -> Result<Request> + Send>;

/// How a pager asks for the page after the one it holds.
pub(crate) enum NextPage {
    /// GET the page's next link, resolved against the page's URL, with the
    /// client's api-version set on it (which the service may leave out).
    Link {
        /// The client's api-version.
        api_version: String,
    },
    /// Send the request of the operation `x-ms-pageable.operationName`
    /// names, built from the next link as the page sent it (often a path
    /// fragment that is one of that operation's parameters), answered with
    /// one of `success`.
    Operation {
        /// Builds the next page's request from the next link.
        request: NextRequest,
        /// The statuses that operation declares successful.
        success: &'static [u16],
    },
}

/// A pager that sends `first`, then follows the link each page holds in its
/// `next_link_name` property until a page has none. The api-version is set
/// on every next link, which the service may return without it.
pub(crate) fn pager<P>(
    pipeline: Pipeline,
    first: Request,
    next_link_name: &'static str,
    api_version: String,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    pages(
        pipeline,
        first,
        Some((next_link_name, NextPage::Link { api_version })),
        success,
        options,
    )
}

/// A pager whose pages after the first come from another operation
/// (`x-ms-pageable.operationName`): each page's `next_link_name` property is
/// given to `next`, which builds that operation's request.
pub(crate) fn pager_through<P>(
    pipeline: Pipeline,
    first: Request,
    next_link_name: &'static str,
    next: NextPage,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    pages(
        pipeline,
        first,
        Some((next_link_name, next)),
        success,
        options,
    )
}

/// A pager of exactly one page: an `x-ms-pageable` operation with
/// `nextLinkName: null` answers the whole list at once, and a link its
/// page may still hold is not followed.
pub(crate) fn one_page<P>(
    pipeline: Pipeline,
    first: Request,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    pages(pipeline, first, None, success, options)
}

/// A pager whose next page is the first request again with the query
/// parameter `parameter` set to the token the previous response carried in
/// its header `header` (Data Lake's `x-ms-continuation` into
/// `continuation`); a response without the header, or with an empty one,
/// ends the list. A saved token resumes it (`PagerOptions`'s continuation).
pub(crate) fn header_pager<P>(
    pipeline: Pipeline,
    first: Request,
    parameter: &'static str,
    header: &'static str,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    token_pager(
        pipeline,
        first,
        parameter,
        move |raw| {
            Ok(raw
                .headers()
                .get_optional_str(&HeaderName::from_static(header))
                .map(str::trim)
                .filter(|token| !token.is_empty())
                .map(str::to_owned))
        },
        |error| error,
        success,
        options,
    )
}

/// A pager whose pages after the first are `first` with the query
/// parameter `parameter` set to the string the page holds in `token`,
/// while its boolean `more` is true (OpenAI's `after`, `last_id` and
/// `has_more`); a page without more, or without a cursor, ends the list.
/// A saved cursor resumes it (`PagerOptions`'s continuation).
// Only specs with such lists use it.
#[allow(dead_code)]
pub(crate) fn cursor_pager<P>(
    pipeline: Pipeline,
    first: Request,
    parameter: &'static str,
    more: &'static str,
    token: &'static str,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    token_pager(
        pipeline,
        first,
        parameter,
        move |raw| {
            let page: serde_json::Value = serde_json::from_slice(raw.body())?;
            if page.get(more).and_then(serde_json::Value::as_bool) != Some(true) {
                return Ok(None);
            }
            Ok(page
                .get(token)
                .and_then(serde_json::Value::as_str)
                .filter(|cursor| !cursor.is_empty())
                .map(str::to_owned))
        },
        |error| error,
        success,
        options,
    )
}

/// The pager behind [`header_pager`] and Storage's marker pager
/// (`crate::xml::pager`): each page after the first is `first` with the
/// query parameter `parameter` set to the token `token` reads from the
/// previous response (`None` ends the list); `error` refines a failed
/// page's error (an XML error body's code).
pub(crate) fn token_pager<P, F>(
    pipeline: Pipeline,
    first: Request,
    parameter: &'static str,
    token: impl Fn(&RawResponse) -> Result<Option<String>> + Clone + Send + 'static,
    error: fn(Error) -> Error,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P, F>
where
    P: Page + azure_core::http::DeserializeWith<F> + Send + 'static,
    F: azure_core::http::Format + Send + 'static,
{
    let options = PagerOptions {
        context: options.context.into_owned(),
        continuation: options.continuation,
    };
    Pager::new(
        move |state: PagerState, pager_options: PagerOptions<'static>| {
            let pipeline = pipeline.clone();
            let token = token.clone();
            let mut request = first.clone();
            if let PagerState::More(continuation) = state {
                let value = String::from(continuation);
                let mut url = request.url().clone();
                // Set, not appended: a first request that already names a
                // token (resumed by hand) sends only the new one.
                let kept: Vec<(String, String)> = url
                    .query_pairs()
                    .filter(|(key, _)| key != parameter)
                    .map(|(key, value)| (key.into_owned(), value.into_owned()))
                    .collect();
                url.query_pairs_mut()
                    .clear()
                    .extend_pairs(kept)
                    .append_pair(parameter, &value);
                *request.url_mut() = url;
            }
            Box::pin(async move {
                let raw = send(&pipeline, &pager_options.context, &mut request, success)
                    .await
                    .map_err(error)?;
                let next = token(&raw)?.map(PagerContinuation::Token);
                Ok(page_result(raw.into(), next))
            })
        },
        Some(options),
    )
}

/// A pager over the pages of a long-running operation whose result is a
/// page (`x-ms-long-running-operation` and `x-ms-pageable` on one
/// operation): the first page is `result`, the operation's final response
/// once polling ends (a poller's `.await`); the pages after it follow the
/// link each page holds in `next_link_name`, as [`pager`]'s do, resolved
/// against `first`'s URL.
// Only specs with such operations use it.
#[allow(dead_code)]
pub(crate) fn pager_after<P, R>(
    pipeline: Pipeline,
    result: R,
    first: Request,
    next_link_name: &'static str,
    api_version: String,
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
    R: std::future::IntoFuture<Output = Result<Response<P, JsonFormat>>> + Send + 'static,
    R::IntoFuture: Send,
{
    let options = PagerOptions {
        context: options.context.into_owned(),
        continuation: options.continuation,
    };
    // The first page is taken once: a pager calls back page by page.
    let result = std::sync::Arc::new(std::sync::Mutex::new(Some(result)));
    Pager::new(
        move |state: PagerState, pager_options: PagerOptions<'static>| {
            let pipeline = pipeline.clone();
            let first = first.clone();
            let result = match state {
                PagerState::Initial => result.lock().ok().and_then(|mut r| r.take()),
                PagerState::More(_) => None,
            };
            let link = match state {
                PagerState::More(continuation) => Some(Url::try_from(continuation)),
                PagerState::Initial => None,
            };
            let api_version = api_version.clone();
            Box::pin(async move {
                let (response, base) = match (result, link) {
                    (Some(result), _) => (result.await?, first.url().clone()),
                    (None, Some(url)) => {
                        let url = with_api_version(url?, &api_version);
                        let mut request = next_link_request(&first, url);
                        let raw =
                            send(&pipeline, &pager_options.context, &mut request, &[200]).await?;
                        (raw.into(), request.url().clone())
                    }
                    (None, None) => {
                        return Err(Error::with_message(
                            ErrorKind::Other,
                            "the operation's first page was already read",
                        ))
                    }
                };
                let next = continuation(response.body(), next_link_name, Some(&base))?;
                Ok(page_result(response, next))
            })
        },
        Some(options),
    )
}

/// The pager behind [`pager`], [`pager_through`] and [`one_page`]: `next`
/// names the property holding the next link and how that link is fetched;
/// `None` ends after the first page.
fn pages<P>(
    pipeline: Pipeline,
    first: Request,
    next: Option<(&'static str, NextPage)>,
    success: &'static [u16],
    options: PagerOptions<'_>,
) -> Pager<P>
where
    P: Page + serde::de::DeserializeOwned + Send + 'static,
{
    let options = PagerOptions {
        context: options.context.into_owned(),
        continuation: options.continuation,
    };
    Pager::new(
        move |state: PagerState, pager_options: PagerOptions<'static>| {
            let pipeline = pipeline.clone();
            // The request is built here, where `next` is borrowed; the
            // future owns what it sends.
            let request = match (state, &next) {
                (PagerState::Initial, _) | (PagerState::More(_), None) => {
                    Ok((first.clone(), success))
                }
                (PagerState::More(continuation), Some((_, NextPage::Link { api_version }))) => {
                    Url::try_from(continuation).map(|url| {
                        let url = with_api_version(url, api_version);
                        (next_link_request(&first, url), success)
                    })
                }
                (
                    PagerState::More(continuation),
                    Some((_, NextPage::Operation { request, success })),
                ) => request(&String::from(continuation)).map(|request| (request, *success)),
            };
            let next_link = next
                .as_ref()
                .map(|(name, next)| (*name, matches!(next, NextPage::Link { .. })));
            Box::pin(async move {
                let (mut request, success) = request?;
                let raw = send(&pipeline, &pager_options.context, &mut request, success).await?;
                let next = match next_link {
                    Some((name, resolve)) => {
                        continuation(raw.body(), name, resolve.then(|| request.url()))?
                    }
                    None => None,
                };
                Ok(page_result(raw.into(), next))
            })
        },
        Some(options),
    )
}

/// A next link with the client's api-version set on it, which the service
/// may leave out.
pub(crate) fn with_api_version(mut url: Url, api_version: &str) -> Url {
    let mut query = url.query_builder();
    query.set_pair("api-version", api_version);
    query.build();
    url
}

/// The request for a next link: a GET of `url` with the first request's
/// headers but not its body. A list that is a POST with a body (a search)
/// fetches its next link with GET, as Azure services expect and AutoRest's
/// generators do, unless the spec names a next-page operation
/// ([`NextPage::Operation`]).
pub(crate) fn next_link_request(first: &Request, url: Url) -> Request {
    let mut request = Request::new(url, azure_core::http::Method::Get);
    for (name, value) in first.headers().iter() {
        // They describe the body, which is not sent again.
        if !matches!(name.as_str(), "content-type" | "content-length") {
            request.insert_header(name.clone(), value.clone());
        }
    }
    request
}

/// The continuation a page's body names in its `name` property: a link GET
/// follows, resolved against the page's URL `base`, or (without a base) a
/// value another operation takes, given as sent.
fn continuation(body: &[u8], name: &str, base: Option<&Url>) -> Result<Option<PagerContinuation>> {
    Ok(match (next_link_text(body, name), base) {
        (Some(link), Some(base)) => Some(PagerContinuation::Link(base.join(&link)?)),
        (Some(link), None) => Some(PagerContinuation::Token(link)),
        (None, _) => None,
    })
}

/// A page and what follows it, as a [`Pager`] takes them.
fn page_result<P>(response: P, next: Option<PagerContinuation>) -> PagerResult<P> {
    match next {
        Some(continuation) => PagerResult::More {
            response,
            continuation,
        },
        None => PagerResult::Done { response },
    }
}

/// The non-empty string in a page's `name` property, if any.
fn next_link_text(body: &[u8], name: &str) -> Option<String> {
    let page: serde_json::Value = serde_json::from_slice(body).ok()?;
    let link = page.get(name)?.as_str()?;
    (!link.is_empty()).then(|| link.to_owned())
}

/// The service's error model parsed from an [`ErrorKind::HttpResponse`]
/// error's raw response, if it has one and it parses.
pub(crate) fn error_body<T: serde::de::DeserializeOwned>(error: &Error) -> Option<T> {
    match error.kind() {
        ErrorKind::HttpResponse {
            raw_response: Some(raw),
            ..
        } => serde_json::from_slice(raw.body()).ok(),
        _ => None,
    }
}

/// Lets a generated type (a model, a hierarchy, an enum) be a whole JSON
/// request body: the one `TryFrom` the client's `RequestContent` needs.
// Unused in a crate whose specs define no type.
#[allow(unused_macros)]
macro_rules! request_content {
    ($name:ident) => {
        impl TryFrom<$name> for azure_core::http::RequestContent<$name> {
            type Error = azure_core::Error;
            fn try_from(value: $name) -> azure_core::Result<Self> {
                Ok(azure_core::json::to_json(&value)?.into())
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use request_content;

/// Implements the wire form of an open enum (one whose last variant is
/// `UnknownValue(String)`, keeping values the crate does not know): serde,
/// `Display`, `FromStr`, `From<&str>`, `AsRef<str>` and header parsing.
// Unused in a crate whose specs define no enum.
#[allow(unused_macros)]
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// The value as written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::UnknownValue(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(wire: &str) -> Self {
                match wire {
                    $($wire => Self::$variant,)*
                    other => Self::UnknownValue(other.to_owned()),
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(wire: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(wire))
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl crate::runtime::HeaderValue for $name {
            fn parse_header(text: &str) -> azure_core::Result<Self> {
                Ok(Self::from(text))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let wire = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Ok(Self::from(wire.as_ref()))
            }
        }

        // An enum can be a whole request body (`"red color"`), as models are.
        crate::runtime::request_content!($name);
    };
}
#[allow(unused_imports)]
pub(crate) use open_enum;

/// Serde for the enum of a discriminated hierarchy. Each variant names the
/// discriminator values that select it (`{ "kind" = "shark", "sharktype" =
/// "goblin" }`: one per discriminator for a kind discriminated again);
/// the variants are tried in the order given (the generator puts those
/// with more values first), and a value no variant's selection fits, or
/// none, is the `$unknown` variant, which keeps the whole object (its
/// discriminators included) in the base's fields and catch-all map
/// `$additional`.
///
/// A known kind whose body does not fit its subtype is an error, never the
/// unknown variant: falling back would hide a malformed body. Writing a
/// variant sends each discriminator of its kind (every one above it, up to
/// the hierarchy's root) that is unset (in its field, where the spec
/// declares the property: `"kind" as kind = "dog"`, and in its catch-all
/// map), so a subtype built
/// with `Default` is written as its kind.
// Only specs with discriminated hierarchies use it.
#[allow(unused_macros)]
macro_rules! polymorphic {
    (
        $name:ident, $unknown:ident, $additional:ident,
        { $($variant:ident($payload:ty)
            { $($read:literal = $read_value:literal),+ }
            { $($write:literal $(as $field:ident)? = $write_value:literal),+ }),* $(,)? }
    ) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // The discriminators may come after the fields they select:
                // the object is read whole before it is typed.
                let value = serde_json::Value::deserialize(deserializer)?;
                let is = |tag: &str, wire: &str| {
                    value.get(tag).and_then(serde_json::Value::as_str) == Some(wire)
                };
                $(
                    if $(is($read, $read_value))&&+ {
                        return serde_json::from_value(value)
                            .map(Self::$variant)
                            .map_err(serde::de::Error::custom);
                    }
                )*
                serde_json::from_value(value)
                    .map(Self::$unknown)
                    .map_err(serde::de::Error::custom)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                // Each kind is written by its own impl, straight to the
                // serializer: through a `serde_json::Value` an `f32` would
                // widen to `f64` (1.05 written as 1.0499999523162842) and
                // the fields would lose their order.
                match self {
                    $(Self::$variant(v) => {
                        let missing: Vec<(&'static str, &'static str)> = [
                            $(($write, $write_value, $(v.$field.is_some() ||)? v.$additional.contains_key($write))),+
                        ]
                        .into_iter()
                        .filter(|(_, _, set)| !set)
                        .map(|(tag, wire, _)| (tag, wire))
                        .collect();
                        if missing.is_empty() {
                            serde::Serialize::serialize(v, serializer)
                        } else {
                            let tags = crate::runtime::Tags(&missing);
                            serde::Serialize::serialize(&crate::runtime::Tagged { tags, value: v }, serializer)
                        }
                    })*
                    Self::$unknown(v) => serde::Serialize::serialize(v, serializer),
                }
            }
        }

        // A hierarchy can be a whole request body, as a model can.
        crate::runtime::request_content!($name);

        $(
            impl From<$payload> for $name {
                fn from(value: $payload) -> Self {
                    Self::$variant(value)
                }
            }
        )*
    };
}
#[allow(unused_imports)]
pub(crate) use polymorphic;

/// A kind written by `polymorphic!`: the discriminators it lacks, then its
/// own fields, in one JSON object.
// Only specs with discriminated hierarchies use it.
#[allow(dead_code)]
#[derive(serde::Serialize)]
pub(crate) struct Tagged<'a, T> {
    /// `(property, value)` of each discriminator to add.
    #[serde(flatten)]
    pub tags: Tags<'a>,
    /// The kind's model.
    #[serde(flatten)]
    pub value: &'a T,
}

/// Discriminators as JSON properties.
#[allow(dead_code)]
pub(crate) struct Tags<'a>(pub &'a [(&'static str, &'static str)]);

impl serde::Serialize for Tags<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().copied())
    }
}

/// The key moves behind `json_object!`'s `flattened` form
/// (`crate::object`).
// Only specs with flattened properties use it.
#[allow(dead_code)]
pub(crate) mod flattening {
    use serde_json::{Map, Value};

    /// Separates the wire keys of a path in a field's serde name; the
    /// generator writes the same character.
    pub(crate) const SEPARATOR: char = '\u{1f}';

    /// Wire form to struct form: each of `keys` found at its path moves to
    /// the top level under its path name. Nested objects left empty go;
    /// what the struct does not know stays where it was, for the catch-all
    /// map to keep, and so does an explicit `null` where the catch-all map
    /// keeps JSON (`nulls`): the field is unset and the `null` is written
    /// back in its place (`crate::object`). A typed catch-all map could not
    /// read the nested object it would be left in.
    pub(crate) fn unnest(mut value: Value, keys: &[&str], nulls: bool) -> Value {
        let Some(object) = value.as_object_mut() else {
            return value;
        };
        for key in keys {
            let mut path: Vec<&str> = key.split(SEPARATOR).collect();
            let leaf = path.pop().unwrap_or_default();
            if let Some(found) = take(object, &path, leaf, nulls) {
                object.insert((*key).to_owned(), found);
            }
        }
        for key in keys {
            let mut path: Vec<&str> = key.split(SEPARATOR).collect();
            path.pop();
            prune(object, &path);
        }
        value
    }

    fn take(
        object: &mut Map<String, Value>,
        path: &[&str],
        leaf: &str,
        nulls: bool,
    ) -> Option<Value> {
        match path.split_first() {
            None if nulls && object.get(leaf).is_some_and(Value::is_null) => None,
            None => object.remove(leaf),
            Some((first, rest)) => {
                take(object.get_mut(*first)?.as_object_mut()?, rest, leaf, nulls)
            }
        }
    }

    fn prune(object: &mut Map<String, Value>, path: &[&str]) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        if let Some(Value::Object(child)) = object.get_mut(*first) {
            prune(child, rest);
            if child.is_empty() {
                object.remove(*first);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_endpoints_query_goes_to_its_origin_only_and_once() {
        let endpoint = Url::parse("https://acct.blob.example/c?sv=1&sig=k%2Bq").unwrap();
        let policy = EndpointQueryPolicy::of(&endpoint).unwrap();
        let mut status = Url::parse("https://acct.blob.example/ops/1?api-version=2").unwrap();
        policy.complete(&mut status);
        assert_eq!(status.query(), Some("api-version=2&sv=1&sig=k%2Bq"));
        // Present already: not again, whatever its spelling.
        let mut page = Url::parse("https://acct.blob.example/c?sig=k%2bq&sv=1&marker=m").unwrap();
        policy.complete(&mut page);
        assert_eq!(page.query(), Some("sig=k%2bq&sv=1&marker=m"));
        // Another host, scheme or port: never.
        for other in [
            "https://other.example/ops/1",
            "http://acct.blob.example/ops/1",
            "https://acct.blob.example:8443/ops/1",
        ] {
            let mut url = Url::parse(other).unwrap();
            policy.complete(&mut url);
            assert_eq!(url.query(), None, "{other}");
        }
        assert!(
            EndpointQueryPolicy::of(&Url::parse("https://acct.blob.example/").unwrap()).is_none()
        );
    }

    #[test]
    fn a_path_array_keeps_its_csv_commas_and_encodes_its_items() {
        assert_eq!(
            path_segment_list("ids", &["a", "b,c", "d/e"], ",").unwrap(),
            "a,b%2Cc,d%2Fe"
        );
        assert_eq!(path_segment_list("ids", &[1, 2], " ").unwrap(), "1%202");
        assert_eq!(path_segment_list("ids", &["a", "b"], "|").unwrap(), "a%7Cb");
        assert!(path_segment_list::<&str>("ids", &[], ",").is_err());
    }

    #[test]
    fn path_segments_cannot_escape_their_segment() {
        assert_eq!(
            path_segment("id", "a/b?c#d%e f").unwrap(),
            "a%2Fb%3Fc%23d%25e%20f"
        );
        assert_eq!(path_segment("id", "é").unwrap(), "%C3%A9");
        assert_eq!(path_segment("id", "a-b.c_d~1").unwrap(), "a-b.c_d~1");
        for bad in ["", ".", ".."] {
            assert!(path_segment("id", bad).is_err());
            assert!(path_segment_raw("id", bad).is_err());
        }
    }

    #[test]
    fn flattened_keys_move_out_of_their_nested_objects() {
        let keys = ["properties\u{1f}p.name", "details\u{1f}image\u{1f}url"];
        let wire = serde_json::json!({
            "id": "1",
            "properties": { "p.name": "a", "unknown": 1 },
            "details": { "image": { "url": "u" } }
        });
        let flat = flattening::unnest(wire.clone(), &keys, true);
        assert_eq!(
            flat,
            serde_json::json!({
                "id": "1",
                "properties": { "unknown": 1 },
                "properties\u{1f}p.name": "a",
                "details\u{1f}image\u{1f}url": "u"
            })
        );
    }

    #[test]
    fn a_path_with_a_query_keeps_its_query() {
        let mut url = Url::parse("https://h/base?a=1").unwrap();
        append_path_and_query(&mut url, "/tenant/next?page=2&$skiptoken=X1");
        assert_eq!(url.path(), "/base/tenant/next");
        assert_eq!(url.query(), Some("a=1&page=2&$skiptoken=X1"));
        let mut url = Url::parse("https://h/").unwrap();
        append_path_and_query(&mut url, "/p/q");
        assert_eq!((url.path(), url.query()), ("/p/q", None));
        append_path_and_query(&mut url, "r?");
        assert_eq!((url.path(), url.query()), ("/p/q/r", None));
    }

    #[test]
    fn arrays_join_with_their_separator() {
        assert_eq!(join(&["a", "b"], ","), "a,b");
        assert_eq!(join::<&str>(&[], "|"), "");
    }
}
