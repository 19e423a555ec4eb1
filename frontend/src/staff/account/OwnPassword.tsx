import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { fieldMessages } from "../../i18n/problemMessage";
import { PASSWORD_MIN_CHARS, useChangeOwnPassword } from "./hooks";

interface PasswordInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  hint?: string;
  error?: string;
}

/** A password field, hidden as typed, with its hint and its error below it. */
function PasswordInput({ label, value, onChange, autoComplete, hint, error }: PasswordInputProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type Field = "current" | "new" | "repeat";

/**
 * The member chooses their own password, typing the one they have now. Every session of
 * theirs then ends: they are sent to sign in again, with a word that the change went through.
 */
export function OwnPassword() {
  const { t } = useTranslation("account");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const change = useChangeOwnPassword();
  const [current, setCurrent] = useState("");
  const [chosen, setChosen] = useState("");
  const [repeated, setRepeated] = useState("");
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, change.error);
  const min = { count: PASSWORD_MIN_CHARS };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (current === "") found.current = t("own_password.current_required");
    if ([...chosen].length < PASSWORD_MIN_CHARS) found.new = t("own_password.too_short", min);
    else if (repeated !== chosen) found.repeat = t("own_password.mismatch");
    setProblems(found);
    if (Object.keys(found).length > 0) {
      change.reset();
      return failed();
    }
    change.mutate(
      { current_password: current, new_password: chosen },
      // On success the session is over: the frame sends the person to sign in again.
      { onError: failed },
    );
  };

  return (
    <section className="no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("own_password.heading")}</h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <p>{t("own_password.intro")}</p>
        <PasswordInput
          label={t("own_password.current")}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          // The server names the wrong current password `password`, as on the other account forms.
          error={problems.current ?? server.current_password ?? server.password}
        />
        <PasswordInput
          label={t("own_password.new")}
          value={chosen}
          onChange={setChosen}
          autoComplete="new-password"
          hint={t("own_password.new_hint", min)}
          error={problems.new ?? server.new_password}
        />
        <PasswordInput
          label={t("own_password.repeat")}
          value={repeated}
          onChange={setRepeated}
          autoComplete="new-password"
          error={problems.repeat}
        />
        {change.isError && <ErrorAlert error={change.error} />}
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {t("own_password.submit")}
        </button>
      </form>
    </section>
  );
}
