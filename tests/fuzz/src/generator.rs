//! The generator target: structure-aware mutants of real specs through
//! load → lower → diff → emit, in memory.
//!
//! The corpus is every data-plane spec of the checkout, Batch's versions
//! and the OpenAPI 3 Azure OpenAI v1 among them, or the files named with
//! `--spec` (the OpenAPI 3 specs of `tests/specs/openapi3`, JSON and YAML)
//! ([`corpus`]: a seeded draw per mutant, each spec loaded when first
//! drawn). Each mutant is one of them with a few mutations of its
//! parsed JSON (see [`Mutation`]), sometimes with damaged bytes, fed to the
//! loader from memory ([`azure_codegen::load_api_with`]). The properties checked, each mutant:
//!
//! * no panic, no hang (see [`crate::harness`]);
//! * an error, the loader's, the lowerer's or the emitter's, names a file
//!   of the spec and a JSON pointer that exists in that file (`#` when the
//!   file is not JSON at all); an emitted file that does not parse is a bug;
//! * when generation succeeds: the diff against the original renders, every
//!   emitted `.rs` file parses with `syn`, and a second emission gives the
//!   same bytes;
//! * for a sample: a write that fails half-way leaves the existing output
//!   folder exactly as it was, and a write that succeeds leaves exactly the
//!   emitted files.

mod corpus;
mod sample;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use azure_codegen::emit::{emit_crate, CrateConfig, EmitError, Files, Layout};
use azure_codegen::spec::escape_token;
use azure_codegen::SpecError;
use rand::seq::IndexedRandom;
use rand::RngExt;
use serde_json::{json, Map, Value};

use crate::harness::{Ran, Runner};
use crate::mutate::{self, Rng, Step};
use crate::report::{error_kind, Report, Verdict};
use corpus::{Corpus, Spec};
use sample::ClippySample;

/// A run of the generator target.
#[derive(Debug, Clone)]
pub struct Config {
    /// Root of the azure-rest-api-specs checkout.
    pub specs_root: PathBuf,
    /// Spec files to mutate instead of every data-plane spec under
    /// [`Self::specs_root`] (empty: all of those).
    pub specs: Vec<PathBuf>,
    /// Number of the first mutant (to replay one: its number and
    /// `iterations` 1).
    pub start: u64,
    /// Mutants to check.
    pub iterations: u64,
    /// Seed of the run.
    pub seed: u64,
    /// Time limit of one mutant.
    pub time_limit: Duration,
    /// One mutant in this many (of those that generate) gets the write check.
    pub write_every: u64,
    /// Accepted mutants whose crates are checked with clippy at the end of
    /// the run (the first ones accepted).
    pub clippy_sample: u64,
    /// Print each mutant before it runs: a stack overflow aborts the
    /// process before any report, and this names the mutant that did it.
    pub trace: bool,
}

/// Where in a document each mutation finds something to work on.
#[derive(Default)]
pub(crate) struct Places {
    all: Vec<mutate::Path>,
    objects: Vec<mutate::Path>,
    refs: Vec<mutate::Path>,
    /// Entries whose key is a name: definitions, properties, paths,
    /// parameters, responses.
    names: Vec<mutate::Path>,
    /// Strings that become names: operationId, x-ms-client-name, title...
    name_values: Vec<mutate::Path>,
    enums: Vec<mutate::Path>,
    schemas: Vec<mutate::Path>,
    operations: Vec<mutate::Path>,
    parameters: Vec<mutate::Path>,
    definitions: Vec<String>,
    /// Where the named schemas are: `definitions` (Swagger 2.0), or
    /// `components/schemas` (OpenAPI 3).
    schemas_section: Vec<&'static str>,
    /// Objects carrying an `x-ms-*` key: the object's path and the key.
    extensions: Vec<(mutate::Path, String)>,
}

const NAME_MAPS: &[&str] = &[
    "definitions",
    "properties",
    "paths",
    "x-ms-paths",
    "parameters",
    "responses",
    // OpenAPI 3's components.
    "schemas",
    "requestBodies",
    "headers",
    "securitySchemes",
];
const NAME_KEYS: &[&str] = &[
    "operationId",
    "x-ms-client-name",
    "name",
    "title",
    "version",
    "x-ms-discriminator-value",
    "discriminator",
    "itemName",
    "nextLinkName",
];
const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

impl Places {
    fn of(value: &Value) -> Self {
        let mut places = Places::default();
        let mut path = Vec::new();
        mutate::walk(value, &mut path, &mut |p, v| {
            places.all.push(p.to_vec());
            let parent_key = match p.iter().rev().nth(1) {
                Some(Step::Key(k)) => Some(k.as_str()),
                _ => None,
            };
            let own_key = match p.last() {
                Some(Step::Key(k)) => Some(k.as_str()),
                _ => None,
            };
            if parent_key.is_some_and(|k| NAME_MAPS.contains(&k)) {
                places.names.push(p.to_vec());
            }
            if own_key.is_some_and(|k| NAME_KEYS.contains(&k)) && v.is_string() {
                places.name_values.push(p.to_vec());
            }
            match (parent_key, own_key, p.len()) {
                (Some("definitions"), Some(name), 2) => {
                    places.definitions.push(name.to_owned());
                    places.schemas_section = vec!["definitions"];
                }
                (Some("schemas"), Some(name), 3) if p[0] == Step::Key("components".into()) => {
                    places.definitions.push(name.to_owned());
                    places.schemas_section = vec!["components", "schemas"];
                }
                _ => {}
            }
            let Value::Object(map) = v else { return };
            places.objects.push(p.to_vec());
            if map.contains_key("$ref") {
                places.refs.push(p.to_vec());
            }
            if map.contains_key("enum") || map.contains_key("x-ms-enum") {
                places.enums.push(p.to_vec());
            }
            if ["type", "properties", "allOf", "items", "$ref"]
                .iter()
                .any(|k| map.contains_key(*k))
                && !map.contains_key("in")
            {
                places.schemas.push(p.to_vec());
            }
            if own_key.is_some_and(|k| METHODS.contains(&k)) && map.contains_key("responses") {
                places.operations.push(p.to_vec());
            }
            if map.contains_key("in") {
                places.parameters.push(p.to_vec());
            }
            for key in map.keys().filter(|k| k.starts_with("x-ms-")) {
                places.extensions.push((p.to_vec(), key.clone()));
            }
        });
        places
    }
}

/// The kinds of mutation, one name each for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// A value replaced by one of another JSON type.
    WrongType,
    /// A key removed (often one the loader needs).
    MissingKey,
    /// A key added: a Swagger keyword with a hostile value, or an unknown key.
    ExtraKey,
    /// A `$ref` that leads nowhere or is not a reference at all.
    BrokenRef,
    /// `$ref`s and `allOf`s that lead back to where they started.
    CyclicRef,
    /// A name made empty, huge, a Rust keyword, a non-identifier, or equal
    /// to a sibling's but for case and punctuation.
    HostileName,
    /// Enums with duplicate, empty, colliding or non-string values.
    EnumValues,
    /// A schema or a value nested deeply.
    DeepNesting,
    /// An `x-ms-*` extension with a value of the wrong shape.
    Extension,
    /// Damaged bytes: truncation, invalid UTF-8, byte-order marks, UTF-16,
    /// Latin-1, NUL, trailing garbage.
    Bytes,
}

impl Mutation {
    const ALL: [Mutation; 10] = [
        Mutation::WrongType,
        Mutation::MissingKey,
        Mutation::ExtraKey,
        Mutation::BrokenRef,
        Mutation::CyclicRef,
        Mutation::HostileName,
        Mutation::EnumValues,
        Mutation::DeepNesting,
        Mutation::Extension,
        Mutation::Bytes,
    ];

    /// The mutation's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Mutation::WrongType => "wrong type",
            Mutation::MissingKey => "missing key",
            Mutation::ExtraKey => "extra key",
            Mutation::BrokenRef => "broken $ref",
            Mutation::CyclicRef => "cyclic $ref",
            Mutation::HostileName => "hostile name",
            Mutation::EnumValues => "enum values",
            Mutation::DeepNesting => "deep nesting",
            Mutation::Extension => "x-ms-* wrong shape",
            Mutation::Bytes => "damaged bytes",
        }
    }
}

/// Runs the generator target and reports.
pub fn run(config: &Config) -> Result<Report, String> {
    let started = Instant::now();
    let mut corpus = Corpus::scan(&config.specs_root, &config.specs)?;
    let scratch =
        std::env::temp_dir().join(format!("azure-fuzz-{}-{}", std::process::id(), config.seed));
    let mut report = Report::new("generator", config.seed);
    let mut runner = Runner::new(config.time_limit);
    let mut sample = ClippySample::new(config.clippy_sample)?;
    for index in config.start..config.start + config.iterations {
        let mut rng = mutate::mutant_rng(config.seed, index);
        let spec = corpus.draw(&mut rng)?;
        let mutant = make_mutant(&mut rng, &spec);
        for m in &mutant.mutations {
            report.count_mutation(m.name());
        }
        let description = mutant.describe(&spec);
        if config.trace {
            eprintln!("mutant {index}: {description}");
        }
        let write_dir =
            (index % config.write_every.max(1) == 0).then(|| scratch.join(format!("m{index}")));
        let offer = sample.offer(index);
        let ran = runner.run(move || check(&spec, mutant, write_dir, offer));
        if matches!(ran, Ran::Done(Verdict::Accepted)) {
            sample.take(index, &description);
        }
        report.record(index, &description, ran);
    }
    report.notes = corpus.describe();
    sample.check(&mut report)?;
    let _ = std::fs::remove_dir_all(&scratch);
    report.elapsed = started.elapsed();
    Ok(report)
}

/// A mutated spec: which file changed, its new bytes, and (when the bytes
/// are still the JSON of a value) that value.
struct Mutant {
    file: usize,
    bytes: Vec<u8>,
    value: Option<Value>,
    mutations: Vec<Mutation>,
    notes: Vec<String>,
}

impl Mutant {
    fn describe(&self, spec: &Spec) -> String {
        format!(
            "{} in {}",
            self.notes.join("; "),
            spec.files[self.file].path.display()
        )
    }
}

fn make_mutant(rng: &mut Rng, spec: &Spec) -> Mutant {
    // Mostly the root spec; sometimes a file it references.
    let file = if spec.files.len() > 1 && rng.random_ratio(1, 5) {
        rng.random_range(1..spec.files.len())
    } else {
        0
    };
    let source = &spec.files[file];
    let mut value = source.value.clone();
    let mut mutations = Vec::new();
    let mut notes = Vec::new();
    let count = 1 + usize::from(rng.random_ratio(1, 3)) + usize::from(rng.random_ratio(1, 6));
    let mut damage = false;
    for _ in 0..count {
        let mutation = *Mutation::ALL.choose(rng).unwrap_or(&Mutation::WrongType);
        if mutation == Mutation::Bytes {
            damage = true;
            mutations.push(mutation);
            continue;
        }
        // A mutation may find nothing to work on (no enum in the spec):
        // then it is not counted.
        if let Some(note) = apply(rng, mutation, &mut value, source.places()) {
            mutations.push(mutation);
            notes.push(format!("{}: {note}", mutation.name()));
        }
    }
    let mut bytes = if rng.random_ratio(1, 2) {
        serde_json::to_vec_pretty(&value)
    } else {
        serde_json::to_vec(&value)
    }
    .unwrap_or_default();
    let value = if damage {
        let what = mutate::damage_bytes(rng, &mut bytes);
        notes.push(format!("damaged bytes: {what}"));
        None
    } else {
        Some(value)
    };
    if notes.is_empty() {
        notes.push("unchanged".to_owned());
    }
    Mutant {
        file,
        bytes,
        value,
        mutations,
        notes,
    }
}

fn pointer_of(path: &[Step]) -> String {
    let mut out = String::from("#");
    for step in path {
        out.push('/');
        match step {
            Step::Key(k) => out.push_str(&escape_token(k)),
            Step::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// Applies one mutation to `value`; returns what it did, or `None` when the
/// document offers it nothing to work on.
fn apply(rng: &mut Rng, mutation: Mutation, value: &mut Value, places: &Places) -> Option<String> {
    match mutation {
        Mutation::WrongType => {
            let path = places.all.choose(rng)?;
            let target = mutate::get_mut(value, path)?;
            *target = mutate::wrong_type(rng, target);
            Some(pointer_of(path))
        }
        Mutation::MissingKey => {
            let path = places.objects.choose(rng)?;
            let map = mutate::get_mut(value, path)?.as_object_mut()?;
            const NEEDED: &[&str] = &[
                "type",
                "items",
                "schema",
                "in",
                "name",
                "$ref",
                "paths",
                "info",
                "swagger",
                "openapi",
                "definitions",
                "components",
                "requestBody",
                "content",
                "servers",
                "url",
                "propertyName",
                "responses",
                "parameters",
                "properties",
                "version",
                "title",
                "hostTemplate",
                "allOf",
                "enum",
                "value",
                "required",
            ];
            let needed: Vec<String> = map
                .keys()
                .filter(|k| NEEDED.contains(&k.as_str()))
                .cloned()
                .collect();
            let key = if !needed.is_empty() && rng.random_ratio(2, 3) {
                needed.choose(rng)?.clone()
            } else {
                map.keys().collect::<Vec<_>>().choose(rng)?.to_string()
            };
            map.shift_remove(&key);
            Some(format!("{}/{}", pointer_of(path), escape_token(&key)))
        }
        Mutation::ExtraKey => {
            let path = places.objects.choose(rng)?;
            let map = mutate::get_mut(value, path)?.as_object_mut()?;
            const KEYWORDS: &[&str] = &[
                "type",
                "format",
                "items",
                "properties",
                "additionalProperties",
                "allOf",
                "required",
                "enum",
                "default",
                "readOnly",
                "discriminator",
                "$ref",
                "in",
                "name",
                "schema",
                "collectionFormat",
                "x-nullable",
                "example",
                "minimum",
                "maxLength",
                "pattern",
                "headers",
                "consumes",
                "produces",
                "security",
                "host",
                "basePath",
            ];
            let key = if rng.random_ratio(3, 4) {
                (*KEYWORDS.choose(rng)?).to_owned()
            } else {
                mutate::hostile_string(rng)
            };
            let new = match rng.random_range(0..3) {
                0 => json!([
                    "string",
                    "integer",
                    "number",
                    "boolean",
                    "array",
                    "object",
                    "file",
                    "null",
                    "date-time",
                    "duration",
                    "byte",
                    "int64",
                    "unixtime",
                    "uuid",
                    "binary"
                ]
                .choose(rng)),
                1 => {
                    json!({"type": "object", "properties": {mutate::hostile_string(rng): {"type": "string"}}})
                }
                _ => mutate::random_value(rng, 2),
            };
            map.insert(key.clone(), new);
            Some(format!("{}/{}", pointer_of(path), escape_token(&key)))
        }
        Mutation::BrokenRef => {
            let path = places.refs.choose(rng)?;
            let map = mutate::get_mut(value, path)?.as_object_mut()?;
            const BROKEN: &[&str] = &[
                "#/definitions/DoesNotExist",
                "#/definitions/",
                "#",
                "",
                "#/",
                "#definitions",
                "#/definitions/a/properties/nope",
                "#/paths",
                "#/info/title",
                "#/definitions/%zz",
                "#/definitions/~2",
                "#//",
                "missing.json",
                "missing.json#/definitions/X",
                "./",
                "../../../../../../../../../../nowhere.json#/a",
                "http://example.com/spec.json#/definitions/X",
                "C:\\spec.json#/x",
                "a.json#/b.json#/c",
                "#/definitions/X#/Y",
            ];
            let new = match rng.random_range(0..4) {
                0 => Value::String(mutate::hostile_string(rng)),
                1 => mutate::wrong_type(rng, &Value::String(String::new())),
                _ => Value::String((*BROKEN.choose(rng)?).to_owned()),
            };
            let note = format!("{} = {new}", pointer_of(path));
            map.insert("$ref".to_owned(), new);
            Some(note)
        }
        Mutation::CyclicRef => cyclic(rng, value, places),
        Mutation::HostileName => hostile_name(rng, value, places),
        Mutation::EnumValues => enum_values(rng, value, places),
        Mutation::DeepNesting => {
            let path = if rng.random_ratio(3, 4) {
                places.schemas.choose(rng)?
            } else {
                places.all.choose(rng)?
            };
            let depth = rng.random_range(1..90);
            let target = mutate::get_mut(value, path)?;
            if rng.random_ratio(1, 4) {
                *target = mutate::nest(rng, target.clone(), depth * 2);
            } else {
                let mut schema = target.clone();
                for _ in 0..depth {
                    schema = match rng.random_range(0..4) {
                        0 => json!({"type": "object", "properties": {"p": schema}}),
                        1 => json!({"type": "array", "items": schema}),
                        2 => json!({"allOf": [schema]}),
                        _ => json!({"type": "object", "additionalProperties": schema}),
                    };
                }
                *target = schema;
            }
            Some(format!("{} nested {depth} deep", pointer_of(path)))
        }
        Mutation::Extension => extension(rng, value, places),
        Mutation::Bytes => None,
    }
}

fn cyclic(rng: &mut Rng, value: &mut Value, places: &Places) -> Option<String> {
    let name = places.definitions.choose(rng)?.clone();
    let other = places.definitions.choose(rng)?.clone();
    let section = places.schemas_section.join("/");
    let to = |n: &str| json!({"$ref": format!("#/{section}/{}", escape_token(n))});
    let definitions = places
        .schemas_section
        .iter()
        .try_fold(&mut *value, |v, key| v.get_mut(*key))?
        .as_object_mut()?;
    match rng.random_range(0..8) {
        6 => {
            definitions.insert(name.clone(), json!({"type": "array", "items": to(&name)}));
            Some(format!("{name} is an array of itself"))
        }
        7 => {
            definitions.insert(
                name.clone(),
                json!({"type": "object", "additionalProperties": {"type": "array", "items": to(&other)}}),
            );
            definitions.insert(other.clone(), json!({"additionalProperties": to(&name)}));
            Some(format!("{name} and {other} are maps of each other"))
        }
        0 => {
            definitions.insert(name.clone(), to(&name));
            Some(format!("{name} is a $ref to itself"))
        }
        1 => {
            definitions.insert(name.clone(), to(&other));
            definitions.insert(other.clone(), to(&name));
            Some(format!("{name} and {other} are $refs to each other"))
        }
        2 => {
            let d = definitions.get_mut(&name)?.as_object_mut()?;
            d.insert("allOf".to_owned(), json!([to(&name)]));
            Some(format!("{name} extends itself"))
        }
        3 => {
            definitions
                .get_mut(&name)?
                .as_object_mut()?
                .insert("allOf".to_owned(), json!([to(&other)]));
            definitions
                .get_mut(&other)?
                .as_object_mut()?
                .insert("allOf".to_owned(), json!([to(&name)]));
            Some(format!("{name} and {other} extend each other"))
        }
        4 => {
            let d = definitions.get_mut(&name)?.as_object_mut()?;
            let properties = d
                .entry("properties")
                .or_insert_with(|| json!({}))
                .as_object_mut()?;
            properties.insert("self".to_owned(), to(&name));
            properties.insert(
                "selves".to_owned(),
                json!({"type": "array", "items": to(&name)}),
            );
            Some(format!("{name} has properties of its own type"))
        }
        _ => {
            // A reference to the very place it is written.
            let path = places.refs.choose(rng)?;
            let pointer = pointer_of(path);
            let map = mutate::get_mut(value, path)?.as_object_mut()?;
            map.insert("$ref".to_owned(), Value::String(pointer.clone()));
            Some(format!("{pointer} refers to itself"))
        }
    }
}

fn hostile_name(rng: &mut Rng, value: &mut Value, places: &Places) -> Option<String> {
    if rng.random_ratio(1, 3) {
        let path = places.name_values.choose(rng)?;
        let target = mutate::get_mut(value, path)?;
        *target = Value::String(mutate::hostile_string(rng));
        return Some(format!("{} = {}", pointer_of(path), short(target)));
    }
    let path = places.names.choose(rng)?;
    let (Step::Key(old), parent_path) = path.split_last()? else {
        return None;
    };
    let parent = mutate::get_mut(value, parent_path)?.as_object_mut()?;
    // Half the time a sibling's name in another spelling: a collision once
    // both are Rust identifiers.
    let siblings: Vec<&String> = parent.keys().filter(|k| *k != old).collect();
    let new = match (rng.random_ratio(1, 2), siblings.choose(rng)) {
        (true, Some(sibling)) => match rng.random_range(0..5) {
            0 => sibling.to_lowercase(),
            1 => sibling.to_uppercase(),
            2 => format!("{sibling}_"),
            3 => sibling.replace(|c: char| c.is_uppercase(), "-"),
            _ => (*sibling).clone(),
        },
        _ => mutate::hostile_string(rng),
    };
    let renamed: Map<String, Value> = std::mem::take(parent)
        .into_iter()
        .map(|(k, v)| if &k == old { (new.clone(), v) } else { (k, v) })
        .collect();
    *parent = renamed;
    Some(format!(
        "{} renamed {}",
        pointer_of(path),
        short(&Value::String(new))
    ))
}

fn enum_values(rng: &mut Rng, value: &mut Value, places: &Places) -> Option<String> {
    let path = places.enums.choose(rng)?;
    let pointer = pointer_of(path);
    let schema = mutate::get_mut(value, path)?.as_object_mut()?;
    let values = schema.entry("enum").or_insert_with(|| json!([]));
    if !values.is_array() {
        *values = json!([]);
    }
    let list = values.as_array_mut()?;
    let note = match rng.random_range(0..8) {
        0 => {
            let first = list.first().cloned().unwrap_or(json!("a"));
            list.push(first);
            "a duplicate value"
        }
        1 => {
            list.push(json!(""));
            "an empty value"
        }
        2 => {
            list.extend([
                json!("a-b"),
                json!("a_b"),
                json!("A B"),
                json!("AB"),
                json!("ab"),
            ]);
            "values that collide as identifiers"
        }
        3 => {
            list.extend([
                json!(1),
                json!(1.5),
                json!(null),
                json!(true),
                json!([]),
                json!({}),
            ]);
            "values that are not strings"
        }
        4 => {
            list.clear();
            "no values"
        }
        5 => {
            for _ in 0..rng.random_range(1..6) {
                list.push(Value::String(mutate::hostile_string(rng)));
            }
            "hostile values"
        }
        6 => {
            let names: Vec<Value> = list
                .iter()
                .map(|v| json!({"value": v, "name": "Same", "description": 7}))
                .collect();
            schema.insert(
                "x-ms-enum".to_owned(),
                json!({"name": mutate::hostile_string(rng), "modelAsString": rng.random::<bool>(), "values": names}),
            );
            "x-ms-enum values of one name"
        }
        _ => {
            schema.insert(
                "type".to_owned(),
                json!(["integer", "number", "boolean", "object", "array"].choose(rng)),
            );
            "values of another type than the schema's"
        }
    };
    Some(format!("{pointer}: {note}"))
}

/// Every `x-ms-*` extension the generator or Azure's tooling knows, with a
/// value of the right shape (which is then broken) and where it goes.
fn extension_shapes() -> Vec<(&'static str, Value, Place)> {
    use Place::*;
    vec![
        (
            "x-ms-enum",
            json!({"name": "E", "modelAsString": true, "values": [{"value": "a", "name": "A", "description": "d"}]}),
            Schema,
        ),
        (
            "x-ms-pageable",
            json!({"nextLinkName": "nextLink", "itemName": "value", "operationName": "Op_Next"}),
            Operation,
        ),
        ("x-ms-long-running-operation", json!(true), Operation),
        (
            "x-ms-long-running-operation-options",
            json!({"final-state-via": "location"}),
            Operation,
        ),
        (
            "x-ms-examples",
            json!({"Example": {"$ref": "./examples/x.json"}}),
            Operation,
        ),
        ("x-ms-request-id", json!("request-id"), Operation),
        ("x-ms-odata", json!("#/definitions/X"), Operation),
        (
            "x-ms-paths",
            json!({"/a?op=b": {"get": {"operationId": "A_B", "responses": {"200": {"description": "ok"}}}}}),
            Root,
        ),
        (
            "x-ms-parameterized-host",
            json!({"hostTemplate": "{endpoint}", "useSchemePrefix": false, "positionInOperation": "first", "parameters": [{"name": "endpoint", "in": "path", "required": true, "type": "string", "x-ms-skip-url-encoding": true}]}),
            Root,
        ),
        (
            "x-ms-code-generation-settings",
            json!({"name": "Client"}),
            Root,
        ),
        ("x-ms-client-name", json!("ClientName"), Schema),
        ("x-ms-client-flatten", json!(true), Schema),
        ("x-ms-discriminator-value", json!("Kind"), Schema),
        (
            "x-ms-mutability",
            json!(["create", "read", "update"]),
            Schema,
        ),
        ("x-ms-secret", json!(true), Schema),
        ("x-ms-azure-resource", json!(true), Schema),
        ("x-ms-external", json!(true), Schema),
        ("x-ms-identifiers", json!(["id"]), Schema),
        ("x-ms-client-default", json!("default"), Schema),
        ("x-ms-parameter-location", json!("method"), Parameter),
        (
            "x-ms-parameter-grouping",
            json!({"name": "Group", "postfix": "Options"}),
            Parameter,
        ),
        ("x-ms-skip-url-encoding", json!(true), Parameter),
        ("x-ms-client-request-id", json!(true), Parameter),
        (
            "x-ms-header-collection-prefix",
            json!("x-ms-meta-"),
            Parameter,
        ),
        ("x-ms-api-version", json!(true), Parameter),
        ("x-ms-client-name", json!("argName"), Parameter),
        ("x-ms-error-response", json!(true), Response),
    ]
}

#[derive(Clone, Copy)]
enum Place {
    Root,
    Schema,
    Operation,
    Parameter,
    Response,
}

fn extension(rng: &mut Rng, value: &mut Value, places: &Places) -> Option<String> {
    let shapes = extension_shapes();
    // Half the time an extension the spec has, else one put where it goes.
    let (path, name, right) = match (rng.random_ratio(1, 2), places.extensions.choose(rng)) {
        (true, Some((path, name))) => {
            let right = shapes
                .iter()
                .find(|(n, ..)| n == name)
                .map_or(json!(null), |(_, v, _)| v.clone());
            (path.clone(), name.clone(), right)
        }
        _ => {
            let (name, right, place) = shapes.choose(rng)?.clone();
            let path = match place {
                Place::Root => Vec::new(),
                Place::Schema => places.schemas.choose(rng)?.clone(),
                Place::Operation => places.operations.choose(rng)?.clone(),
                Place::Parameter => places.parameters.choose(rng)?.clone(),
                Place::Response => {
                    let mut op = places.operations.choose(rng)?.clone();
                    op.push(Step::Key("responses".to_owned()));
                    let responses = mutate::get_mut(value, &op)?.as_object()?;
                    let status = responses
                        .keys()
                        .collect::<Vec<_>>()
                        .choose(rng)?
                        .to_string();
                    op.push(Step::Key(status));
                    op
                }
            };
            (path, name.to_owned(), right)
        }
    };
    let wrong = wrong_shape(rng, &right);
    let note = format!("{}/{} = {}", pointer_of(&path), name, short(&wrong));
    mutate::get_mut(value, &path)?
        .as_object_mut()?
        .insert(name, wrong);
    Some(note)
}

/// A value shaped almost or not at all like `right`: another type, or the
/// right type with one member of another type, hostile or missing.
fn wrong_shape(rng: &mut Rng, right: &Value) -> Value {
    let mut value = right.clone();
    match rng.random_range(0..4) {
        0 => mutate::wrong_type(rng, right),
        1 => mutate::random_value(rng, 3),
        _ => {
            let paths = mutate::all_paths(&value);
            let Some(path) = paths.choose(rng) else {
                return value;
            };
            if let Some(target) = mutate::get_mut(&mut value, path) {
                *target = match rng.random_range(0..3) {
                    0 => mutate::wrong_type(rng, target),
                    1 => Value::String(mutate::hostile_string(rng)),
                    _ => Value::Null,
                };
            }
            value
        }
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!(
            "{}… ({} chars)",
            text.chars().take(40).collect::<String>(),
            text.len()
        )
    } else {
        text
    }
}

/// Load → lower → diff → emit (twice) of one mutant, and the properties;
/// an accepted mutant offered to the clippy sample is emitted again under
/// the given crate name and written to the given folder.
fn check(
    spec: &Spec,
    mutant: Mutant,
    write_dir: Option<PathBuf>,
    sample: Option<(String, PathBuf)>,
) -> Verdict {
    let mutated = spec.files[mutant.file].path.clone();
    let read = |path: &Path| -> std::io::Result<Vec<u8>> {
        if path == mutated {
            return Ok(mutant.bytes.clone());
        }
        spec.files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.bytes.clone())
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))
    };
    let api = match azure_codegen::load_api_with(&spec.root, &read) {
        Ok(api) => api,
        Err(error) => return located(&error, spec, &mutant),
    };
    let diff = azure_codegen::diff::diff(&spec.api, &api);
    let _ = (
        diff.to_markdown(),
        diff.to_text(),
        diff.to_json(),
        diff.summary(),
    );
    // Mutants are emitted to be inspected, not committed: no rustfmt
    // process per file.
    let config = CrateConfig {
        layout: Layout::Prettyplease,
        ..CrateConfig::of_spec(api, &spec.root, None, None, None)
    };
    let files = match emit_crate(&config) {
        Ok(files) => files,
        // Located as a loader error is: a file of the spec, a pointer in it.
        Err(EmitError::Spec(error)) => return located(&error, spec, &mutant),
        // A generator bug whatever the spec: unparsable output, a layout
        // rustfmt refused, a template not filled whole.
        Err(
            error @ (EmitError::Unparsable { .. }
            | EmitError::Rustfmt { .. }
            | EmitError::Template { .. }),
        ) => return Verdict::Failed(error.to_string()),
    };
    for (path, text) in &files {
        if path.extension().is_some_and(|e| e == "rs") {
            if let Err(e) = syn::parse_file(text) {
                return Verdict::Failed(format!("{} does not parse: {e}", path.display()));
            }
        }
    }
    match emit_crate(&config) {
        Ok(again) if again == files => {}
        Ok(again) => {
            let differing = files
                .iter()
                .find(|(path, text)| again.get(*path) != Some(text))
                .map_or_else(
                    || "the file list".to_owned(),
                    |(p, _)| p.display().to_string(),
                );
            return Verdict::Failed(format!(
                "emission is not deterministic: {differing} differs"
            ));
        }
        Err(e) => return Verdict::Failed(format!("emission is not deterministic: then {e}")),
    }
    if let Some(dir) = write_dir {
        if let Err(e) = write_check(&dir, &spec.emitted, &files) {
            return Verdict::Failed(e);
        }
    }
    if let Some((name, dir)) = sample {
        let named = CrateConfig { name, ..config };
        let written = emit_crate(&named)
            .map_err(|e| e.to_string())
            .and_then(|files| azure_codegen::output::write_crate(&dir, &files));
        if let Err(e) = written {
            return Verdict::Failed(format!("clippy sample: {e}"));
        }
    }
    Verdict::Accepted
}

/// Whether `error` names a file of the spec and a pointer that exists in it.
fn located(error: &SpecError, spec: &Spec, mutant: &Mutant) -> Verdict {
    let doc = if error.file == spec.files[mutant.file].path {
        mutant.value.as_ref()
    } else {
        match spec.files.iter().find(|f| f.path == error.file) {
            Some(file) => Some(&file.value),
            None => {
                return Verdict::Failed(format!(
                    "error names a file that is not part of the spec: {error}"
                ))
            }
        }
    };
    let exists = match doc {
        Some(doc) => resolve(doc, &error.pointer).is_some(),
        // Bytes that are not JSON: only the document as a whole can be named.
        None => error.pointer == "#" || error.pointer.starts_with("#/"),
    };
    if exists {
        Verdict::LocatedError {
            kind: error_kind(&error.message),
        }
    } else {
        Verdict::Failed(format!(
            "error names a pointer that is not in its file: {error}"
        ))
    }
}

/// The value at a JSON pointer written `#/a/b~1c` (RFC 6901 escapes).
fn resolve<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    let rest = pointer.strip_prefix('#')?;
    if rest.is_empty() {
        return Some(doc);
    }
    rest.strip_prefix('/')?
        .split('/')
        .try_fold(doc, |value, token| {
            let key = token.replace("~1", "/").replace("~0", "~");
            match value {
                Value::Object(map) => map.get(&key),
                Value::Array(items) => items.get(key.parse::<usize>().ok()?),
                _ => None,
            }
        })
}

/// The write check: with `existing` in the folder, a write of `files` that
/// fails half-way leaves exactly `existing`; one that succeeds leaves
/// exactly `files`; neither leaves anything beside the folder.
fn write_check(dir: &Path, existing: &Files, files: &Files) -> Result<(), String> {
    use azure_codegen::output::{compare_tree, write_crate};
    let crate_dir = dir.join("crate");
    let result = (|| {
        write_crate(&crate_dir, existing)?;
        // `src/lib.rs` is written as a file first (sorted order), so making
        // it a folder fails the write after part of the crate is written.
        let mut broken = files.clone();
        broken.insert("src/lib.rs/cannot-be-written".into(), String::new());
        if write_crate(&crate_dir, &broken).is_ok() {
            return Err("a write that had to fail succeeded".to_owned());
        }
        let changed = compare_tree(&crate_dir, existing)?;
        if !changed.is_empty() {
            return Err(format!(
                "a failed write changed the existing folder: {}",
                changed[0].display()
            ));
        }
        write_crate(&crate_dir, files)?;
        let wrong = compare_tree(&crate_dir, files)?;
        if !wrong.is_empty() {
            return Err(format!("a write left {} wrong", wrong[0].display()));
        }
        let beside: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name != "crate")
            .collect();
        if !beside.is_empty() {
            return Err(format!("writes left {beside:?} beside the folder"));
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(dir);
    result.map_err(|e| format!("write check: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_resolve_with_their_escapes() {
        let doc = json!({"paths": {"/a~b": {"get": [1, {"x": 2}]}}});
        assert_eq!(resolve(&doc, "#/paths/~1a~0b/get/1/x"), Some(&json!(2)));
        assert_eq!(resolve(&doc, "#"), Some(&doc));
        assert_eq!(resolve(&doc, "#/paths/nope"), None);
        assert_eq!(resolve(&doc, "paths"), None);
    }

    #[test]
    fn places_find_the_named_schemas_of_openapi_3() {
        let doc = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"A": {"type": "object"}, "B": {"$ref": "#/components/schemas/A"}}}
        });
        let places = Places::of(&doc);
        assert_eq!(places.definitions, ["A", "B"]);
        assert_eq!(places.schemas_section, ["components", "schemas"]);
        // A cycle is written where OpenAPI 3 keeps its schemas.
        let mut mutated = doc.clone();
        let mut rng = crate::mutate::mutant_rng(7, 0);
        let said = (0..64).find_map(|_| cyclic(&mut rng, &mut mutated, &places));
        assert!(said.is_some());
        assert!(mutated.get("definitions").is_none(), "{mutated}");
    }

    #[test]
    fn places_find_names_enums_refs_and_extensions() {
        let doc = json!({
            "paths": {"/a": {"get": {"operationId": "A_Get", "x-ms-pageable": {}, "responses": {}}}},
            "definitions": {"D": {"type": "string", "enum": ["a"], "x-ms-enum": {"name": "D"}},
                            "E": {"$ref": "#/definitions/D"}}
        });
        let places = Places::of(&doc);
        assert_eq!(places.definitions, ["D", "E"]);
        assert_eq!(places.enums.len(), 1);
        assert_eq!(places.refs.len(), 1);
        assert_eq!(places.operations.len(), 1);
        let extensions: Vec<&str> = places.extensions.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(extensions, ["x-ms-pageable", "x-ms-enum"]);
        assert!(places
            .name_values
            .iter()
            .any(|p| pointer_of(p) == "#/paths/~1a/get/operationId"));
    }
}
