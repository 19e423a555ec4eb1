import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab's title to "<page> · Ishenim" in the current language. */
export function useDocumentTitle(page: string) {
  const { t } = useTranslation();
  const appName = t("app_name");
  useEffect(() => {
    document.title = page ? `${page} · ${appName}` : appName;
  }, [page, appName]);
}
