import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import glossaryFile from "./glossary.json";

interface Term {
  term: string;
  en: string;
  ru: string[];
  ky: string[];
  /** Keys that speak of the term with other words on purpose, with the reason. */
  unless: Record<string, string>;
}

const glossary = glossaryFile as unknown as { terms: Term[] };

const dir = import.meta.dirname;

/** Every text of a language's catalogues, as `namespace:a.b.c` → text. */
function texts(language: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, path.endsWith(":") ? `${path}${key}` : `${path}.${key}`);
    }
  };
  for (const file of readdirSync(join(dir, language)).filter((name) => name.endsWith(".json"))) {
    walk(JSON.parse(readFileSync(join(dir, language, file), "utf8")), `${file.replace(/\.json$/, "")}:`);
  }
  return out;
}

const catalogues = { en: texts("en"), ru: texts("ru"), ky: texts("ky") };

describe("the glossary", () => {
  for (const entry of glossary.terms) {
    it(`says "${entry.term}" with the regulation's words in every language`, () => {
      const pattern = new RegExp(entry.en, "i");
      const unless = entry.unless;
      const used = [...catalogues.en].filter(([key, text]) => pattern.test(text) && !(key in unless));
      expect(used.length, `"${entry.term}" is never said: the pattern is wrong`).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const [key] of used) {
        for (const language of ["ru", "ky"] as const) {
          const text = (catalogues[language].get(key) ?? "").toLowerCase();
          if (!entry[language].some((stem) => text.includes(stem))) wrong.push(`${language} ${key}: ${text}`);
        }
      }
      expect(wrong).toEqual([]);
      for (const key of Object.keys(unless)) expect(catalogues.en.has(key), key).toBe(true);
    });
  }
});
