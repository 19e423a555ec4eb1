import i18next, { type BackendModule, type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LANGUAGE, LANGUAGES, PUBLIC_NAMESPACES, storedLanguage, type Language } from "./languages";

type Catalogue = Record<string, unknown>;

// Every catalogue ships with the client (nothing comes from elsewhere), but a page loads only
// its language's: the public ones as one file, the staff pages' as another, and the poster's
// and the parents' report's each alone (the groups are drawn in vite.config.ts).
const loaders = import.meta.glob<Catalogue>("./*/*.json", { import: "default" });

/** The loader of each catalogue, by `language/namespace`. */
export function catalogueLoaders(): Map<string, () => Promise<Catalogue>> {
  const byName = new Map<string, () => Promise<Catalogue>>();
  for (const [path, load] of Object.entries(loaders)) {
    const match = /^\.\/([a-z]+)\/([a-z_]+)\.json$/.exec(path);
    if (match) byName.set(`${match[1]}/${match[2]}`, load);
  }
  return byName;
}

/** An i18next backend reading the bundled catalogues on demand. */
function bundledCatalogues(): BackendModule {
  const byName = catalogueLoaders();
  return {
    type: "backend",
    init: () => undefined,
    read(language, namespace, callback) {
      const load = byName.get(`${language}/${namespace}`);
      if (!load) {
        callback(new Error(`no catalogue ${language}/${namespace}`), false);
        return;
      }
      load().then(
        (catalogue) => callback(null, catalogue),
        // A lost connection: i18next asks again on the next use of the namespace.
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

function reflectLanguage(language: string): void {
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
  }
}

/**
 * Creates an i18next instance in the given (or remembered) language. With `resources` it is
 * ready at once (tests); without, it reads the catalogues on demand, starting with the
 * public ones (`loadI18n` waits for them).
 */
export function createI18n(language: Language = storedLanguage(), resources?: Resource): I18n {
  return setUp(language, resources).instance;
}

function setUp(language: Language, resources: Resource | undefined): { instance: I18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance();
  if (!resources) instance.use(bundledCatalogues());
  const ready = instance.use(initReactI18next).init({
    ...(resources ? { resources } : {}),
    lng: language,
    // Every language has every key (catalogues.test.ts): no second language to download.
    fallbackLng: resources ? DEFAULT_LANGUAGE : false,
    supportedLngs: [...LANGUAGES],
    ns: [...PUBLIC_NAMESPACES],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: !resources,
  });
  reflectLanguage(language);
  // Only the switcher remembers a language (a choice); a school's default language, used
  // while the visitor has chosen none, is not remembered as theirs.
  instance.on("languageChanged", reflectLanguage);
  return { instance, ready };
}

/** An instance whose public catalogues are loaded, for the first render of the page. */
export async function loadI18n(language: Language = storedLanguage()): Promise<I18n> {
  const { instance, ready } = setUp(language, undefined);
  await ready;
  return instance;
}
