//! Azurite, Microsoft's Azure Storage emulator, for the tests of the
//! generated Storage clients (`tests/storage/`): its Blob and Queue
//! services, from the npm install of this folder (`npm ci` in
//! `tests/azurite`, Node.js included), each on a free loopback port with
//! its data in memory, and endpoints that carry an account SAS ([`sas`])
//! of Azurite's published development account.
//!
//! Each service runs as the test server does ([`Server`]): killed when
//! dropped, and gone as soon as the process that started it ends, however
//! it ends, since `tests/testserver/harness.cjs` makes it exit when its
//! stdin closes.

pub mod sas;

use azure_codegen_tooling::project::testserver::server::{free_port, npm_node, Server};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Azurite's development account: the name every request's path starts
/// with (Azurite's path-style URLs) ...
pub const ACCOUNT: &str = "devstoreaccount1";
/// ... and its key, published in Azurite's documentation: it signs the
/// SAS, and guards nothing but the emulator.
pub const ACCOUNT_KEY: &str =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/// The SAS's version: the newest rules of its string to sign (2020-12-06)
/// that every Azurite of the last years reads.
const SAS_VERSION: &str = "2021-08-06";

/// A service of Azurite these tests run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// Blob storage (`azurite-blob`).
    Blob,
    /// Queue storage (`azurite-queue`).
    Queue,
}

impl Service {
    /// Its name in Azurite's files and options (`blob`: `--blobPort`).
    fn name(self) -> &'static str {
        match self {
            Service::Blob => "blob",
            Service::Queue => "queue",
        }
    }

    /// Its entry point in the npm install.
    fn main(self) -> String {
        format!("node_modules/azurite/dist/src/{}/main.js", self.name())
    }
}

/// Azurite's Blob and Queue services, running.
pub struct Azurite {
    blob: Server,
    queue: Server,
    sas: String,
}

impl Azurite {
    /// Starts both services at once (each takes seconds to load), their
    /// logs in `work` (`blob.log`, `queue.log`), and waits until each
    /// answers a request signed with the SAS. Without this folder's npm
    /// install, it runs `npm ci` here first (npm needed).
    pub fn start(work: &Path) -> Result<Self, String> {
        let dir = package_dir();
        let services = [Service::Blob, Service::Queue];
        let required: Vec<String> = services.iter().map(|s| s.main()).collect();
        let required: Vec<&str> = required.iter().map(String::as_str).collect();
        let node = installed_node(&dir, &required)?;
        std::fs::create_dir_all(work)
            .map_err(|e| format!("cannot create {}: {e}", work.display()))?;
        let sas = account_sas()?;
        // Two ports the OS handed out one after the other may be the same
        // (each is released at once): the second is asked again until not.
        let blob_port = free_port()?;
        let mut queue_port = free_port()?;
        while queue_port == blob_port {
            queue_port = free_port()?;
        }
        let start = |service, port| start_service(&node, &dir, service, port, work, &sas);
        let (blob, queue) = std::thread::scope(|scope| {
            let blob = scope.spawn(|| start(Service::Blob, blob_port));
            let queue = start(Service::Queue, queue_port);
            (blob.join(), queue)
        });
        let blob = blob.map_err(|_| "starting Azurite's Blob service panicked".to_owned())??;
        Ok(Azurite {
            blob,
            queue: queue?,
            sas,
        })
    }

    /// The account's URL on `service`, without credentials:
    /// `http://127.0.0.1:PORT/devstoreaccount1`.
    pub fn account_url(&self, service: Service) -> String {
        let server = match service {
            Service::Blob => &self.blob,
            Service::Queue => &self.queue,
        };
        format!("{}/{ACCOUNT}", server.url())
    }

    /// The account SAS, a query string (`sv=...&sig=...`).
    pub fn sas(&self) -> &str {
        &self.sas
    }

    /// The endpoint a client of `service` is made with: the account's URL
    /// with the SAS as its query, which the client keeps on every request.
    pub fn endpoint(&self, service: Service) -> String {
        format!("{}?{}", self.account_url(service), self.sas)
    }
}

/// This folder, where `npm ci` installs Azurite.
pub fn package_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An account SAS for both services, every resource type and permission,
/// valid for a day.
fn account_sas() -> Result<String, String> {
    let expiry = time::OffsetDateTime::now_utc() + time::Duration::days(1);
    let expiry = expiry
        .replace_nanosecond(0)
        .map_err(|e| e.to_string())?
        .format(&time::format_description::well_known::Rfc3339)
        .map_err(|e| format!("cannot write the SAS's expiry: {e}"))?;
    sas::AccountSas {
        account: ACCOUNT,
        key: ACCOUNT_KEY,
        version: SAS_VERSION,
        services: "bq",
        resource_types: "sco",
        permissions: "rwdlacupt",
        expiry: &expiry,
    }
    .query()
}

/// The Node.js of this folder's npm install, running `npm ci` first when
/// the install lacks it or any of `required`: the README's test command
/// works on a fresh clone as written, as the diff page's test installs
/// Chromium itself. Only the tests' one Azurite start runs it.
fn installed_node(dir: &Path, required: &[&str]) -> Result<PathBuf, String> {
    if let Ok(node) = npm_node(dir, required) {
        return Ok(node);
    }
    eprintln!("azurite: `npm ci` in {}", dir.display());
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run `npm ci` in {} (needs npm): {e}", dir.display()))?;
    if !status.success() {
        return Err(format!("`npm ci` in {} failed ({status})", dir.display()));
    }
    npm_node(dir, required)
}

/// One service on `port` of loopback, in memory, its telemetry off (it
/// would send to the internet), ready once listing the account's
/// containers or queues with the SAS answers 200.
fn start_service(
    node: &Path,
    dir: &Path,
    service: Service,
    port: u16,
    work: &Path,
    sas: &str,
) -> Result<Server, String> {
    let name = service.name();
    let mut command = Command::new(node);
    command
        // Gone when the tests are.
        .arg("--require")
        .arg(dir.join("../testserver/harness.cjs"))
        .arg(dir.join(service.main()))
        .arg(format!("--{name}Host"))
        .arg("127.0.0.1")
        .arg(format!("--{name}Port"))
        .arg(port.to_string())
        .arg("--inMemoryPersistence")
        .arg("--disableTelemetry")
        .current_dir(work);
    Server::spawn(
        command,
        port,
        &work.join(format!("{name}.log")),
        &format!("/{ACCOUNT}?comp=list&{sas}"),
    )
    .map_err(|e| format!("Azurite's {name} service: {e}"))
}
