import { useTranslation } from "react-i18next";
import { Link } from "./address";
import { useDocumentTitle } from "./useDocumentTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("not_found.title"));
  return (
    <section className="panel">
      <h1>{t("not_found.title")}</h1>
      <p>{t("not_found.body")}</p>
      <p>
        <Link to="/">{t("not_found.home")}</Link>
      </p>
    </section>
  );
}
