import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDateTime } from "../../i18n/dates";
import { isNotForYou } from "../BoxStatus";
import { useSchool } from "../hooks";
import { useOpenings, type Opening } from "./hooks";

/** A signed act the director has not acknowledged yet (clause 2.4). */
export function isWaitingForDirector(opening: Opening): boolean {
  return opening.status === "signed" && opening.acknowledged_at == null;
}

/** The director's inbox: the acts sent to them and not yet acknowledged. */
export function ActsInbox({ school }: { school: string }) {
  const { t, i18n } = useTranslation("staff");
  const openings = useOpenings(school);
  const timeZone = useSchool(school).data?.settings.time_zone;
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (openings.isPending) return null;
  if (openings.isError) {
    return isNotForYou(openings.error) ? null : (
      <ErrorAlert error={openings.error} onRetry={() => void openings.refetch()} />
    );
  }
  const waiting = openings.data.filter(isWaitingForDirector);
  return (
    <section className="inbox" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t("inbox.heading")}</h2>
      {waiting.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <>
          <p>{t("inbox.intro", { count: waiting.length })}</p>
          <ul className="link-list">
            {waiting.map((opening) => (
              <li key={opening.id}>
                <Link to={`/staff/box/${opening.id}/act`}>
                  <Trans
                    t={t}
                    i18nKey="inbox.act"
                    values={{
                      number: opening.act_number ?? "",
                      date: opening.signed_at ? formatDateTime(opening.signed_at, language, timeZone) : "",
                    }}
                    components={{ date: <time dateTime={opening.signed_at ?? undefined} /> }}
                  />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
