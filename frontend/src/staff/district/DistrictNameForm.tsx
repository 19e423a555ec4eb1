import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { InLanguagesField, TextField } from "../../components/fields";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { languageErrors, languageValues, toSend, type LanguageValues } from "../../i18n/inLanguages";
import { fieldMessages } from "../../i18n/problemMessage";
import { useSaveDistrictSettings, type DistrictSettings } from "./hooks";

/**
 * The district's name: its default (shown where a language has none of its own) and its name
 * in Kyrgyz, Russian and English, as its schools' pages and the staff's pages show it. Saved on
 * its own (the two-factor rule is sent back as it is saved).
 */
export function DistrictNameForm({ district, current }: { district: string; current: DistrictSettings }) {
  const { t } = useTranslation("district");
  const { t: tErrors } = useTranslation("errors");
  const { t: tAdmin } = useTranslation("admin");
  const id = useId();
  const save = useSaveDistrictSettings(district);
  const [name, setName] = useState(current.name);
  const [names, setNames] = useState<LanguageValues>(() => languageValues(current.names, null, ""));
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, save.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const empty = name.trim() === "";
    setMissing(empty);
    if (empty) return failed();
    save.mutate(
      { two_factor_required: current.two_factor_required, name: name.trim(), names: toSend(names) },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form ref={formRef} className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("settings.name.heading")}</h2>
      <p>{t("settings.name.intro")}</p>
      <TextField
        label={t("settings.name.default")}
        hint={t("settings.name.default_hint")}
        value={name}
        onChange={(value) => {
          setName(value);
          setSaved(false);
        }}
        error={missing ? tAdmin("required") : server.name}
      />
      <InLanguagesField
        legend={t("settings.name.in_languages")}
        first={null}
        values={names}
        onChange={(values) => {
          setNames(values);
          setSaved(false);
        }}
        errors={languageErrors(server, "names")}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t("settings.name.save")}
      </button>
      <p className="kept-status" role="status">
        {saved && t("settings.name.saved")}
      </p>
    </form>
  );
}
