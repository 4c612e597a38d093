//! The HTML page of a diff (`cargo xtask diff --format html`), opened in a
//! real headless Chromium: what a reviewer sees. The input is the diff
//! fixture (`tests/specs/diff/base.json`) changed so that the page has
//! changes of every verdict: a property made required (wire-breaking in
//! the request body, nothing in responses), a new required query parameter
//! (wire- and Rust-breaking), an `operationId` renamed (Rust-breaking
//! only), a response property added (Rust-additive), an operation added,
//! and a description full of markup (escaping).
//!
//! The test writes the page to `target/artifacts/diff.html` and a copy with
//! a test script appended. Chromium loads the copy with `--dump-dom`; the
//! script does what a reviewer does, through the page's own controls:
//! reads the title and count line, notes which methods start open, clicks
//! "Expand all", then each filter (all, wire-breaking only, Rust-breaking
//! only, all again), and after each click lists the changes that are
//! actually visible (`checkVisibility`, so the page's CSS decides). It
//! writes that into the DOM, which the test reads from Chromium's output
//! and compares with the diff's own model. A screenshot of the page as it
//! opens is saved as `target/artifacts/diff.html.png`.
//!
//! Chromium comes from Debian's `chromium` package, which the test installs
//! itself when it is missing and it may (as root, or through `sudo`
//! without a password), so that the README's test command passes on a
//! fresh machine; `CHROMIUM` names another binary. Otherwise the test fails
//! and prints the command to run once.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use azure_codegen::diff::{diff, Diff, RustEffect};
use codegen_tests::fixture;
use serde_json::{json, Value};

fn base() -> Value {
    let text = std::fs::read_to_string(fixture("diff/base.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Base with one change of each verdict (see the module docs).
fn changed() -> Value {
    let mut spec = base();
    spec["definitions"]["Pool"]["required"] = json!(["id", "displayName"]);
    let job_list = &mut spec["paths"]["/jobs"]["get"];
    job_list["description"] =
        json!("Lists <script>window.injected = true</script><b>jobs</b> & \"all\" of 'them'.");
    job_list["parameters"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "filter", "in": "query", "required": true, "type": "string" }));
    spec["paths"]["/pools/{poolId}"]["get"]["operationId"] = json!("Pools_GetPool");
    spec["definitions"]["Job"]["properties"]["state"] = json!({ "type": "string" });
    spec["paths"]["/jobs/{jobId}"] = json!({
        "get": {
            "operationId": "Job_Get",
            "description": "Gets a job.",
            "parameters": [
                { "$ref": "#/parameters/ApiVersion" },
                { "name": "jobId", "in": "path", "required": true, "type": "string" }
            ],
            "responses": {
                "200": { "description": "The job.", "schema": { "$ref": "#/definitions/Job" } }
            }
        }
    });
    spec
}

fn artifacts() -> PathBuf {
    // CARGO_TARGET_TMPDIR is <target>/tmp.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn load(dir: &Path, name: &str, spec: &Value) -> azure_codegen::ir::Api {
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(spec).unwrap()).unwrap();
    azure_codegen::load_api(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Appended to a copy of the page: a reviewer's clicks, and what they see
/// after each, written into the DOM as ASCII-only JSON (no `&`, `<`, `>`
/// or non-ASCII, so Chromium's serialisation of the text leaves it as is).
const REVIEWER: &str = r#"<script>
(function () {
  function visibleChanges() {
    var out = [];
    var items = document.querySelectorAll('li.change');
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      if (!li.checkVisibility()) continue;
      var method = li.closest('details.method');
      out.push([
        method ? method.querySelector('summary .id').textContent : '',
        li.querySelector('.path').textContent,
        li.querySelector('.label').textContent
      ]);
    }
    return out;
  }
  function choose(value) {
    document.querySelector('#filter input[value="' + value + '"]').click();
    return visibleChanges();
  }
  var open = [];
  var methods = document.querySelectorAll('details.method');
  for (var i = 0; i < methods.length; i++) {
    if (methods[i].open) open.push(methods[i].querySelector('summary .id').textContent);
  }
  var jobList = document.getElementById('op-Job_List');
  var result = {
    title: document.getElementById('title').textContent,
    counts: document.getElementById('counts').textContent,
    scripts: document.scripts.length,
    injected: window.injected === true,
    open: open,
    description: jobList.querySelector('.description').textContent,
    closedVisible: visibleChanges().length
  };
  document.getElementById('expand').click();
  result.all = choose('all');
  result.wire = choose('wire');
  result.rust = choose('rust');
  result.again = choose('all');
  var pre = document.createElement('pre');
  pre.id = 'reviewer';
  pre.textContent = JSON.stringify(result).replace(/[^\x20-\x7e]|[<>&]/g, function (c) {
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
  document.body.appendChild(pre);
})();
</script>
"#;

/// Installs Debian's Chromium unless it is there: its recommends (udev,
/// mesa, a printer dialog) are not needed headless; a font is, for the
/// screenshot. `flock` makes a second test process wait for the first's
/// install, where apt's own lock would make it fail.
const INSTALL: &str = "command -v chromium >/dev/null || { apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-liberation >/dev/null; }";

/// The lock file that serializes installs (see [`INSTALL`]).
const INSTALL_LOCK: &str = "/tmp/azure-codegen-chromium.lock";

/// Whether `binary --version` runs.
fn runs(binary: &Path) -> bool {
    Command::new(binary)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The Chromium binary: `CHROMIUM`, else `chromium` on the PATH, installed
/// first when it is missing (see [`install_chromium`]).
fn chromium() -> PathBuf {
    if let Some(binary) = std::env::var_os("CHROMIUM").map(PathBuf::from) {
        assert!(
            runs(&binary),
            "cannot run CHROMIUM={}: this test opens the diff's HTML page in headless Chromium",
            binary.display()
        );
        return binary;
    }
    // Once per process: the tests of this file share the outcome.
    static CHROMIUM: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    CHROMIUM
        .get_or_init(|| {
            let binary = PathBuf::from("chromium");
            if !runs(&binary) {
                install_chromium()?;
            }
            if runs(&binary) {
                Ok(binary)
            } else {
                Err("chromium was installed but does not run".to_owned())
            }
        })
        .clone()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Installs Chromium with apt as root, or through `sudo -n` when that
/// needs no password; otherwise the error says what to run.
fn install_chromium() -> Result<(), String> {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0");
    let sudo = !root
        && Command::new("sudo")
            .args(["-n", "true"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
    if !root && !sudo {
        return Err(format!(
            "chromium is missing: this test opens the diff's HTML page in headless Chromium, \
             and installs Debian's package itself only as root or with sudo without a password. \
             Install it once with\n  sudo sh -c '{INSTALL}'\nor set CHROMIUM to a Chromium or \
             Chrome binary."
        ));
    }
    let mut command = Command::new(if root { "flock" } else { "sudo" });
    if sudo {
        command.args(["-n", "flock"]);
    }
    let status = command
        .args([INSTALL_LOCK, "sh", "-c", INSTALL])
        .status()
        .map_err(|e| format!("cannot run flock to install chromium: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "installing chromium failed ({status}); the command was: {INSTALL}"
        ))
    }
}

/// Runs headless Chromium on `page` with `args`, within a minute; its
/// stdout.
fn run_chromium(page: &Path, args: &[String], scratch: &Path) -> String {
    let profile = scratch.join("profile");
    let (stdout, stderr) = (scratch.join("stdout"), scratch.join("stderr"));
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            // Containers and CI run as root, where Chromium's sandbox
            // cannot start.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(File::create(&stdout).unwrap())
        .stderr(File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish within 60 s: {}",
                std::fs::read_to_string(&stderr).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status.success(),
        "chromium failed ({status}): {}",
        std::fs::read_to_string(&stderr).unwrap_or_default()
    );
    std::fs::read_to_string(&stdout).unwrap()
}

/// (operation, path, label) of the diff's changes that `keep` keeps, as
/// the page's rows show them.
fn rows(diff: &Diff<'_>, keep: impl Fn(&azure_codegen::diff::Change) -> bool) -> Vec<Value> {
    diff.changes()
        .filter(|(_, c)| keep(c))
        .map(|(op, c)| json!([op, c.path(), c.kind.label()]))
        .collect()
}

fn row(op: &str, path: &str, label: &str) -> Value {
    json!([op, path, label])
}

#[test]
fn reviewer_sees_counts_breaking_changes_and_a_working_filter() {
    let dir = artifacts();
    let scratch = std::env::temp_dir().join(format!("codegen-diff-html-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let old = load(&scratch, "old", &base());
    let new = load(&scratch, "new", &changed());
    let diff = diff(&old, &new);
    let html = diff.to_html();
    assert_eq!(html, diff.to_html(), "same diff, same bytes");

    // Self-contained: nothing to fetch, and the policy forbids fetching.
    for fetch in ["src=", "<link", "@import", "url("] {
        assert!(!html.contains(fetch), "the page fetches something: {fetch}");
    }
    assert!(html.contains("default-src 'none'"));

    let page = dir.join("diff.html");
    std::fs::write(&page, &html).unwrap();
    let probe = scratch.join("diff-reviewer.html");
    let body_end = html.rfind("</body>").expect("the page has a </body>");
    std::fs::write(
        &probe,
        format!("{}{REVIEWER}{}", &html[..body_end], &html[body_end..]),
    )
    .unwrap();

    let started = Instant::now();
    let dom = run_chromium(
        &probe,
        &["--virtual-time-budget=2000".into(), "--dump-dom".into()],
        &scratch,
    );
    let json = dom
        .split_once("<pre id=\"reviewer\">")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(json, _)| json)
        .unwrap_or_else(|| panic!("the reviewer script wrote no result; the DOM:\n{dom}"));
    let seen: Value = serde_json::from_str(json).unwrap();

    // The title and the count line, as the markdown has them.
    assert_eq!(seen["title"], "DiffTest (2024-01-01.1.0)");
    assert_eq!(
        seen["counts"],
        "1 added method\u{a0}•\u{a0}4 updated methods"
    );
    // The page's script plus the reviewer's: the description's markup is
    // text, not a script.
    assert_eq!(seen["scripts"], 2);
    assert_eq!(seen["injected"], false);
    assert_eq!(
        seen["description"],
        "Description Lists <script>window.injected = true</script><b>jobs</b> & \"all\" of 'them'."
    );
    // Methods with a breaking change start open, the others closed, and a
    // closed method's changes are hidden.
    assert_eq!(
        seen["open"],
        json!(["Pool_Add", "Pools_GetPool", "Job_List"])
    );
    let open_changes = diff
        .operations
        .iter()
        .filter(|op| {
            op.changes
                .iter()
                .any(|c| c.breaking_wire || c.rust == RustEffect::Breaking)
        })
        .map(|op| op.changes.len())
        .sum::<usize>();
    assert_eq!(seen["closedVisible"], open_changes);

    // Every change, then only the wire-breaking ones, then only the
    // Rust-breaking ones, then every change again.
    let all = rows(&diff, |_| true);
    let wire = rows(&diff, |c| c.breaking_wire);
    let rust = rows(&diff, |c| c.rust == RustEffect::Breaking);
    assert_eq!(seen["all"], Value::Array(all.clone()));
    assert_eq!(seen["wire"], Value::Array(wire.clone()));
    assert_eq!(seen["rust"], Value::Array(rust.clone()));
    assert_eq!(seen["again"], Value::Array(all.clone()));
    // The input has changes the filters must hide, and breaking changes
    // they must show.
    assert!(wire.len() < all.len() && rust.len() < all.len());
    let pool_add = row("Pool_Add", "/body/displayName", "Required");
    let new_argument = row("Job_List", "/parameters/filter", "Added");
    let renamed = row("Pools_GetPool", "/", "OperationId");
    let additive = row("Job_List", "/responses/200/body/value/[]/state", "Added");
    assert!(all.contains(&additive), "{all:?}");
    assert!(wire.contains(&pool_add) && wire.contains(&new_argument));
    assert!(!wire.contains(&renamed) && !wire.contains(&additive));
    assert!(rust.contains(&new_argument) && rust.contains(&renamed));
    assert!(!rust.contains(&pool_add) && !rust.contains(&additive));

    // A screenshot of the page as a reviewer opens it.
    let screenshot = dir.join("diff.html.png");
    let _ = std::fs::remove_file(&screenshot);
    run_chromium(
        &page,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,1600".into(),
            "--virtual-time-budget=2000".into(),
        ],
        &scratch,
    );
    let png = std::fs::read(&screenshot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG"),
        "not a PNG: {}",
        screenshot.display()
    );
    println!(
        "diff page: {}\nscreenshot: {}\n(chromium: {:.1} s)",
        page.display(),
        screenshot.display(),
        started.elapsed().as_secs_f64()
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}
