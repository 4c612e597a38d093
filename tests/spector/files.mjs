// What both compile scripts (this folder's and tests/typespec-specs') list
// of what they wrote. No import of the TypeSpec compiler here: each script
// runs its own toolchain.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir`, relative to `base`, sorted. */
export function filesUnder(dir, base) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path, base));
    else files.push(relative(base, path));
  }
  return files;
}
