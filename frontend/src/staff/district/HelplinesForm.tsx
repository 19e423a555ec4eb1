import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { InputField } from "../../components/fields";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { fieldMessages } from "../../i18n/problemMessage";
import { useSaveDistrictSettings, type DistrictSettings, type Helpline } from "./hooks";

/** A district lists at least one helpline and at most this many: a phone screen shows them all. */
export const MAX_HELPLINES = 6;

const LINE_FIELDS = ["number", "label_ky", "label_ru", "label_en"] as const;
type LineField = (typeof LINE_FIELDS)[number];

/** A row of the editor: the helpline and a key that stays with it when rows above are removed. */
interface Row {
  key: number;
  line: Helpline;
}

const EMPTY_LINE: Helpline = { number: "", label_ky: "", label_ru: "", label_en: "" };

/**
 * The district's helplines, shown on every public page of its schools: where a child gets
 * help right now. Saved on their own (the two-factor rule is sent back as it is saved).
 */
export function HelplinesForm({ district, current }: { district: string; current: DistrictSettings }) {
  const { t } = useTranslation("district");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const save = useSaveDistrictSettings(district);
  const nextKey = useRef(current.helplines.length);
  const [rows, setRows] = useState<Row[]>(() => current.helplines.map((line, key) => ({ key, line })));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { formRef, failed } = useFocusFirstInvalid();

  // The server names a field by its place in the list sent: `helplines[1].number`.
  const fromServer = save.isError ? fieldMessages(tErrors, save.error) : {};
  const fieldError = (index: number, field: LineField): string | undefined => {
    const name = `helplines[${index}].${field}`;
    return missing[name] ?? fromServer[name];
  };
  const listError = fromServer.helplines ? t("settings.helplines.count", { max: MAX_HELPLINES }) : undefined;
  const shownFieldErrors = Object.keys(fromServer).length > 0;

  const changed = () => {
    setSaved(false);
    setMissing({});
  };
  const edit = (key: number, field: LineField, value: string) => {
    changed();
    setRows((current) => current.map((row) => (row.key === key ? { ...row, line: { ...row.line, [field]: value } } : row)));
  };
  const add = () => {
    changed();
    save.reset();
    setRows((current) => [...current, { key: nextKey.current++, line: EMPTY_LINE }]);
  };
  const remove = (key: number) => {
    changed();
    // The server's field names count places in the list; after a removal they no longer match.
    save.reset();
    setRows((current) => current.filter((row) => row.key !== key));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    rows.forEach(({ line }, index) => {
      for (const field of LINE_FIELDS) {
        if (line[field].trim() === "") found[`helplines[${index}].${field}`] = tErrors("fields.required");
      }
    });
    setMissing(found);
    if (Object.keys(found).length > 0) {
      failed();
      return;
    }
    save.mutate(
      { two_factor_required: current.two_factor_required, helplines: rows.map(({ line }) => line) },
      {
        onSuccess: (settings) => {
          setRows(settings.helplines.map((line) => ({ key: nextKey.current++, line })));
          setSaved(true);
        },
        onError: () => failed(),
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="helplines-form">
      <h2 id={`${id}-heading`}>{t("settings.helplines.heading")}</h2>
      <p>{t("settings.helplines.intro")}</p>
      {rows.map(({ key, line }, index) => (
        <fieldset key={key} className="group">
          <legend>{t("settings.helplines.row", { number: index + 1 })}</legend>
          <InputField
            label={t("settings.helplines.number")}
            value={line.number}
            onChange={(value) => edit(key, "number", value)}
            error={fieldError(index, "number")}
            type="tel"
            inputMode="tel"
            autoComplete="off"
          />
          <InputField
            label={t("settings.helplines.label_ky")}
            value={line.label_ky}
            onChange={(value) => edit(key, "label_ky", value)}
            error={fieldError(index, "label_ky")}
            autoComplete="off"
          />
          <InputField
            label={t("settings.helplines.label_ru")}
            value={line.label_ru}
            onChange={(value) => edit(key, "label_ru", value)}
            error={fieldError(index, "label_ru")}
            autoComplete="off"
          />
          <InputField
            label={t("settings.helplines.label_en")}
            value={line.label_en}
            onChange={(value) => edit(key, "label_en", value)}
            error={fieldError(index, "label_en")}
            autoComplete="off"
          />
          {rows.length > 1 && (
            <button type="button" className="button button--quiet" onClick={() => remove(key)}>
              {t("settings.helplines.remove", { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {listError && <p className="field__error">{listError}</p>}
      <div className="button-row">
        {rows.length < MAX_HELPLINES && (
          <button type="button" className="button" onClick={add}>
            {t("settings.helplines.add")}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t("settings.helplines.save")}
        </button>
      </div>
      {save.isError && !shownFieldErrors && <ErrorAlert error={save.error} />}
      <p className="kept-status" role="status">
        {saved && t("settings.helplines.saved")}
        {shownFieldErrors && t("settings.helplines.fix")}
      </p>
    </form>
  );
}
