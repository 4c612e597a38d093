//! What the harness must know about an operation to judge a request and a
//! response: its wire shape, emitted from the IR next to the dispatch code.

/// One operation of a spec, as emitted by the generator (static data).
#[derive(Debug, Clone, Copy)]
pub struct OperationShape {
    /// `operationId`.
    pub id: &'static str,
    /// HTTP method, e.g. `GET`.
    pub method: &'static str,
    /// The path template, cut into literals and parameters.
    pub path: &'static [PathPart],
    /// Fixed query pairs from an `x-ms-paths` key.
    pub fixed_query: &'static [(&'static str, &'static str)],
    /// Query and header parameters.
    pub parameters: &'static [ParamShape],
    /// The body parameter's name in examples, if the operation has a body.
    pub body: Option<&'static str>,
    /// The request media type (`consumes`), when there is a body.
    pub content_type: Option<&'static str>,
    /// What a successful response gives back (for a long-running
    /// operation: once awaited).
    pub returns: Returns,
    /// Set for a long-running operation: where its result is read.
    pub long_running: Option<FinalState>,
    /// Example title → example file path, relative to the spec file.
    pub examples: &'static [(&'static str, &'static str)],
}

/// A piece of a path template.
#[derive(Debug, Clone, Copy)]
pub enum PathPart {
    /// Literal text, e.g. `/pools/`.
    Literal(&'static str),
    /// A path parameter by wire name; `raw` for `x-ms-skip-url-encoding`.
    Param {
        /// Wire name (the example's key).
        name: &'static str,
        /// Sent without percent-encoding.
        raw: bool,
    },
    /// An array path parameter: its items joined by `separator` (its
    /// `collectionFormat`'s), one segment.
    List {
        /// Wire name (the example's key).
        name: &'static str,
        /// `,` for `csv`, `|` for `pipes`, ...
        separator: &'static str,
    },
}

/// Where a non-path parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the query string.
    Query,
    /// In a request header.
    Header,
}

/// A query or header parameter.
#[derive(Debug, Clone, Copy)]
pub struct ParamShape {
    /// Wire name (the example's key).
    pub name: &'static str,
    /// Query or header.
    pub location: Location,
    /// How an array is written: the separator, or `None` for `multi`
    /// (the key repeated). Ignored for non-arrays.
    pub separator: Option<&'static str>,
    /// Filled by the client itself (`api-version`, constants): may be sent
    /// even when an example does not give it.
    pub client_filled: bool,
}

/// What the client method gives back on success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// Nothing but a status.
    Nothing,
    /// A JSON body read into a typed model.
    Json,
    /// A byte stream (file downloads).
    Bytes,
    /// `true`/`false` (HEAD exists operations: 404 is `false`).
    Exists,
    /// Items of a pageable list.
    Pages {
        /// Property holding the items.
        item_name: &'static str,
        /// Property holding the next page's link, when there can be one.
        next_link_name: Option<&'static str>,
    },
}

/// Where a long-running operation's result is read: its
/// `x-ms-long-running-operation-options` `final-state-via`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalState {
    /// Not said: a PUT or PATCH reads its own URL again (`original-uri`), a
    /// POST the `Location` of its first response, a DELETE nothing.
    Default,
    /// `azure-async-operation`: the final status document is the result.
    AzureAsyncOperation,
    /// `location`: the `Location` of the first response.
    Location,
    /// `operation-location`: the final status document is the result.
    OperationLocation,
    /// `original-uri`: the URL of the first request, read again.
    OriginalUri,
}
