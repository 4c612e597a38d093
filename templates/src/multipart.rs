//! `multipart/form-data` request bodies (RFC 7578): Swagger's `formData`
//! parameters of a multipart operation, an OpenAPI 3 multipart request
//! body. Each field is a part; a file ([`FilePart`]) is a part with its file
//! name and content type; an array of files is one part per item. Copied
//! only into crates with such operations.
//!
//! The parts are framed by mpart-async's `MultipartRequest`, a stream over
//! the parts' own streams: a file goes out as it is read, never held whole.
//! The body handed to azure_core is a `SeekableStream`, so the pipeline's
//! retry policy can send it again: `reset` rewinds every file and frames the
//! parts anew with the same boundary (the `content-type` header names it).

// Which pieces are used depends on the specs and the enabled features.
#![allow(dead_code)]

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use azure_core::http::Body;
use azure_core::stream::{BytesStream, SeekableStream};
use azure_core::Bytes;
use futures::io::AsyncRead;
use futures::stream::Stream;
use mpart_async::client::MultipartRequest;

/// A file sent as a part of a form: its content (bytes, or any
/// `SeekableStream`, such as one reading a file) and the file name and
/// content type its part declares.
#[derive(Clone, Debug)]
pub struct FilePart {
    content: Box<dyn SeekableStream>,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl FilePart {
    /// A file of these bytes, without a file name or content type.
    pub fn new(content: impl Into<Bytes>) -> Self {
        Self::from_stream(BytesStream::new(content))
    }

    /// A file read from `stream` as the request is sent (a retry rewinds
    /// it with `SeekableStream::reset`).
    pub fn from_stream(stream: impl SeekableStream + 'static) -> Self {
        Self {
            content: Box::new(stream),
            file_name: None,
            content_type: None,
        }
    }

    /// The file name the part declares (`filename=` of its
    /// `Content-Disposition`); without one, the field's name is sent, as
    /// Python's `requests` does (a part with a file name is what servers
    /// read as a file).
    pub fn with_file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// The part's `Content-Type` (`application/octet-stream` when not
    /// given).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name the part declares, if any.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The part's content type, if given.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }
}

impl From<Bytes> for FilePart {
    fn from(bytes: Bytes) -> Self {
        Self::new(bytes)
    }
}

impl From<Vec<u8>> for FilePart {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<&'static [u8]> for FilePart {
    fn from(bytes: &'static [u8]) -> Self {
        Self::new(Bytes::from_static(bytes))
    }
}

impl From<&'static str> for FilePart {
    fn from(text: &'static str) -> Self {
        Self::new(Bytes::from_static(text.as_bytes()))
    }
}

/// One part of a [`Form`].
#[derive(Clone, Debug)]
enum Part {
    Text(String),
    File(FilePart),
}

/// A multipart form being built by a client method, then sent as its body.
#[derive(Clone, Debug)]
pub(crate) struct Form {
    boundary: String,
    parts: Vec<(String, Part)>,
}

impl Form {
    /// An empty form with a random boundary (mpart-async's, 60
    /// alphanumerics: no part's content is likely to hold it).
    pub(crate) fn new() -> Self {
        let framing = MultipartRequest::<Box<dyn SeekableStream>>::default();
        Self {
            boundary: framing.get_boundary().to_owned(),
            parts: Vec::new(),
        }
    }

    /// Adds a text field.
    pub(crate) fn text(&mut self, name: &str, value: impl Into<String>) {
        self.parts.push((name.to_owned(), Part::Text(value.into())));
    }

    /// Adds a file.
    pub(crate) fn file(&mut self, name: &str, file: FilePart) {
        self.parts.push((name.to_owned(), Part::File(file)));
    }

    /// The body's `content-type`, naming the boundary.
    pub(crate) fn content_type(&self) -> String {
        format!("multipart/form-data; boundary={}", self.boundary)
    }

    /// The body: the parts framed as they are read.
    pub(crate) fn into_body(self) -> Body {
        Body::SeekableStream(Box::new(FormStream {
            form: self,
            framing: None,
            pending: Bytes::new(),
        }))
    }

    /// The parts framed by mpart-async, each file a clone of the form's
    /// (so that the form keeps what a retry sends again).
    fn framing(&self) -> MultipartRequest<Box<dyn SeekableStream>> {
        let mut framing = MultipartRequest::new(self.boundary.clone());
        for (name, part) in &self.parts {
            match part {
                Part::Text(value) => framing.add_field(name.clone(), value.clone()),
                Part::File(file) => framing.add_stream(
                    name.clone(),
                    file.file_name.clone().unwrap_or_else(|| name.clone()),
                    file.content_type
                        .clone()
                        .unwrap_or_else(|| "application/octet-stream".to_owned()),
                    file.content.clone(),
                ),
            }
        }
        framing
    }
}

/// A [`Form`] as a `SeekableStream`: framed on first read, and framed anew
/// from the form's parts after `reset` (or in a clone).
struct FormStream {
    form: Form,
    framing: Option<FramingStream>,
    pending: Bytes,
}

/// mpart-async's framing of the parts.
struct FramingStream(MultipartRequest<Box<dyn SeekableStream>>);

impl Clone for FormStream {
    /// A clone starts over: mpart-async's framing is not `Clone`, and is
    /// rebuilt from the form's parts on the clone's first read.
    fn clone(&self) -> Self {
        Self {
            form: self.form.clone(),
            framing: None,
            pending: Bytes::new(),
        }
    }
}

impl fmt::Debug for FormStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FormStream")
            .field("form", &self.form)
            .finish_non_exhaustive()
    }
}

#[async_trait::async_trait]
impl SeekableStream for FormStream {
    async fn reset(&mut self) -> azure_core::Result<()> {
        for (_, part) in &mut self.form.parts {
            if let Part::File(file) = part {
                file.content.reset().await?;
            }
        }
        self.framing = None;
        self.pending = Bytes::new();
        Ok(())
    }

    fn len(&self) -> Option<u64> {
        // Unknown until the files are read: sent chunked.
        None
    }
}

impl AsyncRead for FormStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        loop {
            if !this.pending.is_empty() {
                let n = this.pending.len().min(buf.len());
                buf[..n].copy_from_slice(&this.pending.split_to(n));
                return Poll::Ready(Ok(n));
            }
            let framing = match &mut this.framing {
                Some(framing) => framing,
                None => this.framing.insert(FramingStream(this.form.framing())),
            };
            match Pin::new(&mut framing.0).poll_next(cx) {
                Poll::Ready(Some(Ok(bytes))) => this.pending = bytes,
                Poll::Ready(Some(Err(e))) => {
                    return Poll::Ready(Err(std::io::Error::other(e)));
                }
                Poll::Ready(None) => return Poll::Ready(Ok(0)),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
