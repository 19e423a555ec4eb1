import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Helpline } from "./helplines";
import { HelplineLinks } from "./HelpBar";

interface UrgentHelpProps {
  /** What has happened already (the director and the group were alerted), in the page's words. */
  alerted: string;
  helplines?: readonly Helpline[];
}

/**
 * For an appeal flagged urgent, first on the page: who has been alerted, the numbers to call
 * if the writer is in danger right now, and to tell an adult they trust today.
 */
export function UrgentHelp({ alerted, helplines }: UrgentHelpProps) {
  const { t } = useTranslation("common");
  const headingId = useId();
  return (
    <section className="urgent-help" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("help.urgent_heading")}</h2>
      <p>{alerted}</p>
      <p>{t("help.call")}</p>
      <HelplineLinks helplines={helplines} className="help-lines help-lines--large" />
      <p className="urgent-help__adult">{t("help.adult")}</p>
    </section>
  );
}
