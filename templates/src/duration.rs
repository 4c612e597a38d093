//! ISO 8601 durations (`PT1H30M`, `P2DT3H`, `PT0.5S`, `-PT5M`), the
//! `duration` format of Azure specs.
//!
//! A [`Duration`] keeps the text it was parsed from, so a value read from the
//! service is sent back byte for byte; [`Duration::to_std`] gives its length.
//! Two durations are equal when their lengths are (`PT60S == PT1M`); one
//! counting years or months, whose length the calendar decides, equals only
//! the same text.

use std::{fmt, str::FromStr, time};

/// An ISO 8601 duration such as `PT1H30M`.
///
/// Parse one with [`str::parse`], or build one from a
/// [`std::time::Duration`] or an [`azure_core::time::Duration`].
#[derive(Clone, Debug)]
pub struct Duration {
    text: String,
    /// `None` when the duration has years or months, whose length varies.
    exact: Option<time::Duration>,
    /// Written with a leading `-` (`-PT5M`, as .NET services send).
    negative: bool,
}

/// Why a text is not an ISO 8601 duration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDurationError(String);

impl fmt::Display for ParseDurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid ISO 8601 duration {:?}", self.0)
    }
}

impl std::error::Error for ParseDurationError {}

impl Duration {
    /// The duration's length, or `None` when it counts years or months
    /// (`P1M`), whose length depends on the calendar. A negative duration
    /// gives its absolute length: see [`Duration::is_negative`].
    pub fn to_std(&self) -> Option<time::Duration> {
        self.exact
    }

    /// Whether the duration is negative (`-PT5M`).
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// The duration as ISO 8601 text, exactly as parsed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The duration as azure_core's (signed) duration, or `None` when it
    /// counts years or months or is too long for it.
    pub fn to_time_duration(&self) -> Option<azure_core::time::Duration> {
        let length = azure_core::time::Duration::try_from(self.exact?).ok()?;
        Some(if self.negative { -length } else { length })
    }

    /// What equality and hashing compare: the signed length, or the text
    /// when the calendar decides the length.
    fn key(&self) -> Result<(bool, time::Duration), &str> {
        match self.exact {
            // `-PT0S` is `PT0S`.
            Some(length) => Ok((self.negative && !length.is_zero(), length)),
            None => Err(&self.text),
        }
    }
}

impl PartialEq for Duration {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Duration {}

impl std::hash::Hash for Duration {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl From<azure_core::time::Duration> for Duration {
    /// Writes days, hours, minutes and seconds, with a leading `-` when
    /// negative: `P1DT2H3M4.5S`, `-PT5M`.
    fn from(value: azure_core::time::Duration) -> Self {
        let mut duration = Self::from(value.unsigned_abs());
        if value.is_negative() {
            duration.text.insert(0, '-');
            duration.negative = true;
        }
        duration
    }
}

impl FromStr for Duration {
    type Err = ParseDurationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || ParseDurationError(text.to_owned());
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(unsigned) => (true, unsigned),
            None => (false, text),
        };
        let rest = unsigned.strip_prefix('P').ok_or_else(error)?;
        let (mut seconds, mut calendar, mut in_time, mut any) = (0f64, false, false, false);
        let mut number = String::new();
        for c in rest.chars() {
            match c {
                '0'..='9' | '.' | ',' => number.push(if c == ',' { '.' } else { c }),
                'T' if !in_time && number.is_empty() => in_time = true,
                _ => {
                    let value: f64 = number.parse().map_err(|_| error())?;
                    number.clear();
                    any = true;
                    seconds += value
                        * match (c, in_time) {
                            ('Y', false) | ('M', false) => {
                                calendar = true;
                                0.0
                            }
                            ('W', false) => 604_800.0,
                            ('D', false) => 86_400.0,
                            ('H', true) => 3_600.0,
                            ('M', true) => 60.0,
                            ('S', true) => 1.0,
                            _ => return Err(error()),
                        };
                }
            }
        }
        if !number.is_empty() || !any {
            return Err(error());
        }
        // A length past what `std::time::Duration` holds (some 584 billion
        // years, or digits without end) is refused, not a panic.
        let exact = match calendar {
            true => None,
            false => Some(time::Duration::try_from_secs_f64(seconds).map_err(|_| error())?),
        };
        Ok(Self {
            text: text.to_owned(),
            exact,
            negative,
        })
    }
}

impl From<time::Duration> for Duration {
    /// Writes days, hours, minutes and seconds: `P1DT2H3M4.5S`, `PT0S`.
    fn from(value: time::Duration) -> Self {
        let total = value.as_secs();
        let (days, hours) = (total / 86_400, total % 86_400 / 3_600);
        let (minutes, secs, nanos) = (total % 3_600 / 60, total % 60, value.subsec_nanos());
        let mut text = String::from("P");
        if days > 0 {
            text.push_str(&format!("{days}D"));
        }
        if hours > 0 || minutes > 0 || secs > 0 || nanos > 0 || days == 0 {
            text.push('T');
            if hours > 0 {
                text.push_str(&format!("{hours}H"));
            }
            if minutes > 0 {
                text.push_str(&format!("{minutes}M"));
            }
            if nanos > 0 {
                let fraction = format!("{nanos:09}");
                text.push_str(&format!("{secs}.{}S", fraction.trim_end_matches('0')));
            } else if secs > 0 || (hours == 0 && minutes == 0) {
                text.push_str(&format!("{secs}S"));
            }
        }
        Self {
            text,
            exact: Some(value),
            negative: false,
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for Duration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Duration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsed_text_round_trips_exactly() {
        for text in [
            "PT1H30M",
            "P1DT2H",
            "PT0.5S",
            "P10675199DT2H48M5.4775807S",
            "P1M",
            "-PT5M",
        ] {
            let d: Duration = text.parse().unwrap();
            assert_eq!(d.to_string(), text);
        }
    }

    #[test]
    fn lengths_are_computed() {
        let d: Duration = "P1DT1H1M1.5S".parse().unwrap();
        assert_eq!(d.to_std(), Some(time::Duration::from_secs_f64(90_061.5)));
        assert_eq!("P1Y".parse::<Duration>().unwrap().to_std(), None);
        let negative: Duration = "-PT5M".parse().unwrap();
        assert!(negative.is_negative());
        assert_eq!(negative.to_std(), Some(time::Duration::from_secs(300)));
        assert!(!d.is_negative());
    }

    #[test]
    fn malformed_text_is_rejected() {
        for text in [
            "", "P", "PT", "1H", "PT1", "P1H", "PTS", "PT1X", "-", "--PT1S", "P-1D",
        ] {
            assert!(text.parse::<Duration>().is_err(), "{text}");
        }
    }

    #[test]
    fn durations_compare_by_length() {
        let parse = |text: &str| text.parse::<Duration>().unwrap();
        assert_eq!(parse("PT60S"), parse("PT1M"));
        assert_eq!(parse("P1D"), parse("PT24H"));
        assert_eq!(parse("-PT0S"), parse("PT0S"));
        assert_ne!(parse("-PT5M"), parse("PT5M"));
        assert_ne!(parse("PT1M"), parse("PT61S"));
        // The calendar decides a month's length: only the same text is equal.
        assert_eq!(parse("P1M"), parse("P1M"));
        assert_ne!(parse("P1M"), parse("P30D"));
        let set: std::collections::HashSet<Duration> = [parse("PT60S"), parse("PT1M")].into();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn azure_core_durations_convert_both_ways() {
        let core = azure_core::time::Duration::seconds(-300);
        let d = Duration::from(core);
        assert_eq!(d.as_str(), "-PT5M");
        assert!(d.is_negative());
        assert_eq!(d.to_time_duration(), Some(core));
        let parsed: Duration = "PT1H30M".parse().unwrap();
        assert_eq!(
            parsed.to_time_duration(),
            Some(azure_core::time::Duration::minutes(90))
        );
        assert_eq!("P1Y".parse::<Duration>().unwrap().to_time_duration(), None);
    }

    #[test]
    fn std_durations_print_as_iso_8601() {
        let print = |secs: f64| Duration::from(time::Duration::from_secs_f64(secs)).to_string();
        assert_eq!(print(0.0), "PT0S");
        assert_eq!(print(5400.0), "PT1H30M");
        assert_eq!(print(86_400.0), "P1D");
        assert_eq!(print(90_061.5), "P1DT1H1M1.5S");
    }
}
