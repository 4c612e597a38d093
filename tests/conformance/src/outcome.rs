//! What a client call gave back, and whether that is what the example's
//! response says it should give.

use serde::Serialize;
use serde_json::Value;

use crate::equivalence::json_difference;
use crate::example::{ExampleResponse, ExampleStatus};
use crate::shape::Returns;

/// The result of one client call, as the generated dispatch reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Success. `body` is the typed response model serialized back to JSON
    /// (`None` when the method returns no model).
    Success {
        /// HTTP status the client saw.
        status: u16,
        /// The typed body, serialized again.
        body: Option<Value>,
    },
    /// Success with a byte stream.
    Bytes {
        /// HTTP status the client saw.
        status: u16,
        /// Every byte of the stream.
        bytes: Vec<u8>,
    },
    /// An exists (HEAD) operation's answer.
    Exists(bool),
    /// Every item of a pageable list, across pages, serialized back.
    Items(Vec<Value>),
    /// The call failed.
    Error {
        /// HTTP status, when the failure was an HTTP response.
        status: Option<u16>,
        /// The service's error code from the typed error body.
        code: Option<String>,
        /// The error as displayed.
        message: String,
    },
    /// The example's parameters could not be turned into the method's
    /// arguments.
    BadParameters(String),
    /// The generated dispatch has no way to call this operation.
    Unsupported(String),
}

impl Outcome {
    /// A success whose typed body is serialized back to JSON.
    pub fn model<T: Serialize>(status: u16, model: &T) -> Self {
        Self::written(status, serde_json::to_value(model))
    }

    /// A typed response as written back to JSON (by serde, or by the
    /// generated crate's encoding of its type).
    pub fn written(status: u16, written: serde_json::Result<serde_json::Value>) -> Self {
        match written {
            Ok(body) => Self::Success {
                status,
                body: Some(body),
            },
            Err(e) => Self::Error {
                status: Some(status),
                code: None,
                message: format!("cannot serialize the typed response back: {e}"),
            },
        }
    }

    /// Items of a list, serialized back to JSON.
    pub fn items<T: Serialize>(items: &[T]) -> Self {
        match items.iter().map(serde_json::to_value).collect() {
            Ok(items) => Self::Items(items),
            Err(e) => Self::Error {
                status: None,
                code: None,
                message: format!("cannot serialize an item back: {e}"),
            },
        }
    }

    /// A failed call: its HTTP status (if any) and the service error code
    /// read by the client's typed error accessor.
    pub fn error(error: &azure_core::Error, code: Option<String>) -> Self {
        Self::Error {
            status: error.http_status().map(u16::from),
            code,
            message: error.to_string(),
        }
    }
}

/// What the example's response says the client must give back.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// Success with this status and (for models) this body.
    Success(u16, Option<Value>),
    /// These bytes.
    Bytes(u16, Vec<u8>),
    /// `true` or `false`.
    Exists(bool),
    /// These items.
    Items(Vec<Value>),
    /// An error with this status and, if the body names one, this code.
    Error(u16, Option<String>),
}

impl Expected {
    /// What `response`, served as is, must produce for a method returning
    /// `returns`.
    pub fn from_example(returns: Returns, response: &ExampleResponse) -> Self {
        let status = response.status.served();
        let error_code = || {
            response
                .body
                .as_ref()
                .and_then(|b| b.get("code"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        match (returns, response.status) {
            (Returns::Exists, ExampleStatus::Code(404)) => Self::Exists(false),
            (_, ExampleStatus::Default) => Self::Error(status, error_code()),
            (_, _) if status >= 400 => Self::Error(status, error_code()),
            (Returns::Exists, _) => Self::Exists(true),
            (Returns::Nothing, _) => Self::Success(status, None),
            (Returns::Json, _) => Self::Success(status, response.body.clone()),
            (Returns::Bytes, _) => Self::Bytes(status, body_bytes(response.body.as_ref())),
            (Returns::Pages { item_name, .. }, _) => Self::Items(
                response
                    .body
                    .as_ref()
                    .and_then(|b| b.get(item_name))
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
            ),
        }
    }

    /// Why `outcome` is not what was expected; `None` when it is.
    pub fn mismatch(&self, outcome: &Outcome) -> Option<String> {
        let differ = || Some(format!("expected {self:?}, got {outcome:?}"));
        match (self, outcome) {
            (Self::Success(s, None), Outcome::Success { status, body: None }) if s == status => {
                None
            }
            (
                Self::Success(s, Some(e)),
                Outcome::Success {
                    status,
                    body: Some(a),
                },
            ) if s == status => json_difference(e, a).map(|d| format!("response body {d}")),
            (Self::Bytes(s, e), Outcome::Bytes { status, bytes }) if s == status => (e != bytes)
                .then(|| {
                    format!(
                        "streamed body: expected {:?}, got {:?}",
                        String::from_utf8_lossy(e),
                        String::from_utf8_lossy(bytes)
                    )
                }),
            (Self::Exists(e), Outcome::Exists(a)) if e == a => None,
            (Self::Items(e), Outcome::Items(a)) => {
                json_difference(&Value::Array(e.clone()), &Value::Array(a.clone()))
                    .map(|d| format!("listed items {d}"))
            }
            (
                Self::Error(s, code),
                Outcome::Error {
                    status, code: got, ..
                },
            ) if Some(*s) == *status => (code.is_some() && code != got)
                .then(|| format!("error code: expected {code:?}, got {got:?}")),
            _ => differ(),
        }
    }
}

/// The bytes an example body stands for: a string is sent as its UTF-8
/// text (examples write byte streams as strings), anything else as JSON.
pub fn body_bytes(body: Option<&Value>) -> Vec<u8> {
    match body {
        None => Vec::new(),
        Some(Value::String(text)) => text.clone().into_bytes(),
        Some(other) => other.to_string().into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn response(status: ExampleStatus, body: Option<Value>) -> ExampleResponse {
        ExampleResponse {
            status,
            headers: vec![],
            body,
        }
    }

    #[test]
    fn exists_maps_200_and_404_to_true_and_false() {
        let ok = Expected::from_example(Returns::Exists, &response(ExampleStatus::Code(200), None));
        let gone =
            Expected::from_example(Returns::Exists, &response(ExampleStatus::Code(404), None));
        assert_eq!(ok.mismatch(&Outcome::Exists(true)), None);
        assert!(gone.mismatch(&Outcome::Exists(true)).is_some());
        assert_eq!(gone.mismatch(&Outcome::Exists(false)), None);
    }

    #[test]
    fn errors_need_status_and_code() {
        let expected = Expected::from_example(
            Returns::Json,
            &response(
                ExampleStatus::Code(404),
                Some(json!({"code": "PoolNotFound"})),
            ),
        );
        let outcome = |status, code: &str| Outcome::Error {
            status: Some(status),
            code: Some(code.to_owned()),
            message: String::new(),
        };
        assert_eq!(expected.mismatch(&outcome(404, "PoolNotFound")), None);
        assert!(expected.mismatch(&outcome(404, "Other")).is_some());
        assert!(expected.mismatch(&outcome(400, "PoolNotFound")).is_some());
        assert!(expected
            .mismatch(&Outcome::Success {
                status: 200,
                body: None
            })
            .is_some());
    }

    #[test]
    fn status_only_success_must_have_no_body_and_the_same_status() {
        let expected =
            Expected::from_example(Returns::Nothing, &response(ExampleStatus::Code(202), None));
        let ok = Outcome::Success {
            status: 202,
            body: None,
        };
        assert_eq!(expected.mismatch(&ok), None);
        let wrong = Outcome::Success {
            status: 200,
            body: None,
        };
        assert!(expected.mismatch(&wrong).is_some());
    }

    #[test]
    fn models_compare_by_equivalence() {
        let expected = Expected::from_example(
            Returns::Json,
            &response(ExampleStatus::Code(200), Some(json!({"id": "p", "n": 1}))),
        );
        let got = |body| Outcome::Success {
            status: 200,
            body: Some(body),
        };
        assert_eq!(expected.mismatch(&got(json!({"n": 1.0, "id": "p"}))), None);
        assert!(expected.mismatch(&got(json!({"id": "p"}))).is_some());
    }
}
