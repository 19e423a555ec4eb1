import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useAlerts } from "../hooks";
import { BoxPassphraseField } from "../account/BoxPassphraseField";
import { BoxProtection } from "../account/BoxProtection";
import { usePassphraseNeeded } from "../account/boxKeyHooks";
import { can } from "../roles";
import { WithSchool, type StaffContext } from "../WithSchool";
import { BoxStatusPanel } from "./BoxStatusPanel";
import { useBoxStatus, useOpenings, useStartOpening, type Opening } from "./hooks";

const STEPS = ["start", "confirm", "read", "sign"] as const;

/** How an opening goes, in four steps, for a group that has never used the software. */
function HowItGoes() {
  const { t } = useTranslation("box");
  return (
    <section aria-labelledby="how-heading">
      <h2 id="how-heading">{t("how.heading")}</h2>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step}>{t(`how.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}

function StartOpening({ school, urgent }: { school: string; urgent: boolean }) {
  const { t } = useTranslation(["box", "account"]);
  const navigate = useNavigate();
  const start = useStartOpening();
  const needsPassphrase = usePassphraseNeeded(school);
  const [passphrase, setPassphrase] = useState("");
  const begin = (extraordinary: boolean) =>
    start.mutate(
      needsPassphrase ? { school, extraordinary, passphrase } : { school, extraordinary },
      { onSuccess: (opening) => void navigate(`/staff/box/${opening.id}`) },
    );
  return (
    <div className="start-opening">
      {start.isError && <ErrorAlert error={start.error} />}
      {needsPassphrase && <BoxPassphraseField value={passphrase} onChange={setPassphrase} />}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => begin(false)} disabled={start.isPending}>
          {t("start.regular")}
        </button>
        {urgent && (
          <button type="button" className="button button--danger" onClick={() => begin(true)} disabled={start.isPending}>
            {t("start.extraordinary")}
          </button>
        )}
      </div>
      {urgent && <p className="field__hint">{t("start.extraordinary_hint")}</p>}
      <p>
        <Link to="/staff/account/box-passphrase">{t("account:box_key.title")}</Link>
      </p>
    </div>
  );
}

function PastOpening({ opening, timeZone }: { opening: Opening; timeZone: string | undefined }) {
  const { t } = useTranslation("box");
  const kind = opening.extraordinary ? t("list.extraordinary") : t("list.regular");
  if (opening.status === "signed") {
    return (
      <li>
        <Link to={`/staff/box/${opening.id}/act`}>{t("list.act", { number: opening.act_number ?? "" })}</Link>
        {` · ${kind} · `}
        {opening.signed_at && <DateTimeText value={opening.signed_at} timeZone={timeZone} />}
        {` · ${opening.acknowledged_at ? t("list.acknowledged") : t("list.not_acknowledged")}`}
      </li>
    );
  }
  return (
    <li>
      <Link to={`/staff/box/${opening.id}`}>{t(`list.status.${opening.status}`)}</Link>
      {` · ${kind} · `}
      <DateTimeText value={opening.started_at} timeZone={timeZone} />
    </li>
  );
}

function Openings({ me, school, timeZone }: StaffContext) {
  const { t } = useTranslation(["box", "common"]);
  const status = useBoxStatus(school);
  const openings = useOpenings(school);
  // The counts leave out today's drops; the alerts do not: an urgent appeal dropped this
  // minute already allows an extraordinary opening.
  const alerts = useAlerts(me, school);
  const urgent = (status.data?.urgent_sealed_appeals ?? 0) > 0 || (alerts.data?.length ?? 0) > 0;
  const inProgress = status.data?.opening_in_progress ?? null;
  const past = (openings.data ?? []).filter((opening) => opening.id !== inProgress);

  return (
    <>
      {status.isPending && <p role="status">{t("common:loading")}</p>}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.isSuccess && (
        <>
          <BoxStatusPanel status={status.data} />
          <BoxProtection school={school} />
          <section className="panel panel--inner" aria-labelledby="now-heading">
            <h2 id="now-heading">{inProgress ? t("now.in_progress") : t("now.heading")}</h2>
            {inProgress ? (
              <p>
                <Link className="button button--primary button--link" to={`/staff/box/${inProgress}`}>
                  {t("now.go")}
                </Link>
              </p>
            ) : can.takePartInOpenings(me) ? (
              <StartOpening school={school} urgent={urgent} />
            ) : (
              <p>{t("now.group_only")}</p>
            )}
          </section>
        </>
      )}
      <HowItGoes />
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t("list.heading")}</h2>
        {openings.isError && <ErrorAlert error={openings.error} onRetry={() => void openings.refetch()} />}
        {openings.isSuccess &&
          (past.length === 0 ? (
            <p>{t("list.empty")}</p>
          ) : (
            <ul className="link-list">
              {past.map((opening) => (
                <PastOpening key={opening.id} opening={opening} timeZone={timeZone} />
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

/** `/staff/box`: the box, the opening in progress or a way to start one, and the past acts. */
export function OpeningsPage() {
  const { t } = useTranslation("box");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <WithSchool>{(context) => <Openings {...context} />}</WithSchool>
    </section>
  );
}
