import { useEffect, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "../components/address";
import { copyText, downloadText } from "../components/keepText";
import { formatDay } from "../i18n/dates";
import type { Helpline } from "./helplines";
import { HelpBar } from "./HelpBar";
import type { AppealReceipt } from "./hooks";
import { formatReceipt } from "./receipt";
import { UrgentHelp } from "./UrgentHelp";

interface ReceiptScreenProps {
  receipt: AppealReceipt;
  schoolName: string;
  /** The school's helplines. */
  helplines?: readonly Helpline[];
  /** The writer says they have saved the receipt: it need not be kept any longer. */
  onSaved: () => void;
  onWriteAnother: () => void;
}

/**
 * Shown once, after the appeal is dropped: the receipt, how to keep it, what comes next. For
 * an urgent appeal, where to get help and who has been alerted come first.
 */
export function ReceiptScreen({ receipt, schoolName, helplines, onSaved, onWriteAnother }: ReceiptScreenProps) {
  const { t, i18n } = useTranslation("appeal");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [kept, setKept] = useState<"copied" | "copy_failed" | "saved" | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const code = formatReceipt(receipt.receipt);
  const language = i18n.resolvedLanguage ?? i18n.language;

  // The form is gone: start reading (and tabbing) from the news that it worked.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Until the writer says the receipt is saved, leaving the page asks first.
  useEffect(() => {
    if (confirmed) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show a message only when one is set; modern ones show their own.
      event.returnValue = t("receipt.leave_warning");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [confirmed, t]);

  const confirm = () => {
    onSaved();
    setConfirmed(true);
  };

  const copy = async () => {
    setKept(null);
    setKept((await copyText(code)) ? "copied" : "copy_failed");
  };

  const save = () => {
    const checkUrl = new URL("/check", window.location.origin).toString();
    downloadText(t("receipt.file_name"), [
      t("receipt.file_title", { school: schoolName }),
      "",
      t("receipt.file_receipt", { receipt: code }),
      t("receipt.file_dropped", { date: formatDay(receipt.submitted_on, language) }),
      t("receipt.file_check", { url: checkUrl }),
      "",
      t("receipt.file_warning"),
    ]);
    setKept("saved");
  };

  return (
    <section className="panel receipt-screen" aria-labelledby="receipt-title">
      <h1 id="receipt-title" ref={headingRef} tabIndex={-1}>
        {t("receipt.title")}
      </h1>
      {receipt.urgent && <UrgentHelp alerted={t("urgent.alerted")} helplines={helplines} />}
      <p>
        <Trans
          t={t}
          i18nKey="receipt.dropped"
          values={{ school: schoolName, date: formatDay(receipt.submitted_on, language, "on") }}
          components={{ date: <time dateTime={receipt.submitted_on} /> }}
        />
      </p>
      {!receipt.urgent && <HelpBar helplines={helplines} />}

      <section className="receipt-card" aria-labelledby="receipt-code-heading">
        <h2 id="receipt-code-heading">{t("receipt.heading")}</h2>
        <p className="receipt-code" aria-describedby="receipt-warning">
          {code}
        </p>
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => void copy()}>
            {t("receipt.copy")}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t("receipt.print")}
          </button>
          <button type="button" className="button" onClick={save}>
            {t("receipt.save")}
          </button>
        </div>
        <p className="kept-status no-print" role="status">
          {kept && t(`receipt.${kept}`)}
        </p>
        <div className="warning" id="receipt-warning">
          <p className="warning__title">{t("receipt.warning_title")}</p>
          <p>{t("receipt.warning")}</p>
        </div>
        <div className="receipt-confirm no-print">
          {confirmed ? (
            <p role="status">{t("receipt.confirmed")}</p>
          ) : (
            <>
              <p className="field__hint" id="receipt-confirm-hint">
                {t("receipt.confirm_hint")}
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={confirm}
                aria-describedby="receipt-confirm-hint"
              >
                {t("receipt.confirm")}
              </button>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="receipt-next-heading">
        <h2 id="receipt-next-heading">{t("receipt.next_heading")}</h2>
        <ol className="steps">
          <li>
            {receipt.opening_interval_months === 1
              ? t("receipt.next_opening_monthly")
              : t("receipt.next_opening", { count: receipt.opening_interval_months })}
          </li>
          <li>{t("receipt.next_registered")}</li>
          <li>{t("receipt.next_answer", { count: receipt.answer_within_working_days })}</li>
          <li>{t("receipt.next_check")}</li>
        </ol>
      </section>

      <p className="no-print">
        <Link to="/check" className="button button--link">
          {t("receipt.check_link")}
        </Link>
      </p>
      {/* Another appeal replaces this receipt: offered once this one is saved. */}
      {confirmed && (
        <p className="no-print">
          <button type="button" className="button button--quiet" onClick={onWriteAnother}>
            {t("receipt.write_another")}
          </button>
        </p>
      )}
    </section>
  );
}
