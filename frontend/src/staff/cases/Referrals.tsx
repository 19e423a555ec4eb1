import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldMessages } from "../../i18n/problemMessage";
import { SelectField, TextAreaField, TextField } from "../../components/fields";
import {
  REFERRAL_METHODS,
  useAddReferralBody,
  useRecordReferralReply,
  useRefer,
  useReferralBodies,
  type CaseFile,
  type CaseReferral,
  type ReferralBody,
  type ReferralMethod,
} from "./hooks";
import { todayIn } from "./today";
import { CaseAction } from "./CaseAction";

/** A body's name in the page's language. */
export function bodyName(body: ReferralBody, language: string): string {
  if (language === "ru") return body.name_ru;
  if (language === "en") return body.name_en;
  return body.name_ky;
}

function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

interface ReplyFormProps {
  caseId: string;
  referral: CaseReferral;
  timeZone: string | undefined;
  onDone: () => void;
}

function ReplyForm({ caseId, referral, timeZone, onDone }: ReplyFormProps) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const record = useRecordReferralReply(caseId);
  const ids = useId();
  const today = todayIn(timeZone);
  const [receivedOn, setReceivedOn] = useState(today);
  const [reference, setReference] = useState(referral.body_reference ?? "");
  const [summary, setSummary] = useState("");
  const [missing, setMissing] = useState<{ received_on?: string; summary?: string }>({});
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const dayRef = useRef<HTMLInputElement>(null);
  const fromServer = record.isError ? fieldMessages(tErrors, record.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      received_on: receivedOn === "" ? t("reply.received_on_required") : undefined,
      summary: summary.trim() === "" ? t("reply.summary_required") : undefined,
    };
    setMissing(found);
    if (found.received_on) return dayRef.current?.focus();
    if (found.summary) return summaryRef.current?.focus();
    record.mutate(
      {
        referralId: referral.id,
        reply: { received_on: receivedOn, body_reference: reference.trim() || null, summary: summary.trim() },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h4 id={`${ids}-heading`}>{t("reply.heading")}</h4>
      <TextField
        label={t("reply.received_on")}
        type="date"
        max={today}
        value={receivedOn}
        onChange={setReceivedOn}
        inputRef={dayRef}
        error={missing.received_on ?? fromServer.received_on}
      />
      <TextField
        label={t("reply.reference")}
        value={reference}
        onChange={setReference}
        error={fromServer.body_reference}
      />
      <TextAreaField
        label={t("reply.summary")}
        hint={t("reply.summary_hint")}
        value={summary}
        onChange={setSummary}
        textareaRef={summaryRef}
        error={missing.summary ?? fromServer.summary}
      />
      {record.isError && <ErrorAlert error={record.error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {t("reply.submit")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("reply.cancel")}
        </button>
      </div>
    </form>
  );
}

interface ReferralItemProps {
  caseId: string;
  referral: CaseReferral;
  mayRecord: boolean;
  timeZone: string | undefined;
}

function ReferralItem({ caseId, referral, mayRecord, timeZone }: ReferralItemProps) {
  const { t } = useTranslation("cases");
  const language = useLanguage();
  const [recording, setRecording] = useState(false);
  const name = bodyName(referral.body, language);
  return (
    <li>
      <p className="record-list__title">{name}</p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t("referrals.referred_on")}</dt>
          <dd>
            <DayText value={referral.referred_on} />
          </dd>
        </div>
        <div>
          <dt>{t("referrals.method")}</dt>
          <dd>{t(`methods.${referral.method}`)}</dd>
        </div>
        <div>
          <dt>{t("referrals.reference")}</dt>
          <dd>{referral.body_reference || t("referrals.no_reference")}</dd>
        </div>
        {referral.referred_by && (
          <div>
            <dt>{t("referrals.referred_by")}</dt>
            <dd>{referral.referred_by.full_name}</dd>
          </div>
        )}
        <div>
          <dt>{t("referrals.reply")}</dt>
          <dd>
            {referral.reply_received_on ? (
              <>
                <DayText value={referral.reply_received_on} />
                {referral.reply && <span className="record-list__text">{referral.reply}</span>}
              </>
            ) : (
              t("referrals.no_reply")
            )}
          </dd>
        </div>
      </dl>
      {mayRecord && !referral.reply_received_on && !recording && (
        <button type="button" className="button" onClick={() => setRecording(true)}>
          {t("referrals.record_reply")}
        </button>
      )}
      {recording && (
        <ReplyForm caseId={caseId} referral={referral} timeZone={timeZone} onDone={() => setRecording(false)} />
      )}
    </li>
  );
}

function AddBodyForm({ school, onAdded }: { school: string; onAdded: (body: ReferralBody) => void }) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const add = useAddReferralBody(school);
  const ids = useId();
  const [names, setNames] = useState({ name_ky: "", name_ru: "", name_en: "" });
  const [missing, setMissing] = useState(false);
  const fromServer = add.isError ? fieldMessages(tErrors, add.error) : {};
  const set = (key: keyof typeof names) => (value: string) => setNames((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = { name_ky: names.name_ky.trim(), name_ru: names.name_ru.trim(), name_en: names.name_en.trim() };
    const empty = !trimmed.name_ky || !trimmed.name_ru || !trimmed.name_en;
    setMissing(empty);
    if (empty) return;
    add.mutate(trimmed, {
      onSuccess: (body) => {
        setNames({ name_ky: "", name_ru: "", name_en: "" });
        onAdded(body);
      },
    });
  };

  return (
    <details className="add-body">
      <summary>{t("add_body.toggle")}</summary>
      <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
        <h4 id={`${ids}-heading`}>{t("add_body.heading")}</h4>
        <p className="field__hint">{t("add_body.hint")}</p>
        <TextField
          label={t("add_body.name_ky")}
          value={names.name_ky}
          onChange={set("name_ky")}
          error={missing && !names.name_ky.trim() ? t("add_body.required") : fromServer.name_ky}
        />
        <TextField
          label={t("add_body.name_ru")}
          value={names.name_ru}
          onChange={set("name_ru")}
          error={missing && !names.name_ru.trim() ? t("add_body.required") : fromServer.name_ru}
        />
        <TextField
          label={t("add_body.name_en")}
          value={names.name_en}
          onChange={set("name_en")}
          error={missing && !names.name_en.trim() ? t("add_body.required") : fromServer.name_en}
        />
        {add.isError && <ErrorAlert error={add.error} />}
        <button type="submit" className="button" disabled={add.isPending}>
          {t("add_body.submit")}
        </button>
      </form>
    </details>
  );
}

interface ReferFormProps {
  caseId: string;
  school: string;
  mayAddBodies: boolean;
  timeZone: string | undefined;
}

function ReferForm({ caseId, school, mayAddBodies, timeZone }: ReferFormProps) {
  const { t } = useTranslation(["cases", "common"]);
  const { t: tErrors } = useTranslation("errors");
  const language = useLanguage();
  const bodies = useReferralBodies(school);
  const refer = useRefer(caseId);
  const ids = useId();
  const today = todayIn(timeZone);
  const [bodyId, setBodyId] = useState("");
  const [referredOn, setReferredOn] = useState(today);
  const [method, setMethod] = useState<ReferralMethod>("phone");
  const [reference, setReference] = useState("");
  const [missing, setMissing] = useState<{ body?: string; referred_on?: string }>({});
  const [referred, setReferred] = useState(false);
  const bodyRef = useRef<HTMLSelectElement>(null);
  const dayRef = useRef<HTMLInputElement>(null);
  const fromServer = refer.isError ? fieldMessages(tErrors, refer.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      body: bodyId === "" ? t("refer.body_required") : undefined,
      referred_on: referredOn === "" ? t("refer.referred_on_required") : undefined,
    };
    setMissing(found);
    setReferred(false);
    if (found.body) return bodyRef.current?.focus();
    if (found.referred_on) return dayRef.current?.focus();
    refer.mutate(
      { body_id: bodyId, referred_on: referredOn, method, body_reference: reference.trim() || null },
      {
        onSuccess: () => {
          setBodyId("");
          setReference("");
          setReferred(true);
        },
      },
    );
  };

  return (
    <>
      <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
        <h3 id={`${ids}-heading`}>{t("refer.heading")}</h3>
        {bodies.isPending && <p role="status">{t("common:loading")}</p>}
        {bodies.isError && <ErrorAlert error={bodies.error} onRetry={() => void bodies.refetch()} />}
        <SelectField
          label={t("refer.body")}
          value={bodyId}
          onChange={setBodyId}
          selectRef={bodyRef}
          error={missing.body ?? fromServer.body_id}
        >
          <option value="">{t("refer.choose_body")}</option>
          {bodies.data?.items.map((body) => (
            <option key={body.id} value={body.id}>
              {bodyName(body, language)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("refer.referred_on")}
          type="date"
          max={today}
          value={referredOn}
          onChange={setReferredOn}
          inputRef={dayRef}
          error={missing.referred_on ?? fromServer.referred_on}
        />
        <SelectField label={t("refer.method")} value={method} onChange={(value) => setMethod(value as ReferralMethod)}>
          {REFERRAL_METHODS.map((option) => (
            <option key={option} value={option}>
              {t(`methods.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("refer.reference")}
          hint={t("refer.reference_hint")}
          value={reference}
          onChange={setReference}
          error={fromServer.body_reference}
        />
        {refer.isError && <ErrorAlert error={refer.error} />}
        <p className="kept-status" role="status">
          {referred ? t("refer.referred") : ""}
        </p>
        <button type="submit" className="button button--primary" disabled={refer.isPending}>
          {t("refer.submit")}
        </button>
      </form>
      {mayAddBodies && <AddBodyForm school={school} onAdded={(body) => setBodyId(body.id)} />}
    </>
  );
}

interface ReferralsProps {
  file: CaseFile;
  mayAddBodies: boolean;
  timeZone: string | undefined;
}

/** The referrals to competent bodies (clause 3.4), their replies, and referring. */
export function Referrals({ file, mayAddBodies, timeZone }: ReferralsProps) {
  const { t } = useTranslation("cases");
  const open = file.summary.status !== "closed";
  const handling = file.your_part.handling && open;
  return (
    <section className="case__section" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">{t("referrals.heading")}</h2>
      {file.referrals.length === 0 ? (
        <p>{file.summary.urgent ? t("referrals.empty_urgent") : t("referrals.empty")}</p>
      ) : (
        <ul className="record-list">
          {file.referrals.map((referral) => (
            <ReferralItem
              key={referral.id}
              caseId={file.summary.id}
              referral={referral}
              mayRecord={handling}
              timeZone={timeZone}
            />
          ))}
        </ul>
      )}
      {handling && (
        // An appeal marked for referral and not referred yet waits for exactly this.
        <CaseAction label={t("refer.heading")} next={file.needs_referral && file.referrals.length === 0}>
          <ReferForm
            caseId={file.summary.id}
            school={file.summary.school}
            mayAddBodies={mayAddBodies}
            timeZone={timeZone}
          />
        </CaseAction>
      )}
    </section>
  );
}
