import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/problem";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDay } from "../i18n/dates";
import type { Me } from "../auth/hooks";
import { useBoxStatus } from "./box/hooks";
import { useAlerts, type Alert } from "./hooks";
import { can } from "./roles";

/** A refusal or an absence means "not for you": the shell then shows nothing. */
export function isNotForYou(error: unknown): boolean {
  return error instanceof ApiError && error.status !== null && error.status >= 400 && error.status < 500;
}

function UrgentAlert({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation("staff");
  return (
    <li>
      <Trans
        t={t}
        i18nKey="alerts.urgent"
        values={{ date: formatDay(alert.submitted_on, i18n.resolvedLanguage ?? i18n.language) }}
        components={{ date: <time dateTime={alert.submitted_on} /> }}
      />
      {alert.channel === "paper" && ` ${t("alerts.paper")}`}
    </li>
  );
}

/** The banner of urgent sealed appeals (danger signals): the date only, never the content. */
export function UrgentAlerts({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation("staff");
  const alerts = useAlerts(me, school);
  if (alerts.isError) {
    return isNotForYou(alerts.error) ? null : <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />;
  }
  if (!alerts.isSuccess || alerts.data.length === 0) return null;
  return (
    <section className="urgent-banner" aria-labelledby="urgent-alerts-heading">
      <h2 id="urgent-alerts-heading">{t("alerts.heading")}</h2>
      <ul>
        {alerts.data.map((alert) => (
          <UrgentAlert key={alert.appeal_id} alert={alert} />
        ))}
      </ul>
    </section>
  );
}

/** While an opening runs, the start page of those who follow openings leads there. */
function OpeningInProgress({ me, opening }: { me: Me; opening: string }) {
  const { t } = useTranslation("staff");
  return (
    <section className="opening-banner" aria-labelledby="opening-banner-heading">
      <h2 id="opening-banner-heading">{t("opening.heading")}</h2>
      <p>{can.takePartInOpenings(me) ? t("opening.join") : t("opening.follow")}</p>
      <p>
        <Link className="button button--primary button--link" to={`/staff/box/${opening}`}>
          {t("opening.go")}
        </Link>
      </p>
    </section>
  );
}

/**
 * How many sealed appeals dropped before today wait in the box, for those who may know it
 * (the director and the working group; the server sends no count to anyone else); while an
 * opening runs, a way to it instead.
 */
export function SealedCount({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation("staff");
  const status = useBoxStatus(school);
  if (status.isError) {
    return isNotForYou(status.error) ? null : <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  }
  const inProgress = status.data?.opening_in_progress;
  if (inProgress && can.followOpenings(me)) return <OpeningInProgress me={me} opening={inProgress} />;
  const sealed = status.data?.sealed_appeals;
  if (sealed === undefined || sealed === null) return null;
  return (
    <section className="box-count" aria-labelledby="box-count-heading">
      <h2 id="box-count-heading">{t("box.heading")}</h2>
      <p>{sealed === 0 ? t("box.empty") : t("box.waiting", { count: sealed })}</p>
      <p className="field__hint">{t("box.as_of_this_morning")}</p>
    </section>
  );
}
