import { useTranslation } from "react-i18next";
import { problemMessage } from "../i18n/problemMessage";

interface ErrorAlertProps {
  error: unknown;
  /** Shows a "try again" button when given. */
  onRetry?: () => void;
}

/** A failed request's translated message, announced to screen readers. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { t: tErrors } = useTranslation("errors");
  return (
    <div className="alert" role="alert">
      <p>{problemMessage(tErrors, error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
