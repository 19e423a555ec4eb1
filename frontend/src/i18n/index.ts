import i18next, { type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  NAMESPACES,
  storedLanguage,
  type Language,
} from "./languages";

type Catalogue = Record<string, unknown>;

// Every catalogue is bundled: the client must work without fetching anything else.
const files = import.meta.glob<Catalogue>("./*/*.json", { eager: true, import: "default" });

/** The catalogues as i18next resources: `{ ky: { common: {...}, auth: {...} }, ... }`. */
export function catalogues(): Resource {
  const resources: Resource = {};
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /^\.\/([a-z]+)\/([a-z_]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    if (!language || !namespace) continue;
    resources[language] ??= {};
    resources[language][namespace] = catalogue;
  }
  return resources;
}

function reflectLanguage(language: string): void {
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
  }
}

/** Creates and initialises an i18next instance in the given (or remembered) language. */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: catalogues(),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  reflectLanguage(language);
  // Only the switcher remembers a language (a choice); a school's default language, used
  // while the visitor has chosen none, is not remembered as theirs.
  instance.on("languageChanged", reflectLanguage);
  return instance;
}
