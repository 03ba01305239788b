// Trunk post_build hook: minifies wasm-bindgen's JS glue in the staging
// directory with terser, and updates the file's Subresource Integrity hash
// in index.html (Trunk computed it before this hook ran).
//
// Only local names are shortened; the names of the wasm imports and
// exports are properties and stay as they are.

import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { minify } = require("terser");

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)");
  process.exit(1);
}
const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

for (const name of readdirSync(dir)) {
  if (!/^evidence-checklist-[0-9a-f]+\.js$/.test(name)) continue;
  const path = join(dir, name);
  const before = readFileSync(path);
  const { code } = await minify(before.toString("utf8"), { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  // Every tag that names the file and carries an integrity hash must carry
  // the hash of the file as Trunk wrote it; it gets the new one.
  const oldHash = sri(before);
  const tags = html.match(new RegExp(`<[^>]*${name.replace(/\./g, "\\.")}[^>]*>`, "g")) ?? [];
  for (const tag of tags.filter((t) => t.includes("integrity="))) {
    if (!tag.includes(oldHash)) {
      console.error(`minify-glue: unexpected integrity hash in ${tag}`);
      process.exit(1);
    }
  }
  html = html.split(oldHash).join(sri(Buffer.from(code)));
  console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
}
writeFileSync(htmlPath, html);
