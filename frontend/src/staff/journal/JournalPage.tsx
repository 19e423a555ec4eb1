import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/fields";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatNumber } from "../../i18n/dates";
import { WithSchool } from "../WithSchool";
import { JOURNAL_STATUSES, useJournal, type AppealStatus, type JournalFilter } from "./hooks";
import { JournalTable } from "./JournalTable";
import { VerificationBadge } from "./VerificationBadge";

const PER_PAGE = 20;
/** The first year the journal can have entries in. */
const FIRST_YEAR = 2022;

function years(): number[] {
  const list: number[] = [];
  for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year -= 1) list.push(year);
  return list;
}

type UrgentChoice = "all" | "urgent" | "not_urgent";

function Filters({ filter, onChange }: { filter: JournalFilter; onChange: (filter: JournalFilter) => void }) {
  const { t } = useTranslation("journal");
  const urgent: UrgentChoice = filter.urgent === undefined ? "all" : filter.urgent ? "urgent" : "not_urgent";
  return (
    <fieldset className="filters">
      <legend>{t("filters.legend")}</legend>
      <SelectField
        label={t("filters.year")}
        value={String(filter.year ?? "")}
        onChange={(year) => onChange({ ...filter, year: year ? Number(year) : undefined })}
      >
        <option value="">{t("filters.all_years")}</option>
        {years().map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("filters.status")}
        value={filter.status ?? ""}
        onChange={(status) => onChange({ ...filter, status: (status || undefined) as AppealStatus | undefined })}
      >
        <option value="">{t("filters.all_statuses")}</option>
        {JOURNAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("filters.urgent")}
        value={urgent}
        onChange={(value) => {
          const choice = value as UrgentChoice;
          onChange({ ...filter, urgent: choice === "all" ? undefined : choice === "urgent" });
        }}
      >
        <option value="all">{t("filters.urgent_all")}</option>
        <option value="urgent">{t("filters.urgent_only")}</option>
        <option value="not_urgent">{t("filters.not_urgent")}</option>
      </SelectField>
    </fieldset>
  );
}

function Journal({ school }: { school: string }) {
  const { t, i18n } = useTranslation(["journal", "common"]);
  const [filter, setFilter] = useState<JournalFilter>({});
  const [page, setPage] = useState(1);
  const journal = useJournal(school, filter, page, PER_PAGE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const total = journal.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <VerificationBadge school={school} />
      <p>
        <Link to="/staff/journal/print">{t("print_link")}</Link>
      </p>
      <Filters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {journal.isPending && <p role="status">{t("common:loading")}</p>}
      {journal.isError && <ErrorAlert error={journal.error} onRetry={() => void journal.refetch()} />}
      {journal.isSuccess && (
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading">{t("rows.heading")}</h2>
          <p role="status">{t("rows.total", { count: total })}</p>
          {journal.data.rows.length > 0 && (
            <div className="table-scroll" role="region" aria-label={t("rows.heading")} tabIndex={0}>
              <JournalTable rows={journal.data.rows} caption={t("rows.heading")} />
            </div>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t("pager.label")}>
              <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t("pager.previous")}
              </button>
              <span>
                {t("pager.page", { page: formatNumber(page, language), pages: formatNumber(pages, language) })}
              </span>
              <button type="button" className="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t("pager.next")}
              </button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}

/** `/staff/journal`: the journal of registered appeals, verified, with the regulation's columns. */
export function JournalPage() {
  const { t } = useTranslation("journal");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <WithSchool>{({ school }) => <Journal school={school} />}</WithSchool>
    </section>
  );
}
