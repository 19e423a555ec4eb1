import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/fields";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatNumber } from "../../i18n/dates";
import { caseAddress } from "../cases/CaseCards";
import { can } from "../roles";
import { WithSchoolOrDistrict } from "../WithSchool";
import { AUDIT_ACTIONS, isKnownAction, useAuditTrail, type AuditAction, type AuditRow } from "./hooks";

const PER_PAGE = 50;

/** The kinds of things an entry is about, as the server names them (`appeal:<id>`). */
const SUBJECT_KINDS = ["appeal", "box_opening", "district", "referral_body", "school", "school_word", "staff"] as const;
type SubjectKind = (typeof SUBJECT_KINDS)[number];
const isSubjectKind = (kind: string): kind is SubjectKind => (SUBJECT_KINDS as readonly string[]).includes(kind);

function Subject({ subject, district }: { subject: string; district: boolean }) {
  const { t } = useTranslation("audit");
  const [kind = "", id = ""] = subject.split(":", 2);
  if (!isSubjectKind(kind)) return <span className="hash">{subject}</span>;
  const label = t(`subjects.${kind}`);
  if (kind === "appeal" && id) return <Link to={caseAddress(id)}>{label}</Link>;
  // The box pages are the school's own: a district account has none.
  if (kind === "box_opening" && id && !district) return <Link to={`/staff/box/${id}`}>{label}</Link>;
  return <span title={id || undefined}>{label}</span>;
}

/** What an entry's details say, as `key: value` pairs (they carry ids and counts, never content). */
function detailsText(details: AuditRow["details"]): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");
}

function Row({ row, timeZone, district }: { row: AuditRow; timeZone?: string; district: boolean }) {
  const { t } = useTranslation("audit");
  return (
    <tr>
      <td>
        <DateTimeText value={row.occurred_at} timeZone={timeZone} />
      </td>
      <td>{row.actor_login ?? t("system")}</td>
      <td>{isKnownAction(row.action) ? t(`actions.${row.action}`) : row.action}</td>
      <td>{row.subject ? <Subject subject={row.subject} district={district} /> : t("no_subject")}</td>
      <td className="audit-table__details">{detailsText(row.details)}</td>
    </tr>
  );
}

function Trail({ school, timeZone, district }: { school: string; timeZone?: string; district: boolean }) {
  const { t, i18n } = useTranslation(["audit", "common"]);
  const ids = useId();
  const [action, setAction] = useState<AuditAction | undefined>(undefined);
  const [page, setPage] = useState(1);
  const trail = useAuditTrail(school, action, page, PER_PAGE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const total = trail.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <div className="filters">
        <SelectField
          label={t("filter")}
          value={action ?? ""}
          onChange={(chosen) => {
            setAction((chosen || undefined) as AuditAction | undefined);
            setPage(1);
          }}
        >
          <option value="">{t("all_actions")}</option>
          {AUDIT_ACTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`actions.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {trail.isPending && <p role="status">{t("common:loading")}</p>}
      {trail.isError && <ErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />}
      {trail.isSuccess && (
        <section aria-labelledby={`${ids}-heading`}>
          <h2 id={`${ids}-heading`}>{t("heading")}</h2>
          <p role="status">{t("total", { count: total })}</p>
          {trail.data.rows.length > 0 && (
            <div className="table-scroll" role="region" aria-label={t("heading")} tabIndex={0}>
              <table className="journal-table audit-table">
                <caption className="visually-hidden">{t("heading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.when")}</th>
                    <th scope="col">{t("columns.who")}</th>
                    <th scope="col">{t("columns.what")}</th>
                    <th scope="col">{t("columns.subject")}</th>
                    <th scope="col">{t("columns.details")}</th>
                  </tr>
                </thead>
                <tbody>
                  {trail.data.rows.map((row) => (
                    <Row key={row.seq} row={row} timeZone={timeZone} district={district} />
                  ))}
                </tbody>
              </table>
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

/** `/staff/audit`: who did what, when, in the school — for the director and the district office. */
export function AuditPage() {
  const { t } = useTranslation("audit");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <WithSchoolOrDistrict>
        {({ me, school, timeZone }) => (
          <Trail school={school} timeZone={timeZone} district={can.worksForDistrict(me)} />
        )}
      </WithSchoolOrDistrict>
    </section>
  );
}
