import type { TFunction } from "i18next";
import { ApiError } from "../api/problem";
import type errorsCatalogue from "./en/errors.json";

type ErrorCode = keyof typeof errorsCatalogue.codes;
type FieldCode = keyof typeof errorsCatalogue.fields;

// The catalogue itself is asked whether it knows a code (an empty text when it does not), so
// that this module does not carry a copy of it.
function known(t: TFunction<"errors">, key: `codes.${ErrorCode}` | `fields.${FieldCode}`): string {
  return t(key, { defaultValue: "" });
}

/**
 * The message to show a person for a failed request, in the current language (`t` of the
 * `errors` namespace): the translation of the problem's `code`, a general message for
 * codes this client does not know, and when to try again for throttled requests.
 */
export function problemMessage(t: TFunction<"errors">, error: unknown): string {
  const code = error instanceof ApiError ? error.code : "";
  const message = (code && known(t, `codes.${code as ErrorCode}`)) || t("unknown");
  const retryAfter = error instanceof ApiError ? error.retryAfter : null;
  if (retryAfter === null || retryAfter <= 0) return message;
  const wait =
    retryAfter < 120
      ? t("retry_after_seconds", { seconds: retryAfter })
      : t("retry_after_minutes", { minutes: Math.ceil(retryAfter / 60) });
  return `${message} ${wait}`;
}

/** The translated message for each failing field of a `validation_failed` problem. */
export function fieldMessages(t: TFunction<"errors">, error: unknown): Record<string, string> {
  const messages: Record<string, string> = {};
  if (!(error instanceof ApiError)) return messages;
  for (const field of error.fieldErrors) {
    messages[field.field] ??= known(t, `fields.${field.code as FieldCode}`) || t("fields.invalid");
  }
  return messages;
}
