//! `azure-model-bench EXAMPLES_DIR [RUNS]`: reads and writes one list page
//! of 1,000 `BatchNode`s with the generated models of `azure_batch`'s
//! default api-version, and prints the throughput in MB/s (medians).
//!
//! The page is built from the nodes of the spec's own examples
//! (`Nodes_ListNodes.json`, `Nodes_GetNode.json`,
//! `Nodes_Get_DualStackNetworking.json`), repeated with distinct ids, so it
//! holds what the service sends, properties the spec does not define
//! included. `cargo xtask bench models` runs it in release mode; it is a
//! program, not a test, because its figures are printed, never asserted.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use azure_batch::v2025_06_01::BatchNodeListResult;
use serde_json::{json, Value};

/// Nodes on the page.
const NODES: usize = 1_000;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(examples) = args.next() else {
        eprintln!("usage: azure-model-bench EXAMPLES_DIR [RUNS]");
        return ExitCode::from(2);
    };
    let runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(50);
    match run(Path::new(&examples), runs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(examples: &Path, runs: usize) -> Result<(), String> {
    let page = page(examples)?;
    let input = serde_json::to_vec(&page).map_err(|e| e.to_string())?;
    let read = || serde_json::from_slice::<BatchNodeListResult>(&input).map_err(|e| e.to_string());
    let model = read()?;
    let output = serde_json::to_vec(&model).map_err(|e| e.to_string())?;
    let deserialize = median(runs, || read().map(drop))?;
    let serialize = median(runs, || {
        serde_json::to_vec(&model)
            .map(drop)
            .map_err(|e| e.to_string())
    })?;
    println!(
        "models: one page of {NODES} BatchNodes, {:.2} MB of JSON in ({:.2} MB written back)",
        megabytes(input.len()),
        megabytes(output.len())
    );
    println!(
        "  deserialize: {:.1} MB/s ({:.2} ms, median of {runs})",
        megabytes(input.len()) / deserialize.as_secs_f64(),
        deserialize.as_secs_f64() * 1e3
    );
    println!(
        "  serialize:   {:.1} MB/s ({:.2} ms, median of {runs})",
        megabytes(output.len()) / serialize.as_secs_f64(),
        serialize.as_secs_f64() * 1e3
    );
    Ok(())
}

/// The page: the examples' nodes repeated to [`NODES`], each with its own id.
fn page(examples: &Path) -> Result<Value, String> {
    let mut nodes = Vec::new();
    for (file, list) in [
        ("Nodes_ListNodes.json", true),
        ("Nodes_GetNode.json", false),
        ("Nodes_Get_DualStackNetworking.json", false),
    ] {
        let path = examples.join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let example: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let body = &example["responses"]["200"]["body"];
        if list {
            nodes.extend(body["value"].as_array().into_iter().flatten().cloned());
        } else {
            nodes.push(body.clone());
        }
    }
    if nodes.is_empty() {
        return Err(format!(
            "no nodes in the examples of {}",
            examples.display()
        ));
    }
    let value: Vec<Value> = (0..NODES)
        .map(|i| {
            let mut node = nodes[i % nodes.len()].clone();
            node["id"] = json!(format!("tvm-{i:06}"));
            node
        })
        .collect();
    Ok(
        json!({ "value": value, "odata.nextLink": "https://account.region.batch.azure.com/pools/pool/nodes?api-version=2025-06-01&$skiptoken=next" }),
    )
}

/// The median of `runs` timed calls after one warm-up call.
fn median(runs: usize, mut f: impl FnMut() -> Result<(), String>) -> Result<Duration, String> {
    f()?;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        f()?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
