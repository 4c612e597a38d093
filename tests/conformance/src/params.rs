//! An example's `parameters`, read into the argument types of a client
//! method by the generated dispatch code.

use std::fmt::Display;
use std::str::FromStr;

use azure_core::time::OffsetDateTime;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use time::format_description::well_known::Rfc3339;

/// The `parameters` object of an example.
#[derive(Debug, Clone, Default)]
pub struct Params(pub Map<String, Value>);

/// Why an example parameter could not be turned into an argument.
pub type ParamError = String;

impl Params {
    /// A parameter the method requires, read with serde.
    pub fn required<T: DeserializeOwned>(&self, name: &str) -> Result<T, ParamError> {
        self.optional(name)?
            .ok_or_else(|| format!("the example gives no required parameter `{name}`"))
    }

    /// An optional parameter, read with serde; `None` when absent.
    pub fn optional<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, ParamError> {
        self.0
            .get(name)
            .map(|value| {
                serde_json::from_value(value.clone())
                    .map_err(|e| format!("parameter `{name}` = {value}: {e}"))
            })
            .transpose()
    }

    /// A required parameter read from its text with `FromStr` (for types
    /// without serde support, such as `azure_core::Uuid`).
    pub fn required_parsed<T>(&self, name: &str) -> Result<T, ParamError>
    where
        T: FromStr,
        T::Err: Display,
    {
        self.optional_parsed(name)?
            .ok_or_else(|| format!("the example gives no required parameter `{name}`"))
    }

    /// An optional parameter read from its text with `FromStr`.
    pub fn optional_parsed<T>(&self, name: &str) -> Result<Option<T>, ParamError>
    where
        T: FromStr,
        T::Err: Display,
    {
        let Some(value) = self.0.get(name) else {
            return Ok(None);
        };
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        text.parse()
            .map(Some)
            .map_err(|e| format!("parameter `{name}` = {value}: {e}"))
    }

    /// A required parameter read by `read`: a generated crate's
    /// `Encoding::read`, for values whose JSON form is not serde's form of
    /// their Rust type (dates, bytes, arrays of them).
    pub fn required_encoded<T>(
        &self,
        name: &str,
        read: impl FnOnce(Value) -> Result<Option<T>, serde_json::Error>,
    ) -> Result<T, ParamError> {
        self.optional_encoded(name, read)?
            .ok_or_else(|| format!("the example gives no required parameter `{name}`"))
    }

    /// An optional parameter read by `read`; `None` when absent or `null`.
    pub fn optional_encoded<T>(
        &self,
        name: &str,
        read: impl FnOnce(Value) -> Result<Option<T>, serde_json::Error>,
    ) -> Result<Option<T>, ParamError> {
        let Some(value) = self.0.get(name) else {
            return Ok(None);
        };
        read(value.clone()).map_err(|e| format!("parameter `{name}` = {value}: {e}"))
    }

    /// A required RFC 3339 date-time.
    pub fn required_rfc3339(&self, name: &str) -> Result<OffsetDateTime, ParamError> {
        self.optional_rfc3339(name)?
            .ok_or_else(|| format!("the example gives no required parameter `{name}`"))
    }

    /// An optional RFC 3339 date-time.
    pub fn optional_rfc3339(&self, name: &str) -> Result<Option<OffsetDateTime>, ParamError> {
        self.optional_date_time(name, |s| OffsetDateTime::parse(s, &Rfc3339).ok())
    }

    /// A required RFC 1123 / RFC 7231 date-time (`Fri, 17 Feb 2017 00:00:00 GMT`).
    pub fn required_rfc7231(&self, name: &str) -> Result<OffsetDateTime, ParamError> {
        self.optional_rfc7231(name)?
            .ok_or_else(|| format!("the example gives no required parameter `{name}`"))
    }

    /// An optional RFC 1123 / RFC 7231 date-time.
    pub fn optional_rfc7231(&self, name: &str) -> Result<Option<OffsetDateTime>, ParamError> {
        self.optional_date_time(name, |s| azure_core::time::parse_rfc7231(s).ok())
    }

    fn optional_date_time(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<OffsetDateTime>,
    ) -> Result<Option<OffsetDateTime>, ParamError> {
        let Some(value) = self.0.get(name) else {
            return Ok(None);
        };
        value
            .as_str()
            .and_then(parse)
            .map(Some)
            .ok_or_else(|| format!("parameter `{name}` = {value} is not a date-time"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn params() -> Params {
        Params(
            json!({"n": 3, "s": "x", "d": "Fri, 17 Feb 2017 00:00:00 GMT", "t": "2017-02-17T00:00:00Z"})
                .as_object()
                .unwrap()
                .clone(),
        )
    }

    #[test]
    fn reads_present_absent_and_ill_typed_parameters() {
        assert_eq!(params().required::<i32>("n").unwrap(), 3);
        assert_eq!(params().optional::<String>("missing").unwrap(), None);
        assert!(params().required::<String>("missing").is_err());
        assert!(params().required::<i32>("s").unwrap_err().contains("`s`"));
    }

    #[test]
    fn reads_text_parameters_through_from_str() {
        assert_eq!(params().required_parsed::<u8>("n").unwrap(), 3);
        assert!(params().required_parsed::<u8>("s").is_err());
        assert_eq!(params().optional_parsed::<u8>("missing").unwrap(), None);
    }

    #[test]
    fn reads_both_date_time_forms() {
        let d = params().required_rfc7231("d").unwrap();
        assert_eq!(params().required_rfc3339("t").unwrap(), d);
        assert!(params().required_rfc3339("d").is_err());
    }
}
