// Compiles every Spector scenario folder to Swagger 2.0 with
// @azure-tools/typespec-autorest and, in the same compile, to OpenAPI 3.0
// with @typespec/openapi3, in one Node process (the compiler and its
// libraries load once, not once a folder), for `cargo xtask spector`.
//
// Usage: node compile.mjs SPECS_ROOT OUT_DIR OPENAPI3_DIR
//
// The ARM scenario folders (`azure/resource-manager/*`) use the ARM common
// types, which typespec-autorest does not write but refers to, in
// `arm-types-dir` (by default `../../common-types/resource-management` from
// the project, a path into the scenario package where they are not). As
// any ARM TypeSpec spec is compiled against the specs repository, that
// folder is the specs checkout's (SPECS_ROOT, the azure-rest-api-specs
// checkout): the Swagger's `$ref`s point there, relative to the Swagger
// file. A Swagger file referring to a file that is not there (no checkout)
// is an error of its folder, naming what is missing.
//
// A scenario folder is what Spector calls one: a folder of a scenario
// package holding `client.tsp` or `main.tsp`; like `tsp compile .`, the
// entry is `client.tsp` where there is one; a top-level `.tsp` the entry
// does not load is a second client of the folder (`others`), compiled on
// its own into a folder of its name below the folder's. Each folder's Swagger files go
// to OUT_DIR/<package>/<folder, its slashes as dots>/ (one per api-version of a versioned
// service), and OUT_DIR/folders.json says, per folder, the entry, the
// Swagger files written, the scenarios its mock API defines (the names
// the server's coverage uses) and, when typespec-autorest could not
// compile it, the compiler's errors. The OpenAPI 3 rendering of the same
// program goes to OPENAPI3_DIR/<package>/<folder>/ (JSON, one file per
// api-version), listed as `openapi3` with @typespec/openapi3's own errors
// as `openapi3Errors`: the two renderings of one API, which `cargo xtask
// spector` compares.
import { compile, formatDiagnostic, NodeHost } from "@typespec/compiler";
import { filesUnder } from "./files.mjs";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGES = [
  ["http-specs", join(here, "node_modules/@typespec/http-specs")],
  ["azure-http-specs", join(here, "node_modules/@azure-tools/azure-http-specs")],
];
const EMITTER = "@azure-tools/typespec-autorest";
const OPENAPI3 = "@typespec/openapi3";

const [specsRoot, out, out3] = process.argv.slice(2);
if (!specsRoot || !out || !out3) {
  console.error("usage: node compile.mjs SPECS_ROOT OUT_DIR OPENAPI3_DIR");
  process.exit(2);
}
const ARM_TYPES_DIR = resolve(specsRoot, "specification/common-types/resource-management");

/** The files the `$ref`s of the Swagger file `file` name that do not exist. */
function missingRefs(file) {
  const missing = new Set();
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "$ref" && typeof x === "string" && !x.startsWith("#")) {
          const target = resolve(dirname(file), x.split("#")[0]);
          if (!existsSync(target)) missing.add(target);
        } else visit(x);
      }
    }
  };
  visit(JSON.parse(readFileSync(file, "utf8")));
  return [...missing];
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

/**
 * Compiles the TypeSpec entry `file` with typespec-autorest into `outDir`
 * and @typespec/openapi3 into `outDir3`: `{ program, crashed }`.
 */
async function compileEntry(file, outDir, outDir3) {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(outDir3, { recursive: true, force: true });
  const options = {
    [EMITTER]: { "emitter-output-dir": outDir, "arm-types-dir": ARM_TYPES_DIR },
    [OPENAPI3]: { "emitter-output-dir": outDir3, "file-type": "json" },
  };
  const run = (emit) => compile(NodeHost, file, { emit, options, outputDir: outDir });
  try {
    return { program: await run([EMITTER, OPENAPI3]), crashed: [] };
  } catch (e) {
    // An emitter that throws ends the whole compile: the entry is
    // compiled again with typespec-autorest alone, the crash is
    // @typespec/openapi3's error for it.
    const cause = e?.info?.error ?? e;
    const crashed = [`${e?.info?.metadata?.name ?? "compiler"} crashed: ${cause?.stack?.split("\n").slice(0, 2).join(" ") ?? cause}`];
    rmSync(outDir3, { recursive: true, force: true });
    return { program: await run([EMITTER]), crashed };
  }
}

const folders = [];
for (const [pkg, root] of PACKAGES) {
  const specs = join(root, "specs");
  for (const folder of scenarioFolders(specs)) {
    const dir = join(specs, folder);
    const entry = existsSync(join(dir, "client.tsp")) ? "client.tsp" : "main.tsp";
    // Flat (`type.union.discriminated`): scenario folders nest.
    const outDir = resolve(out, pkg, folder.replaceAll("/", "."));
    const outDir3 = resolve(out3, pkg, folder.replaceAll("/", "."));
    // The entry, then every other top-level `.tsp` of the folder that its
    // program did not load: a second client of the same service
    // (resiliency/srv-driven's `old.tsp`, the older client), written below
    // the folder's output in a folder of its name (`old/`).
    const compiled = [await compileEntry(join(dir, entry), outDir, outDir3)];
    // By real path: the compiler's keys are (node_modules may be a link).
    const loaded = new Set([...compiled[0].program.sourceFiles.keys()].map((f) => realpathSync(f)));
    const others = readdirSync(dir)
      .filter((f) => f.endsWith(".tsp") && f !== entry && !loaded.has(realpathSync(join(dir, f))))
      .sort();
    for (const other of others) {
      const stem = other.slice(0, -".tsp".length);
      compiled.push(await compileEntry(join(dir, other), join(outDir, stem), join(outDir3, stem)));
    }
    // An emitter's own diagnostics are its rendering's; the compiler's
    // (and other libraries') are both renderings'.
    const errorsOf = (other) =>
      compiled
        .flatMap(({ program }) => program.diagnostics)
        .filter((d) => d.severity === "error" && !String(d.code).startsWith(other + "/"))
        .map((d) => formatDiagnostic(d, { pretty: false }).replaceAll(specs + "/", ""));
    const errors = errorsOf(OPENAPI3);
    // typespec-autorest writes `$ref`s to the ARM common types whether or
    // not they are there. It writes examples beside the Swagger files.
    const swaggerFiles = () => filesUnder(outDir, resolve(out)).filter((f) => f.endsWith(".json") && !f.includes("/examples/"));
    for (const f of swaggerFiles()) {
      for (const target of missingRefs(resolve(out, f))) {
        errors.push(`${f} refers to ${target}, which does not exist: the ARM common types are read from the specs checkout (specs_root in specs/manifest.yaml, or --specs-root)`);
      }
    }
    const openapi3Errors = [...errorsOf(EMITTER), ...compiled.flatMap(({ crashed }) => crashed)];
    // The mock API of the folder, as the server loads it.
    const mockapi = join(root, "dist/specs", folder, "mockapi.js");
    const scenarios = existsSync(mockapi)
      ? Object.keys((await import(pathToFileURL(mockapi).href)).Scenarios ?? {}).sort()
      : [];
    const swagger = swaggerFiles();
    const openapi3 = filesUnder(outDir3, resolve(out3)).filter((f) => f.endsWith(".json"));
    folders.push({ package: pkg, folder, entry, others, swagger, scenarios, errors, openapi3, openapi3Errors });
    console.error(`${errors.length ? "FAIL" : "ok  "} ${openapi3Errors.length ? "FAIL" : "ok  "} ${pkg} ${folder}`);
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "folders.json"), JSON.stringify(folders, null, 2) + "\n");
