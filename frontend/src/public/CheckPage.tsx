import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { DayText } from "../components/DayText";
import { ErrorAlert } from "../components/ErrorAlert";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { formatDay } from "../i18n/dates";
import { AppealTextField } from "./AppealTextField";
import { AttachFilesLater } from "./AttachFilesLater";
import { useAttachments } from "./attachments";
import {
  uploadForReply,
  useSendWriterMessage,
  useTrackAppeal,
  type TrackedAppeal,
  type TrackedMessage,
  type TrackedStatus,
  type WrittenMessage,
} from "./hooks";
import { HelpBar } from "./HelpBar";
import { formatReceipt, isCompleteReceipt } from "./receipt";
import { isTextProblem, refusedWordsOf, useTextProblems } from "./textProblems";
import { UrgentHelp } from "./UrgentHelp";
import { formatRegistrationNumber } from "../components/registrationNumber";

const STATUSES: readonly TrackedStatus[] = [
  "sealed",
  "registered",
  "in_progress",
  "answered",
  "closed",
  "not_accepted",
];

/** The status as a key of the catalogue; a status this client does not know reads as "being handled". */
function statusKey(status: string): TrackedStatus | "unknown" {
  return (STATUSES as readonly string[]).includes(status) ? (status as TrackedStatus) : "unknown";
}

/** A sentence of the catalogue with a day in it, marked up as `<date>{{date}}</date>`. */
function Dated({ i18nKey, day }: { i18nKey: "answer" | "writer_message" | "reply_sent"; day: string }) {
  const { t, i18n } = useTranslation("track");
  return (
    <Trans
      t={t}
      i18nKey={i18nKey}
      // "answer" is a heading with the day; the others say what happened on it.
      values={{ date: formatDay(day, i18n.resolvedLanguage ?? i18n.language, i18nKey === "answer" ? "alone" : "on") }}
      components={{ date: <time dateTime={day} /> }}
    />
  );
}

function Message({ message }: { message: TrackedMessage }) {
  const { t } = useTranslation("track");
  if (message.kind === "answer") {
    return (
      <li className="message message--answer">
        <p className="message__meta">
          <Dated i18nKey="answer" day={message.written_on} />
        </p>
        <p className="message__text">{message.text}</p>
      </li>
    );
  }
  return (
    <li className="message message--writer">
      <p className="message__meta">
        <Dated i18nKey="writer_message" day={message.written_on} />
      </p>
      <p className="message__note">{t("writer_message_hidden")}</p>
    </li>
  );
}

interface ReplyFormProps {
  receipt: string;
  /** Who reads the message: the box's next opening, or whoever handles the case now. */
  goesTo: "box" | "case";
  onSent: (written: WrittenMessage) => void;
}

/** The writer's reply, when the appeal is still open. */
function ReplyForm({ receipt, goesTo, onSent }: ReplyFormProps) {
  const { t } = useTranslation(["track", "appeal"]);
  const textProblems = useTextProblems();
  const send = useSendWriterMessage();
  const files = useAttachments(useMemo(() => uploadForReply(receipt), [receipt]));
  const [text, setText] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();

  const error = send.isError ? send.error : null;
  const textError = missing ?? textProblems.fromServer(error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (files.sending) return;
    const problem = textProblems.beforeSending(text);
    setMissing(problem);
    if (problem) {
      textRef.current?.focus();
      return;
    }
    send.mutate(
      { receipt, text, ...(files.ids.length > 0 ? { files: files.ids } : {}) },
      {
        onSuccess: (written) => {
          setText("");
          files.clear();
          onSent(written);
        },
        onError: (failure) => {
          if (isTextProblem(failure)) textRef.current?.focus();
        },
      },
    );
  };

  return (
    <form className="reply-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t("reply_heading")}</h3>
      <AppealTextField
        label={t("reply_label")}
        hint={goesTo === "case" ? t("reply_hint_case") : t("reply_hint")}
        value={text}
        onChange={setText}
        textareaRef={textRef}
        error={textError}
        refusedWords={refusedWordsOf(error)}
        rows={5}
      />
      <AttachFilesLater files={files} />
      {error && !isTextProblem(error) && <ErrorAlert error={error} />}
      <button type="submit" className="button button--primary" disabled={send.isPending || files.sending}>
        {files.sending ? t("appeal:files.waiting") : send.isPending ? t("reply_sending") : t("reply_submit")}
      </button>
    </form>
  );
}

interface Lookup {
  receipt: string;
  appeal: TrackedAppeal;
  /** Counts the writer's look-ups; a refresh after a reply keeps it. */
  number: number;
}

interface ResultProps {
  lookup: Lookup;
  onReplied: () => void;
}

function Result({ lookup, onReplied }: ResultProps) {
  const { t } = useTranslation("track");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [sent, setSent] = useState<WrittenMessage | null>(null);
  const { appeal, receipt } = lookup;
  const status = statusKey(appeal.status);

  // Move to the result, so a screen reader reads it next and a phone shows it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [lookup.number]);

  return (
    <section className="panel track-result" aria-labelledby="track-result-heading">
      <h2 id="track-result-heading" ref={headingRef} tabIndex={-1}>
        {t("result_heading")}
      </h2>
      {appeal.urgent && <UrgentHelp alerted={t("urgent_alerted")} />}
      <dl className="facts">
        <div>
          <dt>{t("status")}</dt>
          <dd>
            <span className={`status status--${status}`}>{t(`statuses.${status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("submitted_on")}</dt>
          <dd>
            <DayText value={appeal.submitted_on} />
          </dd>
        </div>
        <div>
          <dt>{t("kind")}</dt>
          <dd>{appeal.anonymous ? t("anonymous") : t("signed")}</dd>
        </div>
        {appeal.registration_number && (
          <div>
            <dt>{t("registration_number")}</dt>
            <dd>{formatRegistrationNumber(appeal.registration_number)}</dd>
          </div>
        )}
      </dl>
      <p className="status-explanation">{t(`explanations.${status}`)}</p>

      <h3>{t("messages_heading")}</h3>
      {appeal.messages.length === 0 ? (
        <p>{t("no_messages")}</p>
      ) : (
        <ul className="messages">
          {appeal.messages.map((message, index) => (
            <Message key={index} message={message} />
          ))}
        </ul>
      )}

      {sent && (
        <p className="notice" role="status">
          <Dated i18nKey="reply_sent" day={sent.written_on} />
        </p>
      )}
      {appeal.can_reply ? (
        <ReplyForm
          receipt={receipt}
          goesTo={appeal.replies_go_to}
          onSent={(written) => {
            setSent(written);
            onReplied();
          }}
        />
      ) : (
        status === "closed" && <p>{t("closed_no_reply")}</p>
      )}
    </section>
  );
}

/** `/check`: the writer reads the status and the answers with the receipt, and replies. */
export function CheckPage() {
  const { t } = useTranslation("track");
  const track = useTrackAppeal();
  const [typed, setTyped] = useState("");
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useDocumentTitle(t("title"));

  const find = (receipt: string, number: number) => {
    track.mutate(receipt, { onSuccess: (appeal) => setLookup({ receipt, appeal, number }) });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem =
      typed.trim() === "" ? t("receipt_required") : isCompleteReceipt(typed.trim()) ? null : t("receipt_incomplete");
    setInputError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    setLookup(null);
    find(formatReceipt(typed.trim()), (lookup?.number ?? 0) + 1);
  };

  const clear = () => {
    track.reset();
    setTyped("");
    setLookup(null);
    setInputError(null);
    inputRef.current?.focus();
  };

  const error = track.isError ? track.error : null;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <div className="check-page">
      <section className="panel">
        <h1>{t("title")}</h1>
        <HelpBar />
        <p>{t("intro")}</p>
        <p className="notice">{t("privacy")}</p>
        <form onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={id}>{t("receipt_label")}</label>
            <input
              ref={inputRef}
              id={id}
              name="receipt"
              className="receipt-input"
              inputMode="numeric"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              placeholder={t("receipt_placeholder")}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              aria-invalid={inputError ? true : undefined}
              aria-describedby={[hintId, inputError ? errorId : null].filter(Boolean).join(" ")}
            />
            <p className="field__hint" id={hintId}>
              {t("receipt_hint")}
            </p>
            {inputError && (
              <p className="field__error" id={errorId}>
                {inputError}
              </p>
            )}
          </div>
          {error && <ErrorAlert error={error} />}
          <button type="submit" className="button button--primary" disabled={track.isPending}>
            {track.isPending ? t("checking") : t("submit")}
          </button>
        </form>
        <p className="visually-hidden" aria-live="polite">
          {lookup ? t("found", { status: t(`statuses.${statusKey(lookup.appeal.status)}`) }) : ""}
        </p>
      </section>

      {lookup && (
        <>
          <Result lookup={lookup} onReplied={() => find(lookup.receipt, lookup.number)} />
          <p>
            <button type="button" className="button button--quiet" onClick={clear}>
              {t("clear")}
            </button>
          </p>
        </>
      )}
      <p className="form-note">{t("new_appeal")}</p>
    </div>
  );
}
