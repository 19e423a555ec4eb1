import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { QuickExitButton } from "../public/QuickExitButton";
import { LoadingLine } from "./LoadingLine";

/** The frame of every page: the name, the language switcher, the page. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const publicPage = pathname !== "/staff" && !pathname.startsWith("/staff/");

  // After moving to another page, put the focus on its heading so keyboard and
  // screen-reader users start reading from there, as after a full page load.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const heading = mainRef.current?.querySelector<HTMLElement>("h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip_to_content")}
      </a>
      <header className={publicPage ? "site-header" : "site-header site-header--staff"}>
        <div className="site-header__inner">
          <Link to="/" className="site-name">
            <span className="site-name__title">{t("app_name")}</span>
            <span className="site-name__tagline">{t("app_tagline")}</span>
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className={publicPage ? "main--public" : "main--staff"}>
        {/* A page whose catalogue is not loaded yet (a staff page, another language) waits here. */}
        <Suspense fallback={<LoadingLine />}>
          <Outlet />
        </Suspense>
      </main>
      {publicPage && <QuickExitButton />}
    </>
  );
}
