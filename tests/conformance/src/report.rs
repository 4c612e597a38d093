//! The verdict of a conformance run: each case passed, failed (with every
//! reason) or was skipped (with one reason).

use std::fmt;

/// What happened to one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Request and response were as the example says.
    Passed,
    /// Something differed; every difference found.
    Failed(Vec<String>),
    /// Not run, and why.
    Skipped(String),
}

/// One case: an example response of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    /// `Operation_Id / example title [status]`.
    pub name: String,
    /// The verdict.
    pub verdict: Verdict,
}

/// All cases of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Cases in run order.
    pub cases: Vec<CaseResult>,
}

impl Report {
    /// Number of passed cases.
    pub fn passed(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Passed))
    }

    /// Number of failed cases.
    pub fn failed(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Failed(_)))
    }

    /// Number of skipped cases.
    pub fn skipped(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Skipped(_)))
    }

    fn count(&self, which: impl Fn(&Verdict) -> bool) -> usize {
        self.cases.iter().filter(|c| which(&c.verdict)).count()
    }

    /// Adds the cases of another report.
    pub fn extend(&mut self, other: Report) {
        self.cases.extend(other.cases);
    }
}

/// Lists every failure (with its reasons) and every skip (with its reason),
/// then ends with `conformance: P passed, F failed, S skipped`.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for case in &self.cases {
            match &case.verdict {
                Verdict::Passed => {}
                Verdict::Failed(reasons) => {
                    writeln!(f, "FAILED {}", case.name)?;
                    for reason in reasons {
                        writeln!(f, "    {reason}")?;
                    }
                }
                Verdict::Skipped(reason) => writeln!(f, "SKIPPED {}: {reason}", case.name)?,
            }
        }
        write!(
            f,
            "conformance: {} passed, {} failed, {} skipped",
            self.passed(),
            self.failed(),
            self.skipped()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_failures_and_skips_then_counts() {
        let case = |name: &str, verdict| CaseResult {
            name: name.into(),
            verdict,
        };
        let report = Report {
            cases: vec![
                case("A", Verdict::Passed),
                case("B", Verdict::Failed(vec!["path differs".into()])),
                case("C", Verdict::Skipped("no example file".into())),
            ],
        };
        assert_eq!(
            report.to_string(),
            "FAILED B\n    path differs\nSKIPPED C: no example file\n\
             conformance: 1 passed, 1 failed, 1 skipped"
        );
    }
}
