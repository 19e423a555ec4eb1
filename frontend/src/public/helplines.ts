import type { Language } from "../i18n/languages";
import type { PublicSchool } from "./hooks";

/** A number to call for help, named in the three languages of the box. */
export type Helpline = PublicSchool["helplines"][number];

/**
 * The national numbers, shown where no school is known (the landing page, `/check`) and
 * while a school's own list loads: help never waits for the network. Their names are in
 * the `common` catalogue (`help.national.*`).
 */
export const NATIONAL_HELPLINES = [
  { number: "111", key: "child" },
  { number: "102", key: "police" },
  { number: "112", key: "emergency" },
] as const;

/** What a phone dials: the number without the spaces and hyphens people write in it. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** The helpline's name in the page's language. */
export function helplineLabel(line: Helpline, language: Language): string {
  switch (language) {
    case "ky":
      return line.label_ky;
    case "ru":
      return line.label_ru;
    case "en":
      return line.label_en;
  }
}
