import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages";

/** "Written in Kyrgyz", in the reader's language: the language to answer the writer in. */
export function WrittenIn({ language }: { language: Language }) {
  const { t } = useTranslation("common");
  return <span className="written-in">{t(`writer_language.written_in.${language}`)}</span>;
}
