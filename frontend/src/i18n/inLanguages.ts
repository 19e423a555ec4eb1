import { useTranslation } from "react-i18next";
import { isLanguage, LANGUAGES, type Language } from "./languages";

/**
 * A name, a position or a narrative in each language that has one, as the API gives it
 * (`names`, `positions`, `narratives`): a language without a value shows the one in the
 * school's language, which the API gives beside it (`name`, `position`, `narrative`).
 */
export interface InLanguages {
  ky?: string | null;
  ru?: string | null;
  en?: string | null;
}

/** The value in `language`, else `fallback` (the value in the school's language). */
export function inLanguage(values: InLanguages | null | undefined, language: string, fallback: string): string {
  const own = isLanguage(language) ? values?.[language]?.trim() : undefined;
  return own ? own : fallback;
}

/** Shows names in the page's language, falling back to the school's. */
export function useInLanguage(): (values: InLanguages | null | undefined, fallback: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (values, fallback) => inLanguage(values, language, fallback);
}

/** What a form holds for a text in languages: one line (or text) per language, empty when none. */
export type LanguageValues = Record<Language, string>;

/**
 * The form's values of a text in languages: each language's own, and the school's language
 * filled with `single` (the value in the school's language) where it has none of its own.
 */
export function languageValues(
  values: InLanguages | null | undefined,
  first: Language | null,
  single: string,
): LanguageValues {
  const form = { ky: values?.ky ?? "", ru: values?.ru ?? "", en: values?.en ?? "" };
  if (first !== null && form[first].trim() === "") form[first] = single;
  return form;
}

/** What the API is sent: each language's value trimmed, `null` where it is empty. */
export function toSend(values: LanguageValues): { ky: string | null; ru: string | null; en: string | null } {
  const one = (value: string) => (value.trim() === "" ? null : value.trim());
  return { ky: one(values.ky), ru: one(values.ru), en: one(values.en) };
}

/** The languages in the order a form asks them: the school's language first. */
export function languagesFrom(first: Language | null): Language[] {
  return first === null ? [...LANGUAGES] : [first, ...LANGUAGES.filter((language) => language !== first)];
}

/** The errors of each language's field among a `validation_failed` answer's fields (`names.ky`). */
export function languageErrors(
  server: Record<string, string>,
  field: string,
): Partial<Record<Language, string>> {
  const errors: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const message = server[`${field}.${language}`];
    if (message) errors[language] = message;
  }
  return errors;
}
