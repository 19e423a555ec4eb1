import { useId } from "react";
import { Trans, useTranslation } from "react-i18next";
import { DEFAULT_LANGUAGE, isLanguage } from "../i18n/languages";
import { helplineLabel, NATIONAL_HELPLINES, telHref, type Helpline } from "./helplines";

const numberMark = <strong className="help-line__number" />;

interface HelplineLinksProps {
  /** The school's helplines; the national numbers where no school is known. */
  helplines?: readonly Helpline[];
  className?: string;
}

/** The numbers to call, each a `tel:` link whose name says whom it calls. */
export function HelplineLinks({ helplines, className = "help-lines" }: HelplineLinksProps) {
  const { t, i18n } = useTranslation("common");
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(current) ? current : DEFAULT_LANGUAGE;
  if (!helplines || helplines.length === 0) {
    return (
      <ul className={className}>
        {NATIONAL_HELPLINES.map(({ number, key }) => (
          <li key={key}>
            <a href={telHref(number)} className="help-line">
              <Trans t={t} i18nKey={`help.national.${key}`} components={{ number: numberMark }} />
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className={className}>
      {helplines.map((line, index) => (
        <li key={`${index}-${line.number}`}>
          <a href={telHref(line.number)} className="help-line">
            <Trans
              t={t}
              i18nKey="help.line"
              values={{ label: helplineLabel(line, language), number: line.number }}
              components={{ number: numberMark }}
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where to get help right now, near the top of every public page: the helplines and "tell
 * an adult you trust today". Slim enough to sit on the first screen of a small phone.
 */
export function HelpBar({ helplines }: { helplines?: readonly Helpline[] }) {
  const { t } = useTranslation("common");
  const headingId = useId();
  return (
    <aside className="help-bar no-print" aria-labelledby={headingId}>
      <h2 id={headingId} className="help-bar__heading">
        {t("help.heading")}
      </h2>
      <HelplineLinks helplines={helplines} className="help-lines help-lines--bar" />
      <p className="help-bar__adult">{t("help.adult")}</p>
    </aside>
  );
}
