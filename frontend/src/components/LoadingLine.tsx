import { useTranslation } from "react-i18next";

/** What a page shows while its code or its words are still on the way. */
export function LoadingLine() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-line">
      {t("loading")}
    </p>
  );
}
