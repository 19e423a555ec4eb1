import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem";
import { CategoryPicker } from "../components/CategoryPicker";
import { ErrorAlert } from "../components/ErrorAlert";
import { Choice, FieldsetError, InputField } from "../components/fields";
import { isLanguage } from "../i18n/languages";
import { fieldMessages } from "../i18n/problemMessage";
import { AppealTextField } from "./AppealTextField";
import { AttachFilesLater } from "./AttachFilesLater";
import { useAttachments } from "./attachments";
import { CATEGORIES } from "./categories";
import {
  uploadForDrop,
  useSubmitAppeal,
  type AppealCategory,
  type AppealReceipt,
  type SubmitAppeal,
  type SubmitterKind,
} from "./hooks";
import { newIdempotencyKey } from "./idempotency";
import { isTextProblem, refusedWordsOf, useTextProblems } from "./textProblems";

const KINDS: readonly SubmitterKind[] = ["student", "parent", "citizen", "staff"];

/** A problem that belongs beside the contact fields rather than above the button. */
function isContactProblem(error: unknown): boolean {
  return error instanceof ApiError && error.code === "contact_required";
}

type Field = "text" | "name" | "kind" | "class_name" | "phone" | "email" | "contact";

interface AppealFormProps {
  school: string;
  onSubmitted: (receipt: AppealReceipt) => void;
}

/** The one-screen form: the text, anonymous or signed, the writer's details, categories. */
export function AppealForm({ school, onSubmitted }: AppealFormProps) {
  const { t, i18n } = useTranslation("appeal");
  const { t: tErrors } = useTranslation("errors");
  const submit = useSubmitAppeal();
  const files = useAttachments(useMemo(() => uploadForDrop(school), [school]));
  const textProblems = useTextProblems();
  const ids = useId();

  const [text, setText] = useState("");
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<SubmitterKind | null>(null);
  const [className, setClassName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [categories, setCategories] = useState<ReadonlySet<AppealCategory>>(new Set());
  // Unanswered until the writer chooses: nobody is made to say either.
  const [inDanger, setInDanger] = useState<boolean | null>(null);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});

  const textRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  // The key of the last attempt, reused while the same appeal is sent again (a retry).
  const lastAttempt = useRef<{ body: string; key: string } | null>(null);

  const error = submit.isError ? submit.error : null;
  const refusedWords = refusedWordsOf(error);
  const fromServer = error ? fieldMessages(tErrors, error) : {};
  const serverContactError = isContactProblem(error) ? tErrors("codes.contact_required") : undefined;

  const fieldError = (field: Field): string | undefined => {
    if (missing[field]) return missing[field];
    switch (field) {
      case "text":
        return textProblems.fromServer(error) ?? fromServer.text;
      case "contact":
        return serverContactError;
      default:
        return fromServer[`submitter.${field}`];
    }
  };
  // A problem that belongs to no field is shown above the button.
  const generalError = error && !isTextProblem(error) && !isContactProblem(error) ? error : null;

  const toggleCategory = (category: AppealCategory) => {
    setCategories((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  };

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const textProblem = textProblems.beforeSending(text);
    if (textProblem) found.text = textProblem;
    if (!anonymous) {
      if (name.trim() === "") found.name = t("form.name_required");
      if (kind === null) found.kind = t("form.kind_required");
      if (phone.trim() === "" && email.trim() === "") found.contact = t("form.contact_required");
    }
    return found;
  };

  const focusFirst = (found: Partial<Record<Field, string>>) => {
    if (found.text) textRef.current?.focus();
    else if (found.name) nameRef.current?.focus();
    else if (found.kind) kindRef.current?.focus();
    else if (found.contact) phoneRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (files.sending) return;
    const found = validate();
    setMissing(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const language = i18n.resolvedLanguage ?? i18n.language;
    const appeal: SubmitAppeal = {
      school,
      text,
      anonymous,
      submitter: anonymous
        ? null
        : {
            name: name.trim(),
            kind: kind ?? "citizen",
            phone: phone.trim() || null,
            email: email.trim() || null,
            class_name: kind === "student" ? className.trim() || null : null,
          },
      categories: CATEGORIES.map((category) => category.code).filter((code) => categories.has(code)),
      language: isLanguage(language) ? language : undefined,
      ...(inDanger === null ? {} : { in_danger: inDanger }),
      ...(files.ids.length > 0 ? { files: files.ids } : {}),
    };
    const body = JSON.stringify(appeal);
    const key = lastAttempt.current?.body === body ? lastAttempt.current.key : newIdempotencyKey();
    lastAttempt.current = { body, key };
    submit.mutate(
      { appeal, idempotencyKey: key },
      {
        onSuccess: onSubmitted,
        onError: (failure) => {
          if (isTextProblem(failure)) textRef.current?.focus();
          else if (isContactProblem(failure)) phoneRef.current?.focus();
        },
      },
    );
  };

  const contactError = fieldError("contact");
  const kindError = fieldError("kind");
  const contactHintId = `${ids}-contact-hint`;
  const contactErrorId = `${ids}-contact-error`;
  const kindErrorId = `${ids}-kind-error`;
  const contactDescribedBy = [contactHintId, contactError ? contactErrorId : null].filter(Boolean).join(" ");

  return (
    <form className="appeal-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("form.heading")}</h2>
      <AppealTextField
        label={t("form.text_label")}
        hint={t("form.text_hint")}
        value={text}
        onChange={setText}
        textareaRef={textRef}
        error={fieldError("text")}
        refusedWords={refusedWords}
      />
      <AttachFilesLater files={files} />

      <fieldset className="choices choices--compact danger-question" aria-describedby={`${ids}-danger-note`}>
        <legend>{t("form.in_danger_legend")}</legend>
        <Choice name="in_danger" checked={inDanger === true} onChange={() => setInDanger(true)} label={t("form.in_danger_yes")} />
        <Choice name="in_danger" checked={inDanger === false} onChange={() => setInDanger(false)} label={t("form.in_danger_no")} />
        <p className="field__hint" id={`${ids}-danger-note`}>
          {t("form.in_danger_note")}
        </p>
      </fieldset>

      <fieldset className="choices">
        <legend>{t("form.mode_legend")}</legend>
        <Choice
          name="mode"
          checked={anonymous}
          onChange={() => setAnonymous(true)}
          label={t("form.anonymous")}
          hint={t("form.anonymous_hint")}
        />
        <Choice
          name="mode"
          checked={!anonymous}
          onChange={() => setAnonymous(false)}
          label={t("form.signed")}
          hint={t("form.signed_hint")}
        />
      </fieldset>

      {!anonymous && (
        <fieldset className="group">
          <legend>{t("form.about_you")}</legend>
          <InputField
            label={t("form.name")}
            value={name}
            onChange={setName}
            inputRef={nameRef}
            error={fieldError("name")}
            autoComplete="off"
          />
          <fieldset className="choices choices--compact" aria-describedby={kindError ? kindErrorId : undefined}>
            <legend>{t("form.kind_legend")}</legend>
            {KINDS.map((option, index) => (
              <Choice
                key={option}
                name="kind"
                checked={kind === option}
                onChange={() => setKind(option)}
                label={t(`form.kinds.${option}`)}
                inputRef={index === 0 ? kindRef : undefined}
              />
            ))}
            {kindError && <FieldsetError id={kindErrorId}>{kindError}</FieldsetError>}
          </fieldset>
          {kind === "student" && (
            <InputField
              label={t("form.class_name")}
              value={className}
              onChange={setClassName}
              error={fieldError("class_name")}
              autoComplete="off"
            />
          )}
          <p className="field__hint" id={contactHintId}>
            {t("form.contact_hint")}
          </p>
          <InputField
            label={t("form.phone")}
            value={phone}
            onChange={setPhone}
            inputRef={phoneRef}
            error={fieldError("phone")}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            describedBy={contactDescribedBy}
          />
          <InputField
            label={t("form.email")}
            value={email}
            onChange={setEmail}
            error={fieldError("email")}
            type="email"
            inputMode="email"
            autoComplete="off"
            describedBy={contactDescribedBy}
          />
          {contactError && <FieldsetError id={contactErrorId}>{contactError}</FieldsetError>}
        </fieldset>
      )}

      <CategoryPicker selected={categories} onToggle={toggleCategory} />

      {generalError && <ErrorAlert error={generalError} />}
      <p className="form-note">{t("form.privacy")}</p>
      <button type="submit" className="button button--primary" disabled={submit.isPending || files.sending}>
        {files.sending ? t("files.waiting") : submit.isPending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
