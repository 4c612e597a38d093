//! Crashes `cargo xtask fuzz --target client` found in the generated
//! crate's reading side, one test each.

/// `PT99999999999999999999999999M` in a pool's `resizeTimeout` panicked in
/// `std::time::Duration::from_secs_f64`: a length past what std holds.
#[test]
fn a_duration_too_long_for_std_is_an_error_not_a_panic() {
    for text in [
        "PT99999999999999999999999999M",
        "PT99999999999999999999999999999999999S",
        "P99999999999999999999D",
    ] {
        assert!(text.parse::<azure_batch::Duration>().is_err(), "{text}");
        let json = format!("\"{text}\"");
        assert!(
            serde_json::from_str::<azure_batch::Duration>(&json).is_err(),
            "{text}"
        );
    }
    // The longest that fits still reads.
    let longest: azure_batch::Duration = "P10675199DT2H48M5S".parse().unwrap();
    assert!(longest.to_std().is_some());
}
