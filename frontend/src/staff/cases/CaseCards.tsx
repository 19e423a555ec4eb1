import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DayText } from "../../components/DayText";
import { CaseFlags, isPressing } from "./CaseFlags";
import type { CaseSummary } from "./hooks";
import { formatRegistrationNumber } from "../../components/registrationNumber";

/** The address of a case's page: the case names its school, so the address needs no `?school=`. */
export function caseAddress(id: string): string {
  return `/staff/cases/${id}`;
}

interface CaseCardsProps {
  cases: readonly CaseSummary[];
  label: string;
}

/** Cases as cards, one under the other on a phone: number, what it needs, who, by when. */
export function CaseCards({ cases, label }: CaseCardsProps) {
  const { t } = useTranslation(["cases", "journal"]);
  return (
    <ul className="case-list" aria-label={label}>
      {cases.map((summary) => (
        <li key={summary.id} className={isPressing(summary) ? "case-card case-card--pressing" : "case-card"}>
          <p className="case-card__number">
            <Link to={caseAddress(summary.id)}>
              {t("number", { number: formatRegistrationNumber(summary.registration_number) })}
            </Link>
          </p>
          <CaseFlags summary={summary} />
          <dl className="case-card__facts">
            <div>
              <dt>{t("facts.registered_on")}</dt>
              <dd>
                <DayText value={summary.registered_on} />
              </dd>
            </div>
            <div>
              <dt>{t("facts.official")}</dt>
              <dd>{summary.official ? summary.official.full_name : t("facts.not_assigned")}</dd>
            </div>
            <div>
              <dt>{t("facts.answer_due_on")}</dt>
              <dd>{summary.answer_due_on ? <DayText value={summary.answer_due_on} /> : t("facts.no_due_date")}</dd>
            </div>
            <div>
              <dt>{t("facts.status")}</dt>
              <dd>{t(`journal:statuses.${summary.status}`)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
