//! What a fuzz run found: counts, the kinds of errors seen, and every
//! property that failed, with the mutant that broke it.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// How one mutant fared, as a check reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The input was accepted and every property held.
    Accepted,
    /// The input was refused with an error that says where (file and JSON
    /// pointer for a spec, line and column for a response body). `kind` is
    /// the error's message with its particulars (names, numbers) blanked.
    LocatedError {
        /// The error's kind.
        kind: String,
    },
    /// A property failed: what was wrong.
    Failed(String),
}

/// The figures of one target's run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// `generator` or `client`.
    pub target: String,
    /// The seed the run was made from.
    pub seed: u64,
    /// Mutants checked.
    pub mutants: u64,
    /// Mutants accepted with every property holding.
    pub accepted: u64,
    /// Mutants whose check panicked.
    pub panics: u64,
    /// Mutants whose check did not finish within the time limit.
    pub hangs: u64,
    /// Mutants refused with a located error.
    pub located_errors: u64,
    /// Located errors by kind.
    pub error_kinds: BTreeMap<String, u64>,
    /// Mutants by mutation, for the run's coverage.
    pub mutations: BTreeMap<String, u64>,
    /// Every failure (panic, hang, or property): the mutant's number, its
    /// mutations, and what happened. Only the first [`KEEP_FAILURES`] are
    /// kept; [`Report::failures_total`] counts all.
    pub failures: Vec<Failure>,
    /// Failures of any kind, including those not kept.
    pub failures_total: u64,
    /// Wall time of the run.
    pub elapsed: Duration,
    /// What the target says of its run besides the counts (the generator:
    /// how much of its corpus it drew).
    pub notes: Vec<String>,
}

/// Failures kept with their details.
pub const KEEP_FAILURES: usize = 50;

/// A mutant that broke a property.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The mutant's number in the run (replayed by the same seed).
    pub mutant: u64,
    /// What was mutated, in words.
    pub mutation: String,
    /// What went wrong.
    pub what: String,
}

impl Report {
    /// An empty report for `target` run from `seed`.
    pub fn new(target: &str, seed: u64) -> Self {
        Report {
            target: target.to_owned(),
            seed,
            ..Report::default()
        }
    }

    /// Counts one mutant's outcome.
    pub fn record(&mut self, mutant: u64, mutation: &str, ran: crate::harness::Ran<Verdict>) {
        use crate::harness::Ran;
        self.mutants += 1;
        let failure = match ran {
            Ran::Done(Verdict::Accepted) => {
                self.accepted += 1;
                None
            }
            Ran::Done(Verdict::LocatedError { kind }) => {
                self.located_errors += 1;
                *self.error_kinds.entry(kind).or_default() += 1;
                None
            }
            Ran::Done(Verdict::Failed(what)) => Some(what),
            Ran::Panicked(message) => {
                self.panics += 1;
                Some(format!("panic: {message}"))
            }
            Ran::Hung => {
                self.hangs += 1;
                Some("hang: over the time limit".to_owned())
            }
        };
        if let Some(what) = failure {
            self.fail(mutant, mutation, what);
        }
    }

    /// Counts a failure of a mutant already recorded (one that broke a
    /// property checked after the others, as the clippy sample's).
    pub fn fail(&mut self, mutant: u64, mutation: &str, what: String) {
        self.failures_total += 1;
        if self.failures.len() < KEEP_FAILURES {
            self.failures.push(Failure {
                mutant,
                mutation: mutation.to_owned(),
                what,
            });
        }
    }

    /// Counts the mutations a mutant was made with.
    pub fn count_mutation(&mut self, name: &str) {
        *self.mutations.entry(name.to_owned()).or_default() += 1;
    }

    /// Whether every mutant kept every property.
    pub fn is_clean(&self) -> bool {
        self.failures_total == 0
    }

    /// Mutants per second of wall time.
    pub fn rate(&self) -> f64 {
        self.mutants as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The closing line: `fuzz <target>: N mutants, P panics, H hangs,
    /// E located errors (seed S)`.
    pub fn summary(&self) -> String {
        format!(
            "fuzz {}: {} mutants, {} panics, {} hangs, {} located errors (seed {})",
            self.target, self.mutants, self.panics, self.hangs, self.located_errors, self.seed
        )
    }
}

impl fmt::Display for Report {
    /// The details: rate, mutations, error kinds, failures (not the summary
    /// line, which callers print last).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {} mutants in {:.1} s ({:.0} mutants/s): {} accepted, {} located errors, {} failures",
            self.target,
            self.mutants,
            self.elapsed.as_secs_f64(),
            self.rate(),
            self.accepted,
            self.located_errors,
            self.failures_total
        )?;
        for note in &self.notes {
            writeln!(f, "  {note}")?;
        }
        let mutations: Vec<String> = self
            .mutations
            .iter()
            .map(|(name, n)| format!("{name} {n}"))
            .collect();
        writeln!(f, "  mutations: {}", mutations.join(", "))?;
        writeln!(f, "  {} distinct error kinds:", self.error_kinds.len())?;
        let mut kinds: Vec<(&String, &u64)> = self.error_kinds.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (kind, n) in kinds {
            writeln!(f, "    {n:>7}  {kind}")?;
        }
        for failure in &self.failures {
            writeln!(
                f,
                "  FAILED mutant {} ({}): {}",
                failure.mutant, failure.mutation, failure.what
            )?;
        }
        if self.failures_total > self.failures.len() as u64 {
            writeln!(
                f,
                "  ... and {} more failures",
                self.failures_total - self.failures.len() as u64
            )?;
        }
        Ok(())
    }
}

/// An error message's kind: quoted text, numbers and paths blanked, so
/// that `missing "in" at #/paths/~1a` and `missing "in" at #/paths/~1b`
/// count once.
pub fn error_kind(message: &str) -> String {
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' | '`' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push('…');
            }
            // A file path: blanked up to the `:` or space that ends it.
            '/' if out.is_empty() || out.ends_with(' ') => {
                while chars
                    .peek()
                    .is_some_and(|d| !d.is_whitespace() && *d != ':')
                {
                    chars.next();
                }
                out.push('…');
            }
            '#' if chars.peek() == Some(&'/') => {
                while chars
                    .peek()
                    .is_some_and(|d| !d.is_whitespace() && *d != ',')
                {
                    chars.next();
                }
                out.push_str("#/…");
            }
            c if c.is_control() => out.push(' '),
            '0'..='9' => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    // Type names after `struct` and `enum` (serde's "expected struct
    // CloudPool") are particulars too.
    let mut words: Vec<&str> = out.split(' ').collect();
    for i in 1..words.len() {
        if matches!(words[i - 1], "struct" | "enum") {
            words[i] = "…";
        }
    }
    let out = words.join(" ");
    let mut kind: String = out.chars().take(90).collect();
    if out.chars().count() > 90 {
        kind.push('…');
    }
    kind
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_kinds_blank_names_numbers_and_pointers() {
        assert_eq!(
            error_kind("missing \"in\" at #/paths/~1a/get, line 3"),
            error_kind("missing \"out\" at #/paths/~1b/put, line 14")
        );
        assert_ne!(error_kind("missing 'a'"), error_kind("unknown 'a'"));
        assert_eq!(
            error_kind("expected struct CloudPool at line 1"),
            "expected struct … at line N"
        );
        assert_eq!(
            error_kind("cannot read /a/b.json: no such file"),
            "cannot read …: no such file"
        );
    }
}
