import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import { formatNumber } from "../../i18n/dates";
import type { Language } from "../../i18n/languages";
import type { MonthlyFigures, MonthlyReport } from "./hooks";

type Referral = MonthlyFigures["referrals"][number];

/** A competent body's name in the page's language. */
export function bodyName(body: Pick<Referral, "name_ky" | "name_ru" | "name_en">, language: string): string {
  const names: Record<Language, string> = { ky: body.name_ky, ru: body.name_ru, en: body.name_en };
  return names[language as Language] ?? body.name_en;
}

function useNumber() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (value: number) => formatNumber(value, language);
}

/** A two-column table: what is counted, and how many. */
function CountTable({ caption, rows, empty }: { caption: string; rows: [string, string][]; empty?: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="journal-table report-table">
        <caption>{caption}</caption>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={2}>{empty}</td>
            </tr>
          ) : (
            rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="report-table__count">{value}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** What the figures of one school say of its openings during the month. */
function openingsSentence(figures: MonthlyFigures) {
  if (figures.schools === 0) return "not_yet_on_ishenim";
  if (figures.schools_opened_as_required >= figures.schools) return "opened_as_required";
  if ((figures.schools_no_opening_due ?? 0) > 0) return "no_opening_due";
  return "not_opened_as_required";
}

/** The figures of a month as tables: what was found, registered, answered, referred, and the openings. */
export function ReportFigures({ report }: { report: MonthlyReport }) {
  const { t, i18n } = useTranslation(["reports", "appeal"]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = useNumber();
  const figures = report.figures;

  return (
    <div className="report-figures">
      <CountTable
        caption={t("figures.appeals")}
        rows={[
          [t("figures.found_online"), number(figures.found_online)],
          [t("figures.found_paper"), number(figures.found_paper)],
          ...figures.not_accepted.map(
            ({ reason, count }): [string, string] => [t(`figures.not_accepted.${reason}`), number(count)],
          ),
          ...(figures.refused_at_the_door ?? []).map(({ reason, count }): [string, string] => [
            t("figures.refused_at_the_door", { reason: t(`figures.not_accepted.${reason}`) }),
            number(count),
          ]),
          [t("figures.registered"), number(figures.registered)],
          ...(figures.registered_with_files == null
            ? []
            : [[t("figures.registered_with_files"), number(figures.registered_with_files)] as [string, string]]),
          [t("figures.urgent"), number(figures.urgent)],
        ]}
      />
      <CountTable
        caption={t("figures.by_category")}
        rows={figures.by_category.map(({ category, count }) => [t(`appeal:categories.names.${category}`), number(count)])}
        empty={t("figures.none")}
      />
      <CountTable
        caption={t("figures.answers")}
        rows={[
          [t("figures.answered_in_time"), number(figures.answered_in_time)],
          [t("figures.answered_late"), number(figures.answered_late)],
          [t("figures.open_at_end"), number(figures.open_at_end)],
          [t("figures.overdue_at_end"), number(figures.overdue_at_end)],
          [
            t("figures.median_days"),
            figures.median_days_to_answer == null ? t("figures.no_answers") : number(figures.median_days_to_answer),
          ],
        ]}
      />
      <CountTable
        caption={t("figures.referrals")}
        rows={figures.referrals.map((referral) => [bodyName(referral, language), number(referral.count)])}
        empty={t("figures.none")}
      />
      <section aria-labelledby="report-openings" className="report-openings">
        <h3 id="report-openings">{t("figures.openings")}</h3>
        {figures.openings.length === 0 ? (
          <p>{t("figures.no_openings")}</p>
        ) : (
          <ul>
            {figures.openings.map((opening, index) => (
              <li key={`${opening.act_number ?? ""}-${index}`}>
                {t("figures.act", { number: opening.act_number ?? "—" })}, <DayText value={opening.signed_on} />
                {opening.extraordinary && ` (${t("figures.extraordinary")})`}
              </li>
            ))}
          </ul>
        )}
        <p>{t(`figures.${openingsSentence(figures)}`)}</p>
      </section>
      <p className="report-meta">
        {t("figures.counted_until")} <DayText value={figures.counted_until} />
        {report.journal_head && (
          <>
            {" · "}
            {t("figures.journal_head", { seq: number(report.journal_head.seq) })}{" "}
            <span className="hash">{report.journal_head.hash}</span>
          </>
        )}
      </p>
    </div>
  );
}
