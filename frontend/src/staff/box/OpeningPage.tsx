import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import type { Me } from "../../auth/hooks";
import { BoxPassphraseField } from "../account/BoxPassphraseField";
import { usePassphraseNeeded, useSchoolBoxKey } from "../account/boxKeyHooks";
import { can } from "../roles";
import { WithSchool } from "../WithSchool";
import { AppealCard } from "./AppealCard";
import {
  useAbandonOpening,
  useConfirmOpening,
  useOpening,
  useOpeningAppeals,
  useSignAct,
  type Opening,
  type RetrievedAppeal,
} from "./hooks";
import { PaperAppealForm } from "./PaperAppealForm";

const STEPS = ["gather", "read", "sign"] as const;

/** Where the opening is, as one of three plain steps (all done once the act is signed). */
function stepOf(opening: Opening): number {
  if (opening.status === "awaiting_quorum") return 0;
  if (opening.status === "open") return opening.members.some((member) => member.signed_at) ? 2 : 1;
  return STEPS.length;
}

function Progress({ opening }: { opening: Opening }) {
  const { t } = useTranslation("box");
  if (opening.status === "abandoned") return null;
  const current = stepOf(opening);
  return (
    <ol className="progress" aria-label={t("opening.progress")}>
      {STEPS.map((step, index) => (
        <li
          key={step}
          className={index < current ? "progress__step progress__step--done" : index === current ? "progress__step progress__step--current" : "progress__step"}
          aria-current={index === current ? "step" : undefined}
        >
          {t(`opening.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}

interface OpeningPartProps {
  opening: Opening;
  me: Me;
  timeZone: string | undefined;
}

function Members({ opening, timeZone }: Omit<OpeningPartProps, "me">) {
  const { t } = useTranslation("box");
  const signing = opening.status !== "awaiting_quorum";
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t("members.heading")}</h2>
      <ul className="members">
        {opening.members.map((member) => (
          <li key={member.user_id}>
            <span className="members__name">{member.full_name}</span>
            <span className="members__position">{member.position}</span>
            <span className="members__state members__state--done">
              {`${t("members.confirmed")} `}
              <DateTimeText value={member.confirmed_at} timeZone={timeZone} />
            </span>
            {signing && (
              <span className={member.signed_at ? "members__state members__state--done" : "members__state"}>
                {member.signed_at ? `${t("members.signed")} ` : t("members.not_signed")}
                {member.signed_at && <DateTimeText value={member.signed_at} timeZone={timeZone} />}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The members of the working group who have not confirmed yet: whom the others wait for. */
function ExpectedMembers({ opening }: { opening: Opening }) {
  const { t } = useTranslation("box");
  const expected = opening.expected;
  if (expected.length === 0) return null;
  return (
    <section aria-labelledby="expected-heading">
      <h2 id="expected-heading">{t("members.expected")}</h2>
      <ul className="members">
        {expected.map((member) => (
          <li key={member.user_id}>
            <span className="members__name">{member.full_name}</span>
            <span className="members__position">{member.position}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConfirmPresence({ opening }: { opening: Opening }) {
  const { t } = useTranslation("box");
  const confirm = useConfirmOpening(opening.id);
  // A box sealed to the group opens with the members' box passphrases.
  const needsPassphrase = usePassphraseNeeded(opening.school) && opening.status === "awaiting_quorum";
  const [passphrase, setPassphrase] = useState("");
  return (
    <div className="notice">
      <p>{opening.status === "open" ? t("confirm.join_open") : t("confirm.intro")}</p>
      {confirm.isError && <ErrorAlert error={confirm.error} />}
      {needsPassphrase && <BoxPassphraseField value={passphrase} onChange={setPassphrase} />}
      <button
        type="button"
        className="button button--primary"
        onClick={() => confirm.mutate(needsPassphrase ? passphrase : undefined)}
        disabled={confirm.isPending}
      >
        {t("confirm.button")}
      </button>
    </div>
  );
}

/**
 * When the district office holds a share of the box's key, it can stand in for one missing
 * member: the members tell the district administrator the opening's number.
 */
function DistrictShareHint({ opening }: { opening: Opening }) {
  const { t } = useTranslation("account");
  const box = useSchoolBoxKey(opening.school);
  if (!box.data?.protected || !box.data.district_share) return null;
  return <p className="field__hint">{t("box_key.district_share_hint", { id: opening.id })}</p>;
}

function Abandon({ opening }: { opening: Opening }) {
  const { t } = useTranslation("box");
  const abandon = useAbandonOpening(opening.id);
  const [asking, setAsking] = useState(false);
  return (
    <section className="abandon" aria-labelledby="abandon-heading">
      <h2 id="abandon-heading">{t("abandon.heading")}</h2>
      <p>{t("abandon.intro")}</p>
      {abandon.isError && <ErrorAlert error={abandon.error} />}
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        {t("abandon.button")}
      </button>
      {asking && (
        <ConfirmDialog
          title={t("abandon.dialog_title")}
          confirmLabel={t("abandon.confirm")}
          cancelLabel={t("abandon.cancel")}
          pending={abandon.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() => abandon.mutate(undefined, { onSettled: () => setAsking(false) })}
        >
          <p>{t("abandon.dialog_body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** A signature cannot be taken back, and the last one freezes the act: the member is asked first. */
function Sign({ opening, me }: Omit<OpeningPartProps, "timeZone">) {
  const { t } = useTranslation("box");
  const sign = useSignAct(opening.id);
  const [asking, setAsking] = useState(false);
  const mine = opening.members.find((member) => member.user_id === me.id);
  const last = opening.signatures_needed === 1;
  return (
    <section className="sign" aria-labelledby="sign-heading">
      <h2 id="sign-heading">{t("sign.heading")}</h2>
      <p>{t("sign.intro", { count: opening.quorum })}</p>
      <p className="sign__needed" role="status">
        {t("sign.needed", { count: opening.signatures_needed })}
      </p>
      {sign.isError && <ErrorAlert error={sign.error} />}
      {mine?.signed_at ? (
        <p>{t("sign.done")}</p>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setAsking(true)} disabled={sign.isPending}>
          {t("sign.button")}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t("sign.dialog_title")}
          confirmLabel={t("sign.confirm")}
          cancelLabel={t("sign.cancel")}
          pending={sign.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() => sign.mutate(undefined, { onSettled: () => setAsking(false) })}
        >
          <p>{last ? t("sign.dialog_body_last") : t("sign.dialog_body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Urgent appeals first, each group in the order they came out of the box. */
function urgentFirst(appeals: readonly RetrievedAppeal[]): RetrievedAppeal[] {
  return [...appeals].sort((a, b) => Number(b.urgent) - Number(a.urgent));
}

function Appeals({ opening }: { opening: Opening }) {
  const { t } = useTranslation(["box", "common"]);
  const appeals = useOpeningAppeals(opening.id, opening.status === "open");
  return (
    <section aria-labelledby="appeals-heading">
      <h2 id="appeals-heading">{t("appeals.heading")}</h2>
      <p className="field__hint">{t("appeals.intro")}</p>
      {appeals.isPending && <p role="status">{t("common:loading")}</p>}
      {appeals.isError && <ErrorAlert error={appeals.error} onRetry={() => void appeals.refetch()} />}
      {appeals.isSuccess &&
        (appeals.data.length === 0 ? (
          <p>{t("appeals.empty")}</p>
        ) : (
          <>
            <p>{t("appeals.count", { count: appeals.data.length })}</p>
            <div className="appeal-list">
              {urgentFirst(appeals.data).map((appeal, index) => (
                <AppealCard key={appeal.id} openingId={opening.id} appeal={appeal} position={index + 1} editable />
              ))}
            </div>
          </>
        ))}
    </section>
  );
}

function OpeningBody({ opening, me, timeZone }: OpeningPartProps) {
  const { t } = useTranslation("box");
  const isMember = opening.members.some((member) => member.user_id === me.id);
  const mayJoin = can.takePartInOpenings(me) && !isMember;

  switch (opening.status) {
    case "awaiting_quorum":
      return (
        <>
          <p className="opening__needed" role="status">
            {t("opening.confirmations_needed", { count: opening.confirmations_needed })}
          </p>
          {mayJoin && <ConfirmPresence opening={opening} />}
          {isMember && <p>{t("opening.you_confirmed")}</p>}
          {isMember && <DistrictShareHint opening={opening} />}
          {!isMember && !mayJoin && <p>{t("opening.gathering")}</p>}
          <Members opening={opening} timeZone={timeZone} />
          <ExpectedMembers opening={opening} />
          {isMember && <Abandon opening={opening} />}
        </>
      );
    case "open":
      return (
        <>
          {mayJoin && <ConfirmPresence opening={opening} />}
          {isMember ? (
            <>
              <Appeals opening={opening} />
              <div className="panel panel--inner">
                <PaperAppealForm openingId={opening.id} />
              </div>
              <Members opening={opening} timeZone={timeZone} />
              <Sign opening={opening} me={me} />
              <Abandon opening={opening} />
            </>
          ) : (
            <>
              {!mayJoin && <p>{t("opening.open_for_members")}</p>}
              <Members opening={opening} timeZone={timeZone} />
            </>
          )}
        </>
      );
    case "signed":
      return (
        <>
          <p className="notice" role="status">
            {t("opening.signed", { number: opening.act_number ?? "" })}
          </p>
          <p>
            <Link className="button button--primary button--link" to={`/staff/box/${opening.id}/act`}>
              {t("opening.open_act")}
            </Link>
          </p>
          <Members opening={opening} timeZone={timeZone} />
        </>
      );
    case "abandoned":
      return (
        <>
          <p className="notice" role="status">
            {t("opening.abandoned")}
          </p>
          <p>
            <Link to="/staff/box">{t("opening.back")}</Link>
          </p>
        </>
      );
  }
}

function OpeningView({ id, me, timeZone }: { id: string; me: Me; timeZone: string | undefined }) {
  const { t } = useTranslation(["box", "common"]);
  const opening = useOpening(id);
  const title = opening.data?.extraordinary ? t("opening.title_extraordinary") : t("opening.title");
  useDocumentTitle(title);
  return (
    <section className="panel opening">
      <h1>{title}</h1>
      {opening.isPending && <p role="status">{t("common:loading")}</p>}
      {opening.isError && <ErrorAlert error={opening.error} onRetry={() => void opening.refetch()} />}
      {opening.isSuccess && (
        <>
          <p className="opening__started">
            {t("opening.started")} <DateTimeText value={opening.data.started_at} timeZone={timeZone} />
          </p>
          <Progress opening={opening.data} />
          <OpeningBody opening={opening.data} me={me} timeZone={timeZone} />
        </>
      )}
    </section>
  );
}

/** `/staff/box/:id`: one opening, step by step, from gathering the quorum to the signed act. */
export function OpeningPage() {
  const { id = "" } = useParams();
  return <WithSchool>{({ me, timeZone }) => <OpeningView id={id} me={me} timeZone={timeZone} />}</WithSchool>;
}
