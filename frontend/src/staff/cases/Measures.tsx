import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldMessages } from "../../i18n/problemMessage";
import { TextAreaField, TextField } from "../../components/fields";
import { useAddMeasure, type CaseFile } from "./hooks";
import { todayIn } from "./today";
import { CaseAction } from "./CaseAction";

type Field = "taken_on" | "taken_by" | "summary";

function MeasureForm({ caseId, timeZone }: { caseId: string; timeZone: string | undefined }) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const add = useAddMeasure(caseId);
  const ids = useId();
  const today = todayIn(timeZone);
  const [takenOn, setTakenOn] = useState(today);
  const [takenBy, setTakenBy] = useState("");
  const [summary, setSummary] = useState("");
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [recorded, setRecorded] = useState(false);
  const dayRef = useRef<HTMLInputElement>(null);
  const byRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const fromServer = add.isError ? fieldMessages(tErrors, add.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (takenOn === "") found.taken_on = t("measure.taken_on_required");
    if (takenBy.trim() === "") found.taken_by = t("measure.taken_by_required");
    if (summary.trim() === "") found.summary = t("measure.summary_required");
    setMissing(found);
    setRecorded(false);
    if (found.taken_on) return dayRef.current?.focus();
    if (found.taken_by) return byRef.current?.focus();
    if (found.summary) return summaryRef.current?.focus();
    add.mutate(
      { taken_on: takenOn, taken_by: takenBy.trim(), summary: summary.trim() },
      {
        onSuccess: () => {
          setSummary("");
          setRecorded(true);
        },
      },
    );
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t("measure.heading")}</h3>
      <p className="warning warning--inline" id={`${ids}-warning`}>
        {t("measure.warning")}
      </p>
      <TextField
        label={t("measure.taken_on")}
        type="date"
        max={today}
        value={takenOn}
        onChange={setTakenOn}
        inputRef={dayRef}
        error={missing.taken_on ?? fromServer.taken_on}
      />
      <TextField
        label={t("measure.taken_by")}
        hint={t("measure.taken_by_hint")}
        value={takenBy}
        onChange={setTakenBy}
        inputRef={byRef}
        error={missing.taken_by ?? fromServer.taken_by}
      />
      <TextAreaField
        label={t("measure.summary")}
        hint={t("measure.summary_hint")}
        value={summary}
        onChange={setSummary}
        textareaRef={summaryRef}
        error={missing.summary ?? fromServer.summary}
      />
      {add.isError && <ErrorAlert error={add.error} />}
      <p className="kept-status" role="status">
        {recorded ? t("measure.recorded") : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t("measure.submit")}
      </button>
    </form>
  );
}

/** The measures taken (the journal's column), and recording one. */
export function Measures({ file, timeZone }: { file: CaseFile; timeZone: string | undefined }) {
  const { t } = useTranslation("cases");
  const open = file.summary.status !== "closed";
  return (
    <section className="case__section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t("measures.heading")}</h2>
      {file.measures.length === 0 ? (
        <p>{t("measures.empty")}</p>
      ) : (
        <ul className="record-list">
          {file.measures.map((measure) => (
            <li key={measure.id}>
              <p className="record-list__meta">
                <DayText value={measure.taken_on} />
                {` · ${measure.taken_by}`}
              </p>
              <p className="record-list__text">{measure.summary}</p>
              {measure.recorded_by && (
                <p className="record-list__meta">
                  {t("measures.recorded_by", { name: measure.recorded_by.full_name })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {file.your_part.handling && open && (
        <CaseAction label={t("measure.heading")}>
          <MeasureForm caseId={file.summary.id} timeZone={timeZone} />
        </CaseAction>
      )}
    </section>
  );
}
