//! This crate builds against the dependencies an emitted crate gets.

/// The `[dependencies]` entries of a manifest, comments and blank lines
/// left out, in order.
fn dependencies(manifest: &str) -> Vec<&str> {
    manifest
        .lines()
        .skip_while(|line| line.trim() != "[dependencies]")
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

#[test]
fn the_dependencies_are_those_of_an_emitted_crate() {
    let emitted = dependencies(include_str!("../../Cargo.toml.tmpl"));
    assert!(emitted.iter().any(|line| line.starts_with("azure_core ")));
    assert_eq!(dependencies(include_str!("../../Cargo.toml")), emitted);
}
