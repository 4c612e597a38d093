//! One self-contained HTML page for API reviewers: the published layout's
//! content ([`super::page`]: title, count line, and per method its
//! description, changes and shapes), with the methods grouped by operation
//! group and collapsible (`<details>`), each change marked wire-breaking
//! and/or Rust-breaking, a filter (all / wire-breaking only / Rust-breaking
//! only), and the request and response shapes beside the changes.
//!
//! Self-contained: the CSS and the few lines of script are inline and a
//! Content-Security-Policy forbids loading anything, so the page works
//! offline and as a CI artifact. Every text of the specs is escaped. A
//! method opens when it has a breaking change (what a reviewer must read);
//! the others start closed. Same diff, same bytes.

use std::fmt::Write;

use indexmap::IndexMap;

use super::page::{page, value_text, Method, Page};
use crate::diff::{Change, Diff, RustEffect};

/// The diff as an HTML document.
pub fn render(diff: &Diff<'_>) -> String {
    let page = page(diff);
    let mut out = String::with_capacity(64 * 1024);
    head(&mut out, &page);
    if !page.api_changes.is_empty() {
        let marks = Marks::of(page.api_changes.iter());
        let _ = writeln!(
            out,
            "<section class=\"group api\"{}>\n<h2>API (updated)</h2>",
            marks.attributes()
        );
        changes_list(&mut out, page.api_changes.iter().map(|c| (c, Vec::new())));
        out.push_str("</section>\n");
    }
    let mut groups: IndexMap<&str, Vec<&Method<'_>>> = IndexMap::new();
    for method in &page.methods {
        let group = method
            .diff
            .operation()
            .and_then(|o| o.group.as_deref())
            .unwrap_or("Other operations");
        groups.entry(group).or_default().push(method);
    }
    for (group, methods) in groups {
        let marks = Marks::of(methods.iter().flat_map(|m| m.changes()));
        let _ = writeln!(
            out,
            "<section class=\"group\"{}>\n<h2>{} <span class=\"tally\">{}</span></h2>",
            marks.attributes(),
            escape(group),
            plural(methods.len(), "method")
        );
        for method in methods {
            render_method(&mut out, method);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// The document up to `<main>`: title, count line, verdict, filter.
fn head(out: &mut String, page: &Page<'_>) {
    let title = escape(page.title);
    let summary = &page.summary;
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n\
         <body data-filter=\"all\">\n<header>\n<h1 id=\"title\">{title}</h1>\n\
         <p id=\"counts\">{}</p>\n<p id=\"verdict\">Compared with {}: {}.</p>\n\
         <nav id=\"toolbar\">\n<fieldset id=\"filter\">\n<legend>Show</legend>\n\
         <label><input type=\"radio\" name=\"filter\" value=\"all\" checked> \
         All changes ({})</label>\n\
         <label><input type=\"radio\" name=\"filter\" value=\"wire\"> \
         Wire-breaking only ({})</label>\n\
         <label><input type=\"radio\" name=\"filter\" value=\"rust\"> \
         Rust-breaking only ({})</label>\n</fieldset>\n\
         <button type=\"button\" id=\"expand\">Expand all</button>\n\
         <button type=\"button\" id=\"collapse\">Collapse all</button>\n\
         </nav>\n</header>\n<main>\n",
        escape(&page.count_line),
        escape(page.old_label),
        escape(&super::verdict(summary)),
        summary.changes,
        summary.breaking_wire,
        summary.rust_breaking,
    );
}

fn render_method(out: &mut String, method: &Method<'_>) {
    let marks = Marks::of(method.changes().iter());
    let id = escape(method.id());
    let _ = writeln!(
        out,
        "<details class=\"method\" id=\"op-{id}\"{}{}>\n<summary><span class=\"id\">{id}</span> \
         <span class=\"status\">({})</span> <span class=\"tally\">{}</span>{}</summary>",
        marks.attributes(),
        if marks.wire > 0 || marks.rust_breaking > 0 {
            " open"
        } else {
            ""
        },
        method.status(),
        super::changes(method.changes().len()),
        marks.badges(),
    );
    if let Some(text) = &method.description {
        let _ = writeln!(
            out,
            "<p class=\"description\"><b>Description</b> {}</p>",
            escape(text)
        );
    }
    if let Some(link) = &method.reference_link {
        let link = escape(link);
        // Only web links become links: the template is the user's, the
        // substituted names the spec's.
        let text = if link.starts_with("https://") || link.starts_with("http://") {
            format!("<a href=\"{link}\">{link}</a>")
        } else {
            link
        };
        let _ = writeln!(
            out,
            "<p class=\"reference\"><b>Reference Link</b> {text}</p>"
        );
    }
    out.push_str("<div class=\"sides\">\n<div class=\"changes\">\n<h3>⚶ Changes</h3>\n");
    changes_list(out, method.changes().iter().map(|c| (c, method.place(c))));
    if let Some(block) = &method.block {
        let block = serde_json::to_string_pretty(block).unwrap_or_default();
        let _ = writeln!(
            out,
            "<details class=\"block\"><summary>The block as published</summary>\
             <pre>{}</pre></details>",
            escape(&block)
        );
    }
    out.push_str("</div>\n<div class=\"shapes\">\n");
    let _ = writeln!(
        out,
        "<h3>⚼ Request</h3>\n<pre class=\"shape\">{}</pre>",
        escape(&method.request)
    );
    for (status, shape) in &method.responses {
        let _ = writeln!(
            out,
            "<h3>⚐ Response ({})</h3>\n<pre class=\"shape\">{}</pre>",
            escape(status),
            escape(shape)
        );
    }
    out.push_str("</div>\n</div>\n</details>\n");
}

/// One `<li>` per change: its marks, its place in the published block (when
/// it has one), its label with old and new value, and its path.
fn changes_list<'c>(out: &mut String, changes: impl Iterator<Item = (&'c Change, Vec<String>)>) {
    out.push_str("<ul class=\"change-list\">\n");
    for (change, place) in changes {
        let marks = Marks::of(std::iter::once(change));
        let _ = write!(out, "<li class=\"change\"{}>", marks.attributes());
        out.push_str(&marks.badges());
        if !place.is_empty() {
            let place: Vec<String> = place.iter().map(|key| escape(key)).collect();
            let _ = write!(out, " <span class=\"place\">{}</span>", place.join(" › "));
        }
        let _ = writeln!(
            out,
            " <span class=\"label\">{}</span> <code class=\"old\">{}</code> → \
             <code class=\"new\">{}</code> <code class=\"path\">{}</code></li>",
            escape(change.kind.label()),
            escape(&value_text(change.old.as_ref())),
            escape(&value_text(change.new.as_ref())),
            escape(&change.path()),
        );
    }
    out.push_str("</ul>\n");
}

/// How many changes of a set break the wire, break or extend the Rust API.
#[derive(Default)]
struct Marks {
    wire: usize,
    rust_breaking: usize,
    rust_additive: usize,
}

impl Marks {
    fn of<'c>(changes: impl Iterator<Item = &'c Change>) -> Self {
        let mut marks = Marks::default();
        for change in changes {
            marks.wire += usize::from(change.breaking_wire);
            match change.rust {
                RustEffect::Breaking => marks.rust_breaking += 1,
                RustEffect::Additive => marks.rust_additive += 1,
                RustEffect::None => {}
            }
        }
        marks
    }

    /// The attributes the filter reads: ` data-wire data-rust`, each only
    /// when some change has it.
    fn attributes(&self) -> String {
        let mut out = String::new();
        if self.wire > 0 {
            out.push_str(" data-wire");
        }
        if self.rust_breaking > 0 {
            out.push_str(" data-rust");
        }
        out
    }

    /// Badges for the marks, counted when there is more than one.
    fn badges(&self) -> String {
        let mut out = String::new();
        for (n, class, text) in [
            (self.wire, "wire", "wire-breaking"),
            (self.rust_breaking, "rust", "Rust-breaking"),
            (self.rust_additive, "additive", "Rust-additive"),
        ] {
            match n {
                0 => {}
                1 => {
                    let _ = write!(out, " <span class=\"badge {class}\">{text}</span>");
                }
                n => {
                    let _ = write!(out, " <span class=\"badge {class}\">{n} {text}</span>");
                }
            }
        }
        out
    }
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// Text and attribute values: the five characters HTML gives a meaning.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The filter hides by the `data-wire` / `data-rust` marks (a group or
/// method without a matching change goes with its changes).
const STYLE: &str = r#"body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5em 2em; color: #1b1f24; }
header { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #d0d7de; z-index: 1; }
h1 { font-size: 1.5em; margin: .3em 0; }
h2 { font-size: 1.2em; margin: 1.2em 0 .4em; }
h3 { font-size: 1em; margin: .6em 0 .3em; }
#counts, #verdict { margin: .2em 0; }
#toolbar { display: flex; gap: .6em; align-items: center; flex-wrap: wrap; }
#filter { border: 1px solid #d0d7de; border-radius: 6px; padding: .2em .8em; }
#filter label { margin-right: 1em; cursor: pointer; }
details.method { border: 1px solid #d0d7de; border-radius: 6px; margin: .5em 0; padding: 0 .8em; }
details.method[data-wire], details.method[data-rust] { border-left: 4px solid #cf222e; }
details.method > summary { cursor: pointer; padding: .4em 0; font-weight: 600; }
.status, .tally { color: #57606a; font-weight: normal; }
.badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .8em; font-weight: 600; }
.badge.wire { background: #ffebe9; color: #a40e26; }
.badge.rust { background: #fff1c2; color: #7a4d00; }
.badge.additive { background: #dafbe1; color: #116329; }
.sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.2em; }
.change-list { padding-left: 1.2em; }
.change { margin: .25em 0; }
.place { color: #57606a; }
.label { font-weight: 600; }
.path { color: #57606a; font-size: .85em; }
pre { background: #f6f8fa; padding: .5em; overflow: auto; max-height: 32em; margin: 0 0 .5em; }
body[data-filter="wire"] .change:not([data-wire]),
body[data-filter="wire"] .method:not([data-wire]),
body[data-filter="wire"] .group:not([data-wire]),
body[data-filter="rust"] .change:not([data-rust]),
body[data-filter="rust"] .method:not([data-rust]),
body[data-filter="rust"] .group:not([data-rust]) { display: none; }
"#;

/// The filter and the expand/collapse buttons.
const SCRIPT: &str = r#"(function () {
  var body = document.body;
  var inputs = document.querySelectorAll('#filter input');
  function apply() {
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].checked) body.dataset.filter = inputs[i].value;
    }
  }
  for (var i = 0; i < inputs.length; i++) inputs[i].addEventListener('change', apply);
  apply();
  function openAll(open) {
    var methods = document.querySelectorAll('details.method');
    for (var i = 0; i < methods.length; i++) methods[i].open = open;
  }
  document.getElementById('expand').addEventListener('click', function () { openAll(true); });
  document.getElementById('collapse').addEventListener('click', function () { openAll(false); });
})();
"#;

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">Tom's & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
