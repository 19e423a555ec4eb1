import { Trans, useTranslation } from "react-i18next";
import { formatDay } from "../../i18n/dates";
import type { BoxStatus } from "./hooks";

/**
 * What waits in the box and when it must be opened (clause 2.3: at least monthly). The
 * counts come only to the director and the working group, and only of appeals dropped
 * before today: nobody can watch the count rise the minute a child presses "send".
 */
export function BoxStatusPanel({ status }: { status: BoxStatus }) {
  const { t, i18n } = useTranslation("box");
  const language = i18n.resolvedLanguage ?? i18n.language;
  const day = (value: string) => ({
    values: { date: formatDay(value, language) },
    components: { date: <time dateTime={value} /> },
  });
  const sealed = status.sealed_appeals ?? null;
  const urgent = status.urgent_sealed_appeals ?? 0;
  return (
    <section className="box-status" aria-labelledby="box-status-heading">
      <h2 id="box-status-heading">{t("status.heading")}</h2>
      {status.overdue && (
        <p className="warning warning--inline">
          <Trans t={t} i18nKey="status.overdue" {...day(status.due_by)} />
        </p>
      )}
      <ul className="box-status__facts">
        {sealed !== null && (
          <li>{sealed === 0 ? t("status.empty") : t("status.sealed", { count: sealed })}</li>
        )}
        {urgent > 0 && <li className="box-status__urgent">{t("status.urgent", { count: urgent })}</li>}
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
      {sealed !== null && <p className="field__hint">{t("status.as_of_this_morning")}</p>}
    </section>
  );
}
