/**
 * Days and numbers written out in the page's language. Browsers ship the calendar and
 * number data of only some languages: Chromium (and Chrome on Android) has none for
 * Kyrgyz and would write "November 26, 2026" on a Kyrgyz page. For Kyrgyz without that
 * data, and its CLDR form ("2026-ж., 26-ноябрь") is not how a sentence says it: the client
 * writes Kyrgyz days itself ("2026-жылдын 26-ноябрында").
 */

/** The months' names alone, as in "2026-ж. октябрь". */
const KYRGYZ_MONTH_NAMES = [
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

// The month with the possessive ending ("2026-жылдын 4-декабры") and in the locative, for
// "on that day" ("2026-жылдын 4-декабрында"), as people write a date in a Kyrgyz sentence;
// the CLDR's "2026-ж., 4-декабрь" reads like a form to fill in.
const KYRGYZ_MONTHS = [
  ["январы", "январында"],
  ["февралы", "февралында"],
  ["марты", "мартында"],
  ["апрели", "апрелинде"],
  ["майы", "майында"],
  ["июну", "июнунда"],
  ["июлу", "июлунда"],
  ["августу", "августунда"],
  ["сентябры", "сентябрында"],
  ["октябры", "октябрында"],
  ["ноябры", "ноябрында"],
  ["декабры", "декабрында"],
] as const;

/** How a day stands in its text: alone ("4 December 2026"), or as "on" that day. */
export type DayForm = "alone" | "on";

/** A Kyrgyz day as written in a sentence: "2026-жылдын 4-декабры", "…4-декабрында". */
export function kyrgyzDay(year: number, month: number, day: number, form: DayForm = "alone"): string {
  const names = KYRGYZ_MONTHS[month - 1];
  const name = names ? names[form === "on" ? 1 : 0] : String(month);
  return `${year}-жылдын ${day}-${name}`;
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
export function formatDay(isoDay: string, language: string, form: DayForm = "alone"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // Kyrgyz is written here whether or not the browser has its data (see KYRGYZ_MONTHS).
  if (language === "ky") return kyrgyzDay(year, month, day, form);
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

/** The parts of an instant as a wall clock in `timeZone` shows them (the device's zone when absent). */
function wallClock(instant: Date, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

function zoneOrDevice(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The calendar day (YYYY-MM-DD) of an API instant ("2026-11-26T09:52:26Z") in `timeZone`,
 * the school's zone: a day counted there, whatever the device's zone.
 */
export function dayOf(isoInstant: string, timeZone?: string): string {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return isoInstant;
  const { year, month, day } = wallClock(instant, zoneOrDevice(timeZone));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * An API instant written out as a day and a 24-hour time in `language`, as a clock in
 * `timeZone` (the school's) shows it: "26 ноября 2026 г. в 15:52", "2026-жылдын 26-ноябры 15:52".
 */
export function formatDateTime(isoInstant: string, language: string, timeZone?: string): string {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return isoInstant;
  const zone = zoneOrDevice(timeZone);
  if (language === "ky") {
    const { year, month, day, hour, minute } = wallClock(instant, zone);
    return `${kyrgyzDay(year, month, day)} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  }
  try {
    return new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: zone,
    }).format(instant);
  } catch {
    return isoInstant;
  }
}

/**
 * A month from the API ("2026-10") written out in `language`: "October 2026",
 * "октябрь 2026 г.", "2026-ж. октябрь".
 */
export function formatMonth(isoMonth: string, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const [year, month] = match.slice(1).map(Number) as [number, number];
  if (language === "ky" && !hasData((l) => Intl.DateTimeFormat.supportedLocalesOf(l), language)) {
    return `${year}-ж. ${KYRGYZ_MONTH_NAMES[month - 1] ?? month}`;
  }
  try {
    return new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  } catch {
    return isoMonth;
  }
}

/** The short name of a month ("Oct", "окт."), for the axis of a chart. */
export function formatMonthShort(isoMonth: string, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  const [year, month] = match.slice(1).map(Number) as [number, number];
  if (language === "ky" && !hasData((l) => Intl.DateTimeFormat.supportedLocalesOf(l), language)) {
    return (KYRGYZ_MONTH_NAMES[month - 1] ?? String(month)).slice(0, 3);
  }
  try {
    return new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  } catch {
    return isoMonth;
  }
}

/** The month ("YYYY-MM") before a month. */
export function previousMonth(isoMonth: string): string {
  const [year = 0, month = 1] = isoMonth.split("-").map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** The month ("YYYY-MM") of a day ("YYYY-MM-DD"). */
export function monthOf(isoDay: string): string {
  return isoDay.slice(0, 7);
}
