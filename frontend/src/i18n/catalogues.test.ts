import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueLoaders, createI18n, loadI18n } from ".";
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, PUBLIC_NAMESPACES } from "./languages";

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

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * A plural text is one key per plural category of the language (`days_one`, `days_other`;
 * Russian adds `_few` and `_many`), so languages are compared on the keys without them.
 */
function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, "");
}

/** base key → the plural categories it has, for the plural keys of a catalogue. */
function pluralForms(keys: Iterable<string>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match?.[1]) continue;
    const base = baseKey(key);
    forms.set(base, [...(forms.get(base) ?? []), match[1]].sort());
  }
  return forms;
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
          const bases = (keys: Iterable<string>) => [...new Set([...keys].map(baseKey))].sort();
          expect(bases(catalogue.keys())).toEqual(bases(reference.keys()));
        });

        it(`${language} has every plural form the language needs, and no other`, () => {
          const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
          for (const [base, forms] of pluralForms(catalogue.keys())) {
            expect(forms, `${language}/${file}: ${base}`).toEqual(categories);
          }
          for (const base of pluralForms(reference.keys()).keys()) {
            expect(pluralForms(catalogue.keys()).has(base), `${language}/${file}: ${base}`).toBe(true);
          }
        });

        it(`${language} has a non-empty text for every key`, () => {
          for (const [key, text] of catalogue) {
            expect(typeof text === "string" && text.trim().length > 0, `${language}/${file}: ${key}`).toBe(true);
          }
        });

        it(`${language} uses the same placeholders as ${DEFAULT_LANGUAGE}`, () => {
          for (const [key, text] of catalogue) {
            // A plural form is compared with the reference's "other" form.
            const referenceKey = PLURAL_SUFFIX.test(key) ? `${baseKey(key)}_other` : key;
            expect(placeholders(String(text)), `${language}/${file}: ${key}`).toEqual(
              placeholders(String(reference.get(referenceKey) ?? "")),
            );
          }
        });
      }
    });
  }

  it("in Russian put no full stop after a day, whose “г.” already ends the sentence", () => {
    for (const file of filesOf("ru")) {
      for (const [key, text] of flatten(read("ru", file))) {
        expect(String(text), `ru/${file}: ${key}`).not.toMatch(/(<\/date>|\{\{date\}\})\./);
      }
    }
  });

  it("call a signed appeal by the writer's name, never “open”, which reads like an open letter", () => {
    for (const file of ["box.json", "journal.json"]) {
      const signed = [...flatten(read("ru", file))].filter(([key]) => key.endsWith("signed") && !key.startsWith("list."));
      const signedKy = [...flatten(read("ky", file))].filter(([key]) => key.endsWith("signed") && !key.startsWith("list."));
      for (const [key, text] of signed) expect(String(text), `ru/${file}: ${key}`).not.toMatch(/открыт/i);
      for (const [key, text] of signedKy) expect(String(text), `ky/${file}: ${key}`).not.toMatch(/ачык/i);
    }
  });

  it("in Russian give an intact journal one word everywhere", () => {
    const journal = flatten(read("ru", "journal.json"));
    const district = flatten(read("ru", "district.json"));
    expect(journal.get("verification.valid")).toBe("Журнал цел");
    expect(district.get("schools.journal_valid")).toBe("Цел");
  });

  it("in Kyrgyz call the staff home “Жеке кабинет”", () => {
    const staff = flatten(read("ky", "staff.json"));
    expect(staff.get("nav.home")).toBe("Жеке кабинет");
    for (const [key, text] of staff) expect(String(text), `ky/staff.json: ${key}`).not.toMatch(/иш бөлмө/i);
  });

  it("are all bundled into the client", () => {
    const bundled = [...catalogueLoaders().keys()].sort();
    const expected = LANGUAGES.flatMap((language) => NAMESPACES.map((ns) => `${language}/${ns}`)).sort();
    expect(bundled).toEqual(expected);
  });
});

describe("catalogues loaded on demand", () => {
  it("a page starts with the public catalogues of its language only", async () => {
    const i18n = await loadI18n("ru");
    expect(i18n.t("app_name")).toBe("Ишеним");
    for (const ns of PUBLIC_NAMESPACES) expect(i18n.hasResourceBundle("ru", ns)).toBe(true);
    expect(i18n.hasResourceBundle("ru", "cases")).toBe(false);
    expect(i18n.hasResourceBundle("ky", "common")).toBe(false);
    expect(i18n.hasResourceBundle("en", "common")).toBe(false);
  });

  it("a staff catalogue and another language load when asked for", async () => {
    const i18n = await loadI18n("ky");
    await i18n.loadNamespaces("cases");
    expect(i18n.hasResourceBundle("ky", "cases")).toBe(true);
    await i18n.changeLanguage("en");
    expect(i18n.hasResourceBundle("en", "cases")).toBe(true);
    expect(i18n.t("app_name")).toBe("Ishenim");
  });

  it("an instance given its catalogues is ready at once", () => {
    const i18n = createI18n("en", { en: { common: { app_name: "Ishenim" } } });
    expect(i18n.t("app_name")).toBe("Ishenim");
  });
});
