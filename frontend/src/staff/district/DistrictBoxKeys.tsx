import { useTranslation } from "react-i18next";
import { membersWithPassphrase } from "../account/BoxProtection";
import { useSchoolBoxKey } from "../account/boxKeyHooks";
import type { SchoolCompliance } from "./hooks";
import { useInLanguage } from "../../i18n/inLanguages";

function SchoolBox({ school }: { school: SchoolCompliance }) {
  const shown = useInLanguage();
  const { t } = useTranslation("account");
  const key = useSchoolBoxKey(school.school);
  // The server tells the district's officers; anyone else sees nothing of it.
  if (!key.isSuccess) return null;
  const box = key.data;
  return (
    <li>
      <strong>{shown(school.names, school.name)}</strong>
      {": "}
      {!box.trusted ? (
        <span className="badge badge--danger">{t("box_key.protection.untrusted_short")}</span>
      ) : box.protected ? (
        <span className="badge badge--ok">{t("box_key.protection.protected_short")}</span>
      ) : (
        <span className="badge badge--danger">
          {t("box_key.protection.not_protected_short", {
            have: membersWithPassphrase(box),
            members: box.members.length,
            quorum: box.quorum,
          })}
        </span>
      )}
    </li>
  );
}

/** Whether each school's box is sealed to its working group, on the district's overview. */
export function DistrictBoxKeys({ schools }: { schools: SchoolCompliance[] }) {
  const { t } = useTranslation("account");
  if (schools.length === 0) return null;
  return (
    <section aria-labelledby="district-box-keys">
      <h3 id="district-box-keys">{t("box_key.protection.overview_heading")}</h3>
      <ul className="link-list">
        {schools.map((school) => (
          <SchoolBox key={school.school} school={school} />
        ))}
      </ul>
    </section>
  );
}
