//! Issue 15's reproduction of Azure's published changelog
//! (`../shared/reference/published-changelog-azure-batch-2024-07-01.20.0.txt`:
//! one revision of Azure.Batch 2024-07-01.20.0 in which five properties
//! stopped being required). The same change on 2025-06-01: a copy with
//! `BatchError.code`, `SecurityProfile.{encryptionAtHost, securityType,
//! uefiSettings}` and `BatchJobNetworkConfiguration.skipWithdrawFromVNet`
//! made required again (written to a temp dir at test time), diffed against
//! the real file. The markdown, read as the published text (headings'
//! `#`s, fences and the link's target dropped, blank lines ignored), must
//! match the published changelog point by point: title, count line, and for
//! every published method that 2025-06-01 has, its line, description,
//! reference link, "Changes" block, request and responses.

use std::path::PathBuf;

use azure_codegen::diff::{diff_labelled, title, Layout};
use codegen_tests::{batch_2025_06_01, repo_root};
use indexmap::IndexMap;
use serde_json::Value;

fn published() -> String {
    let path =
        repo_root().join("../shared/reference/published-changelog-azure-batch-2024-07-01.20.0.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The real 2025-06-01 with the five properties required again, in a temp
/// dir (the shared spec is never copied into the repository).
fn required_again() -> PathBuf {
    let text = std::fs::read_to_string(batch_2025_06_01()).unwrap();
    let mut spec: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
    for (model, properties) in [
        ("BatchError", &["code"][..]),
        (
            "SecurityProfile",
            &["encryptionAtHost", "securityType", "uefiSettings"][..],
        ),
        (
            "BatchJobNetworkConfiguration",
            &["skipWithdrawFromVNet"][..],
        ),
    ] {
        let definition = &mut spec["definitions"][model];
        assert!(definition.is_object(), "{model} is not in 2025-06-01");
        let defined = &definition["properties"];
        for property in properties {
            assert!(
                defined.get(property).is_some(),
                "{model}.{property} is not in 2025-06-01"
            );
        }
        if definition.get("required").is_none() {
            definition["required"] = Value::Array(Vec::new());
        }
        let required = definition["required"].as_array_mut().unwrap();
        for property in properties {
            assert!(
                !required.iter().any(|r| r == property),
                "{model}.{property} is required already"
            );
            required.push(Value::String((*property).to_owned()));
        }
    }
    let dir = std::env::temp_dir().join(format!("codegen-published-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("BatchService.json");
    std::fs::write(&path, serde_json::to_string_pretty(&spec).unwrap()).unwrap();
    path
}

/// The markdown as the published text: no heading marks, fences or link
/// targets; blank lines dropped (the published text has fewer of them).
fn as_published(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| !l.starts_with("```") && !l.trim().is_empty())
        .map(|l| {
            let l = match l.strip_prefix('#') {
                Some(heading) => heading.trim_start_matches('#').trim_start(),
                None => l,
            };
            match l.find("[¶](") {
                Some(at) => format!("{}¶", &l[..at]),
                None => l.to_owned(),
            }
        })
        .collect()
}

/// Lines before the first method, and each method's lines by operation id.
fn sections(lines: &[String]) -> (Vec<String>, IndexMap<String, Vec<String>>) {
    let mut head = Vec::new();
    let mut methods: IndexMap<String, Vec<String>> = IndexMap::new();
    for line in lines {
        let method = line
            .strip_suffix(" (updated)")
            .or_else(|| line.strip_suffix(" (added)"))
            .or_else(|| line.strip_suffix(" (removed)"))
            .filter(|id| !id.contains(' '));
        match method {
            Some(id) => {
                methods.insert(id.to_owned(), vec![line.clone()]);
            }
            None => match methods.last_mut() {
                Some((_, section)) => section.push(line.clone()),
                None => head.push(line.clone()),
            },
        }
    }
    (head, methods)
}

/// Properties whose shapes differ between the published 2024-07-01.20.0
/// and 2025-06-01 because the specs differ, with why. Their lines are
/// dropped from both sides before comparing, wherever they appear; each
/// must be found at least once (so the list cannot hide a layout fault).
const SPEC_DIFFERENCES: &[(&str, &str)] = &[
    (
        "diskEncryptionSet",
        "new in 2025-06-01 (managed disks' security profiles)",
    ),
    ("managedDisk", "new in 2025-06-01 on data disks"),
    ("customerManagedKey", "new in 2025-06-01 (disk encryption)"),
    ("proxyAgentSettings", "new in 2025-06-01 (SecurityProfile)"),
    (
        "jobDefaultOrder",
        "new in 2025-06-01 (task scheduling policy)",
    ),
    ("ipTags", "new in 2025-06-01 (public IP configuration)"),
    ("ipFamilies", "new in 2025-06-01 (public IP configuration)"),
    (
        "certificateReferences",
        "gone in 2025-06-01 (certificates retired)",
    ),
    ("targetNodeCommunicationMode", "gone in 2025-06-01"),
    ("currentNodeCommunicationMode", "gone in 2025-06-01"),
    (
        "resourceTags",
        "gone from the pool specifications in 2025-06-01",
    ),
    ("ipv6Address", "new in 2025-06-01 (compute nodes)"),
    (
        "ipv6RemoteLoginIPAddress",
        "new in 2025-06-01 (remote login settings)",
    ),
    (
        "ipv6RemoteLoginPort",
        "new in 2025-06-01 (remote login settings)",
    ),
];

/// Descriptions the two specs word differently.
const OTHER_DESCRIPTIONS: &[&str] = &[
    // 2024-07-01.20.0: "Lists all of the Pools which be mounted."
    "Pools_ListPools",
];

/// The PATCH methods. In 2025-06-01 their bodies share `SecurityProfile`
/// with the others, so making its three properties required again reaches
/// them; in the published revision TypeSpec had given the PATCH bodies an
/// all-optional copy of a model with required properties, which the change
/// did not touch. Their blocks are compared without `$parameters`, which
/// must hold those three properties' `Required` entries and nothing else.
const PATCH_METHODS: &[&str] = &[
    "Jobs_UpdateJob",
    "JobSchedules_UpdateJobSchedule",
    "Pools_UpdatePool",
];

/// The section with its "Changes" block's `$parameters` taken out; the
/// `#name`s found there.
fn without_parameters(section: &[String]) -> (Vec<String>, Vec<String>) {
    let start = section.iter().position(|l| l == "⚶ Changes").unwrap() + 1;
    let end = section.iter().position(|l| l == "⚼ Request").unwrap();
    let mut block: Value = serde_json::from_str(&section[start..end].join("\n")).unwrap();
    let parameters = block
        .as_object_mut()
        .unwrap()
        .shift_remove("$parameters")
        .unwrap_or(Value::Null);
    let mut names = Vec::new();
    collect_names(&parameters, &mut names);
    let mut out = section[..start].to_vec();
    out.extend(
        serde_json::to_string_pretty(&block)
            .unwrap()
            .lines()
            .map(str::to_owned),
    );
    out.extend_from_slice(&section[end..]);
    (out, names)
}

fn collect_names(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(name)) = map.get("#name") {
                out.push(name.clone());
            }
            map.values().for_each(|v| collect_names(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_names(v, out)),
        _ => {}
    }
}

/// `lines` without every `key: ... ,` line and every `key:` block (up to
/// the `,` after its closing bracket); whether any was dropped.
fn drop_key(lines: &[String], key: &str) -> (Vec<String>, bool) {
    let inline = format!("{key}: ");
    let block = format!("{key}:");
    let mut out = Vec::new();
    let mut dropped = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.starts_with(&inline) && line.ends_with(" ,") {
            dropped = true;
            i += 1;
        } else if *line == block {
            dropped = true;
            let mut depth = 0i32;
            i += 1;
            while i < lines.len() {
                match lines[i].as_str() {
                    "{" | "[" => depth += 1,
                    "}" | "]" => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            // The `,` closing the field.
            i += 1;
        } else {
            out.push(line.clone());
            i += 1;
        }
    }
    (out, dropped)
}

#[test]
fn five_properties_required_again_read_as_published() {
    let old = azure_codegen::load_api(&required_again()).unwrap_or_else(|e| panic!("{e}"));
    let real = batch_2025_06_01();
    let new = azure_codegen::load_api(&real).unwrap_or_else(|e| panic!("{e}"));
    let layout = Layout {
        title: title(Some(&real), &new),
        date: Some("2025/05/27".to_owned()),
        reference_url: Some(
            "https://learn.microsoft.com/rest/api/batchservice/{group-kebab}/{name-kebab}"
                .to_owned(),
        ),
    };
    let markdown = diff_labelled("required-again", &old, "2025-06-01", &new)
        .with_layout(layout)
        .to_markdown();
    let (head, ours) = sections(&as_published(&markdown));
    let published_lines: Vec<String> = published()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    let (published_head, theirs) = sections(&published_lines);

    // Title and count line: the published form, this spec's values.
    assert_eq!(
        published_head,
        [
            "Azure.Batch (preview:2024-07-01.20.0)",
            "2025/05/27\u{a0}•\u{a0}77 updated methods"
        ]
    );
    assert_eq!(theirs.len(), 77);
    assert_eq!(head[0], "Azure.Batch (stable:2025-06-01)");
    // Every operation of 2025-06-01 answers with BatchError: all updated.
    assert_eq!(
        head[1],
        format!(
            "2025/05/27\u{a0}•\u{a0}{} updated methods",
            new.operations.len()
        )
    );

    // The published methods 2025-06-01 does not have: certificates.
    let missing: Vec<&str> = theirs
        .keys()
        .filter(|id| !ours.contains_key(*id))
        .map(String::as_str)
        .collect();
    assert_eq!(
        missing,
        [
            "Certificates_ListCertificates",
            "Certificates_CreateCertificate",
            "Certificates_GetCertificate",
            "Certificates_DeleteCertificate",
            "Certificates_CancelCertificateDeletion",
        ]
    );
    for id in &missing {
        assert!(new.operations.iter().all(|op| op.id != *id), "{id}");
    }
    assert_eq!(ours.len(), theirs.len() - missing.len());

    // Each method, line by line, without the properties the specs differ in.
    let mut found = vec![false; SPEC_DIFFERENCES.len()];
    let mut differing = Vec::new();
    for (id, published) in theirs.iter().filter(|(id, _)| ours.contains_key(*id)) {
        let (mut mine, mut theirs) = (ours[id].clone(), published.clone());
        if PATCH_METHODS.contains(&id.as_str()) {
            let names;
            (mine, names) = without_parameters(&mine);
            assert_eq!(
                names,
                ["encryptionAtHost", "securityType", "uefiSettings"],
                "{id}"
            );
        }
        if OTHER_DESCRIPTIONS.contains(&id.as_str()) {
            assert!(mine[1].starts_with("Description ") && theirs[1].starts_with("Description "));
            mine.remove(1);
            theirs.remove(1);
        }
        for (i, (key, _)) in SPEC_DIFFERENCES.iter().enumerate() {
            let (a, dropped_a) = drop_key(&mine, key);
            let (b, dropped_b) = drop_key(&theirs, key);
            found[i] |= dropped_a || dropped_b;
            (mine, theirs) = (a, b);
        }
        if mine != theirs {
            let at = mine
                .iter()
                .zip(&theirs)
                .position(|(a, b)| a != b)
                .unwrap_or(mine.len().min(theirs.len()));
            differing.push(format!(
                "{id}: line {at}: ours {:?}, published {:?}",
                mine.get(at.saturating_sub(2)..(at + 3).min(mine.len())),
                theirs.get(at.saturating_sub(2)..(at + 3).min(theirs.len())),
            ));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
    for ((key, why), found) in SPEC_DIFFERENCES.iter().zip(found) {
        assert!(found, "{key} ({why}) is in neither changelog");
    }
}
