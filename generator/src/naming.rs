//! Rust identifiers from spec names: case conversion, keyword escaping,
//! names that do not start with a letter, and deterministic de-duplication.
//!
//! Every identifier the emitter writes comes from here, so the rules live in
//! one place: types and variants are UpperCamelCase, fields, functions and
//! modules snake_case; a Rust keyword gets a trailing `_` (`type_`, `Self_`);
//! a name that would start with a digit gets a letter in front (`V1_0`); a
//! name made only of symbols is spelled out (`+` → `Plus`).

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be identifiers (strict and reserved keywords of every
/// edition, plus `Self` and the weak `union` which is fine but confusing).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names that would shadow prelude or std types a generated module relies
/// on, or the types its files import (`use azure_core::http::Request;`
/// beside `use super::*;`: a spec model named `Request` would lose to the
/// import in `client.rs`).
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Box",
    "String",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "Arc",
    "AsyncResponse",
    "BearerTokenAuthorizationPolicy",
    "ClientMethodOptions",
    "ClientOptions",
    "Deserialize",
    "Method",
    "NoFormat",
    "Page",
    "Pager",
    "PagerOptions",
    "Pipeline",
    "Policy",
    "Request",
    "RequestContent",
    "Response",
    "Serialize",
    "TokenCredential",
    "Url",
    "UrlExt",
];

/// UpperCamelCase identifier for a type or enum variant.
pub fn type_name(raw: &str) -> String {
    let camel = camel_words(raw);
    let ident = if camel.is_empty() {
        spell_symbols(raw)
    } else {
        camel
    };
    let ident = prefix_if_not_letter(ident, "V");
    if KEYWORDS.contains(&ident.as_str()) || RESERVED_TYPES.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

/// The field every generated model adds for the JSON properties its spec
/// does not define; spec properties step aside from this name.
pub const ADDITIONAL_PROPERTIES_FIELD: &str = "additional_properties";

/// The field a model read or written as XML adds for the elements and
/// attributes its spec does not define; spec properties step aside from it.
pub const ADDITIONAL_XML_FIELD: &str = "additional_xml";

/// The field every options struct has for `azure_core`'s per-call options
/// (context, pager continuation); parameters step aside from this name.
pub const METHOD_OPTIONS_FIELD: &str = "method_options";

/// snake_case identifier for a field, function, argument or module.
pub fn field_name(raw: &str) -> String {
    // `ETag` is one word, not `e_tag`, also as camelCase `eTag` starting a
    // name or a word after a separator (not `someTag`).
    let snake = sanitize(&one_word_etag(raw)).to_snake_case();
    let ident = if snake.is_empty() {
        spell_symbols(raw).to_snake_case()
    } else {
        snake
    };
    let ident = prefix_if_not_letter(ident, "n");
    if KEYWORDS.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

/// `raw` with `ETag` and a word-initial `eTag` spelled `Etag`, so that the
/// header method `etag()` and a model's `eTag` field are spelled alike.
fn one_word_etag(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find("Tag") {
        let (before, after) = rest.split_at(at);
        let word_start = |prefix: &str| {
            prefix
                .chars()
                .last()
                .is_none_or(|c| !c.is_ascii_alphanumeric())
        };
        match before
            .strip_suffix('E')
            .or_else(|| before.strip_suffix('e').filter(|prefix| word_start(prefix)))
        {
            Some(prefix) => {
                out.push_str(prefix);
                out.push_str("Etag");
            }
            None => {
                out.push_str(before);
                out.push_str("Tag");
            }
        }
        rest = &after[3..];
    }
    out.push_str(rest);
    out
}

/// Makes `name` unique among `taken` by appending 2, 3, ... and records it.
///
/// A keyword escape's trailing `_` is dropped before the number: `Self_2`
/// would break `non_camel_case_types`, and `Self2` is no keyword.
pub fn unique(name: String, taken: &mut std::collections::HashSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let base = name.trim_end_matches('_');
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .expect("an unbounded range always yields a free name")
}

/// A type name made of the type name `name` and a suffix (`FishBase`,
/// `PoolListOptions`). A keyword escape's trailing `_` is dropped first, as
/// [`unique`] drops it before a number: `Response_Base` would break
/// `non_camel_case_types`, and `ResponseBase` is no keyword.
pub fn suffixed(name: &str, suffix: &str) -> String {
    format!("{}{suffix}", name.trim_end_matches('_'))
}

/// Upper-camel-cases the words of `raw`, keeping `_` between two digits so
/// that `1.0` and `10`, or `TLS1_2` and `TLS12`, stay distinct.
fn camel_words(raw: &str) -> String {
    let cleaned = sanitize(raw);
    let mut out = String::new();
    for (i, part) in cleaned.split('_').enumerate() {
        let camel = part.to_upper_camel_case();
        if camel.is_empty() {
            continue;
        }
        let prev_digit = out.chars().last().is_some_and(|c| c.is_ascii_digit());
        let next_digit = camel.starts_with(|c: char| c.is_ascii_digit());
        if i > 0 && prev_digit && next_digit {
            out.push('_');
        }
        out.push_str(&camel);
    }
    out
}

/// Replaces every character that is not an ASCII letter or digit by `_`:
/// identifiers stay ASCII (Unicode letters such as `ˊ` or `Ⅰ` are not all
/// valid in identifiers, and the valid ones warn `uncommon_codepoints`).
fn sanitize(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn prefix_if_not_letter(ident: String, prefix: &str) -> String {
    match ident.chars().next() {
        Some(c) if c.is_alphabetic() => ident,
        _ => format!("{prefix}{ident}"),
    }
}

/// Spells a name with no letters or digits (`+`, `*`, `""`) with words.
fn spell_symbols(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    if !raw.is_ascii() {
        // Letters of other scripts (`啊齄`): one word for the whole value.
        return "Symbol".to_owned();
    }
    raw.chars()
        .map(|c| match c {
            '+' => "Plus",
            '-' => "Minus",
            '*' => "Star",
            '/' => "Slash",
            '.' => "Dot",
            '=' => "Equals",
            '<' => "Less",
            '>' => "Greater",
            '!' => "Not",
            '&' => "And",
            '|' => "Or",
            '%' => "Percent",
            '@' => "At",
            '#' => "Hash",
            '$' => "Dollar",
            ' ' => "Space",
            ',' => "Comma",
            ':' => "Colon",
            ';' => "Semicolon",
            '?' => "Question",
            '~' => "Tilde",
            '^' => "Caret",
            _ => "Symbol",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(type_name("CloudPool"), "CloudPool");
        assert_eq!(type_name("cloud-pool"), "CloudPool");
        assert_eq!(type_name("Standard_D2_v5"), "StandardD2V5");
        assert_eq!(type_name("1.0"), "V1_0");
        assert_eq!(type_name("10"), "V10");
        assert_eq!(type_name("TLS1_2"), "Tls1_2");
        assert_eq!(type_name(""), "Empty");
        assert_eq!(type_name("+"), "Plus");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name("Option"), "Option_");
        // Named like what a generated file imports.
        assert_eq!(type_name("Request"), "Request_");
        assert_eq!(type_name("url"), "Url_");
        assert_eq!(type_name("ClientOptions"), "ClientOptions_");
        assert_eq!(type_name("odata.nextLink"), "OdataNextLink");
        // Non-ASCII letters never reach an identifier.
        assert_eq!(type_name("café"), "Caf");
        assert_eq!(type_name("啊齄丂ˊ〡Ⅰ⒈"), "Symbol");
        assert_eq!(field_name("Ⅰx"), "x");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("maxResults"), "max_results");
        assert_eq!(field_name("client-request-id"), "client_request_id");
        assert_eq!(field_name("$filter"), "filter");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("async"), "async_");
        assert_eq!(field_name("odata.nextLink"), "odata_next_link");
        assert_eq!(field_name("eTag"), "etag");
        assert_eq!(field_name("ETag"), "etag");
        assert_eq!(field_name("If-ETag-Match"), "if_etag_match");
        assert_eq!(field_name("resourceETag"), "resource_etag");
        assert_eq!(field_name("someTag"), "some_tag");
        assert_eq!(field_name("x-eTag"), "x_etag");
        assert_eq!(field_name("@odata.type"), "odata_type");
        assert_eq!(field_name("1stValue"), "n1st_value");
        assert_eq!(field_name("+"), "plus");
        assert_eq!(field_name("ETag"), "etag");
        assert_eq!(field_name("If-None-Match"), "if_none_match");
    }

    #[test]
    fn unique_appends_numbers() {
        let mut taken = std::collections::HashSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a2");
        assert_eq!(unique("a".into(), &mut taken), "a3");
        assert_eq!(unique("Self_".into(), &mut taken), "Self_");
        assert_eq!(unique("Self_".into(), &mut taken), "Self2");
    }
}
