import { useTranslation } from "react-i18next";
import { LANGUAGES, LANGUAGE_NAMES, storeLanguage } from "../i18n/languages";

/** Three buttons, each language named in itself, on every page. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <nav className="language-switcher" aria-label={t("language")}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              aria-pressed={current === language}
              onClick={() => {
                storeLanguage(language);
                void i18n.changeLanguage(language);
              }}
            >
              {LANGUAGE_NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
