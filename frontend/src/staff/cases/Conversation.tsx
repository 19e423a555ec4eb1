import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateTimeText } from "../../components/DateTimeText";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { fieldMessages } from "../../i18n/problemMessage";
import type { Language } from "../../i18n/languages";
import { DraftLanguageWarning } from "../language/DraftLanguageWarning";
import { writerLanguage } from "../language/writerLanguage";
import { TextAreaField } from "../../components/fields";
import { useAddAnswer, useAddNote, useApproveAnswer, type CaseFile, type CaseMessage } from "./hooks";
import { CaseAction } from "./CaseAction";
import { FileList } from "../files/FileList";

interface MessageProps {
  caseId: string;
  message: CaseMessage;
  directing: boolean;
  open: boolean;
  timeZone: string | undefined;
}

function When({ message, timeZone }: { message: CaseMessage; timeZone: string | undefined }) {
  return message.written_at ? (
    <DateTimeText value={message.written_at} timeZone={timeZone} />
  ) : (
    <DayText value={message.written_on} />
  );
}

function Approve({ caseId, answerId }: { caseId: string; answerId: string }) {
  const { t } = useTranslation("cases");
  const approve = useApproveAnswer(caseId);
  return (
    <div className="message__actions">
      {approve.isError && <ErrorAlert error={approve.error} />}
      <button
        type="button"
        className="button button--primary"
        disabled={approve.isPending}
        onClick={() => approve.mutate(answerId)}
      >
        {approve.isPending ? t("conversation.approving") : t("conversation.approve")}
      </button>
      <p className="field__hint">{t("conversation.approve_hint")}</p>
    </div>
  );
}

function Message({ caseId, message, directing, open, timeZone }: MessageProps) {
  const { t } = useTranslation("cases");
  const draft = message.kind === "answer" && !message.approved_at;
  const kindClass =
    message.kind === "internal_note"
      ? "message message--internal"
      : message.kind === "answer"
        ? draft
          ? "message message--answer message--draft"
          : "message message--answer"
        : "message message--writer";
  const label =
    message.kind === "internal_note"
      ? t("conversation.internal_note")
      : message.kind === "writer_message"
        ? t("conversation.writer_message")
        : draft
          ? t("conversation.answer_draft")
          : t("conversation.answer_approved");
  return (
    <li className={kindClass}>
      <p className="message__kind">{label}</p>
      <p className="message__meta">
        <When message={message} timeZone={timeZone} />
        {message.author && ` · ${message.author.full_name}, ${message.author.position}`}
      </p>
      <p className="message__text">{message.text}</p>
      <FileList place={{ case: caseId }} files={message.files} />
      {message.kind === "answer" && message.approved_at && (
        <p className="message__meta">
          {`${t("conversation.approved_on")} `}
          <DateTimeText value={message.approved_at} timeZone={timeZone} />
          {message.approved_by && ` · ${message.approved_by.full_name}`}
        </p>
      )}
      {draft && directing && open && <Approve caseId={caseId} answerId={message.id} />}
    </li>
  );
}

interface AnswerFormProps {
  caseId: string;
  directing: boolean;
  /** The language the writer wrote in, to answer in; `null` for a paper note. */
  writerLanguage: Language | null;
}

function AnswerForm({ caseId, directing, writerLanguage }: AnswerFormProps) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const add = useAddAnswer(caseId);
  const [text, setText] = useState("");
  const [approve, setApprove] = useState(directing);
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<"draft" | "approved" | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const fromServer = add.isError ? fieldMessages(tErrors, add.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = text.trim() === "";
    setMissing(empty);
    setSent(null);
    if (empty) {
      textRef.current?.focus();
      return;
    }
    const approved = directing && approve;
    add.mutate(
      { text: text.trim(), approve: approved },
      {
        onSuccess: () => {
          setText("");
          setSent(approved ? "approved" : "draft");
        },
      },
    );
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t("answer.heading")}</h3>
      {writerLanguage && <p className="answer-language">{t(`answer.language.${writerLanguage}`)}</p>}
      <TextAreaField
        label={t("answer.text")}
        hint={directing ? t("answer.hint_director") : t("answer.hint_official")}
        value={text}
        onChange={setText}
        textareaRef={textRef}
        error={missing ? t("answer.text_required") : fromServer.text}
        rows={6}
        lang={writerLanguage ?? undefined}
      />
      {writerLanguage && <DraftLanguageWarning draft={text} writer={writerLanguage} />}
      {directing && (
        <div className="check-field">
          <input
            type="checkbox"
            id={`${ids}-approve`}
            checked={approve}
            onChange={(event) => setApprove(event.target.checked)}
          />
          <label htmlFor={`${ids}-approve`}>{t("answer.approve_now")}</label>
        </div>
      )}
      {add.isError && <ErrorAlert error={add.error} />}
      <p className="kept-status" role="status">
        {sent === "approved" ? t("answer.sent_approved") : sent === "draft" ? t("answer.sent_draft") : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {directing && approve ? t("answer.submit_approved") : t("answer.submit_draft")}
      </button>
    </form>
  );
}

function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const add = useAddNote(caseId);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const [kept, setKept] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const fromServer = add.isError ? fieldMessages(tErrors, add.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = text.trim() === "";
    setMissing(empty);
    setKept(false);
    if (empty) {
      textRef.current?.focus();
      return;
    }
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText("");
        setKept(true);
      },
    });
  };

  return (
    <form className="case-form case-form--internal" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t("note.heading")}</h3>
      <TextAreaField
        label={t("note.text")}
        hint={t("note.hint")}
        value={text}
        onChange={setText}
        textareaRef={textRef}
        error={missing ? t("note.text_required") : fromServer.text}
      />
      {add.isError && <ErrorAlert error={add.error} />}
      <p className="kept-status" role="status">
        {kept ? t("note.kept") : ""}
      </p>
      <button type="submit" className="button" disabled={add.isPending}>
        {t("note.submit")}
      </button>
    </form>
  );
}

interface ConversationProps {
  file: CaseFile;
  timeZone: string | undefined;
}

/** The messages of one day, in the order the server gives them. */
interface Day {
  day: string;
  messages: CaseMessage[];
}

function byDay(messages: CaseMessage[]): Day[] {
  const days: Day[] = [];
  for (const message of messages) {
    const last = days[days.length - 1];
    if (last && last.day === message.written_on) {
      last.messages.push(message);
    } else {
      days.push({ day: message.written_on, messages: [message] });
    }
  }
  return days;
}

/**
 * The writer's messages, the answers (draft or approved) and the internal notes, grouped by
 * day as the server gives them: a writer's message keeps only its day, and within a day it
 * stands apart from the staff's, so its place tells no time.
 */
export function Conversation({ file, timeZone }: ConversationProps) {
  const { t } = useTranslation("cases");
  const caseId = file.summary.id;
  const open = file.summary.status !== "closed";
  const { directing, handling } = file.your_part;
  return (
    <section className="case__section" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t("conversation.heading")}</h2>
      {/* The empty line and the days in two places: a place that turned from a line into a
          list would take the forms' place below (Preact), and they would lose their state. */}
      {file.messages.length === 0 && <p>{t("conversation.empty")}</p>}
      {byDay(file.messages).map(({ day, messages }) => (
        <div key={day} className="messages__day">
          <h3 className="messages__day-heading">
            <DayText value={day} />
          </h3>
          <ul className="messages">
            {messages.map((message) => (
              <Message
                key={message.id}
                caseId={caseId}
                message={message}
                directing={directing}
                open={open}
                timeZone={timeZone}
              />
            ))}
          </ul>
        </div>
      ))}
      {handling && open && (
        <>
          <AnswerForm
            caseId={caseId}
            directing={directing}
            writerLanguage={writerLanguage({ channel: file.summary.channel, language: file.language })}
          />
          <CaseAction label={t("note.heading")}>
            <NoteForm caseId={caseId} />
          </CaseAction>
        </>
      )}
    </section>
  );
}
