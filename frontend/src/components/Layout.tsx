import { Suspense, useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isStaffAddress, Link, usePathname } from "./address";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { QuickExitButton } from "../public/QuickExitButton";
import { LoadingLine } from "./LoadingLine";

/** The frame of every page: the name, the language switcher, the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const pathname = usePathname();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const publicPage = !isStaffAddress(pathname);

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
        {/* A page whose code or catalogue is not loaded yet (the staff application, a staff
            page, another language) waits here. */}
        <Suspense fallback={<LoadingLine />}>{children}</Suspense>
      </main>
      {publicPage && <QuickExitButton />}
    </>
  );
}
