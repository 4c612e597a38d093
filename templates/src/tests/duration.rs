//! [`crate::Duration`] as a model field reads it.

use crate::Duration;

/// `PT99999999999999999999999999M` in a pool's `resizeTimeout` panicked in
/// `std::time::Duration::from_secs_f64` (found by `cargo xtask fuzz
/// --target client`): a length past what std holds is an error.
#[test]
fn a_duration_too_long_for_std_is_an_error_not_a_panic() {
    for text in [
        "PT99999999999999999999999999M",
        "PT99999999999999999999999999999999999S",
        "P99999999999999999999D",
    ] {
        assert!(text.parse::<Duration>().is_err(), "{text}");
        let json = format!("\"{text}\"");
        assert!(serde_json::from_str::<Duration>(&json).is_err(), "{text}");
    }
    // The longest that fits still reads.
    let longest: Duration = "P10675199DT2H48M5S".parse().unwrap();
    assert!(longest.to_std().is_some());
}

#[test]
fn json_keeps_the_text_and_weeks_and_commas_count() {
    let d: Duration = serde_json::from_str("\"P1W\"").unwrap();
    assert_eq!(d.to_std(), Some(std::time::Duration::from_secs(604_800)));
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"P1W\"");
    let comma: Duration = "PT0,5S".parse().unwrap();
    assert_eq!(comma.to_std(), Some(std::time::Duration::from_millis(500)));
    assert_eq!(comma.as_str(), "PT0,5S");
    assert!(serde_json::from_str::<Duration>("5").is_err());
}
