import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ShownOnce } from "../../components/ShownOnce";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { languageErrors, toSend, useInLanguage, type LanguageValues } from "../../i18n/inLanguages";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../i18n/languages";
import { fieldMessages } from "../../i18n/problemMessage";
import { InLanguagesField, SelectField, TextField } from "../../components/fields";
import { SCHOOL_PARAM } from "../WithSchool";
import { useCreateSchool, useDistrictSchools } from "./hooks";
import { WithDistrict } from "./WithDistrict";

const schoolQuery = (slug: string) => `?${SCHOOL_PARAM}=${encodeURIComponent(slug)}`;

function SchoolLinks({ district }: { district: string }) {
  const { t } = useTranslation(["admin", "common"]);
  const shown = useInLanguage();
  const schools = useDistrictSchools(district);
  return (
    <section aria-labelledby="district-school-list">
      <h2 id="district-school-list">{t("admin:schools.list_heading")}</h2>
      {schools.isPending && <p role="status">{t("common:loading")}</p>}
      {schools.isError && <ErrorAlert error={schools.error} onRetry={() => void schools.refetch()} />}
      {schools.isSuccess &&
        (schools.data.schools.length === 0 ? (
          <p>{t("admin:schools.none")}</p>
        ) : (
          <ul className="staff-list">
            {schools.data.schools.map((school) => {
              const name = shown(school.names, school.name);
              return (
                <li key={school.school} className="staff-list__item">
                  <span>
                    <span className="staff-list__name">{name}</span>
                    <span className="staff-list__position hash">{t("admin:schools.address", { slug: school.school })}</span>
                  </span>
                  <span className="staff-actions">
                    <Link to={`/staff/settings/staff${schoolQuery(school.school)}`}>
                      {t("admin:schools.staff_link", { name })}
                    </Link>
                    <Link to={`/staff/settings/school${schoolQuery(school.school)}`}>
                      {t("admin:schools.settings_link", { name })}
                    </Link>
                  </span>
                </li>
              );
            })}
          </ul>
        ))}
    </section>
  );
}

const EMPTY = {
  slug: "",
  time_zone: "Asia/Bishkek",
  full_name: "",
  login: "",
  email: "",
};
const NO_TEXT: LanguageValues = { ky: "", ru: "", en: "" };
type Field = keyof typeof EMPTY;
/** The fields in languages: the school's name and its director's position. */
type InLanguages = "names" | "positions";
const REQUIRED: readonly Field[] = ["slug", "time_zone", "full_name", "login"];
/** Where the server names each field of the form in its `validation_failed` answer. */
const SERVER_FIELDS: Record<Field, string> = {
  slug: "slug",
  time_zone: "time_zone",
  full_name: "director.full_name",
  login: "director.login",
  email: "director.email",
};

interface Created {
  name: string;
  slug: string;
  director: string;
  login: string;
  password: string;
}

function NewSchool({ district }: { district: string }) {
  const { t } = useTranslation("admin");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const create = useCreateSchool(district);
  const [form, setForm] = useState(EMPTY);
  const [names, setNames] = useState(NO_TEXT);
  const [positions, setPositions] = useState(NO_TEXT);
  const [language, setLanguage] = useState<Language>("ky");
  const [missing, setMissing] = useState<Partial<Record<Field | InLanguages, boolean>>>({});
  const [created, setCreated] = useState<Created | null>(null);
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, create.error);
  const error = (field: Field) => (missing[field] ? t("required") : server[SERVER_FIELDS[field]]);
  const set = (field: Field) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  /** Each language's error of a field in languages: the school's language is required. */
  const errorsOf = (field: InLanguages, serverField: string) => ({
    ...languageErrors(server, serverField),
    ...(missing[field] ? { [language]: t("required") } : {}),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field | InLanguages, boolean>> = Object.fromEntries(
      REQUIRED.map((field) => [field, form[field].trim() === ""]),
    );
    found.names = names[language].trim() === "";
    found.positions = positions[language].trim() === "";
    setMissing(found);
    if (Object.values(found).some(Boolean)) return failed();
    const email = form.email.trim();
    create.mutate(
      {
        names: toSend(names),
        slug: form.slug.trim().toLowerCase(),
        default_language: language,
        time_zone: form.time_zone.trim(),
        director: {
          full_name: form.full_name.trim(),
          positions: toSend(positions),
          login: form.login.trim(),
          email: email === "" ? null : email,
          roles: [],
        },
      },
      {
        onSuccess: (answer) => {
          setCreated({
            name: answer.school.name,
            slug: answer.school.slug,
            director: answer.director.full_name,
            login: answer.director.login,
            password: answer.initial_password,
          });
          setForm(EMPTY);
          setNames(NO_TEXT);
          setPositions(NO_TEXT);
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("schools.new_heading")}</h2>
      {created && (
        <>
          <p className="notice">{t("schools.created", { name: created.name, slug: created.slug })}</p>
          <ShownOnce
            label={t("schools.director_password", { name: created.director, login: created.login })}
            value={created.password}
            hint={t("shown_once.hint")}
            dismissLabel={t("shown_once.done")}
            onDismiss={() => setCreated(null)}
          />
          <ul className="link-list">
            <li>
              <Link to={`/staff/settings/staff${schoolQuery(created.slug)}`}>{t("schools.open_staff")}</Link>
            </li>
            <li>
              <Link to={`/staff/settings/school${schoolQuery(created.slug)}`}>{t("schools.open_settings")}</Link>
            </li>
          </ul>
        </>
      )}
      <form
        ref={formRef}
        className="case-form"
        onSubmit={onSubmit}
        noValidate
        aria-label={t("schools.new_heading")}
        aria-describedby={`${id}-intro`}
      >
        <p id={`${id}-intro`}>{t("schools.new_intro")}</p>
        <SelectField
          label={t("schools.language")}
          hint={t("settings.language_hint")}
          value={language}
          onChange={(value) => setLanguage(LANGUAGES.find((known) => known === value) ?? "ky")}
          error={server.default_language}
        >
          {LANGUAGES.map((known) => (
            <option key={known} value={known} lang={known}>
              {LANGUAGE_NAMES[known]}
            </option>
          ))}
        </SelectField>
        <InLanguagesField
          legend={t("schools.name")}
          first={language}
          values={names}
          onChange={setNames}
          errors={errorsOf("names", "names")}
        />
        <TextField
          label={t("schools.slug")}
          hint={t("schools.slug_hint")}
          value={form.slug}
          onChange={set("slug")}
         
          error={error("slug")}
        />
        <TextField
          label={t("schools.time_zone")}
          hint={t("schools.time_zone_hint")}
          value={form.time_zone}
          onChange={set("time_zone")}
         
          error={error("time_zone")}
        />
        <fieldset className="group">
          <legend>{t("schools.director_heading")}</legend>
          <TextField
            label={t("staff.full_name")}
            value={form.full_name}
            onChange={set("full_name")}
           
            error={error("full_name")}
          />
          <InLanguagesField
            legend={t("staff.position")}
            first={language}
            values={positions}
            onChange={setPositions}
            errors={errorsOf("positions", "director.positions")}
          />
          <TextField
            label={t("staff.login")}
            hint={t("staff.login_hint")}
            value={form.login}
            onChange={set("login")}
           
            error={error("login")}
          />
          <TextField
            label={`${t("staff.email")} ${t("optional")}`}
            hint={t("staff.email_hint")}
            type="email"
            value={form.email}
            onChange={set("email")}
           
            error={error("email")}
          />
        </fieldset>
        {create.isError && <ErrorAlert error={create.error} />}
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t("schools.create")}
        </button>
      </form>
    </section>
  );
}

/** `/staff/district/schools`: the district administrator opens each school's staff and settings, and adds schools. */
export function SchoolsPage() {
  const { t } = useTranslation("admin");
  useDocumentTitle(t("schools.title"));
  return (
    <section className="panel">
      <h1>{t("schools.title")}</h1>
      <p>{t("schools.intro")}</p>
      <WithDistrict>
        {({ district }) => (
          <>
            <SchoolLinks district={district} />
            <NewSchool district={district} />
          </>
        )}
      </WithDistrict>
    </section>
  );
}
