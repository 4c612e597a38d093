//! Responses whose body is a stream of items, read one at a time as the
//! bytes arrive: server-sent events (`text/event-stream`) and JSON Lines
//! (`application/jsonl`, `application/x-ndjson`).
//!
//! The event-stream format (the HTML Living Standard's: `data:` lines
//! joined with `\n`, `event:`, `id:`, `retry:`, comments, any line ending)
//! is parsed by the `eventsource-stream` crate, incrementally, so that no
//! parser of this crate's own decides what an event is. Each event's data
//! becomes one item; a `[DONE]` data line (OpenAI's sentinel) ends the
//! stream. Only crates with such responses get this module and its
//! dependencies.

// Which pieces are used depends on the framings of the spec's responses.
#![allow(dead_code)]

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use azure_core::error::ErrorKind;
use azure_core::http::headers::Headers;
use azure_core::http::{AsyncRawResponse, StatusCode};
use azure_core::{Bytes, Error, Result};
use eventsource_stream::{EventStreamError, Eventsource};
use futures::{Stream, StreamExt};
use serde::de::DeserializeOwned;

/// The data that ends a stream of server-sent events where the service
/// sends one (OpenAI's `data: [DONE]`): it is no item.
const DONE: &str = "[DONE]";

/// A stream of items of type `T`, each read as it arrives: an
/// `impl Stream<Item = azure_core::Result<T>>`, with the status and
/// headers of the response it is read from.
///
/// ```no_run
/// # async fn example(mut events: impl futures::Stream<Item = azure_core::Result<String>> + Unpin) -> azure_core::Result<()> {
/// use futures::StreamExt as _;
/// while let Some(item) = events.next().await {
///     println!("{}", item?);
/// }
/// # Ok(())
/// # }
/// ```
pub struct EventStream<T> {
    status: StatusCode,
    headers: Headers,
    items: Pin<Box<dyn Stream<Item = Result<T>> + Send>>,
}

impl<T> EventStream<T> {
    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        self.items.as_mut().poll_next(cx)
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// How one item is read from an event's data or a line.
pub(crate) type Parse<T> = fn(&str) -> Result<T>;

/// An item given as JSON.
pub(crate) fn json<T: DeserializeOwned>(data: &str) -> Result<T> {
    serde_json::from_str(data).map_err(|e| {
        Error::with_error(
            ErrorKind::DataConversion,
            e,
            "an event's data is not the JSON expected",
        )
    })
}

/// An item given as text: the data as it is.
pub(crate) fn text(data: &str) -> Result<String> {
    Ok(data.to_owned())
}

/// The items of a `text/event-stream` response: each event's data, read by
/// `parse`, until the stream ends or sends `[DONE]`.
pub(crate) fn server_sent_events<T: Send + 'static>(
    response: AsyncRawResponse,
    parse: Parse<T>,
) -> EventStream<T> {
    let (status, headers, body) = response.deconstruct();
    let items = body
        .eventsource()
        .take_while(|event| std::future::ready(!matches!(event, Ok(e) if e.data == DONE)))
        .map(move |event| match event {
            Ok(event) => parse(&event.data),
            Err(EventStreamError::Transport(e)) => Err(e),
            Err(e) => Err(Error::with_error(
                ErrorKind::DataConversion,
                e,
                "the response is not a valid event stream",
            )),
        });
    EventStream {
        status,
        headers,
        items: Box::pin(items),
    }
}

/// The items of a JSON Lines response: each line that is not blank, read
/// by `parse`, as soon as its line ends (or the body does).
pub(crate) fn json_lines<T: Send + 'static>(
    response: AsyncRawResponse,
    parse: Parse<T>,
) -> EventStream<T> {
    let (status, headers, body) = response.deconstruct();
    let items = Lines {
        body: Box::pin(body),
        buffer: Vec::new(),
        done: false,
    }
    .filter(|line| std::future::ready(!matches!(line, Ok(l) if l.trim().is_empty())))
    .map(move |line| parse(&line?));
    EventStream {
        status,
        headers,
        items: Box::pin(items),
    }
}

/// The lines of a body, split at `\n` (a `\r` before it dropped) as bytes
/// arrive, the last one at the end of the body.
struct Lines {
    body: Pin<Box<dyn Stream<Item = Result<Bytes>> + Send>>,
    buffer: Vec<u8>,
    done: bool,
}

impl Lines {
    /// The first complete line of the buffer, taken out of it; at the end
    /// of the body, what is left.
    fn take_line(&mut self) -> Option<Result<String>> {
        let line = match self.buffer.iter().position(|b| *b == b'\n') {
            Some(end) => {
                let mut line: Vec<u8> = self.buffer.drain(..=end).collect();
                line.pop();
                line
            }
            None if self.done && !self.buffer.is_empty() => std::mem::take(&mut self.buffer),
            None => return None,
        };
        let line = line.strip_suffix(b"\r").unwrap_or(&line).to_vec();
        Some(
            String::from_utf8(line).map_err(|e| {
                Error::with_error(ErrorKind::DataConversion, e, "a line is not UTF-8")
            }),
        )
    }
}

impl Stream for Lines {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<String>>> {
        loop {
            if let Some(line) = self.take_line() {
                return Poll::Ready(Some(line));
            }
            if self.done {
                return Poll::Ready(None);
            }
            match self.body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(bytes))) => self.buffer.extend_from_slice(&bytes),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => self.done = true,
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
