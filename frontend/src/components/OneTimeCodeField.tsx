import { useId, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";

interface OneTimeCodeFieldProps {
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** What is wrong with the code typed, under the field. */
  error?: string;
  /** Marks the field wrong without a message of its own (the page's alert says why). */
  invalid?: boolean;
  /** Whether one of the recovery codes may be typed instead: a button switches the field. */
  recoveryAllowed?: boolean;
  /** The id of a text that says what the code is for, read with the field. */
  describedBy?: string;
}

/**
 * The six-digit code of an authenticator app, in a field large enough to type on a small
 * phone with the number pad (and filled in by the phone when it offers the code). Where a
 * recovery code is accepted instead, a button turns it into a field for letters.
 */
export function OneTimeCodeField({
  value,
  onChange,
  inputRef,
  error,
  invalid,
  recoveryAllowed = false,
  describedBy,
}: OneTimeCodeFieldProps) {
  const { t } = useTranslation("auth");
  const id = useId();
  const [recovery, setRecovery] = useState(false);
  const kind = recovery ? "recovery" : "app";
  const describedByIds = [describedBy, `${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  const switchKind = () => {
    setRecovery((current) => !current);
    onChange("");
    document.getElementById(id)?.focus();
  };

  return (
    <div className="field code-field">
      <label htmlFor={id}>{t(`code.${kind}_label`)}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t(`code.${kind}_hint`)}
      </p>
      <input
        ref={inputRef}
        id={id}
        className="code-input"
        type="text"
        inputMode={recovery ? "text" : "numeric"}
        autoComplete={recovery ? "off" : "one-time-code"}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describedByIds}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {recoveryAllowed && (
        <button type="button" className="button button--link-text" onClick={switchKind}>
          {recovery ? t("code.use_app") : t("code.use_recovery")}
        </button>
      )}
    </div>
  );
}
