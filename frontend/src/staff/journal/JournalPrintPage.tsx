import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatNumber } from "../../i18n/dates";
import { WithSchool, type StaffContext } from "../WithSchool";
import { useJournalVerification, useWholeJournal, type JournalRow } from "./hooks";
import { JournalTable } from "./JournalTable";
import { useInLanguage } from "../../i18n/inLanguages";

/** Rows on one printed A4 page (landscape): each page is numbered like the bound journal's. */
export const ROWS_PER_PAGE = 12;

export function sheetsOf<T>(rows: readonly T[], perSheet: number): T[][] {
  const sheets: T[][] = [];
  for (let start = 0; start < rows.length; start += perSheet) sheets.push(rows.slice(start, start + perSheet));
  return sheets.length === 0 ? [[]] : sheets;
}

function Sheets({ me, school, timeZone }: StaffContext) {
  const shown = useInLanguage();
  const { t, i18n } = useTranslation(["journal", "common"]);
  const journal = useWholeJournal(school, {});
  const verification = useJournalVerification(school);
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (journal.isPending) return <p role="status">{t("common:loading")}</p>;
  if (journal.isError) return <ErrorAlert error={journal.error} onRetry={() => void journal.refetch()} />;
  const sheets = sheetsOf<JournalRow>(journal.data, ROWS_PER_PAGE);
  const head = verification.data?.head;
  const printedAt = new Date().toISOString();
  return (
    <>
      {sheets.map((rows, index) => {
        const page = { page: formatNumber(index + 1, language), pages: formatNumber(sheets.length, language) };
        return (
          <section key={index} className="journal-sheet" aria-label={t("print.sheet", page)}>
            <header className="journal-sheet__header">
              <span>{me.school ? shown(me.school.names, me.school.name) : null}</span>
              <span>{t("title")}</span>
            </header>
            {index === 0 && (
              <div className="journal-sheet__intro">
                <p>
                  {t("print.printed")} <DateTimeText value={printedAt} timeZone={timeZone} />
                </p>
                {head && (
                  <p>
                    {t("verification.head", { seq: formatNumber(head.seq, language) })}{" "}
                    <code className="hash">{head.hash}</code>
                  </p>
                )}
                {rows.length === 0 && <p>{t("rows.total", { count: 0 })}</p>}
              </div>
            )}
            {rows.length > 0 && <JournalTable rows={rows} caption={t("print.sheet", page)} />}
            <footer className="journal-sheet__footer">{t("print.sheet", page)}</footer>
          </section>
        );
      })}
    </>
  );
}

/** `/staff/journal/print`: the whole journal on numbered A4 pages, for the director's binder. */
export function JournalPrintPage() {
  const { t } = useTranslation("journal");
  useDocumentTitle(t("print.title"));
  return (
    <div className="journal-print">
      <div className="no-print">
        <h1>{t("print.title")}</h1>
        <p className="field__hint">{t("print.hint")}</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t("print.button")}
          </button>
          <Link className="button button--link" to="/staff/journal">
            {t("print.back")}
          </Link>
        </div>
      </div>
      <WithSchool>{(context) => <Sheets {...context} />}</WithSchool>
    </div>
  );
}
