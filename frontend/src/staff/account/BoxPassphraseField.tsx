import { useId } from "react";
import { useTranslation } from "react-i18next";

/** The fewest characters a box passphrase (a member's or the district's) may have. */
export const BOX_PASSPHRASE_MIN_CHARS = 12;

interface SecretFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** `new-password` where a passphrase is chosen; `off` where one is typed to use it. */
  autoComplete?: "new-password" | "off";
}

/** A passphrase or recovery-code field: hidden as typed, with an optional hint. */
export function SecretField({ label, value, onChange, hint, autoComplete = "off" }: SecretFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** The box passphrase (or recovery code) a member types to give their share to an opening. */
export function BoxPassphraseField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation("account");
  return (
    <SecretField
      label={t("box_key.opening_field")}
      value={value}
      onChange={onChange}
      hint={t("box_key.opening_hint")}
    />
  );
}
