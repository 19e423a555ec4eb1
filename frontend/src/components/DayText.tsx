import { useTranslation } from "react-i18next";
import { formatDay } from "../i18n/dates";

/** A day from the API, written out in the current language, machine-readable in `dateTime`. */
export function DayText({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDay(value, i18n.resolvedLanguage ?? i18n.language)}</time>;
}
