import { useTranslation } from "react-i18next";
import { formatNumber } from "../i18n/dates";

/** A file's size as people read it: KB below a megabyte, MB with one decimal above. */
export function useFileSize() {
  const { t, i18n } = useTranslation("appeal");
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t("files.size_kb", { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), language) })
      : t("files.size_mb", { size: formatNumber(Math.round(bytes / 104857.6) / 10, language) });
}
