import { Trans, useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Me } from "../../auth/hooks";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatDateTime, formatNumber } from "../../i18n/dates";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_NAMES, type Language } from "../../i18n/languages";
import { can } from "../roles";
import { WithSchool } from "../WithSchool";
import { useAct, useAcknowledgeAct, type Act, type ActCounts } from "./hooks";
import { formatRegistrationNumber } from "../../components/registrationNumber";

const COUNTS: readonly (keyof ActCounts)[] = [
  "online",
  "paper",
  "not_accepted_obscene_language",
  "not_accepted_not_an_appeal",
  "urgent",
  "registered",
];

interface ActDocumentProps {
  act: Act;
  language: Language;
  timeZone: string | undefined;
}

/** The act as a paper act carries it, in the school's language whatever the page's language. */
function ActDocument({ act, language, timeZone }: ActDocumentProps) {
  // Loads the act's words in that language too (the page waits for them).
  const { t } = useTranslation("act", { lng: language });
  const number = (value: number) => formatNumber(value, language);
  return (
    <article className="act" lang={language} aria-labelledby="act-title">
      <header className="act__header">
        <p className="act__school">{act.school_name}</p>
        <h1 id="act-title">{t("title", { number: act.number })}</h1>
        <p className="act__kind">{act.extraordinary ? t("extraordinary") : t("regular")}</p>
      </header>
      <dl className="act__facts">
        <div>
          <dt>{t("opened_at")}</dt>
          <dd>
            <DateTimeText value={act.opened_at} timeZone={timeZone} language={language} />
          </dd>
        </div>
        <div>
          <dt>{t("signed_at")}</dt>
          <dd>
            <DateTimeText value={act.signed_at} timeZone={timeZone} language={language} />
          </dd>
        </div>
      </dl>
      <p>{t("preamble")}</p>

      <section aria-labelledby="act-members">
        <h2 id="act-members">{t("members.heading")}</h2>
        <table className="act__table">
          <thead>
            <tr>
              <th scope="col">{t("members.number")}</th>
              <th scope="col">{t("members.name")}</th>
              <th scope="col">{t("members.position")}</th>
              <th scope="col">{t("members.signed_at")}</th>
            </tr>
          </thead>
          <tbody>
            {act.members.map((member, index) => (
              <tr key={`${member.full_name}-${index}`}>
                <td>{number(index + 1)}</td>
                <td>{member.full_name}</td>
                <td>{member.position}</td>
                <td>
                  <DateTimeText value={member.signed_at} timeZone={timeZone} language={language} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="act-counts">
        <h2 id="act-counts">{t("counts.heading")}</h2>
        <table className="act__table act__counts">
          <tbody>
            {COUNTS.map((count) => (
              <tr key={count}>
                <th scope="row">{t(`counts.${count}`)}</th>
                <td>{number(act.counts[count])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="act-numbers">
        <h2 id="act-numbers">{t("registration.heading")}</h2>
        {act.registration_numbers.length === 0 ? (
          <p>{t("registration.none")}</p>
        ) : (
          <ul className="act__numbers">
            {act.registration_numbers.map((registration) => (
              <li key={registration}>{formatRegistrationNumber(registration)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="act-journal">
        <h2 id="act-journal">{t("journal.heading")}</h2>
        {act.journal_head ? (
          <>
            <p>{t("journal.head", { seq: number(act.journal_head.seq) })}</p>
            <p className="act__hash">{act.journal_head.hash}</p>
          </>
        ) : (
          <p>{t("journal.empty")}</p>
        )}
        <p className="act__note">{t("journal.note")}</p>
      </section>

      <section className="act__signatures" aria-labelledby="act-signatures">
        <h2 id="act-signatures">{t("signatures.heading")}</h2>
        <ol>
          {act.members.map((member, index) => (
            <li key={`${member.full_name}-${index}`}>
              <span className="act__signer">{`${member.full_name}, ${member.position}`}</span>
              <span className="act__line" aria-hidden="true" />
            </li>
          ))}
        </ol>
      </section>

      <section className="act__director" aria-labelledby="act-director">
        <h2 id="act-director">{t("director.heading")}</h2>
        {act.acknowledged_at ? (
          <p>
            <Trans
              t={t}
              i18nKey="director.acknowledged"
              values={{
                date: formatDateTime(act.acknowledged_at, language, timeZone),
                name: act.acknowledged_by ?? "",
              }}
              components={{ date: <time dateTime={act.acknowledged_at} /> }}
            />
          </p>
        ) : (
          <p>{t("director.not_yet")}</p>
        )}
        <p className="act__director-line">
          <span>{t("director.signature")}</span>
          <span className="act__line" aria-hidden="true" />
        </p>
      </section>
    </article>
  );
}

function Acknowledge({ act }: { act: Act }) {
  const { t } = useTranslation("box");
  const acknowledge = useAcknowledgeAct(act.opening_id);
  return (
    <section className="notice no-print" aria-labelledby="acknowledge-heading">
      <h2 id="acknowledge-heading">{t("acknowledge.heading")}</h2>
      <p>{t("acknowledge.intro")}</p>
      {acknowledge.isError && <ErrorAlert error={acknowledge.error} />}
      <button
        type="button"
        className="button button--primary"
        onClick={() => acknowledge.mutate()}
        disabled={acknowledge.isPending}
      >
        {t("acknowledge.button")}
      </button>
    </section>
  );
}

function ActView({ id, me, timeZone }: { id: string; me: Me; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation(["box", "common"]);
  const act = useAct(id);
  useDocumentTitle(act.data ? t("act.title", { number: act.data.number }) : t("act.page_title"));
  if (act.isPending) return <p role="status">{t("common:loading")}</p>;
  if (act.isError) {
    return (
      <section className="panel">
        <h1>{t("act.page_title")}</h1>
        <ErrorAlert error={act.error} onRetry={() => void act.refetch()} />
        <p>
          <Link to={`/staff/box/${id}`}>{t("act.to_opening")}</Link>
        </p>
      </section>
    );
  }
  const language = isLanguage(act.data.language) ? act.data.language : DEFAULT_LANGUAGE;
  const pageLanguage = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="act-page">
      <div className="act-page__actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t("act.print")}
        </button>
        {language !== pageLanguage && (
          <p className="field__hint">{t("act.language_note", { language: LANGUAGE_NAMES[language] })}</p>
        )}
        <p className="field__hint">{t("act.print_hint")}</p>
      </div>
      {can.acknowledgeActs(me) && !act.data.acknowledged_at && <Acknowledge act={act.data} />}
      <ActDocument act={act.data} language={language} timeZone={timeZone} />
      <p className="no-print">
        <Link to="/staff/box">{t("opening.back")}</Link>
      </p>
    </div>
  );
}

/** `/staff/box/:id/act`: the signed act, to print (A4) and for the director to acknowledge. */
export function ActPage() {
  const { id = "" } = useParams();
  return <WithSchool>{({ me, timeZone }) => <ActView id={id} me={me} timeZone={timeZone} />}</WithSchool>;
}
