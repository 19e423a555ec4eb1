import { useTranslation } from "react-i18next";
import { Link } from "../components/address";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { HelpBar } from "./HelpBar";

/** A QR code or link that leads to no school. */
export function SchoolNotFound() {
  const { t } = useTranslation("school");
  useDocumentTitle(t("not_found.title"));
  return (
    <section className="panel">
      <h1>{t("not_found.title")}</h1>
      <HelpBar />
      <p>{t("not_found.body")}</p>
      <p>
        <Link to="/check">{t("check_link")}</Link>
      </p>
    </section>
  );
}
