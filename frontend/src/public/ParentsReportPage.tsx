import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem";
import { goTo, Link } from "../components/address";
import { CountBars, type ShownCount } from "../components/CountBars";
import { DateTimeText } from "../components/DateTimeText";
import { ErrorAlert } from "../components/ErrorAlert";
import { TrendChart } from "../components/TrendChart";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { formatMonth, formatNumber } from "../i18n/dates";
import { inLanguage } from "../i18n/inLanguages";
import { chosenLanguage } from "../i18n/languages";
import { CATEGORIES } from "./categories";
import { HelpBar } from "./HelpBar";
import { useParentsReport, usePublicSchool, type ParentsReport } from "./hooks";
import { useSchoolLanguage } from "./useSchoolLanguage";

/** The sentence that says how the box was kept, by the report's `box_openings`. */
const OPENINGS_KEPT = {
  as_required: "opened_as_required",
  none_due: "no_opening_due",
  overdue: "not_opened_as_required",
} as const satisfies Record<ParentsReport["box_openings"], string>;

const COUNTS = ["found", "registered", "urgent", "referred", "answered", "answered_in_time", "open_at_end"] as const;

function MonthSwitcher({ report, onChoose }: { report: ParentsReport; onChoose: (month: string) => void }) {
  const { t, i18n } = useTranslation("reports");
  const id = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (report.published_months.length < 2) return null;
  return (
    <div className="field no-print">
      <label htmlFor={id}>{t("parents.other_month")}</label>
      <select id={id} value={report.month} onChange={(event) => onChoose(event.target.value)}>
        {report.published_months.map((month) => (
          <option key={month} value={month}>
            {formatMonth(month, language)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Counts({ report }: { report: ParentsReport }) {
  const { t } = useTranslation("reports");
  return (
    <dl className="shown-counts">
      {COUNTS.map((key) => {
        const count: ShownCount = report[key];
        return (
          <div key={key}>
            <dt>{t(`parents.counts.${key}`)}</dt>
            <dd>{count.shown}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function Report({ report, timeZone }: { report: ParentsReport; timeZone?: string }) {
  const { t, i18n } = useTranslation(["reports", "appeal"]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const order = new Map(CATEGORIES.map((category, index) => [category.code, index]));
  const categories = [...report.by_category].sort(
    (a, b) => (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99),
  );
  return (
    <>
      {report.changes && (
        <p className="notice">
          {t("parents.corrected")} {report.changes}
        </p>
      )}
      <section aria-labelledby="parents-narrative">
        <h2 id="parents-narrative">{t("parents.narrative")}</h2>
        <p className="report-text" lang={report.narrative ? report.narrative_language : undefined}>
          {report.narrative || t("narrative.empty")}
        </p>
      </section>
      <section aria-labelledby="parents-counts">
        <h2 id="parents-counts">{t("parents.counts_heading")}</h2>
        <Counts report={report} />
        <p>
          {t("parents.openings", { shown: formatNumber(report.openings, language) })}{" "}
          {t(`parents.${OPENINGS_KEPT[report.box_openings]}`)}
        </p>
        <p className="field__hint">{t("parents.small_counts")}</p>
      </section>
      <section aria-labelledby="parents-categories">
        <h2 id="parents-categories">{t("parents.categories")}</h2>
        {categories.length === 0 ? (
          <p>{t("figures.none")}</p>
        ) : (
          <CountBars
            label={t("parents.categories")}
            bars={categories.map(({ category, count }) => ({
              key: category,
              label: t(`appeal:categories.names.${category}`),
              count,
            }))}
          />
        )}
      </section>
      {report.trend.length > 0 && (
        <section aria-labelledby="parents-trend">
          <h2 id="parents-trend">{t("parents.trend")}</h2>
          <TrendChart months={report.trend} title={t("parents.trend_title")} />
        </section>
      )}
      {report.published_at && (
        <p className="report-meta">
          {t("published_at")} <DateTimeText value={report.published_at} timeZone={timeZone} />
        </p>
      )}
    </>
  );
}

/** `/s/:slug/reports[/:month]`: the school's published monthly report, for parents. */
export function ParentsReportPage({ slug, month = "latest" }: { slug: string; month?: string }) {
  const { t, i18n } = useTranslation(["reports", "common"]);
  const school = usePublicSchool(slug);
  // The page speaks the school's language unless the visitor chose one, in which the server
  // gives the narrative and the school's name (the school's own where it has none).
  const report = useParentsReport(slug, month, chosenLanguage() ?? undefined);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const schoolName = school.data ? inLanguage(school.data.names, language, school.data.name) : null;
  useSchoolLanguage(school.data?.default_language);
  useDocumentTitle(report.data ? t("parents.title_of", { name: report.data.school_name }) : t("parents.title"));
  const schoolLink = `/s/${encodeURIComponent(slug)}`;
  const missing = report.error instanceof ApiError && report.error.status === 404;
  const helplines = school.data?.helplines;

  return (
    <div className="school-page parents-report">
      {report.isPending && (
        <>
          <p role="status">{t("common:loading")}</p>
          <HelpBar helplines={helplines} />
        </>
      )}
      {report.isError && missing && (
        <section className="panel">
          <h1>{schoolName ? t("parents.title_of", { name: schoolName }) : t("parents.title")}</h1>
          <HelpBar helplines={helplines} />
          <p>{month === "latest" ? t("parents.none") : t("parents.none_for_month")}</p>
          <p>
            <Link to={schoolLink}>{t("parents.back")}</Link>
          </p>
        </section>
      )}
      {report.isError && !missing && (
        <>
          <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
          <HelpBar helplines={helplines} />
        </>
      )}
      {report.isSuccess && (
        <>
          <header className="school-page__header">
            <p className="school-page__kicker">{t("parents.title")}</p>
            <h1>{report.data.school_name}</h1>
            <p className="parents-report__month">{formatMonth(report.data.month, language)}</p>
          </header>
          <HelpBar helplines={helplines} />
          <MonthSwitcher
            report={report.data}
            onChoose={(chosen) => goTo(`/s/${encodeURIComponent(slug)}/reports/${chosen}`)}
          />
          <Report report={report.data} timeZone={school.data?.time_zone} />
          <div className="button-row no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t("print")}
            </button>
          </div>
          <p className="no-print">
            <Link to={schoolLink}>{t("parents.back")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
