import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { chosenLanguage, isLanguage } from "../i18n/languages";

/**
 * Speaks the school's language to a visitor who has not chosen one with the switcher.
 * The school's language is not remembered as the visitor's choice.
 */
export function useSchoolLanguage(defaultLanguage: string | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!isLanguage(defaultLanguage) || chosenLanguage() !== null) return;
    if (i18n.language !== defaultLanguage) void i18n.changeLanguage(defaultLanguage);
  }, [defaultLanguage, i18n]);
}
