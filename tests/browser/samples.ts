import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Sample appeals from the screening corpora of the server (`backend/src/screening/corpus`),
 * so the browser tests drop texts the screening is known to catch.
 */
const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "../../backend/src/screening/corpus");

function lines(file: string): string[] {
  return readFileSync(join(corpusDir, file), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** A line of `obscene.txt` (refused under clause 3.3), checked to be in the corpus. */
export function obsceneLine(line: string): string {
  if (!lines("obscene.txt").includes(line)) throw new Error(`not in obscene.txt: ${line}`);
  return line;
}

/** The text of a `category: text` line of `danger.txt` (accepted, flagged urgent), checked to be in the corpus. */
export function dangerLine(category: string, line: string): string {
  if (!lines("danger.txt").includes(`${category}: ${line}`)) throw new Error(`not in danger.txt: ${category}: ${line}`);
  return line;
}

/** A small PNG screenshot, made here byte by byte: a grey frame with a blue "chat bubble" band. */
export function screenshotPng(width = 96, height = 64): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // no filter on the row
    for (let x = 0; x < width; x += 1) {
      const bubble = y > height / 3 && y < (2 * height) / 3 && x > 8 && x < width - 8;
      rows.push(...(bubble ? [40, 110, 220] : [225, 228, 232]));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
