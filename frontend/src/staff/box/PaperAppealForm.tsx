import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CategoryPicker } from "../../components/CategoryPicker";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Choice, FieldsetError, InputField } from "../../components/fields";
import { fieldMessages } from "../../i18n/problemMessage";
import { CATEGORIES } from "../../public/categories";
import type { AppealCategory, SubmitterKind } from "../../public/hooks";
import { NOT_ACCEPTED_REASONS, useAddPaperAppeal, type NotAcceptedReason } from "./hooks";

const KINDS: readonly SubmitterKind[] = ["student", "parent", "citizen", "staff"];

type Acceptance = "accepted" | NotAcceptedReason;
type Field = "text" | "name" | "kind";

/** A paper note found in the physical box, typed in by a member during the opening. */
export function PaperAppealForm({ openingId }: { openingId: string }) {
  const { t } = useTranslation(["box", "appeal"]);
  const { t: tErrors } = useTranslation("errors");
  const add = useAddPaperAppeal(openingId);
  const ids = useId();

  const [text, setText] = useState("");
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<SubmitterKind | null>(null);
  const [className, setClassName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [categories, setCategories] = useState<ReadonlySet<AppealCategory>>(new Set());
  const [acceptance, setAcceptance] = useState<Acceptance>("accepted");
  const [inDanger, setInDanger] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [added, setAdded] = useState(0);

  const textRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLInputElement>(null);

  const fromServer = add.isError ? fieldMessages(tErrors, add.error) : {};
  const textError = missing.text ?? fromServer.text;
  const kindError = missing.kind;
  const kindErrorId = `${ids}-kind-error`;
  const textErrorId = `${ids}-text-error`;

  const toggleCategory = (category: AppealCategory) =>
    setCategories((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });

  const reset = () => {
    setText("");
    setAnonymous(true);
    setName("");
    setKind(null);
    setClassName("");
    setPhone("");
    setEmail("");
    setCategories(new Set());
    setAcceptance("accepted");
    setInDanger(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (text.trim() === "") found.text = t("paper.text_required");
    if (!anonymous && name.trim() === "") found.name = t("paper.name_required");
    if (!anonymous && kind === null) found.kind = t("paper.kind_required");
    setMissing(found);
    if (found.text) return textRef.current?.focus();
    if (found.name) return nameRef.current?.focus();
    if (found.kind) return kindRef.current?.focus();
    add.mutate(
      {
        text: text.trim(),
        anonymous,
        submitter: anonymous
          ? null
          : {
              name: name.trim(),
              kind: kind ?? "citizen",
              class_name: kind === "student" ? className.trim() || null : null,
              phone: phone.trim() || null,
              email: email.trim() || null,
            },
        categories: CATEGORIES.map((category) => category.code).filter((code) => categories.has(code)),
        not_accepted: acceptance === "accepted" ? null : acceptance,
        in_danger: inDanger,
      },
      {
        onSuccess: () => {
          reset();
          setAdded((count) => count + 1);
          textRef.current?.focus();
        },
      },
    );
  };

  return (
    <form className="paper-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("paper.heading")}</h2>
      <p className="field__hint">{t("paper.intro")}</p>
      <div className="field">
        <label htmlFor={`${ids}-text`}>{t("paper.text")}</label>
        <p className="field__hint" id={`${ids}-text-hint`}>
          {t("paper.text_hint")}
        </p>
        <textarea
          ref={textRef}
          id={`${ids}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={[`${ids}-text-hint`, textError ? textErrorId : null].filter(Boolean).join(" ")}
        />
        {textError && <FieldsetError id={textErrorId}>{textError}</FieldsetError>}
      </div>

      <div className="check-field paper-form__danger">
        <input
          type="checkbox"
          id={`${ids}-in-danger`}
          checked={inDanger}
          onChange={(event) => setInDanger(event.target.checked)}
          aria-describedby={`${ids}-in-danger-hint`}
        />
        <div>
          <label htmlFor={`${ids}-in-danger`}>{t("paper.in_danger")}</label>
          <p className="field__hint" id={`${ids}-in-danger-hint`}>
            {t("paper.in_danger_hint")}
          </p>
        </div>
      </div>

      <fieldset className="choices">
        <legend>{t("paper.mode_legend")}</legend>
        <Choice name={`${ids}-mode`} checked={anonymous} onChange={() => setAnonymous(true)} label={t("paper.anonymous")} />
        <Choice
          name={`${ids}-mode`}
          checked={!anonymous}
          onChange={() => setAnonymous(false)}
          label={t("paper.signed")}
          hint={t("paper.signed_hint")}
        />
      </fieldset>

      {!anonymous && (
        <fieldset className="group">
          <legend>{t("paper.writer")}</legend>
          <InputField
            label={t("paper.name")}
            value={name}
            onChange={setName}
            inputRef={nameRef}
            error={missing.name}
            autoComplete="off"
          />
          <fieldset className="choices choices--compact" aria-describedby={kindError ? kindErrorId : undefined}>
            <legend>{t("appeal:form.kind_legend")}</legend>
            {KINDS.map((option, index) => (
              <Choice
                key={option}
                name={`${ids}-kind`}
                checked={kind === option}
                onChange={() => setKind(option)}
                label={t(`appeal:form.kinds.${option}`)}
                inputRef={index === 0 ? kindRef : undefined}
              />
            ))}
            {kindError && <FieldsetError id={kindErrorId}>{kindError}</FieldsetError>}
          </fieldset>
          {kind === "student" && (
            <InputField label={t("appeal:form.class_name")} value={className} onChange={setClassName} autoComplete="off" />
          )}
          <p className="field__hint">{t("paper.contact_hint")}</p>
          <InputField
            label={t("appeal:form.phone")}
            value={phone}
            onChange={setPhone}
            error={fromServer["submitter.phone"]}
            type="tel"
            inputMode="tel"
            autoComplete="off"
          />
          <InputField
            label={t("appeal:form.email")}
            value={email}
            onChange={setEmail}
            error={fromServer["submitter.email"]}
            type="email"
            inputMode="email"
            autoComplete="off"
          />
        </fieldset>
      )}

      <CategoryPicker selected={categories} onToggle={toggleCategory} />

      <fieldset className="choices choices--compact">
        <legend>{t("paper.acceptance_legend")}</legend>
        <Choice
          name={`${ids}-acceptance`}
          checked={acceptance === "accepted"}
          onChange={() => setAcceptance("accepted")}
          label={t("paper.accepted")}
        />
        {NOT_ACCEPTED_REASONS.map((reason) => (
          <Choice
            key={reason}
            name={`${ids}-acceptance`}
            checked={acceptance === reason}
            onChange={() => setAcceptance(reason)}
            label={t("paper.not_accepted", { reason: t(`reasons.${reason}`) })}
            hint={t(`reasons_hint.${reason}`)}
          />
        ))}
      </fieldset>

      {add.isError && <ErrorAlert error={add.error} />}
      <p className="kept-status" role="status">
        {added > 0 && !add.isPending ? t("paper.added") : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {add.isPending ? t("paper.adding") : t("paper.submit")}
      </button>
    </form>
  );
}
