import { useTranslation } from "react-i18next";
import { PRESSING_FLAGS, type CaseSummary } from "./hooks";

/** What a case needs, as badges: an urgent case not yet referred and a late answer stand out. */
export function CaseFlags({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation("cases");
  const urgentShown = summary.flags.includes("urgent_without_referral");
  if (summary.flags.length === 0 && !summary.urgent) return null;
  return (
    <ul className="badges" aria-label={t("flags.label")}>
      {summary.urgent && !urgentShown && <li className="badge badge--danger">{t("flags.urgent")}</li>}
      {summary.flags.map((flag) => (
        <li
          key={flag}
          className={
            PRESSING_FLAGS.has(flag)
              ? "badge badge--danger badge--strong"
              : flag === "due_soon" || flag === "answer_awaiting_approval" || flag === "unassigned"
                ? "badge badge--warning"
                : "badge"
          }
        >
          {t(`flags.${flag}`)}
        </li>
      ))}
    </ul>
  );
}

/** Whether a case should stand out in a list. */
export function isPressing(summary: CaseSummary): boolean {
  return summary.flags.some((flag) => PRESSING_FLAGS.has(flag));
}
