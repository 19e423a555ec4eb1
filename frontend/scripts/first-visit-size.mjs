// What a first visit to a public page downloads from `dist/`, compressed with gzip (-9):
// index.html, its stylesheet and scripts, every chunk they import statically, and the
// public catalogues of one language. Run after `npm run build`:
//   node scripts/first-visit-size.mjs [ky|ru|en]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const language = process.argv[2] ?? "ky";

const html = readFileSync(join(dist, "index.html"), "utf8");
const files = new Set(["index.html"]);
const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]);
const catalogue = readdirSync(join(dist, "assets")).find((name) =>
  name.startsWith(`catalogues-public-${language}-`),
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

let raw = 0;
let gzip = 0;
for (const file of [...files].sort()) {
  const bytes = readFileSync(join(dist, file));
  const packed = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += packed;
  console.log(`${file.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB ${(packed / 1024).toFixed(1).padStart(7)} KB gz`);
}
console.log(`${"first visit".padEnd(48)} ${(raw / 1024).toFixed(1).padStart(8)} KB ${(gzip / 1024).toFixed(1).padStart(7)} KB gz`);
