import { useTranslation } from "react-i18next";
import { quickExit } from "./quickExit";

/** "Quick exit", at the top of every public page: for a writer who must hide the page now. */
export function QuickExitButton() {
  const { t } = useTranslation("common");
  return (
    <button type="button" className="quick-exit no-print" onClick={quickExit} title={t("quick_exit.hint")}>
      {t("quick_exit.label")}
    </button>
  );
}
