import { useId, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../i18n/dates";
import { contains, highlight } from "./highlight";
import { characterCount, MAX_TEXT_CHARACTERS } from "./receipt";

interface ObsceneRefusalProps {
  id: string;
  /** The words the server refused, as the writer wrote them. */
  words: readonly string[];
  /** The text as it is now, while the writer rephrases. */
  text: string;
}

/**
 * The kind refusal of clause 3.3, beside the text: which words to change, each marked
 * as changed once it is gone, and where the remaining ones are in the text.
 */
function ObsceneRefusal({ id, words, text }: ObsceneRefusalProps) {
  const { t } = useTranslation("appeal");
  const remaining = words.filter((word) => contains(text, word));
  return (
    <div className="refusal" id={id} role="alert">
      <p className="refusal__title">{t("refusal.title")}</p>
      <p>{t("refusal.body")}</p>
      <p className="refusal__label">{t("refusal.words")}</p>
      <ul className="refusal__words">
        {words.map((word) => {
          const changed = !remaining.includes(word);
          return (
            <li key={word} className={changed ? "refusal__word refusal__word--changed" : "refusal__word"}>
              <mark>{word}</mark>
              {changed && <span className="refusal__changed">{` — ${t("refusal.changed")}`}</span>}
            </li>
          );
        })}
      </ul>
      {remaining.length > 0 && (
        <>
          <p className="refusal__label">{t("refusal.in_text")}</p>
          <p className="refusal__preview">
            {highlight(text, remaining).map((segment, index) =>
              segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
            )}
          </p>
        </>
      )}
    </div>
  );
}

interface AppealTextFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** A message to show below the text (missing, too long, or from the server). */
  error?: string;
  /** The words of an `obscene_language` refusal, shown beside the text. */
  refusedWords?: readonly string[] | null;
  rows?: number;
}

/** A long text with a live count toward the 10,000-character limit. */
export function AppealTextField({
  label,
  hint,
  value,
  onChange,
  textareaRef,
  error,
  refusedWords,
  rows = 8,
}: AppealTextFieldProps) {
  const { t, i18n } = useTranslation("appeal");
  const id = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const count = characterCount(value);
  const left = MAX_TEXT_CHARACTERS - count;
  const over = left < 0;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const refusalId = `${id}-refusal`;
  const refused = refusedWords && refusedWords.length > 0 ? refusedWords : null;
  const max = formatNumber(MAX_TEXT_CHARACTERS, language);
  const shownError = error ?? (over ? t("form.text_too_long", { max }) : undefined);
  // Announced to screen readers only near the limit, in steps of 50, not on every key.
  const announcement =
    left <= 500 && left >= 0
      ? t("form.characters_left", { left: formatNumber(Math.floor(left / 50) * 50, language) })
      : "";

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      <textarea
        ref={textareaRef}
        id={id}
        name="text"
        rows={rows}
        // Nothing a child writes is offered again to the next person on a shared phone.
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={shownError || refused ? true : undefined}
        aria-describedby={[hintId, countId, refused ? refusalId : null, shownError ? errorId : null]
          .filter(Boolean)
          .join(" ")}
      />
      <p className={over ? "char-count char-count--over" : "char-count"} id={countId}>
        {t("form.count", { current: formatNumber(count, language), max })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {refused && <ObsceneRefusal id={refusalId} words={refused} text={value} />}
      {shownError && (
        <p className="field__error" id={errorId}>
          {shownError}
        </p>
      )}
    </div>
  );
}
