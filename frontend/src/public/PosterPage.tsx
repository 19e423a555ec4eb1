import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem";
import { ErrorAlert } from "../components/ErrorAlert";
import { QrCode } from "../components/QrCode";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { LANGUAGES, LANGUAGE_NAMES, type Language } from "../i18n/languages";
import { HelpBar } from "./HelpBar";
import { usePublicSchool } from "./hooks";
import { SchoolNotFound } from "./SchoolNotFound";
import { useSchoolLanguage } from "./useSchoolLanguage";
import { useInLanguage } from "../i18n/inLanguages";

const STEPS = ["scan", "write", "receipt", "sealed", "help"] as const;

/** The short instructions in one language, whatever language the page is in. */
function Instructions({ language }: { language: Language }) {
  // Loads the poster's words in that language too (the page waits for them).
  const { t } = useTranslation("poster", { lng: language });
  const headingId = `poster-${language}`;
  return (
    <section className="poster__column" lang={language} aria-labelledby={headingId}>
      <p className="poster__language">{LANGUAGE_NAMES[language]}</p>
      <h2 id={headingId}>{t("heading")}</h2>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(`steps.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}

/** The name of the box in one language. */
function Tagline({ language }: { language: Language }) {
  const { t } = useTranslation("poster", { lng: language });
  return <span lang={language}>{t("tagline")}</span>;
}

/** `/s/:slug/poster`: an A4 poster for the notice board, meetings and class hours (clause 2.1). */
export function PosterPage({ slug }: { slug: string }) {
  const { t } = useTranslation(["poster", "common"]);
  const school = usePublicSchool(slug);
  useSchoolLanguage(school.data?.default_language);
  const shown = useInLanguage();
  const name = school.data ? shown(school.data.names, school.data.name) : "";
  useDocumentTitle(school.data ? `${t("title")}: ${name}` : t("title"));

  if (school.isPending) return <p role="status">{t("common:loading")}</p>;
  if (school.isError) {
    const code = school.error instanceof ApiError ? school.error.code : null;
    if (code === "school_not_found" || code === "not_found") return <SchoolNotFound />;
    return <ErrorAlert error={school.error} onRetry={() => void school.refetch()} />;
  }

  const address = new URL(`/s/${encodeURIComponent(school.data.slug)}`, window.location.origin).toString();

  return (
    <div className="poster-page">
      <div className="poster-page__actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t("print")}
        </button>
        <p className="field__hint">{t("print_hint")}</p>
      </div>
      <HelpBar helplines={school.data.helplines} />
      <article className="poster">
        <header className="poster__header">
          <p className="poster__taglines">
            {LANGUAGES.map((language) => (
              <Tagline key={language} language={language} />
            ))}
          </p>
          <h1>{name}</h1>
          <p className="poster__district">{shown(school.data.district_names, school.data.district_name)}</p>
        </header>
        <div className="poster__code">
          <QrCode value={address} label={t("qr_label")} className="poster__qr" />
          <p className="poster__address">
            <span className="visually-hidden">{`${t("address")}: `}</span>
            <a href={address}>{address}</a>
          </p>
        </div>
        <div className="poster__columns">
          {LANGUAGES.map((language) => (
            <Instructions key={language} language={language} />
          ))}
        </div>
      </article>
    </div>
  );
}
