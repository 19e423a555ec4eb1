import { useId } from "react";
import { useTranslation } from "react-i18next";

/** The box passphrase (or recovery code) a member types to give their share to an opening. */
export function BoxPassphraseField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation("account");
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{t("box_key.opening_field")}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
      />
      <p className="field__hint" id={hintId}>
        {t("box_key.opening_hint")}
      </p>
    </div>
  );
}
