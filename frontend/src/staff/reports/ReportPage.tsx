import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DateTimeText } from "../../components/DateTimeText";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { InLanguagesField, SelectField, TextAreaField } from "../../components/fields";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { dayOf, formatMonth, monthOf, previousMonth } from "../../i18n/dates";
import { fieldMessages } from "../../i18n/problemMessage";
import { languageErrors, languageValues, toSend, useInLanguage } from "../../i18n/inLanguages";
import { isLanguage } from "../../i18n/languages";
import { WithSchoolOrDistrict } from "../WithSchool";
import {
  EXPORT_FORMATS,
  useExportReport,
  useMonthlyReport,
  usePublish,
  useSaveDraft,
  type MonthlyReport,
} from "./hooks";
import { ReportFigures } from "./ReportFigures";

/** How many months back the picker offers. */
const MONTHS_BACK = 24;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month running in the school's zone, and the ones before it, newest first. */
function monthsUpTo(current: string): string[] {
  const months = [current];
  while (months.length <= MONTHS_BACK) months.push(previousMonth(months[months.length - 1] ?? current));
  return months;
}

function MonthPicker({ month, months, onChoose }: { month: string; months: string[]; onChoose: (month: string) => void }) {
  const { t, i18n } = useTranslation("reports");
  const language = i18n.resolvedLanguage ?? i18n.language;
  const choices = months.includes(month) ? months : [month, ...months];
  return (
    <div className="filters no-print">
      <SelectField label={t("month")} value={month} onChange={onChoose}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {formatMonth(choice, language)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function StatusLine({ report, timeZone }: { report: MonthlyReport; timeZone?: string }) {
  const { t } = useTranslation("reports");
  const tone = report.status === "published" ? "badge--ok" : report.status === "draft" ? "badge--warning" : "";
  return (
    <div className="report-status">
      <p className="badges">
        <span className={`badge ${tone}`}>{t(`status.${report.status}`)}</span>
        {report.version > 0 && <span className="badge">{t("version", { version: report.version })}</span>}
        {report.late && <span className="badge badge--danger">{t("late")}</span>}
      </p>
      <p>
        {report.published_at ? (
          <>
            {t("published_at")} <DateTimeText value={report.published_at} timeZone={timeZone} />
          </>
        ) : (
          <>
            {t("publish_by")} <DayText value={report.publish_by} />
          </>
        )}
      </p>
      {report.changes && (
        <p>
          {t("changes")}: {report.changes}
        </p>
      )}
    </div>
  );
}

/** The narrative of a draft (or, after publication, of a correction) and what a correction changes. */
function NarrativeForm({ report, correcting, onDone }: { report: MonthlyReport; correcting: boolean; onDone: () => void }) {
  const { t } = useTranslation(["reports", "common"]);
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const language = isLanguage(report.language) ? report.language : "ky";
  const [narratives, setNarratives] = useState(() => languageValues(report.narratives, language, report.narrative));
  const [changes, setChanges] = useState("");
  const [changesMissing, setChangesMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useSaveDraft(report.school, report.month);
  const fields = fieldMessages(tErrors, save.error);
  const changesError = changesMissing ? t("correction.required") : fields.changes;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (correcting && changes.trim() === "") {
      setChangesMissing(true);
      return;
    }
    setChangesMissing(false);
    const sent = toSend(narratives);
    save.mutate(correcting ? { narratives: sent, changes: changes.trim() } : { narratives: sent }, {
      onSuccess: () => {
        setSaved(true);
        if (correcting) onDone();
      },
    });
  };

  return (
    <form className="report-narrative no-print" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{correcting ? t("correction.heading") : t("narrative.heading")}</h2>
      {correcting && <p>{t("correction.intro")}</p>}
      {correcting && (
        <TextAreaField
          label={t("correction.changes")}
          rows={3}
          value={changes}
          onChange={setChanges}
          error={changesError}
        />
      )}
      <InLanguagesField
        legend={t("narrative.label")}
        hint={t("narrative.hint")}
        rows={8}
        optional
        first={language}
        values={narratives}
        onChange={(written) => {
          setNarratives(written);
          setSaved(false);
        }}
        errors={languageErrors(fields, "narratives")}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      {saved && !save.isPending && <p role="status">{t("narrative.saved")}</p>}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t("saving") : correcting ? t("correction.submit") : t("narrative.save")}
        </button>
        {correcting && (
          <button type="button" className="button" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function Publication({ report }: { report: MonthlyReport }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const [asking, setAsking] = useState(false);
  const publish = usePublish(report.school, report.month);
  const month = formatMonth(report.month, i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="report-publication no-print">
      {publish.isError && <ErrorAlert error={publish.error} />}
      <button type="button" className="button button--primary" onClick={() => setAsking(true)} disabled={publish.isPending}>
        {t("publish.button")}
      </button>
      {asking && (
        <ConfirmDialog
          title={t("publish.confirm_title", { month })}
          confirmLabel={t("publish.confirm")}
          cancelLabel={t("cancel")}
          pending={publish.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() => publish.mutate(undefined, { onSettled: () => setAsking(false) })}
        >
          <p>{t("publish.confirm_body")}</p>
        </ConfirmDialog>
      )}
      {publish.isSuccess && <p role="status">{t("publish.done")}</p>}
    </div>
  );
}

function Versions({ report, timeZone, link }: { report: MonthlyReport; timeZone?: string; link: (version: number) => string }) {
  const { t } = useTranslation("reports");
  const id = useId();
  if (report.versions.length === 0) return null;
  return (
    <section aria-labelledby={id} className="no-print">
      <h2 id={id}>{t("versions.heading")}</h2>
      <ul className="link-list">
        {report.versions.map((version) => (
          <li key={version.version}>
            {version.version === report.version ? (
              <strong aria-current="true">{t("version", { version: version.version })}</strong>
            ) : (
              <Link to={link(version.version)}>{t("version", { version: version.version })}</Link>
            )}{" "}
            — {t(`status.${version.status}`)}
            {version.published_at && (
              <>
                , <DateTimeText value={version.published_at} timeZone={timeZone} />
              </>
            )}
            {version.changes && <>: {version.changes}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Exports({ report, version }: { report: MonthlyReport; version: number | undefined }) {
  const { t } = useTranslation("reports");
  const download = useExportReport(report.school, report.month, version);
  return (
    <div className="no-print">
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            onClick={() => download.mutate(format)}
            disabled={download.isPending}
          >
            {t(`export.${format}`)}
          </button>
        ))}
        <button type="button" className="button" onClick={() => window.print()}>
          {t("print")}
        </button>
      </div>
      {download.isError && <ErrorAlert error={download.error} />}
    </div>
  );
}

function Report({ school, timeZone }: { school: string; timeZone?: string }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const [params, setParams] = useSearchParams();
  const [correcting, setCorrecting] = useState(false);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const current = monthOf(dayOf(new Date().toISOString(), timeZone));
  const asked = params.get("month") ?? "";
  const month = MONTH_PATTERN.test(asked) ? asked : previousMonth(current);
  const versionParam = Number.parseInt(params.get("version") ?? "", 10);
  const version = Number.isFinite(versionParam) && versionParam > 0 ? versionParam : undefined;
  const report = useMonthlyReport(school, month, version);

  const address = (next: Record<string, string | null>) => {
    const query = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === null) query.delete(key);
      else query.set(key, value);
    }
    return `?${query.toString()}`;
  };
  const newest = report.data?.versions[0]?.version;
  const latest = version === undefined || version === newest;
  const shown = useInLanguage();
  const narrative = report.data ? shown(report.data.narratives, report.data.narrative) : "";

  return (
    <>
      <MonthPicker
        month={month}
        months={monthsUpTo(current)}
        onChoose={(chosen) => {
          setCorrecting(false);
          setParams(new URLSearchParams(address({ month: chosen, version: null }).slice(1)));
        }}
      />
      {report.isPending && <p role="status">{t("common:loading")}</p>}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {report.isSuccess && (
        <article className="report-sheet" aria-labelledby="report-heading">
          <header>
            <p className="report-sheet__school">{shown(report.data.school_names, report.data.school_name)}</p>
            <h2 id="report-heading">{t("heading", { month: formatMonth(report.data.month, language) })}</h2>
          </header>
          <StatusLine report={report.data} timeZone={timeZone} />
          {!latest && (
            <p className="notice no-print">
              {t("older_version")} <Link to={address({ version: null })}>{t("newest_version")}</Link>
            </p>
          )}
          <ReportFigures report={report.data} />
          {(!report.data.editable || !latest || report.data.status === "published") && (
            <section aria-labelledby="report-narrative" className="report-text">
              <h3 id="report-narrative">{t("narrative.heading")}</h3>
              {narrative ? <p>{narrative}</p> : <p>{t("narrative.empty")}</p>}
            </section>
          )}
          {report.data.editable && latest && report.data.status !== "published" && (
            <NarrativeForm
              // By month only: the first save of a month makes its draft (a version), and the
              // form must stay to say it was saved.
              key={report.data.month}
              report={report.data}
              correcting={false}
              onDone={() => undefined}
            />
          )}
          {report.data.editable && latest && report.data.status === "draft" && <Publication report={report.data} />}
          {report.data.editable && latest && report.data.status === "published" && !correcting && (
            <div className="no-print">
              <button type="button" className="button" onClick={() => setCorrecting(true)}>
                {t("correction.start")}
              </button>
            </div>
          )}
          {report.data.editable && latest && report.data.status === "published" && correcting && (
            <NarrativeForm report={report.data} correcting onDone={() => setCorrecting(false)} />
          )}
          <Exports report={report.data} version={version} />
          <Versions report={report.data} timeZone={timeZone} link={(v) => address({ version: String(v) })} />
        </article>
      )}
    </>
  );
}

/** `/staff/reports`: the month's figures, the social pedagogue's narrative, publication and corrections. */
export function ReportPage() {
  const { t } = useTranslation("reports");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <p className="no-print">{t("intro")}</p>
      <WithSchoolOrDistrict>{({ school, timeZone }) => <Report school={school} timeZone={timeZone} />}</WithSchoolOrDistrict>
    </section>
  );
}
