import { Trans, useTranslation } from "react-i18next";
import { formatDay } from "../../i18n/dates";
import type { BoxStatus } from "./hooks";

/** What waits in the box and when it must be opened (clause 2.3: at least monthly). */
export function BoxStatusPanel({ status }: { status: BoxStatus }) {
  const { t, i18n } = useTranslation("box");
  const language = i18n.resolvedLanguage ?? i18n.language;
  const day = (value: string) => ({
    values: { date: formatDay(value, language) },
    components: { date: <time dateTime={value} /> },
  });
  return (
    <section className="box-status" aria-labelledby="box-status-heading">
      <h2 id="box-status-heading">{t("status.heading")}</h2>
      {status.overdue && (
        <p className="warning warning--inline">
          <Trans t={t} i18nKey="status.overdue" {...day(status.due_by)} />
        </p>
      )}
      <ul className="box-status__facts">
        <li>{status.sealed_appeals === 0 ? t("status.empty") : t("status.sealed", { count: status.sealed_appeals })}</li>
        {status.urgent_sealed_appeals > 0 && (
          <li className="box-status__urgent">{t("status.urgent", { count: status.urgent_sealed_appeals })}</li>
        )}
        <li>
          {status.last_opened_on ? (
            <Trans t={t} i18nKey="status.last_opened" {...day(status.last_opened_on)} />
          ) : (
            t("status.never_opened")
          )}
        </li>
        {!status.overdue && (
          <li>
            <Trans t={t} i18nKey="status.due_by" {...day(status.due_by)} />
          </li>
        )}
      </ul>
    </section>
  );
}
