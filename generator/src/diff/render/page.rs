//! What a changelog page in the published layout shows, computed once for
//! every renderer of it (markdown, HTML): the title, the count line, the
//! verdict, the API's own changes, and per added, removed or updated
//! method its line, description, reference link, "Changes" block and
//! request and response shapes. The renderers only decide how each part
//! looks.

use serde_json::Value;

use crate::diff::shape;
use crate::diff::{Change, Diff, OperationDiff, Status, Summary};

/// The content of the page.
pub(crate) struct Page<'d> {
    /// `Azure.Batch (stable:2025-06-01)`.
    pub title: &'d str,
    /// The count line: `2025/05/27 • 77 updated methods`, or the counts
    /// alone without a date.
    pub count_line: String,
    /// The old side's label, for `Compared with <old>: <verdict>`.
    pub old_label: &'d str,
    /// Counts of changes and their verdicts.
    pub summary: Summary,
    /// The changes to the API as a whole.
    pub api_changes: &'d [Change],
    /// Every method that was added, removed or updated, in diff order.
    pub methods: Vec<Method<'d>>,
}

/// One method of the page.
pub(crate) struct Method<'d> {
    /// The diff of the operation.
    pub diff: &'d OperationDiff<'d>,
    /// The spec's description (else summary) on one line.
    pub description: Option<String>,
    /// The `Reference Link` from the layout's template.
    pub reference_link: Option<String>,
    /// The published "Changes" block (updated methods only).
    pub block: Option<Value>,
    /// The request's shape.
    pub request: String,
    /// Each response's status and shape, in spec order.
    pub responses: Vec<(String, String)>,
}

impl<'d> Method<'d> {
    /// `Pools_CreatePool`.
    pub fn id(&self) -> &'d str {
        self.diff.id()
    }

    /// `added`, `removed`, `updated`.
    pub fn status(&self) -> &'static str {
        self.diff.status.as_str()
    }

    /// The method's changes, in walk order.
    pub fn changes(&self) -> &'d [Change] {
        &self.diff.changes
    }

    /// The change's path of keys in the "Changes" block (see
    /// [`super::tree::place`]).
    pub fn place(&self, change: &Change) -> Vec<String> {
        super::tree::place(self.diff, change)
    }
}

/// The page of `diff`.
pub(crate) fn page<'d>(diff: &'d Diff<'d>) -> Page<'d> {
    let summary = diff.summary();
    let counts = super::counts(&summary);
    let count_line = match &diff.layout.date {
        Some(date) => format!("{date}{}{counts}", super::SEPARATOR),
        None => counts,
    };
    Page {
        title: &diff.layout.title,
        count_line,
        old_label: &diff.old_label,
        summary,
        api_changes: &diff.api_changes,
        methods: diff
            .operations
            .iter()
            .filter_map(|op| method(diff, op))
            .collect(),
    }
}

fn method<'d>(diff: &'d Diff<'d>, op: &'d OperationDiff<'d>) -> Option<Method<'d>> {
    if op.status == Status::Unchanged {
        return None;
    }
    let (api, operation) = match (op.new, op.old) {
        (Some(new), _) => (diff.new, new),
        (None, Some(old)) => (diff.old, old),
        (None, None) => return None,
    };
    let description = operation
        .description
        .as_ref()
        .or(operation.summary.as_ref())
        // One line, as published.
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty());
    Some(Method {
        diff: op,
        description,
        reference_link: diff.layout.reference_link(operation, &api.api_version),
        block: (op.status == Status::Updated).then(|| super::tree::changes_block(op)),
        request: shape::request(api, operation),
        responses: operation
            .responses
            .iter()
            .map(|r| (r.status.to_string(), shape::response(api, r)))
            .collect(),
    })
}

/// A change's old or new value as text; `-` when absent.
pub(crate) fn value_text(value: Option<&Value>) -> String {
    value.map_or("-".to_owned(), Value::to_string)
}
