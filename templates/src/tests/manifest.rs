//! This crate builds against the dependencies an emitted crate gets.

/// The `[dependencies]` entries of a manifest, comments and blank lines
/// left out, in order; this crate's are optional (the `runtime` feature),
/// which is dropped: `{ version = "1", optional = true }` reads `"1"`.
fn dependencies(manifest: &str) -> Vec<String> {
    manifest
        .lines()
        .skip_while(|line| line.trim() != "[dependencies]")
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let line = line.replace(", optional = true", "");
            match line.split_once(" = { version = ") {
                Some((name, rest)) if !rest.contains(',') => {
                    format!("{name} = {}", rest.trim_end_matches(" }"))
                }
                _ => line,
            }
        })
        .collect()
}

#[test]
fn the_dependencies_are_those_of_an_emitted_crate() {
    // As a crate with XML, streamed, multipart and URL-encoded operations
    // gets it.
    let emitted = dependencies(
        &include_str!("../../Cargo.toml.tmpl")
            .replace("{{xml}}", crate::text::XML_DEPENDENCY)
            .replace("{{events}}", crate::text::EVENTS_DEPENDENCY)
            .replace("{{multipart}}", crate::text::MULTIPART_DEPENDENCY)
            .replace("{{url_encoded}}", crate::text::URL_ENCODED_DEPENDENCY)
            .replace("{{futures}}", crate::text::FUTURES_DEPENDENCY),
    );
    assert!(emitted
        .iter()
        .any(|line| line.starts_with("azure_core = \"")));
    assert_eq!(dependencies(include_str!("../../Cargo.toml")), emitted);
}
