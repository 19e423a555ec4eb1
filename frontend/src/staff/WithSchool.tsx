import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useMe, type Me } from "../auth/hooks";
import { ErrorAlert } from "../components/ErrorAlert";
import { useSchool } from "./hooks";
import { useInLanguage } from "../i18n/inLanguages";

export interface StaffContext {
  me: Me;
  /** The school's slug. */
  school: string;
  /** The school's time zone, once known: days and times are the school's. */
  timeZone: string | undefined;
}

/**
 * A staff page about the signed-in person's school: waits for who they are, and says so
 * when they belong to no school (a district account).
 */
export function WithSchool({ children }: { children: (context: StaffContext) => ReactNode }) {
  const { t } = useTranslation(["staff", "common"]);
  const me = useMe();
  const slug = me.data?.school?.slug;
  const school = useSchool(slug);
  if (me.isPending) return <p role="status">{t("common:loading")}</p>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!slug) return <p className="notice">{t("shell.no_school")}</p>;
  return children({ me: me.data, school: slug, timeZone: school.data?.settings.time_zone });
}

/** `?school=` on a district account's pages: the school it looks at. */
export const SCHOOL_PARAM = "school";

function SchoolChooser({ initial, onChoose }: { initial: string; onChoose: (slug: string) => void }) {
  const { t } = useTranslation("staff");
  const id = useId();
  const [typed, setTyped] = useState(initial);
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const slug = typed.trim().toLowerCase();
    setMissing(slug === "");
    if (slug) onChoose(slug);
  };
  return (
    <form className="school-chooser" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("school_chooser.heading")}</h2>
      <div className="field">
        <label htmlFor={id}>{t("school_chooser.label")}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {t("school_chooser.hint")}
        </p>
        <input
          id={id}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {missing && (
          <p className="field__error" id={`${id}-error`}>
            {t("school_chooser.required")}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        {t("school_chooser.submit")}
      </button>
    </form>
  );
}

/**
 * A staff page about one school that the district office also uses: school staff see their
 * own school; a district account names the school (`?school=`), as the API has no list of a
 * district's schools to choose from.
 */
export function WithSchoolOrDistrict({ children }: { children: (context: StaffContext) => ReactNode }) {
  const shown = useInLanguage();
  const { t } = useTranslation(["staff", "common"]);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const district = me.data?.school == null && me.data?.district != null;
  const slug = me.data?.school?.slug ?? (district ? params.get(SCHOOL_PARAM) || undefined : undefined);
  const school = useSchool(slug);
  if (me.isPending) return <p role="status">{t("common:loading")}</p>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!district && !slug) return <p className="notice">{t("shell.no_school")}</p>;
  return (
    <>
      {district && (
        <SchoolChooser
          key={slug ?? ""}
          initial={slug ?? ""}
          onChoose={(chosen) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              next.set(SCHOOL_PARAM, chosen);
              return next;
            })
          }
        />
      )}
      {district && slug && school.isError && <ErrorAlert error={school.error} />}
      {district && slug && school.isSuccess && (
        <p className="notice">{t("school_chooser.shown", { name: shown(school.data.names, school.data.name) })}</p>
      )}
      {slug &&
        (!district || school.isSuccess) &&
        children({ me: me.data, school: slug, timeZone: school.data?.settings.time_zone })}
    </>
  );
}
