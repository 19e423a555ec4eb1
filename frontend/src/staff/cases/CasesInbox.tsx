import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { isNotForYou } from "../BoxStatus";
import { can } from "../roles";
import { CaseCards } from "./CaseCards";
import { useCases } from "./hooks";

/** How many of the cases that need attention first the start page shows. */
const SHOWN = 5;

/**
 * The start page's cases: for the director every open case of the school, for an official
 * those assigned to them, what needs attention first.
 */
export function CasesInbox({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation("cases");
  const cases = useCases(school, "open", 1, SHOWN);
  if (cases.isPending) return null;
  if (cases.isError) {
    return isNotForYou(cases.error) ? null : <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />;
  }
  const directing = can.directCases(me);
  const heading = directing ? t("inbox.heading_director") : t("inbox.heading_official");
  const { items, total } = cases.data;
  return (
    <section className="inbox" aria-labelledby="cases-inbox-heading">
      <h2 id="cases-inbox-heading">{heading}</h2>
      {total === 0 ? (
        <p>{directing ? t("inbox.empty_director") : t("inbox.empty_official")}</p>
      ) : (
        <>
          <p>{directing ? t("inbox.open_director", { count: total }) : t("inbox.open_official", { count: total })}</p>
          <CaseCards cases={items} label={heading} />
          {total > items.length && (
            <p>
              <Link to="/staff/cases">{t("inbox.all", { count: total })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
