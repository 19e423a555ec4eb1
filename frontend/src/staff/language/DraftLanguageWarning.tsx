import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages";
import { otherLanguage } from "./draftLanguage";

/**
 * A warning while a draft answer looks written in another language than the writer's
 * ({@link otherLanguage}). It never blocks: the rule is a guess.
 */
export function DraftLanguageWarning({ draft, writer }: { draft: string; writer: Language }) {
  const { t } = useTranslation(["cases", "common"]);
  const other = otherLanguage(draft, writer);
  return (
    // Announced politely as it appears, without the role "status" the form's result line has.
    <div className="draft-language" aria-live="polite">
      {other && (
        <p className="warning warning--inline">
          {t("answer.other_language", {
            draft: t(`common:writer_language.names.${other}`),
            writer: t(`common:writer_language.names.${writer}`),
          })}
        </p>
      )}
    </div>
  );
}
