/**
 * Days and numbers written out in the page's language. Browsers ship the calendar and
 * number data of only some languages: Chromium (and Chrome on Android) has none for
 * Kyrgyz and would write "November 26, 2026" on a Kyrgyz page. For Kyrgyz without that
 * data, the client writes them itself, as the Unicode CLDR does ("2026-ж., 26-ноябрь").
 */

const KYRGYZ_MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
] as const;

/** A Kyrgyz day as the CLDR writes it in the long format. */
export function kyrgyzDay(year: number, month: number, day: number): string {
  return `${year}-ж., ${day}-${KYRGYZ_MONTHS[month - 1] ?? month}`;
}

/** A number grouped by thousands with no-break spaces, as Kyrgyz writes it (10 000). */
export function kyrgyzNumber(value: number): string {
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

function hasData(supportedLocalesOf: (locales: string[]) => string[], language: string): boolean {
  try {
    return supportedLocalesOf([language]).length > 0;
  } catch {
    return false;
  }
}

/**
 * A calendar day from the API ("2026-11-26": the school's day, no time, no zone) written
 * out in `language`, e.g. "26 ноября 2026 г.". The day never shifts with the device's zone.
 */
export function formatDay(isoDay: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (language === "ky" && !hasData((l) => Intl.DateTimeFormat.supportedLocalesOf(l), language)) {
    return kyrgyzDay(year, month, day);
  }
  try {
    return new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(year, month - 1, day)));
  } catch {
    return isoDay;
  }
}

/** A number in the language's way of writing it (10 000, 10,000). */
export function formatNumber(value: number, language: string): string {
  if (language === "ky" && !hasData((l) => Intl.NumberFormat.supportedLocalesOf(l), language)) {
    return kyrgyzNumber(value);
  }
  try {
    return new Intl.NumberFormat(language).format(value);
  } catch {
    return String(value);
  }
}
