import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/problem";
import { Link } from "../components/address";
import { ErrorAlert } from "../components/ErrorAlert";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { AppealForm } from "./AppealForm";
import { usePublicSchool, type AppealReceipt, type PublicSchool } from "./hooks";
import { HelpBar } from "./HelpBar";
import { forgetReceipt, keepReceipt, keptReceipt } from "./keptReceipt";
import { ReceiptScreen } from "./ReceiptScreen";
import { SchoolNotFound } from "./SchoolNotFound";
import { useSchoolLanguage } from "./useSchoolLanguage";
import { useInLanguage } from "../i18n/inLanguages";

const RIGHTS = [
  "non_discrimination",
  "right_to_be_heard",
  "privacy",
  "protection_from_violence",
  "health",
  "education",
  "leisure_and_play",
  "exploitation",
] as const;

function About({ school }: { school: PublicSchool }) {
  const { t } = useTranslation("school");
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t("about.heading")}</h2>
      <p>{t("about.body")}</p>
      <p>
        {school.opening_interval_months === 1
          ? t("about.opening_monthly")
          : t("about.opening", { count: school.opening_interval_months })}
      </p>
      <p>{t("about.who")}</p>
    </section>
  );
}

/** A short list of the rights the Convention gives; the form comes first on a small screen. */
function Rights() {
  const { t } = useTranslation("school");
  return (
    <section aria-labelledby="rights-heading">
      <h2 id="rights-heading">{t("rights.heading")}</h2>
      <p>{t("rights.intro")}</p>
      <ul className="rights">
        {RIGHTS.map((right) => (
          <li key={right}>{t(`rights.items.${right}`)}</li>
        ))}
      </ul>
    </section>
  );
}

/** `/s/:slug`: where a school's QR code leads. Tells about the box and takes an appeal. */
export function SchoolPage({ slug }: { slug: string }) {
  const { t } = useTranslation(["school", "common"]);
  const school = usePublicSchool(slug);
  // A receipt not yet confirmed as saved comes back after a reload of the tab.
  const [receipt, setReceipt] = useState<AppealReceipt | null>(() => keptReceipt(slug));
  useSchoolLanguage(school.data?.default_language);
  const shown = useInLanguage();
  const name = school.data ? shown(school.data.names, school.data.name) : "";
  useDocumentTitle(school.data ? name : t("title"));

  if (school.isPending) {
    return (
      <>
        <p role="status">{t("common:loading")}</p>
        <HelpBar />
      </>
    );
  }
  if (school.isError) {
    const code = school.error instanceof ApiError ? school.error.code : null;
    if (code === "school_not_found" || code === "not_found") return <SchoolNotFound />;
    return (
      <>
        <ErrorAlert error={school.error} onRetry={() => void school.refetch()} />
        <HelpBar />
      </>
    );
  }

  if (receipt) {
    return (
      <ReceiptScreen
        receipt={receipt}
        schoolName={name}
        helplines={school.data.helplines}
        onSaved={forgetReceipt}
        onWriteAnother={() => {
          forgetReceipt();
          setReceipt(null);
        }}
      />
    );
  }

  return (
    <div className="school-page">
      <header className="school-page__header">
        <p className="school-page__kicker">{t("title")}</p>
        <h1>{name}</h1>
        <p className="school-page__district">{shown(school.data.district_names, school.data.district_name)}</p>
        <p>
          <Link to="/check">{t("check_link")}</Link>
        </p>
      </header>
      <HelpBar helplines={school.data.helplines} />
      {/* The form on the first screen of a small phone; what the box is comes after it. */}
      <div className="panel">
        <AppealForm
          school={school.data.slug}
          onSubmitted={(dropped) => {
            keepReceipt(slug, dropped);
            setReceipt(dropped);
          }}
        />
      </div>
      <About school={school.data} />
      <Rights />
      <p className="school-page__poster">
        <Link to={`/s/${encodeURIComponent(slug)}/reports`}>{t("reports_link")}</Link>
      </p>
      <p className="school-page__poster">
        <Link to={`/s/${encodeURIComponent(slug)}/poster`}>{t("poster_link")}</Link>
      </p>
    </div>
  );
}
