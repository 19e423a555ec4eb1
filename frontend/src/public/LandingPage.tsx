import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { goTo, Link } from "../components/address";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { HelpBar } from "./HelpBar";

/**
 * The school's slug from what a visitor types: the slug itself ("school-31"), or the address
 * on the poster ("https://…/s/school-31").
 */
export function slugFrom(input: string): string {
  const typed = input.trim();
  const fromAddress = /\/s\/([^/?#\s]+)/.exec(typed);
  const slug = fromAddress?.[1] ?? typed.replace(/^\/+|\/+$/g, "");
  return slug.toLowerCase();
}

/** `/`: what Ishenim is, and the three ways on: a school's box, checking an appeal, staff. */
export function LandingPage() {
  const { t } = useTranslation("landing");
  const ids = useId();
  const [address, setAddress] = useState("");
  const [missing, setMissing] = useState(false);
  useDocumentTitle("");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const slug = slugFrom(address);
    if (slug === "") {
      setMissing(true);
      return;
    }
    goTo(`/s/${encodeURIComponent(slug)}`);
  };

  return (
    <div className="landing">
      <section className="panel">
        <h1>{t("title")}</h1>
        <HelpBar />
        <p className="landing__lead">{t("lead")}</p>
        <form onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-heading`}>
          <h2 id={`${ids}-heading`}>{t("school.heading")}</h2>
          <div className="field">
            <label htmlFor={`${ids}-address`}>{t("school.label")}</label>
            <p className="field__hint" id={`${ids}-hint`}>
              {t("school.hint")}
            </p>
            <input
              id={`${ids}-address`}
              value={address}
              onChange={(event) => {
                setAddress(event.target.value);
                setMissing(false);
              }}
              placeholder={t("school.placeholder")}
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${ids}-hint ${ids}-error` : `${ids}-hint`}
            />
            {missing && (
              <p className="field__error" id={`${ids}-error`}>
                {t("school.required")}
              </p>
            )}
          </div>
          <button type="submit" className="button button--primary">
            {t("school.submit")}
          </button>
        </form>
      </section>
      <ul className="landing__links">
        <li>
          <Link to="/check">{t("check")}</Link>
        </li>
        <li>
          <Link to="/staff/login">{t("staff")}</Link>
        </li>
      </ul>
    </div>
  );
}
