import { readFileSync } from "node:fs";
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
