// Compiles every TypeSpec project of the specs checkout (a folder of
// `specification/` holding `tspconfig.yaml` and `main.tsp`: Batch's
// `Azure.Batch`) with @azure-tools/typespec-autorest (Swagger 2.0) and
// @typespec/openapi3 (OpenAPI 3.0 JSON) in one compile, for the
// two-renderings check of `cargo xtask spector` (docs/openapi3.md).
//
// Usage: node compile.mjs SPECS_ROOT OUT_DIR OPENAPI3_DIR
//
// The toolchain is this folder's: the one of the checkout's date, since
// these projects do not compile with today's. The entry is `main.tsp`, as
// `tsp compile .` in the project's folder, which is how the checkout's
// Swagger was made (`client.tsp` only adds SDK emitters' customizations).
// Each project's `.tsp` files are copied to OUT_DIR/sources/ beside a link
// to this folder's node_modules, so that its library imports resolve here,
// never in the checkout (read-only data). The output and `folders.json` are
// laid out as tests/spector/compile.mjs lays out a scenario folder's: the
// package is `azure-rest-api-specs`, the folder the project's path.
import { compile, formatDiagnostic, NodeHost } from "@typespec/compiler";
import { filesUnder } from "../spector/files.mjs";
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGE = "azure-rest-api-specs";
const EMITTER = "@azure-tools/typespec-autorest";
const OPENAPI3 = "@typespec/openapi3";

const [root, out, out3] = process.argv.slice(2);
if (!root || !out || !out3) {
  console.error("usage: node compile.mjs SPECS_ROOT OUT_DIR OPENAPI3_DIR");
  process.exit(2);
}

/** The TypeSpec projects under `dir`, relative to `root`, sorted. */
function projects(dir) {
  const found = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (entries.some((e) => e.isFile() && e.name === "tspconfig.yaml") && entries.some((e) => e.isFile() && e.name === "main.tsp")) {
    found.push(relative(root, dir));
  }
  for (const e of entries.filter((e) => e.isDirectory() && e.name !== "examples" && e.name !== "node_modules")) {
    found.push(...projects(join(dir, e.name)));
  }
  return found;
}

const sources = resolve(out, "sources");
rmSync(sources, { recursive: true, force: true });
mkdirSync(sources, { recursive: true });
symlinkSync(join(here, "node_modules"), join(sources, "node_modules"), "dir");

const folders = [];
for (const folder of projects(resolve(root, "specification"))) {
  const copy = join(sources, folder.replaceAll("/", "."));
  mkdirSync(copy, { recursive: true });
  for (const name of readdirSync(resolve(root, folder)).filter((n) => n.endsWith(".tsp"))) {
    copyFileSync(resolve(root, folder, name), join(copy, name));
  }
  const outDir = resolve(out, PACKAGE, folder.replaceAll("/", "."));
  const outDir3 = resolve(out3, PACKAGE, folder.replaceAll("/", "."));
  rmSync(outDir, { recursive: true, force: true });
  rmSync(outDir3, { recursive: true, force: true });
  const options = {
    [EMITTER]: { "emitter-output-dir": outDir },
    [OPENAPI3]: { "emitter-output-dir": outDir3, "file-type": "json" },
  };
  const program = await compile(NodeHost, join(copy, "main.tsp"), { emit: [EMITTER, OPENAPI3], options, outputDir: outDir });
  // An emitter's own diagnostics are its rendering's; the compiler's
  // (and other libraries') are both renderings'.
  const errorsOf = (other) =>
    program.diagnostics
      .filter((d) => d.severity === "error" && !String(d.code).startsWith(other + "/"))
      .map((d) => formatDiagnostic(d).replaceAll(copy + "/", ""));
  const errors = errorsOf(OPENAPI3);
  const openapi3Errors = errorsOf(EMITTER);
  const swagger = filesUnder(outDir, resolve(out)).filter((f) => f.endsWith(".json") && !f.includes("/examples/"));
  const openapi3 = filesUnder(outDir3, resolve(out3)).filter((f) => f.endsWith(".json"));
  folders.push({ package: PACKAGE, folder, entry: "main.tsp", swagger, scenarios: [], errors, openapi3, openapi3Errors });
  console.error(`${errors.length ? "FAIL" : "ok  "} ${openapi3Errors.length ? "FAIL" : "ok  "} ${PACKAGE} ${folder}`);
}
writeFileSync(join(out, "folders.json"), JSON.stringify(folders, null, 2) + "\n");
