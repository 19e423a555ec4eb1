import type { Language } from "../../i18n/languages";

/**
 * The language the writer chose, or `null` for a paper note: the box client sends the
 * language its writer used, while a paper note is only given the school's language.
 */
export function writerLanguage(appeal: { channel: "online" | "paper"; language: Language }): Language | null {
  return appeal.channel === "online" ? appeal.language : null;
}
