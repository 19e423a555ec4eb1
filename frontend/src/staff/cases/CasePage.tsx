import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe, type Me } from "../../auth/hooks";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useSchool } from "../hooks";
import { can } from "../roles";
import { SCHOOL_PARAM } from "../WithSchool";
import { WrittenIn } from "../language/WrittenIn";
import { writerLanguage } from "../language/writerLanguage";
import { CaseFlags } from "./CaseFlags";
import { CloseCaseForm } from "./CloseCaseForm";
import { Conversation } from "./Conversation";
import { Assignment, ConcernForm } from "./Directing";
import { useCase, type CaseFile } from "./hooks";
import { Measures } from "./Measures";
import { Referrals } from "./Referrals";
import { formatRegistrationNumber } from "../../components/registrationNumber";
import { CaseAction } from "./CaseAction";
import { FileList } from "../files/FileList";

/** The danger signals the screening names (clause 3.4). */
const DANGER = ["violence", "sexual_abuse", "weapons", "self_harm", "extortion", "threat"] as const;
type Danger = (typeof DANGER)[number];
const isDanger = (code: string): code is Danger => (DANGER as readonly string[]).includes(code);

function Facts({ file }: { file: CaseFile }) {
  const { t } = useTranslation(["cases", "journal", "appeal"]);
  const { summary } = file;
  return (
    <dl className="facts">
      <div>
        <dt>{t("facts.registered_on")}</dt>
        <dd>
          <DayText value={summary.registered_on} />
        </dd>
      </div>
      <div>
        <dt>{t("facts.answer_due_on")}</dt>
        <dd>{summary.answer_due_on ? <DayText value={summary.answer_due_on} /> : t("facts.no_due_date")}</dd>
      </div>
      <div>
        <dt>{t("facts.status")}</dt>
        <dd>{t(`journal:statuses.${summary.status}`)}</dd>
      </div>
      <div>
        <dt>{t("facts.official")}</dt>
        <dd>
          {summary.official
            ? `${summary.official.full_name}, ${summary.official.position}`
            : t("facts.not_assigned")}
        </dd>
      </div>
      <div>
        <dt>{t("facts.channel")}</dt>
        <dd>{t(`journal:channels.${summary.channel}`)}</dd>
      </div>
      <div>
        <dt>{t("facts.writer")}</dt>
        <dd>{summary.anonymous ? t("journal:anonymous") : t("journal:signed")}</dd>
      </div>
      <div>
        <dt>{t("facts.categories")}</dt>
        <dd>
          {summary.categories.length === 0
            ? t("journal:no_categories")
            : summary.categories.map((category) => t(`appeal:categories.names.${category}`)).join(", ")}
        </dd>
      </div>
      {file.routed_to_district && (
        <div>
          <dt>{t("facts.directed_by")}</dt>
          <dd>{t("facts.district")}</dd>
        </div>
      )}
      {summary.status === "closed" && (
        <>
          <div>
            <dt>{t("facts.outcome")}</dt>
            <dd>{file.outcome ? t(`outcomes.${file.outcome}`) : t("facts.no_outcome")}</dd>
          </div>
          {file.closed_on && (
            <div>
              <dt>{t("facts.closed_on")}</dt>
              <dd>
                <DayText value={file.closed_on} />
              </dd>
            </div>
          )}
        </>
      )}
    </dl>
  );
}

function Danger({ file }: { file: CaseFile }) {
  const { t } = useTranslation(["cases", "box"]);
  if (!file.summary.urgent && !file.needs_referral && file.danger.length === 0) return null;
  return (
    <div className="warning case__danger" role="note" aria-label={t("danger.label")}>
      {file.summary.urgent && <p className="warning__title">{t("danger.urgent")}</p>}
      {file.danger.length > 0 && (
        <p>
          {t("danger.signals", {
            signals: file.danger.map((code) => (isDanger(code) ? t(`box:danger.${code}`) : code)).join(", "),
          })}
        </p>
      )}
      {file.needs_referral && <p>{t("danger.needs_referral")}</p>}
    </div>
  );
}

function Writer({ file }: { file: CaseFile }) {
  const { t } = useTranslation(["cases", "appeal"]);
  const writer = file.writer;
  if (!writer) return null;
  return (
    <section className="case__section" aria-labelledby="writer-heading">
      <h2 id="writer-heading">{t("writer.heading")}</h2>
      <p className="field__hint">{t("writer.hint")}</p>
      <dl className="facts">
        <div>
          <dt>{t("writer.name")}</dt>
          <dd>{writer.name}</dd>
        </div>
        <div>
          <dt>{t("writer.kind")}</dt>
          <dd>{t(`appeal:form.kinds.${writer.kind}`)}</dd>
        </div>
        {writer.class_name && (
          <div>
            <dt>{t("writer.class_name")}</dt>
            <dd>{writer.class_name}</dd>
          </div>
        )}
        {writer.phone && (
          <div>
            <dt>{t("writer.phone")}</dt>
            <dd>
              <a href={`tel:${writer.phone}`}>{writer.phone}</a>
            </dd>
          </div>
        )}
        {writer.email && (
          <div>
            <dt>{t("writer.email")}</dt>
            <dd>
              <a href={`mailto:${writer.email}`}>{writer.email}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function ConcernedStaff({ file, me }: { file: CaseFile; me: Me }) {
  const { t } = useTranslation("cases");
  const open = file.summary.status !== "closed";
  if (file.concerned_staff.length === 0 && !(file.your_part.directing && open)) return null;
  return (
    <section className="case__section" aria-labelledby="concerned-heading">
      <h2 id="concerned-heading">{t("concerned.heading")}</h2>
      {file.concerned_staff.length === 0 ? (
        <p>{t("concerned.empty")}</p>
      ) : (
        <ul className="record-list">
          {file.concerned_staff.map((person) => (
            <li key={person.id}>{`${person.full_name}, ${person.position}`}</li>
          ))}
        </ul>
      )}
      {file.your_part.directing && open && (
        <CaseAction label={t("concern.heading")}>
          <ConcernForm file={file} me={me} />
        </CaseAction>
      )}
    </section>
  );
}

interface CaseBodyProps {
  file: CaseFile;
  me: Me;
  timeZone: string | undefined;
}

function CaseBody({ file, me, timeZone }: CaseBodyProps) {
  const { t } = useTranslation("cases");
  const open = file.summary.status !== "closed";
  const { directing, handling } = file.your_part;
  const language = writerLanguage({ channel: file.summary.channel, language: file.language });
  return (
    <>
      <CaseFlags summary={file.summary} />
      <Danger file={file} />
      <Facts file={file} />
      {!handling && <p className="notice">{t("case.read_only")}</p>}

      <section className="case__section" aria-labelledby="text-heading">
        <h2 id="text-heading">{t("case.text_heading")}</h2>
        {language && (
          <p className="case__language">
            <WrittenIn language={language} />
          </p>
        )}
        <p className="case__text" lang={language ?? undefined}>
          {file.text}
        </p>
        <FileList place={{ case: file.summary.id }} files={file.files} />
      </section>

      <Writer file={file} />

      {directing && open && (
        <section className="case__section" aria-labelledby="official-heading">
          <h2 id="official-heading">{t("assignment.section")}</h2>
          {/* Assigning is the next step until someone is assigned; then reassigning waits one click away. */}
          <CaseAction
            label={file.summary.official ? t("assignment.heading_reassign") : t("assignment.heading")}
            next={!file.summary.official}
          >
            <Assignment file={file} />
          </CaseAction>
        </section>
      )}

      <Conversation file={file} timeZone={timeZone} />
      <Measures file={file} timeZone={timeZone} />
      <Referrals file={file} mayAddBodies={directing && can.addReferralBodies(me)} timeZone={timeZone} />
      <ConcernedStaff file={file} me={me} />
      {handling && open && (
        <CaseAction label={t("close.heading")}>
          <CloseCaseForm file={file} />
        </CaseAction>
      )}
    </>
  );
}

/** Where "back" leads: a district account's list needs the school, which the case names. */
function backAddress(me: Me | undefined, file: CaseFile | undefined): string {
  return can.worksForDistrict(me) && file
    ? `/staff/cases?${SCHOOL_PARAM}=${encodeURIComponent(file.summary.school)}`
    : "/staff/cases";
}

function CaseView({ id }: { id: string }) {
  const { t } = useTranslation(["cases", "common"]);
  const me = useMe();
  const file = useCase(id);
  // The case names its school, whose time zone its days and times are in.
  const school = useSchool(file.data?.summary.school);
  const title = file.data
    ? t("case.heading", { number: formatRegistrationNumber(file.data.summary.registration_number) })
    : t("case.title");
  useDocumentTitle(title);
  const error = me.error ?? file.error;
  const retry = () => void (me.isError ? me.refetch() : file.refetch());
  // Dates offered as "today" follow the school's time zone: wait for it (or for its refusal).
  const loading = me.isPending || file.isPending || school.isPending;
  return (
    <>
      <p className="no-print">
        <Link to={backAddress(me.data, file.data)}>{t("case.back")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="case__audit-note">{t("case.audit_note")}</p>
      {error ? (
        <ErrorAlert error={error} onRetry={retry} />
      ) : loading ? (
        <p role="status">{t("common:loading")}</p>
      ) : (
        me.data &&
        file.data && <CaseBody file={file.data} me={me.data} timeZone={school.data?.settings.time_zone} />
      )}
    </>
  );
}

/** `/staff/cases/:id`: one case, and what the signed-in person may do on it. */
export function CasePage() {
  const { id = "" } = useParams();
  return (
    <section className="panel case">
      <CaseView id={id} />
    </section>
  );
}
