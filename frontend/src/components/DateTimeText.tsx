import { useTranslation } from "react-i18next";
import { formatDateTime } from "../i18n/dates";

interface DateTimeTextProps {
  /** An instant from the API. */
  value: string;
  /** The school's time zone; the device's when not known. */
  timeZone?: string;
  /** A language other than the page's (an act is printed in the school's language). */
  language?: string;
}

/** A day and a time, written out in the page's language, machine-readable in `dateTime`. */
export function DateTimeText({ value, timeZone, language }: DateTimeTextProps) {
  const { i18n } = useTranslation();
  const shownIn = language ?? i18n.resolvedLanguage ?? i18n.language;
  return <time dateTime={value}>{formatDateTime(value, shownIn, timeZone)}</time>;
}
