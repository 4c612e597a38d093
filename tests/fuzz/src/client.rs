//! The client target: mutated responses read by the generated crate's
//! models and typed header accessors.
//!
//! Seeds are the response bodies and headers of the x-ms-examples of the
//! spec of `azure_batch`'s default module, each paired with the model its
//! operation returns for that status. Each mutant is a seed with a few
//! mutations (see [`Mutation`]), read as a `Response<Model>` exactly as the
//! client does (`into_model`), and its headers read through the model's
//! header trait. The properties, each mutant:
//!
//! * no panic, no hang (see [`crate::harness`]);
//! * a body is a value or an `azure_core` error that says where (line and
//!   column);
//! * a value written back and read again is written back the same: the
//!   round trip keeps what it had;
//! * every header accessor gives a value or an `azure_core` error.
//!
//! Which models exist and which header traits they have is listed at build
//! time from the generated sources (`build.rs`).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use azure_codegen::ir::{StatusCode as SpecStatus, TypeRef};
use azure_core::http::headers::Headers;
use azure_core::http::{RawResponse, Response, StatusCode};
use rand::seq::IndexedRandom;
use rand::RngExt;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::harness::Runner;
use crate::mutate::{self, Rng};
use crate::report::{error_kind, Report, Verdict};

include!(concat!(env!("OUT_DIR"), "/client_table.rs"));

/// A run of the client target.
#[derive(Debug, Clone)]
pub struct Config {
    /// Root of the azure-rest-api-specs checkout.
    pub specs_root: PathBuf,
    /// Number of the first mutant (to replay one: its number and
    /// `iterations` 1).
    pub start: u64,
    /// Mutants to check.
    pub iterations: u64,
    /// Seed of the run.
    pub seed: u64,
    /// Time limit of one mutant.
    pub time_limit: Duration,
}

/// A response of an example: what the fuzzer mutates.
#[derive(Debug, Clone)]
pub struct Seed {
    /// The example file and status, for reports.
    pub origin: String,
    /// The Rust name of the model its operation returns.
    pub model: String,
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: Value,
    /// The headers, as the example gives them.
    pub headers: Vec<(String, String)>,
}

/// How a body was read.
pub enum Read {
    /// A value, which kept what it had when written back and read again.
    Value,
    /// An error of the client, as a user sees it.
    Error(azure_core::Error),
    /// A value that did not survive the round trip: how.
    RoundTrip(String),
}

/// Reads `raw` as a `Response<T>` the way a client method's caller does,
/// and round-trips the value.
fn read<T: DeserializeOwned + Serialize>(raw: RawResponse) -> Read {
    let response: Response<T> = raw.into();
    let value = match response.into_model() {
        Ok(value) => value,
        Err(error) => return Read::Error(error),
    };
    let written = match serde_json::to_vec(&value) {
        Ok(bytes) => bytes,
        Err(e) => return Read::RoundTrip(format!("the value cannot be written back: {e}")),
    };
    let again: T = match serde_json::from_slice(&written) {
        Ok(value) => value,
        Err(e) => {
            return Read::RoundTrip(format!(
                "the value written back does not read again: {e}: {}",
                String::from_utf8_lossy(&written)
            ))
        }
    };
    // Compared as JSON values, not bytes: a typed map (`HashMap`) writes its
    // keys in no fixed order, and key order carries no meaning in JSON.
    let same = |a: &[u8], b: &[u8]| {
        serde_json::from_slice::<serde_json::Value>(a).ok()
            == serde_json::from_slice::<serde_json::Value>(b).ok()
    };
    match serde_json::to_vec(&again) {
        Ok(rewritten) if same(&rewritten, &written) => Read::Value,
        Ok(rewritten) => Read::RoundTrip(format!(
            "the round trip changed the value: {} became {}",
            String::from_utf8_lossy(&written),
            String::from_utf8_lossy(&rewritten)
        )),
        Err(e) => Read::RoundTrip(format!("the value read again cannot be written: {e}")),
    }
}

/// The response bodies of the default module's x-ms-examples, each with
/// the model its operation returns for that status.
pub fn seeds(specs_root: &std::path::Path) -> Result<Vec<Seed>, String> {
    let spec = specs_root.join(SPEC);
    let api = azure_codegen::load_api(&spec).map_err(|e| e.to_string())?;
    let dir = spec.parent().unwrap_or(std::path::Path::new("."));
    let mut seeds = Vec::new();
    for op in &api.operations {
        for file in op.examples.values() {
            let path = dir.join(file);
            // A checkout may lack examples its spec references (the shared
            // 2025-06-01 has 68 of 101): seeds are what is there.
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let example: Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let Some(responses) = example.get("responses").and_then(Value::as_object) else {
                continue;
            };
            for (status, response) in responses {
                let (Ok(code), Some(body)) = (status.parse::<u16>(), response.get("body")) else {
                    continue;
                };
                let returned = op
                    .responses
                    .iter()
                    .find(|r| r.status == SpecStatus::Code(code))
                    .or_else(|| {
                        op.responses
                            .iter()
                            .find(|r| r.status == SpecStatus::Default)
                    });
                let Some(TypeRef::Model(id)) = returned.and_then(|r| r.body.as_ref()) else {
                    continue;
                };
                let headers = response
                    .get("headers")
                    .and_then(Value::as_object)
                    .map(|h| {
                        h.iter()
                            .map(|(k, v)| {
                                let text = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                                (k.clone(), text)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                seeds.push(Seed {
                    origin: format!("{file} {status}"),
                    model: api.model(id).name.rust.clone(),
                    status: code,
                    body: body.clone(),
                    headers,
                });
            }
        }
    }
    if seeds.is_empty() {
        return Err(format!(
            "{}: no example response with a model body",
            spec.display()
        ));
    }
    Ok(seeds)
}

/// The kinds of mutation, one name each for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// A value replaced by one of another JSON type.
    WrongType,
    /// A member removed.
    MissingKey,
    /// A member the model does not know.
    ExtraKey,
    /// A number at or past a limit; digits inside a string made huge.
    HugeNumber,
    /// A string made hostile (a date, duration, id or enum value that is
    /// none).
    HostileString,
    /// A value nested deeply (past the reader's recursion limit, often).
    DeepNesting,
    /// An object with a key twice.
    DuplicateKey,
    /// The body cut short.
    Truncated,
    /// Damaged bytes: invalid UTF-8, BOMs, UTF-16, Latin-1, NUL, garbage.
    Bytes,
    /// Header values made hostile.
    Headers,
}

impl Mutation {
    const ALL: [Mutation; 10] = [
        Mutation::WrongType,
        Mutation::MissingKey,
        Mutation::ExtraKey,
        Mutation::HugeNumber,
        Mutation::HostileString,
        Mutation::DeepNesting,
        Mutation::DuplicateKey,
        Mutation::Truncated,
        Mutation::Bytes,
        Mutation::Headers,
    ];

    /// The mutation's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Mutation::WrongType => "wrong type",
            Mutation::MissingKey => "missing key",
            Mutation::ExtraKey => "extra key",
            Mutation::HugeNumber => "huge number",
            Mutation::HostileString => "hostile string",
            Mutation::DeepNesting => "deep nesting",
            Mutation::DuplicateKey => "duplicate key",
            Mutation::Truncated => "truncated",
            Mutation::Bytes => "damaged bytes",
            Mutation::Headers => "hostile headers",
        }
    }
}

/// A mutated response.
struct Mutant {
    model: String,
    status: u16,
    body: Vec<u8>,
    headers: Vec<(String, String)>,
    mutations: Vec<Mutation>,
    notes: Vec<String>,
}

fn make_mutant(rng: &mut Rng, seed: &Seed) -> Mutant {
    let mut body = seed.body.clone();
    let mut headers = seed.headers.clone();
    let mut mutations = Vec::new();
    let mut notes = Vec::new();
    let mut byte_level = Vec::new();
    let mut duplicate = None;
    let count = 1 + usize::from(rng.random_ratio(1, 3)) + usize::from(rng.random_ratio(1, 6));
    let paths = mutate::all_paths(&body);
    for _ in 0..count {
        let mutation = *Mutation::ALL.choose(rng).unwrap_or(&Mutation::WrongType);
        let Some(path) = paths.choose(rng) else {
            continue;
        };
        let at = || {
            let mut pointer = String::from("#");
            for step in path {
                match step {
                    mutate::Step::Key(k) => pointer.push_str(&format!("/{k}")),
                    mutate::Step::Index(i) => pointer.push_str(&format!("/{i}")),
                }
            }
            pointer
        };
        let note = match mutation {
            Mutation::Truncated | Mutation::Bytes => {
                byte_level.push(mutation);
                None
            }
            Mutation::Headers => {
                let names: Vec<String> = headers.iter().map(|(k, _)| k.clone()).collect();
                let name = names
                    .choose(rng)
                    .cloned()
                    .unwrap_or_else(|| "etag".to_owned());
                let value = match rng.random_range(0..3) {
                    0 => mutate::hostile_string(rng),
                    1 => mutate::huge_digits(rng, &header_value(&headers, &name)),
                    _ => mutate::hostile_number(rng).to_string(),
                };
                headers.retain(|(k, _)| k != &name);
                let note = format!("header {name} = {:?}", short(&value));
                headers.push((name, value));
                Some(note)
            }
            _ => match mutate::get_mut(&mut body, path) {
                Some(target) => mutate_value(rng, mutation, target, &mut duplicate)
                    .map(|what| format!("{what} at {}", at())),
                None => None,
            },
        };
        if let Some(note) = note {
            mutations.push(mutation);
            notes.push(note);
        }
    }
    let mut text = body.to_string();
    if let Some(key) = &duplicate {
        text = mutate::duplicate_keys(&text, key);
    }
    let mut bytes = text.into_bytes();
    for mutation in byte_level {
        let what = if mutation == Mutation::Truncated {
            let at = rng.random_range(0..=bytes.len());
            bytes.truncate(at);
            "truncated"
        } else {
            mutate::damage_bytes(rng, &mut bytes)
        };
        mutations.push(mutation);
        notes.push(what.to_owned());
    }
    if notes.is_empty() {
        notes.push("unchanged".to_owned());
    }
    Mutant {
        model: seed.model.clone(),
        status: seed.status,
        body: bytes,
        headers,
        mutations,
        notes,
    }
}

/// Applies a value-level mutation at `target`; says what it did.
fn mutate_value(
    rng: &mut Rng,
    mutation: Mutation,
    target: &mut Value,
    duplicate: &mut Option<String>,
) -> Option<String> {
    match mutation {
        Mutation::WrongType => {
            *target = mutate::wrong_type(rng, target);
            Some("wrong type".to_owned())
        }
        Mutation::MissingKey => {
            let map = target.as_object_mut()?;
            let key = map.keys().collect::<Vec<_>>().choose(rng)?.to_string();
            map.shift_remove(&key);
            Some(format!("no {key}"))
        }
        Mutation::ExtraKey => {
            let map = target.as_object_mut()?;
            map.insert(mutate::hostile_string(rng), mutate::random_value(rng, 3));
            Some("extra key".to_owned())
        }
        Mutation::HugeNumber => {
            *target = match target {
                Value::String(s) => Value::String(mutate::huge_digits(rng, s)),
                _ => mutate::hostile_number(rng),
            };
            Some(format!("huge number {}", short(&target.to_string())))
        }
        Mutation::HostileString => {
            *target = Value::String(mutate::hostile_string(rng));
            Some(format!("string {}", short(&target.to_string())))
        }
        Mutation::DeepNesting => {
            let depth = rng.random_range(1..300);
            *target = mutate::nest(rng, target.clone(), depth);
            Some(format!("nested {depth} deep"))
        }
        Mutation::DuplicateKey => {
            let map = target.as_object_mut()?;
            let value = mutate::random_value(rng, 1);
            *duplicate = mutate::mark_duplicate(map, value);
            duplicate.as_ref().map(|k| format!("{k} twice"))
        }
        _ => None,
    }
}

fn header_value(headers: &[(String, String)], name: &str) -> String {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn short(text: &str) -> String {
    if text.chars().count() > 40 {
        format!(
            "{}… ({} bytes)",
            text.chars().take(30).collect::<String>(),
            text.len()
        )
    } else {
        text.to_owned()
    }
}

/// Reads one mutant and checks the properties.
fn check(mutant: Mutant) -> Verdict {
    let mut headers = Headers::new();
    for (name, value) in &mutant.headers {
        headers.insert(name.clone(), value.clone());
    }
    let raw = RawResponse::from_bytes(StatusCode::from(mutant.status), headers, mutant.body);
    // Every accessor must give a value or an error: a panic is caught by
    // the harness, an error of any kind is typed.
    let _headers = read_headers(&mutant.model, &raw);
    match read_model(&mutant.model, raw) {
        None => Verdict::Failed(format!(
            "model {} is not in {MODULE} (the table is stale)",
            mutant.model
        )),
        Some(Read::Value) => Verdict::Accepted,
        Some(Read::RoundTrip(what)) => Verdict::Failed(what),
        Some(Read::Error(error)) => {
            let message = format!("{:?}: {error}", error.kind());
            if message.contains(" line ") && message.contains(" column ") {
                Verdict::LocatedError {
                    kind: error_kind(&message),
                }
            } else {
                Verdict::Failed(format!("error without a location: {message}"))
            }
        }
    }
}

/// Runs the client target and reports.
pub fn run(config: &Config) -> Result<Report, String> {
    let started = Instant::now();
    let seeds = seeds(&config.specs_root)?;
    let mut report = Report::new("client", config.seed);
    let mut runner = Runner::new(config.time_limit);
    for index in config.start..config.start + config.iterations {
        let mut rng = mutate::mutant_rng(config.seed, index);
        let seed = seeds.choose(&mut rng).ok_or("no seeds")?;
        let mutant = make_mutant(&mut rng, seed);
        for m in &mutant.mutations {
            report.count_mutation(m.name());
        }
        let description = format!(
            "{} ({}): {}",
            seed.origin,
            seed.model,
            mutant.notes.join("; ")
        );
        let ran = runner.run(move || check(mutant));
        report.record(index, &description, ran);
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs_root() -> PathBuf {
        let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        azure_codegen_tooling::project::Project::open_from_env(&repo)
            .unwrap_or_else(|e| panic!("{e}"))
            .specs_root()
            .to_owned()
    }

    #[test]
    fn an_example_body_reads_and_half_of_it_is_a_located_error() {
        let seeds = seeds(&specs_root()).unwrap();
        let seed = &seeds[0];
        let body = serde_json::to_vec(&seed.body).unwrap();
        let raw =
            |bytes: &[u8]| RawResponse::from_bytes(StatusCode::Ok, Headers::new(), bytes.to_vec());
        assert!(matches!(
            read_model(&seed.model, raw(&body)),
            Some(Read::Value)
        ));
        let Some(Read::Error(error)) = read_model(&seed.model, raw(&body[..body.len() / 2])) else {
            panic!("half a body must be an error");
        };
        assert!(error.to_string().contains("line 1 column"), "{error}");
        assert!(read_model("NoSuchModel", raw(b"{}")).is_none());
    }

    #[test]
    fn unmutated_examples_are_accepted_with_their_headers() {
        for seed in seeds(&specs_root()).unwrap().into_iter().take(20) {
            let mutant = Mutant {
                model: seed.model.clone(),
                status: seed.status,
                body: serde_json::to_vec(&seed.body).unwrap(),
                headers: seed.headers.clone(),
                mutations: Vec::new(),
                notes: Vec::new(),
            };
            assert_eq!(check(mutant), Verdict::Accepted, "{}", seed.origin);
        }
    }
}
