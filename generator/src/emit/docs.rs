//! Rustdoc from spec prose: `#[doc]` attributes whose text rustdoc renders as
//! written and never warns about.
//!
//! Spec descriptions are plain text, not Markdown: they hold bare URLs,
//! `[`brackets`]`, `<placeholders>` and indented lines that rustdoc would
//! read as links, HTML or doctests. [`doc_attrs`] neutralises each.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` lines for `text` (paragraphs kept), nothing for `None`.
pub(crate) fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return TokenStream::new();
    };
    lines(&escape(text))
}

/// `#[doc]` lines from the spec's `text`, or from `fallback` (generated
/// Markdown) where the spec says nothing: the crate denies missing docs.
pub(crate) fn doc_or(text: Option<&str>, fallback: impl FnOnce() -> String) -> TokenStream {
    let docs = doc_attrs(text);
    if docs.is_empty() {
        doc_raw(&fallback())
    } else {
        docs
    }
}

/// `#[doc]` lines for the spec's `text` (or `fallback` where it says
/// nothing) followed by generated `notes` ("Required.", a default): on the
/// text's line when the text is one line of prose, so that a field's docs
/// stay one sentence longer rather than a paragraph longer; as a paragraph
/// of their own after anything longer (a list, several paragraphs).
pub(crate) fn doc_noted(
    text: Option<&str>,
    fallback: impl FnOnce() -> String,
    notes: &str,
) -> TokenStream {
    let text = match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => escape(text),
        None => fallback(),
    };
    if notes.is_empty() {
        return lines(&text);
    }
    let one_line = !text.contains('\n') && list_marker_width(&text).is_none();
    let joined = match (one_line, text.ends_with(['.', '!', '?'])) {
        (true, true) => format!("{text} {notes}"),
        (true, false) => format!("{text}. {notes}"),
        (false, _) => format!("{text}\n\n{notes}"),
    };
    lines(&joined)
}

/// `#[doc]` lines for a summary and a description, the description as a
/// second paragraph when it says more than the summary.
pub(crate) fn doc_summary(summary: Option<&str>, description: Option<&str>) -> TokenStream {
    let summary = summary.map(str::trim).filter(|s| !s.is_empty());
    let description = description.map(str::trim).filter(|d| !d.is_empty());
    match (summary, description) {
        (Some(s), Some(d)) if s != d => doc_attrs(Some(&format!("{s}\n\n{d}"))),
        (Some(s), _) => doc_attrs(Some(s)),
        (None, d) => doc_attrs(d),
    }
}

/// `#[doc]` lines for already-escaped or generated text (may hold Markdown).
pub(crate) fn doc_raw(text: &str) -> TokenStream {
    lines(text)
}

fn lines(text: &str) -> TokenStream {
    // Markdown continues a list item on the next unindented line ("lazy
    // continuation"); rustdoc renders it, clippy warns on it. Indenting the
    // continuation under its item says the same thing explicitly.
    let mut item_indent: Option<usize> = None;
    let lines = text.lines().map(|line| {
        let line = line.replace('\t', "    ");
        let line = if line.trim().is_empty() {
            item_indent = None;
            String::new()
        } else if let Some(width) = list_marker_width(&line) {
            item_indent = Some(width);
            format!(" {line}")
        } else if let Some(width) = item_indent {
            format!(" {:width$}{}", "", line.trim_start())
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Width of a Markdown list marker opening `line` (`- `, `* `, `+ `,
/// `1. `), if it opens with one.
fn list_marker_width(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let leading = line.len() - trimmed.len();
    if ["- ", "* ", "+ "].iter().any(|m| trimmed.starts_with(m)) {
        return Some(leading + 2);
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && trimmed[digits..].starts_with(". ")).then_some(leading + digits + 2)
}

/// Escapes spec prose for Markdown: bare URLs become autolinks, brackets,
/// angle brackets, backticks and emphasis markers are escaped, and leading
/// indentation (an indented code block, hence a doctest) is dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.replace("\r\n", "\n").split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        escape_line(line.trim(), &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    let mut rest = line;
    while !rest.is_empty() {
        if let Some(url_len) = url_at(rest) {
            let url = &rest[..url_len];
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url_len..];
            continue;
        }
        let c = rest.chars().next().expect("rest is not empty");
        match c {
            '[' | ']' | '`' | '*' | '_' | '\\' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Length of the URL starting `text`, if it starts with one. Trailing
/// punctuation (`.`, `,`, `)`) is left out, as a reader would.
fn url_at(text: &str) -> Option<usize> {
    if !(text.starts_with("https://") || text.starts_with("http://")) {
        return None;
    }
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '[' | ']'))
        .unwrap_or(text.len());
    let trimmed = text[..end].trim_end_matches(['.', ',', ';', ':', ')', '\'']);
    Some(trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_escaped_for_markdown() {
        assert_eq!(
            escape("See https://aka.ms/x. Use [a] <b> & *c*"),
            "See <https://aka.ms/x>. Use \\[a\\] &lt;b&gt; &amp; \\*c\\*"
        );
    }

    #[test]
    fn indentation_cannot_start_a_doctest() {
        assert_eq!(escape("a\n    let x = 1;"), "a\nlet x = 1;");
    }

    #[test]
    fn list_continuations_are_indented_under_their_item_and_tabs_expanded() {
        let docs =
            doc_raw("Allowed:\n- one\ncontinued\n12. two\nmore\n\nafter\tthe list").to_string();
        let expected = [
            " Allowed:",
            " - one",
            "   continued",
            " 12. two",
            "     more",
            "",
            " after    the list",
        ];
        for line in expected {
            assert!(
                docs.contains(&format!("doc = {line:?}")),
                "{line:?} in {docs}"
            );
        }
    }
}
