import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { isNotForYou } from "../BoxStatus";
import { can } from "../roles";
import { useMyBoxKey, useSchoolBoxKey, type SchoolBoxKey } from "./boxKeyHooks";

export const BOX_PASSPHRASE_PATH = "/staff/account/box-passphrase";

/** How many of the working group's members have set a box passphrase. */
export function membersWithPassphrase(key: SchoolBoxKey): number {
  return key.members.filter((member) => member.has_passphrase).length;
}

function MemberState({ member }: { member: SchoolBoxKey["members"][number] }) {
  const { t } = useTranslation("account");
  const state = member.holds_share
    ? t("box_key.protection.member_share")
    : member.has_passphrase
      ? t("box_key.protection.member_passphrase")
      : t("box_key.protection.member_none");
  return (
    <li>
      {member.full_name} ({member.position}): {state}
    </li>
  );
}

/**
 * Whether the school's box is sealed to the working group's keys, or not yet protected and
 * how far from it: for the group, the director and the district office. Those the server
 * does not tell see nothing.
 */
export function BoxProtection({ school, showMembers = true }: { school: string; showMembers?: boolean }) {
  const { t } = useTranslation("account");
  const key = useSchoolBoxKey(school);
  if (key.isError) {
    return isNotForYou(key.error) ? null : <ErrorAlert error={key.error} onRetry={() => void key.refetch()} />;
  }
  if (!key.isSuccess) return null;
  const box = key.data;
  const headingId = `box-protection-${school}`;
  return (
    <section className="box-protection" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("box_key.protection.heading")}</h2>
      {!box.trusted && <p className="warning warning--inline">{t("box_key.protection.untrusted")}</p>}
      {box.protected ? (
        <>
          <p>
            <span className="badge badge--ok">{t("box_key.protection.protected")}</span>
          </p>
          <ul className="box-status__facts">
            {box.threshold != null && <li>{t("box_key.protection.threshold", { count: box.threshold })}</li>}
            {box.district_share && <li>{t("box_key.protection.district_share")}</li>}
          </ul>
          {box.fingerprint && (
            <p>
              {t("box_key.protection.fingerprint")}: <code className="hash">{box.fingerprint}</code>
            </p>
          )}
        </>
      ) : (
        <p className="warning warning--inline">
          {t("box_key.protection.not_protected", {
            have: membersWithPassphrase(box),
            members: box.members.length,
            quorum: box.quorum,
          })}
        </p>
      )}
      {showMembers && box.members.length > 0 && (
        <>
          <h3>{t("box_key.protection.members")}</h3>
          <ul>
            {box.members.map((member) => (
              <MemberState key={`${member.full_name}-${member.position}`} member={member} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * On a working-group member's start page, while they have no box passphrase: the box is
 * protected only once enough members have one.
 */
export function BoxPassphrasePrompt({ me }: { me: Me }) {
  const { t } = useTranslation("account");
  const member = can.takePartInOpenings(me) && me.school != null;
  const mine = useMyBoxKey(member);
  const box = useSchoolBoxKey(member ? me.school?.slug : undefined);
  if (!member || !mine.isSuccess || mine.data.has_key) return null;
  if (!mine.data.school_protected && !box.isSuccess) return null;
  const text = mine.data.school_protected
    ? t("box_key.prompt.protected")
    : t("box_key.prompt.not_protected", {
        quorum: box.data?.quorum ?? 0,
        have: box.data ? membersWithPassphrase(box.data) : 0,
      });
  return (
    <section className="warning" aria-labelledby="box-passphrase-prompt">
      <h2 id="box-passphrase-prompt" className="warning__title">
        {t("box_key.prompt.heading")}
      </h2>
      <p>{text}</p>
      <p>
        <Link className="button button--primary button--link" to={BOX_PASSPHRASE_PATH}>
          {t("box_key.prompt.link")}
        </Link>
      </p>
    </section>
  );
}
