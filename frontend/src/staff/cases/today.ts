import { dayOf } from "../../i18n/dates";

/** Today (YYYY-MM-DD) as the school counts it: a day entered may not be later. */
export function todayIn(timeZone: string | undefined): string {
  return dayOf(new Date().toISOString(), timeZone);
}
