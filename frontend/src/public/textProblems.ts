import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem";
import { formatNumber } from "../i18n/dates";
import { characterCount, MAX_TEXT_CHARACTERS } from "./receipt";

/** The problems of an appeal's or a reply's text, shown beside the text. */
export const TEXT_CODES: ReadonlySet<string> = new Set([
  "obscene_language",
  "appeal_text_empty",
  "appeal_text_too_long",
]);

/** Whether a failed request's problem belongs beside the text. */
export function isTextProblem(error: unknown): boolean {
  return error instanceof ApiError && TEXT_CODES.has(error.code);
}

/** The words of an `obscene_language` refusal, or null for any other outcome. */
export function refusedWordsOf(error: unknown): readonly string[] | null {
  return error instanceof ApiError && error.code === "obscene_language" ? (error.problem?.words ?? []) : null;
}

/** What to say about a text: before sending it, and after the server refused it. */
export function useTextProblems() {
  const { t, i18n } = useTranslation("appeal");
  const { t: tErrors } = useTranslation("errors");
  return {
    /** Empty or too long: caught here, without asking the server. */
    beforeSending(text: string): string | null {
      if (text.trim() === "") return t("form.text_required");
      if (characterCount(text) > MAX_TEXT_CHARACTERS) {
        return t("form.text_too_long", {
          max: formatNumber(MAX_TEXT_CHARACTERS, i18n.resolvedLanguage ?? i18n.language),
        });
      }
      return null;
    },
    /** The server's refusal of the text, except obscene words (shown with the words). */
    fromServer(error: unknown): string | undefined {
      if (!(error instanceof ApiError)) return undefined;
      if (error.code === "appeal_text_empty") return tErrors("codes.appeal_text_empty");
      if (error.code === "appeal_text_too_long") return tErrors("codes.appeal_text_too_long");
      return undefined;
    },
  };
}
