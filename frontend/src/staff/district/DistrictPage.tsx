import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { CountBars } from "../../components/CountBars";
import { DateTimeText } from "../../components/DateTimeText";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/fields";
import { TrendChart } from "../../components/TrendChart";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatMonth, formatNumber } from "../../i18n/dates";
import { bodyName } from "../reports/ReportFigures";
import { can } from "../roles";
import { useDistrictSchools, useDistrictStatistics, type DistrictStatistics, type SchoolCompliance } from "./hooks";
import { DistrictBoxKeys } from "./DistrictBoxKeys";
import { WithDistrict } from "./WithDistrict";
import { useInLanguage } from "../../i18n/inLanguages";

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The columns of the schools' table; on a phone each row is a card, each value under its column's name. */
const COLUMNS = ["school", "box", "report", "open", "overdue", "urgent_unreferred", "journal"] as const;
/** How many characters of a journal hash identify it at a glance. */
const SHORT_HASH = 12;

function SchoolRow({ school, month }: { school: SchoolCompliance; month: string }) {
  const shown = useInLanguage();
  const { t, i18n } = useTranslation("district");
  const number = (value: number) => formatNumber(value, i18n.resolvedLanguage ?? i18n.language);
  const label = (column: (typeof COLUMNS)[number]) => t(`schools.columns.${column}`);
  const query = `?school=${encodeURIComponent(school.school)}&month=${month}`;
  const check = school.journal_check;
  return (
    <tr>
      <th scope="row">{shown(school.names, school.name)}</th>
      <td data-label={label("box")}>
        {school.box_overdue ? (
          <span className="badge badge--danger">{t("schools.box_overdue")}</span>
        ) : (
          <span className="badge badge--ok">{t("schools.box_ok")}</span>
        )}{" "}
        {school.last_opened_on ? (
          <>
            {t("schools.last_opened")} <DayText value={school.last_opened_on} />
          </>
        ) : (
          t("schools.never_opened")
        )}
        {"; "}
        {t("schools.due_by")} <DayText value={school.box_due_by} />
      </td>
      <td data-label={label("report")}>
        <Link to={`/staff/reports${query}`}>{t(`schools.report.${school.report}`)}</Link>
        {school.report_late && (
          <>
            {" "}
            <span className="badge badge--danger">{t("schools.late")}</span>
          </>
        )}
      </td>
      <td className="report-table__count" data-label={label("open")}>
        {number(school.open_appeals)}
      </td>
      <td className="report-table__count" data-label={label("overdue")}>
        {school.overdue_appeals > 0 ? <strong>{number(school.overdue_appeals)}</strong> : number(school.overdue_appeals)}
      </td>
      <td className="report-table__count" data-label={label("urgent_unreferred")}>
        {school.urgent_unreferred > 0 ? (
          <span className="badge badge--danger">{number(school.urgent_unreferred)}</span>
        ) : (
          number(school.urgent_unreferred)
        )}
        {school.urgent_not_referred_in_time > 0 && (
          <>
            {" "}
            <span className="badge badge--danger">
              {t("schools.not_referred_in_time", { count: school.urgent_not_referred_in_time })}
            </span>
          </>
        )}
      </td>
      <td data-label={label("journal")}>
        {check ? (
          <span className={check.valid ? "badge badge--ok" : "badge badge--danger"}>
            {check.valid ? t("schools.journal_valid") : t("schools.journal_broken")}
          </span>
        ) : (
          <span className="badge">{t("schools.journal_unchecked")}</span>
        )}{" "}
        {school.journal_head && (
          <span className="hash" title={school.journal_head.hash}>
            {school.journal_head.hash.slice(0, SHORT_HASH)}
          </span>
        )}
        {check && (
          <>
            {" "}
            <span className="field__hint">
              <DateTimeText value={check.checked_at} timeZone={school.time_zone} />
            </span>
          </>
        )}
      </td>
    </tr>
  );
}

/** The schools to call today: an urgent appeal there was not referred in time. */
function LateUrgentWarning({ schools }: { schools: SchoolCompliance[] }) {
  const shown = useInLanguage();
  const { t } = useTranslation("district");
  const late = schools.filter((school) => school.urgent_not_referred_in_time > 0);
  if (late.length === 0) return null;
  return (
    <div className="warning" role="region" aria-labelledby="late-urgent-heading">
      <h3 id="late-urgent-heading" className="warning__title">
        {t("schools.late_urgent_heading")}
      </h3>
      <p>{t("schools.late_urgent_body")}</p>
      <ul>
        {late.map((school) => (
          <li key={school.school}>
            {t("schools.late_urgent_school", { name: shown(school.names, school.name), count: school.urgent_not_referred_in_time })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Schools({ district }: { district: string }) {
  const { t, i18n } = useTranslation(["district", "common"]);
  const schools = useDistrictSchools(district);
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (schools.isPending) return <p role="status">{t("common:loading")}</p>;
  if (schools.isError) return <ErrorAlert error={schools.error} onRetry={() => void schools.refetch()} />;
  const caption = t("schools.heading", { month: formatMonth(schools.data.report_month, language) });
  return (
    <section aria-labelledby="district-schools">
      <h2 id="district-schools">{caption}</h2>
      <LateUrgentWarning schools={schools.data.schools} />
      {schools.data.schools.length === 0 ? (
        <p>{t("schools.none")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="journal-table district-table card-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`schools.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {schools.data.schools.map((school) => (
                <SchoolRow key={school.school} school={school} month={schools.data.report_month} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DistrictBoxKeys schools={schools.data.schools} />
    </section>
  );
}

const STATISTICS = [
  "found",
  "not_accepted",
  "registered",
  "urgent",
  "answered_in_time",
  "answered_late",
  "open_at_end",
  "overdue_at_end",
] as const;

function Figures({ statistics }: { statistics: DistrictStatistics }) {
  const { t, i18n } = useTranslation(["district", "appeal"]);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <dl className="shown-counts">
        <div>
          <dt>{t("statistics.schools_opened")}</dt>
          <dd>
            {t("statistics.of", {
              part: number(statistics.schools_opened_as_required),
              whole: number(statistics.schools),
            })}
          </dd>
        </div>
        {statistics.schools_no_opening_due > 0 && (
          <div>
            <dt>{t("statistics.schools_no_opening_due")}</dt>
            <dd>
              {t("statistics.of", {
                part: number(statistics.schools_no_opening_due),
                whole: number(statistics.schools),
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t("statistics.openings")}</dt>
          <dd>{number(statistics.openings)}</dd>
        </div>
        {STATISTICS.map((key) => (
          <div key={key}>
            <dt>{t(`statistics.counts.${key}`)}</dt>
            <dd>{statistics[key].shown}</dd>
          </div>
        ))}
        <div>
          <dt>{t("statistics.median_days")}</dt>
          <dd>{statistics.median_days_to_answer == null ? "—" : number(statistics.median_days_to_answer)}</dd>
        </div>
      </dl>
      <h3>{t("statistics.categories")}</h3>
      {statistics.by_category.length === 0 ? (
        <p>{t("statistics.none")}</p>
      ) : (
        <CountBars
          label={t("statistics.categories")}
          bars={statistics.by_category.map(({ category, count }) => ({
            key: category,
            label: t(`appeal:categories.names.${category}`),
            count,
          }))}
        />
      )}
      <h3>{t("statistics.referrals")}</h3>
      {statistics.referrals.length === 0 ? (
        <p>{t("statistics.none")}</p>
      ) : (
        <CountBars
          label={t("statistics.referrals")}
          bars={statistics.referrals.map((referral, index) => ({
            key: `${referral.code ?? referral.name_en}-${index}`,
            label: bodyName(referral, language),
            count: referral.count,
          }))}
        />
      )}
      {statistics.trend.length > 0 && <TrendChart months={statistics.trend} title={t("statistics.trend")} />}
    </>
  );
}

function Statistics({ district }: { district: string }) {
  const { t, i18n } = useTranslation(["district", "common"]);
  const [params, setParams] = useSearchParams();
  const asked = params.get("month") ?? "";
  const month = MONTH_PATTERN.test(asked) ? asked : undefined;
  const statistics = useDistrictStatistics(district, month);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const shown = statistics.data?.month;
  const months = statistics.data?.months ?? [];
  const choices = shown && !months.includes(shown) ? [...months, shown] : months;
  return (
    <section aria-labelledby="district-statistics">
      <h2 id="district-statistics">
        {shown ? t("statistics.heading_of", { month: formatMonth(shown, language) }) : t("statistics.heading")}
      </h2>
      {choices.length > 1 && shown && (
        <div className="filters no-print">
          <SelectField
            label={t("statistics.month")}
            value={shown}
            onChange={(month) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set("month", month);
                return next;
              })
            }
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {formatMonth(choice, language)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {statistics.isPending && <p role="status">{t("common:loading")}</p>}
      {statistics.isError && <ErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} />}
      {statistics.isSuccess && <Figures statistics={statistics.data} />}
    </section>
  );
}

/** `/staff/district`: the district office's view of its schools and their figures. */
export function DistrictPage() {
  const shown = useInLanguage();
  const { t } = useTranslation(["district", "admin", "account"]);
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <WithDistrict>
        {({ me, district }) => (
          <>
            <p>{me.district ? shown(me.district.names, me.district.name) : null}</p>
            <ul className="link-list no-print">
              <li>
                <Link to="/staff/cases">{t("referral_inbox")}</Link>
              </li>
              {can.createSchools(me) && (
                <li>
                  <Link to="/staff/district/schools">{t("admin:schools.title")}</Link>
                </li>
              )}
              {can.manageIntegrations(me) && (
                <li>
                  <Link to="/staff/district/integrations">{t("integrations.title")}</Link>
                </li>
              )}
              {can.manageDistrictSettings(me) && (
                <li>
                  <Link to="/staff/district/settings">{t("settings.title")}</Link>
                </li>
              )}
              {can.manageDistrictSettings(me) && (
                <li>
                  <Link to="/staff/district/box-key">{t("account:box_key.district.title")}</Link>
                </li>
              )}
            </ul>
            <Schools district={district} />
            <Statistics district={district} />
          </>
        )}
      </WithDistrict>
    </section>
  );
}
