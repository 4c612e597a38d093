//! The text templates of an emitted crate (`templates/*.tmpl`) and their
//! filling: every `{{placeholder}}` gets its value in one pass, or the
//! crate is not emitted.
//!
//! One pass, because a value is text from a spec (a description holding
//! `{{version}}` is written as it is, not filled in turn); whole, because a
//! placeholder left in a `Cargo.toml`, or a value whose placeholder a
//! template lost, is a crate that says something other than what was meant.

use std::path::PathBuf;

use azure_codegen_templates::text;

use super::{EmitError, TemplateFault};

/// A template: its file, relative to the repository root, and its text
/// (the template crate's, [`text`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct Template {
    file: &'static str,
    text: &'static str,
}

/// The emitted crate's manifest.
pub(super) const CARGO_TOML: Template = Template {
    file: text::CARGO_TOML.file,
    text: text::CARGO_TOML.text,
};

/// The emitted crate's README, which is also its crate docs.
pub(super) const README_MD: Template = Template {
    file: text::README_MD.file,
    text: text::README_MD.text,
};

impl Template {
    /// The text with each `{{key}}` replaced by its value in `values`. A
    /// placeholder without a value, or a value without its placeholder, is
    /// an [`EmitError::Template`] naming this template's file.
    pub(super) fn fill(&self, values: &[(&str, &str)]) -> Result<String, EmitError> {
        let fault = |placeholder: &str, fault| EmitError::Template {
            template: PathBuf::from(self.file),
            placeholder: placeholder.to_owned(),
            fault,
        };
        let mut used = vec![false; values.len()];
        let mut out = String::with_capacity(self.text.len());
        let mut rest = self.text;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                let line = after.lines().next().unwrap_or_default();
                return Err(fault(line, TemplateFault::Unfilled));
            };
            let key = &after[..end];
            let Some(i) = values.iter().position(|(k, _)| *k == key) else {
                return Err(fault(key, TemplateFault::Unfilled));
            };
            used[i] = true;
            out.push_str(values[i].1);
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        match values.iter().zip(used).find(|(_, used)| !used) {
            Some(((key, _), _)) => Err(fault(key, TemplateFault::Unused)),
            None => Ok(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GREETING: Template = Template {
        file: "templates/greeting.tmpl",
        text: "Hello {{name}}, from {{place}}.\n",
    };

    fn error(template: &str, placeholder: &str, fault: TemplateFault) -> EmitError {
        EmitError::Template {
            template: PathBuf::from(template),
            placeholder: placeholder.to_owned(),
            fault,
        }
    }

    #[test]
    fn every_placeholder_gets_its_value_once() {
        let filled = GREETING.fill(&[("place", "{{name}}"), ("name", "Ada")]);
        // A value is not filled in turn.
        assert_eq!(filled.unwrap(), "Hello Ada, from {{name}}.\n");
    }

    #[test]
    fn a_leftover_placeholder_is_an_error_naming_the_template() {
        let result = GREETING.fill(&[("name", "Ada")]);
        let expected = error("templates/greeting.tmpl", "place", TemplateFault::Unfilled);
        assert_eq!(result, Err(expected.clone()));
        let message = expected.to_string();
        assert!(message.contains("templates/greeting.tmpl"), "{message}");
        assert!(message.contains("{{place}}"), "{message}");
    }

    #[test]
    fn an_unclosed_placeholder_is_a_leftover() {
        let broken = Template {
            file: "templates/broken.tmpl",
            text: "a {{name\nb",
        };
        assert_eq!(
            broken.fill(&[("name", "x")]),
            Err(error(
                "templates/broken.tmpl",
                "name",
                TemplateFault::Unfilled
            ))
        );
    }

    #[test]
    fn a_value_whose_placeholder_is_gone_is_an_error() {
        let result = GREETING.fill(&[("name", "Ada"), ("place", "Paris"), ("age", "36")]);
        assert_eq!(
            result,
            Err(error(
                "templates/greeting.tmpl",
                "age",
                TemplateFault::Unused
            ))
        );
    }
}
