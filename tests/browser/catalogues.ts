import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The web client's translations, so assertions follow the catalogues rather than copies of them. */
const i18nDir = join(dirname(fileURLToPath(import.meta.url)), "../../frontend/src/i18n");

export type Language = "ky" | "ru" | "en";
export const LANGUAGES: readonly Language[] = ["ky", "ru", "en"];

/** The switcher shows each language by its own name. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ky: "Кыргызча",
  ru: "Русский",
  en: "English",
};

const cache = new Map<string, unknown>();

function catalogue(language: Language, namespace: string): unknown {
  const file = join(i18nDir, language, `${namespace}.json`);
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, "utf8")));
  return cache.get(file);
}

/** The text of "namespace:dotted.key" in `language`, with `{{name}}` placeholders filled. */
export function text(language: Language, key: string, values: Record<string, string> = {}): string {
  const [namespace, path] = key.includes(":") ? key.split(":", 2) : ["common", key];
  let node = catalogue(language, namespace ?? "common");
  for (const part of (path ?? "").split(".")) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (typeof node !== "string") throw new Error(`no text for ${key} in ${language}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
}

/**
 * The label of a language's field of a name or text given per language, in the page's
 * `language`: "Kyrgyz (required)", "Russian (optional)", or the language alone (a narrative,
 * which no language requires).
 */
export function inLanguage(language: Language, of: Language, need?: "required" | "optional"): string {
  const name = text(language, `common:in_languages.names.${of}`);
  return need ? text(language, `common:in_languages.${need}`, { language: name }) : name;
}

/**
 * The text of a plural key in `language` for `count`: i18next keeps one key per plural
 * category (`days_one`, `days_few`, …), chosen by the language's plural rules.
 */
export function plural(language: Language, key: string, count: number, values: Record<string, string> = {}): string {
  const category = new Intl.PluralRules(language).select(count);
  return text(language, `${key}_${category}`, { count: String(count), ...values });
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A sentence with a day in it (`… <date>{{date}}</date> …`), as a pattern that takes the day
 * in any form: the client writes it out with the browser's calendar names.
 */
export function sentenceWithDay(language: Language, key: string, values: Record<string, string> = {}): RegExp {
  const [before = "", after = ""] = text(language, key, { ...values, date: "\u0000" })
    .replace(/<\/?date>/g, "")
    .split("\u0000");
  return new RegExp(`${escapeRegExp(before)}.+${escapeRegExp(after)}`);
}
