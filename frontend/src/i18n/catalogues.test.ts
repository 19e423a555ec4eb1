import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from ".";
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES } from "./languages";

const dir = import.meta.dirname;

function read(language: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, language, file), "utf8"));
}

/** "a.b.c" → value, for every leaf of a catalogue. */
function flatten(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

const filesOf = (language: string) => readdirSync(join(dir, language)).filter((f) => f.endsWith(".json")).sort();

describe("translation catalogues", () => {
  it("exist for exactly the languages the client offers", () => {
    const languages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(languages).toEqual([...LANGUAGES].sort());
  });

  it("have the same files in every language, one per namespace", () => {
    const expected = NAMESPACES.map((ns) => `${ns}.json`).sort();
    for (const language of LANGUAGES) expect(filesOf(language), language).toEqual(expected);
  });

  for (const file of filesOf(DEFAULT_LANGUAGE)) {
    describe(file, () => {
      const reference = flatten(read(DEFAULT_LANGUAGE, file));

      for (const language of LANGUAGES) {
        const catalogue = flatten(read(language, file));

        it(`${language} has exactly the keys of every other language`, () => {
          expect([...catalogue.keys()].sort()).toEqual([...reference.keys()].sort());
        });

        it(`${language} has a non-empty text for every key`, () => {
          for (const [key, text] of catalogue) {
            expect(typeof text === "string" && text.trim().length > 0, `${language}/${file}: ${key}`).toBe(true);
          }
        });

        it(`${language} uses the same placeholders as ${DEFAULT_LANGUAGE}`, () => {
          for (const [key, text] of catalogue) {
            expect(placeholders(String(text)), `${language}/${file}: ${key}`).toEqual(
              placeholders(String(reference.get(key) ?? "")),
            );
          }
        });
      }
    });
  }

  it("are all bundled into the client", () => {
    const bundled = catalogues();
    for (const language of LANGUAGES) {
      expect(Object.keys(bundled[language] ?? {}).sort()).toEqual([...NAMESPACES].sort());
    }
  });
});
