// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of `dist/`, at the
// highest levels, once at build time: the server and nginx send them as they are to a browser
// that accepts them, so a phone on mobile data gets the smallest files and no server
// compresses the same bundle again for every visitor. A copy that would not be smaller is not
// written. Run by `npm run build` after `vite build`.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".map", ".webmanifest"]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const path of [...files(dist)]) {
  if (path.endsWith(".br") || path.endsWith(".gz")) {
    rmSync(path);
    continue;
  }
  if (!TEXT.has(extname(path))) continue;
  const bytes = readFileSync(path);
  const variants = {
    ".br": brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    ".gz": gzipSync(bytes, { level: 9 }),
  };
  for (const [suffix, packed] of Object.entries(variants)) {
    if (packed.length < bytes.length) writeFileSync(path + suffix, packed);
  }
  count += 1;
  before += bytes.length;
  after += Math.min(bytes.length, variants[".br"].length);
}
console.log(
  `precompressed ${count} files: ${(before / 1024).toFixed(0)} KB, ${(after / 1024).toFixed(0)} KB with brotli`,
);
