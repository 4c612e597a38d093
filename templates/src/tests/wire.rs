//! Wire forms the generated code leans on: query text, headers, date-times.

use azure_core::{
    http::{headers::Headers, Url},
    time::OffsetDateTime,
};

use crate::runtime::{
    append_raw_query, endpoint_url, header, path_scope, path_segment, path_segment_raw, rfc3339,
    HeaderValue, HostPart,
};

#[test]
fn a_raw_query_parameter_is_appended_as_given() {
    let mut url = Url::parse("https://example.com/items").unwrap();
    append_raw_query(&mut url, "filter", "a eq 'b'&c=d");
    append_raw_query(&mut url, "second", "x");
    assert_eq!(url.query(), Some("filter=a%20eq%20%27b%27&c=d&second=x"));
    let mut with_query = Url::parse("https://example.com/items?api-version=1").unwrap();
    append_raw_query(&mut with_query, "raw", "a/b");
    assert_eq!(with_query.query(), Some("api-version=1&raw=a/b"));
}

#[test]
fn every_character_but_the_unreserved_is_encoded_and_decodes_back() {
    let all: String = (' '..='~').chain(['é', '\u{7f}', '\n', '😀']).collect();
    let encoded = path_segment("id", &all).unwrap();
    let unreserved = |c: char| c.is_ascii_alphanumeric() || "-._~".contains(c);
    let mut chars = encoded.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            let hex: String = chars.by_ref().take(2).collect();
            assert!(
                hex.len() == 2
                    && hex
                        .chars()
                        .all(|h| h.is_ascii_hexdigit() && !h.is_ascii_lowercase()),
                "%{hex} in {encoded}"
            );
        } else {
            assert!(unreserved(c), "{c:?} left in {encoded}");
        }
    }
    let decoded = percent_encoding::percent_decode_str(&encoded)
        .decode_utf8()
        .unwrap();
    assert_eq!(decoded, all);
}

#[test]
fn a_raw_path_segment_is_sent_as_given() {
    assert_eq!(path_segment_raw("id", "a/b%2F").unwrap(), "a/b%2F");
}

#[test]
fn an_empty_raw_path_segment_is_refused() {
    for value in ["", ".", ".."] {
        assert!(path_segment_raw("id", value).is_err(), "{value:?}");
        assert!(path_segment("id", value).is_err(), "{value:?}");
    }
}

#[test]
fn a_scope_comes_with_one_slash_and_the_tenant_scope_with_none() {
    let scope = "subscriptions/s/resourceGroups/rg";
    assert_eq!(path_scope("scope", scope).unwrap(), format!("/{scope}"));
    // A resource's `id` brings its own `/`, which is not doubled.
    assert_eq!(
        path_scope("scope", &format!("/{scope}")).unwrap(),
        format!("/{scope}")
    );
    // The tenant: the path goes on at the template's next segment.
    assert_eq!(path_scope("scope", "").unwrap(), "");
    assert_eq!(path_scope("scope", "/").unwrap(), "");
    // Otherwise a raw path value: no dot segment.
    for bad in ["..", "/./x", "subscriptions/s/../t"] {
        let error = path_scope("scope", bad).unwrap_err();
        assert!(error.to_string().contains("`scope`"), "{bad}: {error}");
    }
}

#[test]
fn headers_parse_to_their_types_or_say_what_is_wrong() {
    let mut headers = Headers::new();
    headers.insert("x-count", "42");
    headers.insert("x-bad", "forty");
    headers.insert("x-wait", "PT1M");
    headers.insert("x-date", "Thu, 01 Feb 2024 10:00:00 GMT");
    assert_eq!(header::<i64>(&headers, "x-count").unwrap(), Some(42));
    assert_eq!(header::<i64>(&headers, "x-missing").unwrap(), None);
    let error = header::<i32>(&headers, "x-bad").unwrap_err();
    assert!(error.to_string().contains("\"forty\""), "{error}");
    let wait = header::<crate::Duration>(&headers, "x-wait")
        .unwrap()
        .unwrap();
    assert_eq!(wait.to_std(), Some(std::time::Duration::from_secs(60)));
    let date = header::<OffsetDateTime>(&headers, "x-date")
        .unwrap()
        .unwrap();
    assert_eq!(date, rfc3339::parse("2024-02-01T10:00:00Z").unwrap());
    // RFC 3339 is accepted where HTTP's date form is expected.
    let rfc = OffsetDateTime::parse_header("2024-02-01T10:00:00Z").unwrap();
    assert_eq!(rfc, date);
    assert!(OffsetDateTime::parse_header("yesterday").is_err());
}

#[test]
fn date_times_are_written_in_the_form_asked_for() {
    let date = rfc3339::parse("2024-02-01T10:00:00Z").unwrap();
    assert_eq!(
        crate::encoding::text::<crate::encoding::Rfc3339, _>(&date),
        "2024-02-01T10:00:00Z"
    );
    assert_eq!(
        crate::runtime::rfc7231(&date),
        "Thu, 01 Feb 2024 10:00:00 GMT"
    );
}

#[test]
fn a_raw_path_value_with_a_dot_segment_is_refused() {
    // Each would reach the service as `/blobs/key` or `/key`: another blob
    // (azure-sdk-for-rust#5275).
    for bad in [
        "./key",
        "dir/../key",
        "%2E/key",
        "dir/%2e%2e/key",
        ".%2Fkey",
        "key/.",
        "%2e%2E",
        "a\\..\\key",
    ] {
        let error = path_segment_raw("key", bad).unwrap_err();
        assert!(error.to_string().contains("`key`"), "{bad}: {error}");
    }
    // Dots inside a name are names.
    for good in ["dir/key", "a.b/c..d", "...", ".hidden/file", "%2e%2e%2e"] {
        assert_eq!(path_segment_raw("key", good).unwrap(), good);
    }
}

#[test]
fn rfc1123_date_times_are_written_in_utc() {
    // 10:00 at +05:00 is 05:00 GMT, not 10:00 GMT.
    let east = rfc3339::parse("2024-02-01T10:00:00+05:00").unwrap();
    assert_eq!(
        crate::runtime::rfc7231(&east),
        "Thu, 01 Feb 2024 05:00:00 GMT"
    );
    let west = rfc3339::parse("2024-01-31T22:30:00-03:30").unwrap();
    assert_eq!(
        crate::runtime::rfc7231(&west),
        "Thu, 01 Feb 2024 02:00:00 GMT"
    );
    // RFC 3339 keeps its offset.
    assert_eq!(
        crate::encoding::text::<crate::encoding::Rfc3339, _>(&east),
        "2024-02-01T10:00:00+05:00"
    );
}

#[test]
fn a_host_template_is_spelled_with_its_values() {
    let index = endpoint_url(
        None,
        &[
            HostPart::Value {
                name: "endpoint",
                value: "https://svc.example.com/",
                raw: true,
            },
            HostPart::Text("/indexes('"),
            HostPart::Value {
                name: "indexName",
                value: "hot els",
                raw: false,
            },
            HostPart::Text("')"),
        ],
        "/api",
    )
    .unwrap();
    assert_eq!(
        index.as_str(),
        "https://svc.example.com/indexes('hot%20els')/api"
    );
    let account = endpoint_url(
        Some("https"),
        &[
            HostPart::Value {
                name: "accountName",
                value: "acct",
                raw: true,
            },
            HostPart::Text("."),
            HostPart::Value {
                name: "dnsSuffix",
                value: "lake.example.net",
                raw: true,
            },
        ],
        "",
    )
    .unwrap();
    assert_eq!(account.as_str(), "https://acct.lake.example.net/");
    // A host label cannot move the request to another host, nor be empty.
    for bad in ["evil.example.com/", "a@b", "", "us eu"] {
        let error = endpoint_url(
            Some("https"),
            &[
                HostPart::Value {
                    name: "geography",
                    value: bad,
                    raw: false,
                },
                HostPart::Text(".atlas.example.com"),
            ],
            "",
        )
        .unwrap_err();
        assert!(error.to_string().contains("`geography`"), "{bad}: {error}");
    }
    let not_http = endpoint_url(
        None,
        &[HostPart::Value {
            name: "endpoint",
            value: "ftp://x",
            raw: true,
        }],
        "",
    );
    assert!(not_http.is_err());
}

#[test]
fn text_is_read_and_sent_as_text() {
    use azure_core::http::{headers::Headers, RawResponse, Response, StatusCode};
    let raw = RawResponse::from_bytes(
        StatusCode::Ok,
        Headers::new(),
        "Buy milk, \"then\" call Ana.",
    );
    let response: Response<String, crate::TextFormat> = raw.into();
    assert_eq!(
        response.into_model().unwrap(),
        "Buy milk, \"then\" call Ana."
    );
    let body = crate::runtime::text_body("Buy milk.");
    match body.body() {
        azure_core::http::Body::Bytes(bytes) => assert_eq!(&bytes[..], b"Buy milk."),
        #[allow(unreachable_patterns)]
        other => panic!("{other:?}"),
    }
}
