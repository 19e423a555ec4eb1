import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Choice } from "../../components/fields";
import { highlight } from "../../public/highlight";
import { WrittenIn } from "../language/WrittenIn";
import { writerLanguage } from "../language/writerLanguage";
import { FileList } from "../files/FileList";
import {
  MAX_PAPER_PHOTOS,
  NOT_ACCEPTED_REASONS,
  useAddPaperPhoto,
  useSetAside,
  type NotAcceptedReason,
  type RetrievedAppeal,
} from "./hooks";

/** The danger signals the screening names (clause 3.4). */
const DANGER = ["violence", "sexual_abuse", "weapons", "self_harm", "extortion", "threat"] as const;
type Danger = (typeof DANGER)[number];
const isDanger = (code: string): code is Danger => (DANGER as readonly string[]).includes(code);

/** The text as written, with the obscene words the screening found marked. */
function MarkedText({ text, words, lang }: { text: string; words: readonly string[]; lang?: string }) {
  return (
    <p className="appeal-card__text" lang={lang}>
      {highlight(text, words).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  );
}

function SetAside({ openingId, appeal }: { openingId: string; appeal: RetrievedAppeal }) {
  const { t } = useTranslation("box");
  const setAside = useSetAside(openingId);
  const [choosing, setChoosing] = useState(false);
  const [reason, setReason] = useState<NotAcceptedReason>(
    appeal.obscene_words.length > 0 ? "obscene_language" : "not_an_appeal",
  );
  if (!choosing) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setChoosing(true)}>
        {t("appeal.set_aside")}
      </button>
    );
  }
  return (
    <div className="set-aside">
      <fieldset className="choices choices--compact">
        <legend>{t("appeal.set_aside_legend")}</legend>
        {NOT_ACCEPTED_REASONS.map((option) => (
          <Choice
            key={option}
            name={`reason-${appeal.id}`}
            checked={reason === option}
            onChange={() => setReason(option)}
            label={t(`reasons.${option}`)}
            hint={t(`reasons_hint.${option}`)}
          />
        ))}
      </fieldset>
      {setAside.isError && <ErrorAlert error={setAside.error} />}
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={setAside.isPending}
          onClick={() => setAside.mutate({ appealId: appeal.id, reason })}
        >
          {t("appeal.set_aside_confirm")}
        </button>
        <button type="button" className="button" onClick={() => setChoosing(false)}>
          {t("appeal.cancel")}
        </button>
      </div>
    </div>
  );
}

/** A photo of a paper note, taken with the phone's camera at the opening. */
function AddPaperPhoto({ openingId, appeal }: { openingId: string; appeal: RetrievedAppeal }) {
  const { t } = useTranslation("box");
  const add = useAddPaperPhoto(openingId);
  const id = useId();
  return (
    <div className="field paper-photo">
      <label htmlFor={id}>{t("files.add_photo")}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("files.add_photo_hint", { max: MAX_PAPER_PHOTOS })}
      </p>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        aria-describedby={`${id}-hint`}
        disabled={add.isPending}
        onChange={(event) => {
          const photo = event.target.files?.[0];
          if (photo) add.mutate({ appealId: appeal.id, photo });
          event.target.value = "";
        }}
      />
      {(add.isPending || add.isSuccess) && (
        <p role="status">{add.isPending ? t("files.adding_photo") : t("files.photo_added")}</p>
      )}
      {add.isError && <ErrorAlert error={add.error} />}
    </div>
  );
}

interface AppealCardProps {
  openingId: string;
  appeal: RetrievedAppeal;
  /** Its place in the list, from 1: how the group calls it while reading aloud. */
  position: number;
  /** Whether the act can still change (not yet signed by the quorum). */
  editable: boolean;
}

/** One appeal taken out of the box, as the group reads it. */
export function AppealCard({ openingId, appeal, position, editable }: AppealCardProps) {
  const { t } = useTranslation(["box", "appeal"]);
  const headingId = useId();
  const notAccepted = appeal.status === "not_accepted";
  const language = writerLanguage(appeal);
  return (
    <article
      className={notAccepted ? "appeal-card appeal-card--set-aside" : appeal.urgent ? "appeal-card appeal-card--urgent" : "appeal-card"}
      aria-labelledby={headingId}
    >
      <header className="appeal-card__header">
        <h3 id={headingId}>{t("appeal.heading", { number: position })}</h3>
        <p className="appeal-card__meta">
          {t(`channel.${appeal.channel}`)}
          {" · "}
          {appeal.anonymous ? t("appeal.anonymous") : t("appeal.signed")}
          {" · "}
          <DayText value={appeal.submitted_on} />
          {language && (
            <>
              {" · "}
              <WrittenIn language={language} />
            </>
          )}
        </p>
        <ul className="badges">
          {appeal.urgent && <li className="badge badge--danger">{t("appeal.urgent")}</li>}
          {appeal.danger.map((code) => (
            <li key={code} className="badge badge--danger">
              {isDanger(code) ? t(`danger.${code}`) : code}
            </li>
          ))}
          {appeal.needs_referral && <li className="badge badge--warning">{t("appeal.needs_referral")}</li>}
          {appeal.obscene_words.length > 0 && <li className="badge badge--warning">{t("appeal.obscene")}</li>}
          {notAccepted && appeal.not_accepted_reason && (
            <li className="badge">{t("appeal.not_accepted", { reason: t(`reasons.${appeal.not_accepted_reason}`) })}</li>
          )}
        </ul>
      </header>
      {appeal.in_danger && (
        <p className="warning warning--inline appeal-card__in-danger">
          <strong>{t("appeal.in_danger")}</strong> {t("appeal.in_danger_next")}
        </p>
      )}
      <MarkedText text={appeal.text} words={appeal.obscene_words} lang={language ?? undefined} />
      {appeal.obscene_words.length > 0 && (
        <p className="field__hint">{t("appeal.obscene_words", { words: appeal.obscene_words.join(", ") })}</p>
      )}
      {appeal.categories.length > 0 && (
        <p className="appeal-card__categories">
          {t("appeal.categories", {
            categories: appeal.categories.map((category) => t(`appeal:categories.names.${category}`)).join(", "),
          })}
        </p>
      )}
      <FileList place={{ opening: openingId, appeal: appeal.id }} files={appeal.files} />
      {editable && appeal.channel === "paper" && !notAccepted && appeal.files.length < MAX_PAPER_PHOTOS && (
        <AddPaperPhoto openingId={openingId} appeal={appeal} />
      )}
      {appeal.messages.length > 0 && (
        <section className="appeal-card__messages" aria-label={t("appeal.messages")}>
          <p className="appeal-card__label">{t("appeal.messages")}</p>
          <ul>
            {appeal.messages.map((message, index) => (
              <li key={index}>
                <DayText value={message.written_on} />
                {": "}
                <span className="appeal-card__text">{message.text}</span>
                <FileList place={{ opening: openingId, appeal: appeal.id }} files={message.files} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable && !notAccepted && <SetAside openingId={openingId} appeal={appeal} />}
    </article>
  );
}
