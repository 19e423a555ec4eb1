/** The languages the client speaks, Kyrgyz first: it is the default. */
export const LANGUAGES = ["ky", "ru", "en"] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "ky";

/** Each language's name in itself, as the switcher shows it whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ky: "Кыргызча",
  ru: "Русский",
  en: "English",
};

export { NAMESPACES, PUBLIC_NAMESPACES, type Namespace } from "./namespaces";

const STORAGE_KEY = "ishenim.language";

/** The choice made on this page when storage is disabled. */
let choiceWithoutStorage: Language | null = null;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the visitor chose earlier on this device with the switcher, if any. */
export function chosenLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be disabled (private mode, strict settings): only this page remembers.
    return choiceWithoutStorage;
  }
}

/** The language chosen earlier on this device, or Kyrgyz. */
export function storedLanguage(): Language {
  return chosenLanguage() ?? DEFAULT_LANGUAGE;
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable; the page still switches and remembers it.
    choiceWithoutStorage = language;
  }
}
