// Compiles every Spector scenario folder to Swagger 2.0 with
// @azure-tools/typespec-autorest, in one Node process (the compiler and
// its libraries load once, not once a folder), for `cargo xtask spector`.
//
// Usage: node compile.mjs OUT_DIR
//
// A scenario folder is what Spector calls one: a folder of a scenario
// package holding `client.tsp` or `main.tsp`; like `tsp compile .`, the
// entry is `client.tsp` where there is one. Each folder's Swagger files go
// to OUT_DIR/<package>/<folder, its slashes as dots>/ (one per api-version of a versioned
// service), and OUT_DIR/folders.json says, per folder, the entry, the
// Swagger files written, the scenarios its mock API defines (the names
// the server's coverage uses) and, when typespec-autorest could not
// compile it, the compiler's errors.
import { compile, formatDiagnostic, NodeHost } from "@typespec/compiler";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGES = [
  ["http-specs", join(here, "node_modules/@typespec/http-specs")],
  ["azure-http-specs", join(here, "node_modules/@azure-tools/azure-http-specs")],
];
const EMITTER = "@azure-tools/typespec-autorest";

const out = process.argv[2];
if (!out) {
  console.error("usage: node compile.mjs OUT_DIR");
  process.exit(2);
}

/** The scenario folders under `specs`, relative, sorted. */
function scenarioFolders(specs, folder = "") {
  const found = [];
  const entries = readdirSync(join(specs, folder), { withFileTypes: true });
  if (entries.some((e) => e.isFile() && (e.name === "client.tsp" || e.name === "main.tsp"))) {
    found.push(folder);
  }
  for (const e of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    found.push(...scenarioFolders(specs, folder ? `${folder}/${e.name}` : e.name));
  }
  return found;
}

/** Every file under `dir`, relative to `base`, sorted. */
function filesUnder(dir, base) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path, base));
    else files.push(relative(base, path));
  }
  return files;
}

const folders = [];
for (const [pkg, root] of PACKAGES) {
  const specs = join(root, "specs");
  for (const folder of scenarioFolders(specs)) {
    const dir = join(specs, folder);
    const entry = existsSync(join(dir, "client.tsp")) ? "client.tsp" : "main.tsp";
    // Flat (`type.union.discriminated`): scenario folders nest.
    const outDir = resolve(out, pkg, folder.replaceAll("/", "."));
    rmSync(outDir, { recursive: true, force: true });
    const program = await compile(NodeHost, join(dir, entry), {
      emit: [EMITTER],
      options: { [EMITTER]: { "emitter-output-dir": outDir } },
      outputDir: outDir,
    });
    const errors = program.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => formatDiagnostic(d, { pretty: false }).replaceAll(specs + "/", ""));
    // The mock API of the folder, as the server loads it.
    const mockapi = join(root, "dist/specs", folder, "mockapi.js");
    const scenarios = existsSync(mockapi)
      ? Object.keys((await import(pathToFileURL(mockapi).href)).Scenarios ?? {}).sort()
      : [];
    // typespec-autorest writes examples beside the Swagger files.
    const swagger = filesUnder(outDir, resolve(out)).filter((f) => f.endsWith(".json") && !f.includes("/examples/"));
    folders.push({ package: pkg, folder, entry, swagger, scenarios, errors });
    console.error(`${errors.length ? "FAIL" : "ok  "} ${pkg} ${folder}`);
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "folders.json"), JSON.stringify(folders, null, 2) + "\n");
