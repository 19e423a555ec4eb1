import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatNumber } from "../../i18n/dates";
import { useJournalVerification } from "./hooks";

/** How much of a hash is shown on screen: enough to compare with a printed act. */
const SHORT_HASH = 12;

export function shortHash(hash: string): string {
  return hash.length > SHORT_HASH ? `${hash.slice(0, SHORT_HASH)}…` : hash;
}

/** The server's verification of the journal's hash chain: intact, or where it breaks. */
export function VerificationBadge({ school }: { school: string }) {
  const { t, i18n } = useTranslation(["journal", "common"]);
  const verification = useJournalVerification(school);
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (verification.isPending) return <p role="status">{t("common:loading")}</p>;
  if (verification.isError) {
    return <ErrorAlert error={verification.error} onRetry={() => void verification.refetch()} />;
  }
  const { valid, entries, head, first_invalid: firstInvalid } = verification.data;
  return (
    <section
      className={valid ? "verification verification--valid" : "verification verification--broken"}
      aria-labelledby="verification-heading"
    >
      <h2 id="verification-heading">{t("verification.heading")}</h2>
      <p className="verification__badge">
        {valid
          ? t("verification.valid")
          : t("verification.broken", { entry: formatNumber(firstInvalid ?? 0, language) })}
      </p>
      <p>
        {valid ? t("verification.valid_explained") : t("verification.broken_explained")}{" "}
        {t("verification.entries", { count: entries })}
      </p>
      {head && (
        <p>
          {t("verification.head", { seq: formatNumber(head.seq, language) })}{" "}
          <code className="hash" title={head.hash}>
            {shortHash(head.hash)}
          </code>
        </p>
      )}
    </section>
  );
}
