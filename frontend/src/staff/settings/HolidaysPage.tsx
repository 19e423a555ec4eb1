import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatDay } from "../../i18n/dates";
import { fieldMessages } from "../../i18n/problemMessage";
import { TextField } from "../../components/fields";
import { WithSchool } from "../WithSchool";
import { useHolidays, useSaveHolidays, type Holiday } from "./hooks";

const byDay = (a: Holiday, b: Holiday) => a.day.localeCompare(b.day);

function AddHoliday({ holidays, onAdd }: { holidays: readonly Holiday[]; onAdd: (holiday: Holiday) => void }) {
  const { t } = useTranslation("settings");
  const ids = useId();
  const [day, setDay] = useState("");
  const [name, setName] = useState("");
  const [problems, setProblems] = useState<{ day?: string; name?: string }>({});
  const dayRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      day:
        day === ""
          ? t("holidays.day_required")
          : holidays.some((holiday) => holiday.day === day)
            ? t("holidays.day_taken")
            : undefined,
      name: name.trim() === "" ? t("holidays.name_required") : undefined,
    };
    setProblems(found);
    if (found.day) return dayRef.current?.focus();
    if (found.name) return nameRef.current?.focus();
    onAdd({ day, name: name.trim() });
    setDay("");
    setName("");
    dayRef.current?.focus();
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("holidays.add_heading")}</h2>
      <TextField label={t("holidays.day")} type="date" value={day} onChange={setDay} inputRef={dayRef} error={problems.day} />
      <TextField label={t("holidays.name")} value={name} onChange={setName} inputRef={nameRef} error={problems.name} />
      <button type="submit" className="button">
        {t("holidays.add")}
      </button>
    </form>
  );
}

function Holidays({ school }: { school: string }) {
  const { t, i18n } = useTranslation(["settings", "common"]);
  const { t: tErrors } = useTranslation("errors");
  const holidays = useHolidays(school);
  const save = useSaveHolidays(school);
  // The list as edited, until it is saved; the server's list until then.
  const [edited, setEdited] = useState<Holiday[] | null>(null);
  const [saved, setSaved] = useState(false);
  if (holidays.isPending) return <p role="status">{t("common:loading")}</p>;
  if (holidays.isError) return <ErrorAlert error={holidays.error} onRetry={() => void holidays.refetch()} />;
  const list = edited ?? [...holidays.data.holidays].sort(byDay);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const serverProblems = save.isError ? Object.values(fieldMessages(tErrors, save.error)) : [];

  const change = (next: Holiday[]) => {
    setEdited([...next].sort(byDay));
    setSaved(false);
  };

  return (
    <>
      <section aria-labelledby="holiday-list-heading">
        <h2 id="holiday-list-heading">{t("holidays.list_heading")}</h2>
        <p role="status">{list.length === 0 ? t("holidays.empty") : t("holidays.count", { count: list.length })}</p>
        {list.length > 0 && (
          <ul className="staff-list" aria-label={t("holidays.list_heading")}>
            {list.map((holiday) => (
              <li key={holiday.day} className="staff-list__item">
                <span>
                  <span className="staff-list__name">{holiday.name}</span>
                  <span className="staff-list__position">
                    <DayText value={holiday.day} />
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t("holidays.remove_label", { name: holiday.name, day: formatDay(holiday.day, language) })}
                  onClick={() => change(list.filter((other) => other.day !== holiday.day))}
                >
                  {t("holidays.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddHoliday holidays={list} onAdd={(holiday) => change([...list, holiday])} />
      <div className="case-form">
        {edited && <p className="notice">{t("holidays.unsaved")}</p>}
        {save.isError && <ErrorAlert error={save.error} />}
        {serverProblems.length > 0 && <p className="field__error">{serverProblems.join(" ")}</p>}
        <p className="kept-status" role="status">
          {saved ? t("holidays.saved") : ""}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={save.isPending || edited === null}
          onClick={() =>
            save.mutate(list, {
              onSuccess: () => {
                setEdited(null);
                setSaved(true);
              },
            })
          }
        >
          {t("holidays.save")}
        </button>
      </div>
    </>
  );
}

/** `/staff/settings/holidays`: the public holidays answer deadlines skip, set by the director or administrator. */
export function HolidaysPage() {
  const { t } = useTranslation("settings");
  useDocumentTitle(t("holidays.title"));
  return (
    <section className="panel">
      <h1>{t("holidays.title")}</h1>
      <p>{t("holidays.intro")}</p>
      <WithSchool>{({ school }) => <Holidays school={school} />}</WithSchool>
    </section>
  );
}
