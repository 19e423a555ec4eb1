import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { languageErrors, languageValues, toSend, type LanguageValues } from "../../i18n/inLanguages";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from "../../i18n/languages";
import { fieldMessages } from "../../i18n/problemMessage";
import { InLanguagesField, SelectField, TextField } from "../../components/fields";
import { useSchool } from "../hooks";
import { can } from "../roles";
import { SCHOOL_PARAM, WithSchoolOrDistrict } from "../WithSchool";
import { useSaveSchoolSettings, type SchoolView } from "./hooks";

/** The numbers of the settings, each with the range the server accepts (shown in its hint). */
const NUMBERS = [
  { field: "opening_quorum", label: "quorum", min: 2, max: 9 },
  { field: "opening_interval_months", label: "interval", min: 1, max: 3 },
  { field: "answer_deadline_working_days", label: "deadline", min: 1, max: 14 },
  { field: "anonymous_target_working_days", label: "anonymous", min: 1, max: 30 },
  { field: "retention_years", label: "retention", min: 1, max: 25 },
] as const;

type NumberField = (typeof NUMBERS)[number]["field"];
type LineField = NumberField | "default_language" | "time_zone";
type Form = Record<LineField, string> & { names: LanguageValues };
type FormField = LineField | "names";

/** The school's language as the form has it. */
function languageOf(form: Form): Language {
  return isLanguage(form.default_language) ? form.default_language : "ky";
}

function formOf(school: SchoolView): Form {
  const { settings } = school;
  const language = isLanguage(settings.default_language) ? settings.default_language : "ky";
  return {
    names: languageValues(school.names, language, school.name),
    opening_quorum: String(settings.opening_quorum),
    opening_interval_months: String(settings.opening_interval_months),
    answer_deadline_working_days: String(settings.answer_deadline_working_days),
    anonymous_target_working_days: String(settings.anonymous_target_working_days),
    default_language: settings.default_language,
    time_zone: settings.time_zone,
    retention_years: String(settings.retention_years),
  };
}

const WHOLE_NUMBER = /^\d{1,3}$/;

function SettingsForm({ school, initial }: { school: string; initial: SchoolView }) {
  const { t } = useTranslation("admin");
  const { t: tErrors } = useTranslation("errors");
  const save = useSaveSchoolSettings(school);
  const [form, setForm] = useState<Form>(() => formOf(initial));
  const [problems, setProblems] = useState<Partial<Record<FormField, string>>>({});
  const [saved, setSaved] = useState(false);
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, save.error);
  const error = (field: LineField) => problems[field] ?? server[field];
  const language = languageOf(form);
  const nameErrors = { ...languageErrors(server, "names"), ...(problems.names ? { [language]: problems.names } : {}) };
  const set = (field: LineField) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };
  const setNames = (names: LanguageValues) => {
    setForm((current) => ({ ...current, names }));
    setSaved(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<FormField, string>> = {};
    if (form.names[language].trim() === "") found.names = t("required");
    if (form.time_zone.trim() === "") found.time_zone = t("required");
    for (const { field } of NUMBERS) {
      if (form[field].trim() === "") found[field] = t("required");
      else if (!WHOLE_NUMBER.test(form[field].trim())) found[field] = t("settings.whole_number");
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return failed();
    const number = (field: NumberField) => Number.parseInt(form[field].trim(), 10);
    save.mutate(
      {
        names: toSend(form.names),
        opening_quorum: number("opening_quorum"),
        opening_interval_months: number("opening_interval_months"),
        answer_deadline_working_days: number("answer_deadline_working_days"),
        anonymous_target_working_days: number("anonymous_target_working_days"),
        default_language: form.default_language,
        time_zone: form.time_zone.trim(),
        retention_years: number("retention_years"),
      },
      {
        onSuccess: (school) => {
          setForm(formOf(school));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form ref={formRef} className="case-form" onSubmit={onSubmit} noValidate aria-label={t("settings.title")}>
      <InLanguagesField
        legend={t("settings.name")}
        hint={t("settings.name_hint")}
        first={language}
        values={form.names}
        onChange={setNames}
        errors={nameErrors}
      />
      {NUMBERS.map(({ field, label, min, max }) => (
        <TextField
          key={field}
          type="number"
          min={String(min)}
          max={String(max)}
          label={t(`settings.${label}`)}
          hint={t(`settings.${label}_hint`)}
          value={form[field]}
          onChange={set(field)}
          error={error(field)}
        />
      ))}
      <SelectField
        label={t("settings.language")}
        hint={t("settings.language_hint")}
        value={form.default_language}
        onChange={set("default_language")}
        error={error("default_language")}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("settings.time_zone")}
        hint={t("settings.time_zone_hint")}
        value={form.time_zone}
        onChange={set("time_zone")}
        error={error("time_zone")}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <p className="kept-status" role="status">
        {saved ? t("settings.saved") : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t("settings.save")}
      </button>
    </form>
  );
}

/** Where the rest of a school's set-up is: its own staff reach the holidays and the working group. */
function AlsoSetUp({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation("admin");
  const own = me.school?.slug === school;
  const query = own ? "" : `?${SCHOOL_PARAM}=${encodeURIComponent(school)}`;
  return (
    <nav aria-labelledby="also-set-up">
      <h2 id="also-set-up">{t("settings.also")}</h2>
      <ul className="link-list">
        <li>
          <Link to={`/staff/settings/staff${query}`}>{t("settings.staff_link")}</Link>
        </li>
        {own && can.manageHolidays(me) && (
          <li>
            <Link to="/staff/settings/holidays">{t("settings.holidays_link")}</Link>
          </li>
        )}
        {own && can.manageWorkingGroup(me) && (
          <li>
            <Link to="/staff/working-group">{t("settings.group_link")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function Settings({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation("common");
  const view = useSchool(school);
  if (view.isPending) return <p role="status">{t("loading")}</p>;
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  return (
    <>
      <SettingsForm key={school} school={school} initial={view.data} />
      <AlsoSetUp me={me} school={school} />
    </>
  );
}

/**
 * `/staff/settings/school`: the school's name and the settings of its trust-box process,
 * for the director, the school administrator and (naming the school, `?school=`) the
 * district administrator.
 */
export function SchoolSettingsPage() {
  const { t } = useTranslation("admin");
  useDocumentTitle(t("settings.title"));
  return (
    <section className="panel">
      <h1>{t("settings.title")}</h1>
      <p>{t("settings.intro")}</p>
      <WithSchoolOrDistrict>{({ me, school }) => <Settings me={me} school={school} />}</WithSchoolOrDistrict>
    </section>
  );
}
