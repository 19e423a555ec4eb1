// What a first visit to a public page downloads from `dist/`, as the precompressed copies the
// build writes (brotli, and gzip for a browser without it): index.html, its stylesheet and
// scripts, every chunk they import statically, and the public catalogues of one language.
// Run after `npm run build`:
//   node scripts/first-visit-size.mjs [ky|ru|en] [--check]
// With `--check` it fails when the brotli total is above CEILING_KB (scripts/test runs it so for
// every language), and says how far it is from TARGET_KB.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** What a first visit should weigh at most, brotli: a page usable within 2 s on a village line. */
const TARGET_KB = 60;
/** What it weighs at most today: a change that adds to it fails, one that saves lowers it. */
const CEILING_KB = 60;

const dist = new URL("../dist/", import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes("--check");
const language = args.find((arg) => !arg.startsWith("--")) ?? "ky";

const html = readFileSync(join(dist, "index.html"), "utf8");
const files = new Set(["index.html"]);
const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]);
const catalogue = readdirSync(join(dist, "assets")).find(
  (name) => name.startsWith(`catalogues-public-${language}-`) && name.endsWith(".js"),
);
if (catalogue) queue.push(`assets/${catalogue}`);

while (queue.length > 0) {
  const file = queue.pop();
  if (files.has(file)) continue;
  files.add(file);
  if (!file.endsWith(".js")) continue;
  const code = readFileSync(join(dist, file), "utf8");
  // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
    queue.push(`assets/${match[1]}`);
  }
}

/** The size of a file's precompressed copy, or of the file itself when there is none. */
function sent(file, suffix) {
  const path = join(dist, file + suffix);
  return existsSync(path) ? statSync(path).size : statSync(join(dist, file)).size;
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
let raw = 0;
let gzip = 0;
let brotli = 0;
for (const file of [...files].sort()) {
  const size = readFileSync(join(dist, file)).length;
  raw += size;
  gzip += sent(file, ".gz");
  brotli += sent(file, ".br");
  console.log(`${file.padEnd(48)} ${kb(size)} KB ${kb(sent(file, ".gz"))} KB gz ${kb(sent(file, ".br"))} KB br`);
}
console.log(`${"first visit".padEnd(48)} ${kb(raw)} KB ${kb(gzip)} KB gz ${kb(brotli)} KB br`);
if (check) {
  const total = brotli / 1024;
  if (total > CEILING_KB) {
    console.error(`first visit (${language}): ${total.toFixed(1)} KB brotli, above the ceiling of ${CEILING_KB} KB`);
    process.exit(1);
  }
  if (total > TARGET_KB) {
    console.log(`first visit (${language}): ${(total - TARGET_KB).toFixed(1)} KB above the ${TARGET_KB} KB aimed at`);
  }
}
