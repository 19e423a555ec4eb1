import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Choice, TextAreaField } from "../../components/fields";
import { fieldMessages } from "../../i18n/problemMessage";
import { OUTCOMES, useCloseCase, type CaseFile, type Outcome } from "./hooks";

/**
 * Closing with the outcome. An urgent appeal that was never referred is closed only with the
 * reason none was needed; the server holds that rule, the form asks for the reason.
 */
export function CloseCaseForm({ file }: { file: CaseFile }) {
  const { t } = useTranslation("cases");
  const { t: tErrors } = useTranslation("errors");
  const close = useCloseCase(file.summary.id);
  const ids = useId();
  const [outcome, setOutcome] = useState<Outcome>("resolved");
  const [reason, setReason] = useState("");
  const needsReason = file.summary.urgent && file.referrals.length === 0;
  const fromServer = close.isError ? fieldMessages(tErrors, close.error) : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    close.mutate({ outcome, no_referral_reason: needsReason && reason.trim() ? reason.trim() : null });
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("close.heading")}</h2>
      <p className="field__hint">{t("close.hint")}</p>
      <fieldset className="choices choices--compact">
        <legend>{t("close.outcome")}</legend>
        {OUTCOMES.map((option) => (
          <Choice
            key={option}
            name={`${ids}-outcome`}
            checked={outcome === option}
            onChange={() => setOutcome(option)}
            label={t(`outcomes.${option}`)}
          />
        ))}
      </fieldset>
      {needsReason && (
        <TextAreaField
          label={t("close.no_referral_reason")}
          hint={t("close.no_referral_reason_hint")}
          value={reason}
          onChange={setReason}
          error={fromServer.no_referral_reason}
        />
      )}
      {close.isError && <ErrorAlert error={close.error} />}
      <button type="submit" className="button button--primary" disabled={close.isPending}>
        {t("close.submit")}
      </button>
    </form>
  );
}
