import type { Resource } from "i18next";

const files = import.meta.glob<Record<string, unknown>>("../i18n/*/*.json", { eager: true, import: "default" });

/** Every catalogue of every language, for tests that render at once without loading any. */
export function allCatalogues(): Resource {
  const resources: Resource = {};
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /\/i18n\/([a-z]+)\/([a-z_]+)\.json$/.exec(path);
    const [, language, namespace] = match ?? [];
    if (!language || !namespace) continue;
    (resources[language] ??= {})[namespace] = catalogue;
  }
  return resources;
}
