import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/fields";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatNumber } from "../../i18n/dates";
import { can } from "../roles";
import { WithSchoolOrDistrict } from "../WithSchool";
import { CaseCards } from "./CaseCards";
import { CASE_STATES, useCases, type CaseState } from "./hooks";

const PER_PAGE = 20;

function Cases({ school }: { school: string }) {
  const { t, i18n } = useTranslation(["cases", "common"]);
  const ids = useId();
  const [state, setState] = useState<CaseState>("open");
  const [page, setPage] = useState(1);
  const cases = useCases(school, state, page, PER_PAGE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const total = cases.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <>
      <div className="filters">
        <SelectField
          label={t("list.state")}
          value={state}
          onChange={(chosen) => {
            setState(chosen as CaseState);
            setPage(1);
          }}
        >
          {CASE_STATES.map((option) => (
            <option key={option} value={option}>
              {t(`list.states.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {cases.isPending && <p role="status">{t("common:loading")}</p>}
      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.isSuccess && (
        <section aria-labelledby={`${ids}-heading`}>
          <h2 id={`${ids}-heading`}>{t(`list.headings.${state}`)}</h2>
          <p role="status">{total === 0 ? t("list.empty") : t("list.total", { count: total })}</p>
          {cases.data.items.length > 0 && (
            <CaseCards cases={cases.data.items} label={t(`list.headings.${state}`)} />
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={t("list.pager")}>
              <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t("list.previous")}
              </button>
              <span>
                {t("list.page", { page: formatNumber(page, language), pages: formatNumber(pages, language) })}
              </span>
              <button type="button" className="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t("list.next")}
              </button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}

/** The intro for who is reading: the whole school's inbox, one's own cases, or the district's. */
function introKey(me: Me): "intro_director" | "intro_district" | "intro_official" {
  if (can.directCases(me)) return "intro_director";
  if (can.worksForDistrict(me)) return "intro_district";
  return "intro_official";
}

/** `/staff/cases`: the cases of the school the signed-in person directs, handles or was referred. */
export function CasesPage() {
  const { t } = useTranslation("cases");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <WithSchoolOrDistrict>
        {({ me, school }) => (
          <>
            <p>{t(`list.${introKey(me)}`)}</p>
            <Cases school={school} />
          </>
        )}
      </WithSchoolOrDistrict>
    </section>
  );
}
